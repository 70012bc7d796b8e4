/**
 * The abbreviations of administrative document types by version of the rules, from
 * data/tt01-2011-differences.json: a document issued before 05/3/2020 followed Thông tư 01/2011/TT-BNV
 * (`GN` for Bản ghi nhớ, `TTh` Bản thỏa thuận, `UQ` Giấy ủy quyền, `NP` Giấy nghỉ phép), one issued from
 * that day follows Nghị định 30/2020/NĐ-CP, Phụ lục III (`BGN`, `BTT`, `GUQ`, `GNP`). Only a difference
 * the data marks confirmed is read (TT 01's side is confirmed from a secondary source: its own table was
 * not found); every other type is written alike in both, and the tables in citations/tables.ts decide it.
 */
import { periodOf, type Period } from '../dates/plan-date';
import { typeByName } from '../citations/tables';
import type { Citation } from '../citations/types';
import type { PlanDocument } from '../document';
import { versionOn, versionsUpTo, type BasisVersion } from './basis-versions';
import { isoDay, planWhen } from './plan-when';

interface Difference { readonly item: string; readonly tt01: string; readonly nd30: string; readonly status: string }
interface Side { readonly id: string; readonly date: string; readonly effective?: string; readonly status: string }
export interface DifferencesData { readonly tt01: Side; readonly nd30: Side; readonly differences: readonly Difference[] }

// Loaded with require so that the bundler inlines it (see catalog/builtin.ts).
const data = require('../data/tt01-2011-differences.json') as DifferencesData;

export interface TypeAbbrVersion extends BasisVersion {
  /** First day it applies, `YYYY-MM-DD`, for a message. */
  readonly fromIso: string;
  /** The abbreviation this version gives each type whose abbreviation changed. */
  readonly forms: ReadonlyMap<string, string>;
}

/** A difference is read when confirmed and when its NĐ 30 side is what the type table says. */
function readable(d: Difference): boolean {
  const type = typeByName(d.item);
  return d.status.startsWith('confirmed') && (!type || (type.state.length === 1 && type.state[0] === d.nd30));
}

/** The two versions the data sets apart, from the differences it marks confirmed; none when it confirms none. */
export function typeAbbrVersionsOf(sides: DifferencesData): TypeAbbrVersion[] {
  const { tt01, nd30 } = sides;
  const differences = sides.differences.filter(readable);
  if (tt01.status !== 'confirmed' || nd30.status !== 'confirmed' || !nd30.effective || differences.length === 0) return [];
  // TT 01's date of effect was not found: its version is read from the day it was signed.
  return [
    { provision: `Thông tư ${tt01.id}`, fromIso: tt01.date, forms: new Map(differences.map((d) => [d.item, d.tt01])) },
    { provision: `Nghị định ${nd30.id}, Phụ lục III, mục I`, fromIso: nd30.effective, forms: new Map(differences.map((d) => [d.item, d.nd30])) },
  ].map((v) => ({ ...v, from: isoDay(v.fromIso) }));
}

/** Oldest first; empty when the data confirms no difference. */
export const TYPE_ABBR_VERSIONS: readonly TypeAbbrVersion[] = typeAbbrVersionsOf(data);

/** Every abbreviation some version gives the type (`GN`, `BGN`); empty for a type written alike in all. */
export function versionedForms(type: string): string[] {
  return [...new Set(TYPE_ABBR_VERSIONS.flatMap((v) => v.forms.get(type) ?? []))];
}

/** What decided the version: the cited document's date, the plan's date, or today for an undated draft. */
export type DecidedBy = 'cited' | 'plan' | 'today';

export interface AbbrRuling {
  /** The abbreviations right for the cited document. */
  readonly allowed: readonly string[];
  /** The version that set them, absent when no single version applies (all forms are then allowed). */
  readonly version?: TypeAbbrVersion;
  readonly by?: DecidedBy;
  /**
   * The citation names no date and its abbreviation is an older version's: right only for a document
   * issued before `newer` applied.
   */
  readonly olderOnly?: { readonly older: TypeAbbrVersion; readonly newer: TypeAbbrVersion };
}

const formOf = (v: TypeAbbrVersion, type: string) => v.forms.get(type)!;

/** The version of one period, or every form when none (before the first version, or across a change). */
function rulingOn(type: string, period: Period, by: DecidedBy): AbbrRuling {
  const version = versionOn(TYPE_ABBR_VERSIONS, period);
  return version ? { allowed: [formOf(version, type)], version, by } : { allowed: versionedForms(type) };
}

/**
 * The abbreviations right for a state citation of a type whose abbreviation changed, or undefined for
 * another type. A cited document's own date decides its version; with no date, it was issued no later
 * than the plan: the plan's version decides, and an older version's form is right only for an older text.
 */
export function stateAbbrRuling(doc: PlanDocument, c: Citation, abbr: string): AbbrRuling | undefined {
  const type = c.typeWord?.type;
  if (!type || versionedForms(type).length === 0) return undefined;
  // A date after a comma may open the next clause (Citation.dateAfterComma): it decides nothing.
  if (c.date?.valid && !c.dateAfterComma) return rulingOn(type, periodOf(c.date), 'cited');
  const when = planWhen(doc);
  if (!when) return { allowed: versionedForms(type) };
  const ruling = rulingOn(type, when.period, when.date ? 'plan' : 'today');
  if (!ruling.version || ruling.allowed.includes(abbr)) return ruling;
  const older = versionsUpTo(TYPE_ABBR_VERSIONS, when.period.last).find((v) => formOf(v, type) === abbr);
  return older ? { ...ruling, allowed: [abbr], olderOnly: { older, newer: ruling.version } } : ruling;
}

/**
 * `Bản ghi nhớ số 05/GN-UBND`: the tables know no `GN`, so the symbol reads as a công văn's whose first
 * code is `GN`. When that code is a form some version gives the type word, it is the type's abbreviation.
 */
export function abbrInSymbol(text: string, c: Citation): { abbr: string; range: { start: number; end: number } } | undefined {
  const ns = c.numberSymbol;
  if (!ns) return undefined;
  if (ns.typeAbbr && ns.typeAbbrRange) return { abbr: ns.typeAbbr, range: ns.typeAbbrRange };
  const code = ns.issuerCode;
  if (ns.style !== 'cong-van' || !c.typeWord || !code || !versionedForms(c.typeWord.type).includes(code)) return undefined;
  // A type's abbreviation is followed by the issuing body's code.
  if (!ns.symbol.startsWith(`${ns.number}/${code}-`)) return undefined;
  const range = firstCodeRange(text, ns.start, ns.end);
  return range && text.slice(range.start, range.end).normalize('NFC').toUpperCase() === code.toUpperCase() ? { abbr: code, range } : undefined;
}

/** The first run of letters in [start, end) of the original text: the code after the number. */
function firstCodeRange(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let i = start;
  while (i < end && !/\p{L}/u.test(text[i])) i++;
  let j = i;
  while (j < end && /[\p{L}\p{M}]/u.test(text[j])) j++;
  return j > i ? { start: i, end: j } : undefined;
}

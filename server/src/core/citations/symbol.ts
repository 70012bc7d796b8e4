/**
 * Reading a number-symbol forward from its first digit: `65-KL/TW`, `1719/QĐ-TTg`, `05/2011/NĐ-CP`,
 * `88/2019/QH14`, and their loose forms (`15 - CT/TU`, `1719/qđ-ttg`, `65-KL-TW`). Bounded: at most
 * a number, a year and a few short groups are read from any start.
 */
import { isDash, isDigitCode, isLetterAt, isWordAt, type Cursor } from '../text/scanner';
import { canonicalCode, isPartyBody, isStateBody, PARTY_TYPE_ABBRS, STATE_TYPE_ABBRS } from './tables';
import type { NumberSymbol, SymbolStyle } from './types';

interface Span { readonly start: number; readonly end: number }
interface Group extends Span { readonly text: string }

/** What the reader found, in indexes of the NFC copy. */
export interface RawSymbol extends Span {
  readonly number: Group;
  readonly year?: Group;
  readonly groups: readonly Group[];
  /** Separators in order: after the number (or year), then between groups; `/` or `-`. */
  readonly seps: readonly ('/' | '-')[];
  /** Spaces or a line break stand around a separator. */
  readonly spaced: boolean;
  /** A dash other than `-` (en dash, minus) was used. */
  readonly oddDash: boolean;
  /** Every letter of the symbol is lower case (`1719/qđ-ttg`). */
  readonly lowerCase: boolean;
}

const MAX_GROUPS = 6;
const MAX_GROUP_LENGTH = 16;

/** Up to two spaces and at most one line break around a separator. */
function sepGap(s: string, i: number): number {
  let j = i;
  let spaces = 0;
  let breaks = 0;
  while (j < s.length) {
    const c = s[j];
    if ((c === ' ' || c === '\t') && spaces < 3) { spaces++; j++; }
    else if ((c === '\n' || c === '\r') && breaks === 0) { breaks++; j += c === '\r' && s[j + 1] === '\n' ? 2 : 1; }
    else break;
  }
  return j;
}

type GroupCase = 'upper' | 'lower' | 'word';

/** A letter beyond ASCII other than Đ (and the Ð typed for it). */
const ACCENTED_LETTER = /[^\P{L}A-Za-zĐđÐð]/u;

function caseOf(text: string): GroupCase {
  // A code spelt exactly as its canonical mixed-case form (`CTr`, `TTg`, `QyĐ`) is as good as capitals.
  if (canonicalCode(text) === text) return 'upper';
  if (canonicalCode(text) !== undefined && text === text.toUpperCase()) return 'upper';
  if (text === text.toUpperCase()) return 'upper';
  if (text === text.toLowerCase()) return 'lower';
  return 'word';
}

/** A group that reads like a code in a symbol whose first group set the case. */
function acceptsGroup(text: string, mode: GroupCase): boolean {
  if (canonicalCode(text) !== undefined) return true;
  const k = caseOf(text);
  return k === 'upper' || (mode === 'lower' && k === 'lower');
}

function isSuffixLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x65; // a to e
}

const isSeparator = (ch: string | undefined) => ch === '/' || isDash(ch);

/** The symbol as read so far: its number, then a year and groups after separators. */
interface Reading {
  readonly number: Group;
  year?: Group;
  readonly groups: Group[];
  readonly seps: ('/' | '-')[];
  spaced: boolean;
  oddDash: boolean;
  /** The case the first group set for the others. */
  mode?: GroupCase;
  end: number;
}

/** How one step of the reading went: read on, stop with what was read, or no symbol at all. */
type Step = 'next' | 'stop' | 'fail';

/** The number at i: up to six digits, with a lower-case letter before `/` (`30a/2008/NQ-CP`, `30c/NQ-CP`). */
function readNumber(s: string, i: number): Group | undefined {
  let j = i;
  while (j < s.length && isDigitCode(s.charCodeAt(j)) && j - i < 6) j++;
  if (j === i || isDigitCode(s.charCodeAt(j))) return undefined;
  if (isSuffixLetter(s.charCodeAt(j)) && s[j + 1] === '/') j++;
  return { start: i, end: j, text: s.slice(i, j) };
}

/** Only a legal normative symbol's year may follow the number, and a separator must follow it: `05/2011/NĐ-CP`. */
function readYear(c: Cursor, r: Reading, at: number): Step {
  const s = c.cased;
  if (r.year || r.groups.length || (s[at] !== '1' && s[at] !== '2')) return 'stop';
  let e = at;
  while (e < s.length && isDigitCode(s.charCodeAt(e)) && e - at < 5) e++;
  if (e - at !== 4 || isLetterAt(c.folded, e)) return 'stop';
  if (!isSeparator(s[sepGap(s, e)])) return 'stop';
  r.year = { start: at, end: e, text: s.slice(at, e) };
  return 'next';
}

/** A word of letters and digits at `at`, read one character past the longest group at most. */
function wordAt(c: Cursor, at: number): string {
  let e = at;
  while (e < c.length && isWordAt(c.folded, e) && e - at <= MAX_GROUP_LENGTH) e++;
  return c.cased.slice(at, e);
}

/** A group of letters (a code) at `at`; `gapped` when spaces or a line break stand around its separator. */
function readGroup(c: Cursor, r: Reading, at: number, gapped: boolean): Step {
  const text = wordAt(c, at);
  if (text.length > MAX_GROUP_LENGTH) return 'stop';
  const e = at + text.length;
  // No code bears a tone mark or a vowel's hat (QĐ, ĐU, BCĐ only take Đ): `1/số`, `1/SỐ` are no symbols.
  if (ACCENTED_LETTER.test(text) && canonicalCode(text) === undefined) return 'stop';
  r.mode ??= caseOf(text);
  if (r.mode === 'word' && canonicalCode(text) === undefined) return 'fail';
  // Spaced separators are read only before a code: `15 - CT/TU`, never `1719/QĐ-TTg - Thủ tướng`.
  if ((gapped && caseOf(text) !== 'upper' && canonicalCode(text) === undefined) || !acceptsGroup(text, r.mode)) return 'stop';
  r.groups.push({ start: at, end: e, text });
  return r.groups.length > MAX_GROUPS ? 'fail' : 'next';
}


/**
 * `421 KH/TU`: one space typed for the hyphen of a Party symbol, read as that hyphen only when a Party
 * type and, after a slash, a Party body follow: nothing else reads a space after the number as a separator.
 */
function spaceForPartyHyphen(c: Cursor, r: Reading, at: number): boolean {
  if (r.seps.length > 0 || r.year || at !== r.end + 1 || c.cased[r.end] !== ' ') return false;
  const type = wordAt(c, at);
  if (type === '' || type !== type.toUpperCase() || !PARTY_TYPE_ABBRS.has(canonicalCode(type) ?? type)) return false;
  const slash = at + type.length;
  if (c.cased[slash] !== '/') return false;
  const body = wordAt(c, slash + 1);
  return body !== '' && body === body.toUpperCase() && isPartyBody(canonicalCode(body) ?? body);
}

/** A separator after what was read, and the year or group after it. */
function readSeparated(c: Cursor, r: Reading): Step {
  const s = c.cased;
  const sepAt = sepGap(s, r.end);
  if (!isSeparator(s[sepAt]) && !spaceForPartyHyphen(c, r, sepAt)) return 'stop';
  // The space read as a hyphen: the group starts right after it.
  const ch = isSeparator(s[sepAt]) ? s[sepAt] : '-';
  const at = isSeparator(s[sepAt]) ? sepGap(s, sepAt + 1) : sepAt;
  const gapped = sepAt > r.end || at > sepAt + 1;
  let step: Step = 'stop';
  if (isDigitCode(s.charCodeAt(at))) step = readYear(c, r, at);
  else if (isLetterAt(c.folded, at)) step = readGroup(c, r, at, gapped);
  if (step !== 'next') return step;
  r.seps.push(ch === '/' ? '/' : '-');
  if (isDash(ch) && ch !== '-') r.oddDash = true;
  if (gapped) r.spaced = true;
  r.end = r.year && r.groups.length === 0 ? r.year.end : r.groups[r.groups.length - 1].end;
  return 'next';
}

/** Reads a number-symbol whose number starts at i (the caller checks what stands before i). */
export function readSymbol(c: Cursor, i: number): RawSymbol | undefined {
  const number = readNumber(c.cased, i);
  if (!number) return undefined;
  const r: Reading = { number, groups: [], seps: [], spaced: false, oddDash: false, end: number.end };
  for (let n = 0; n < MAX_GROUPS + 1; n++) {
    const step = readSeparated(c, r);
    if (step === 'fail') return undefined;
    if (step === 'stop') break;
  }
  if (r.groups.length === 0) return undefined;
  const { year, groups, seps, spaced, oddDash } = r;
  return { start: i, end: r.end, number, year, groups, seps, spaced, oddDash, lowerCase: r.mode === 'lower' };
}

function canonical(text: string, lower: boolean): string {
  return canonicalCode(text) ?? (lower || text === text.toLowerCase() ? text.toUpperCase() : text);
}

/** Style, normalized form and parts of a raw symbol; `toOriginal` maps NFC indexes to the original. */
export function describeSymbol(c: Cursor, raw: RawSymbol): Omit<NumberSymbol, 'text' | 'start' | 'end'> {
  const codes = raw.groups.map((g) => canonical(g.text, raw.lowerCase));
  const at = (g: Span) => ({ start: c.scan.toOriginal(g.start), end: c.scan.toOriginal(g.end) });
  const n = raw.number.text;
  if (raw.year) {
    const year = Number(raw.year.text);
    const qh = /^(UBTV)?QH(\d{1,2})$/u.exec(codes[0]);
    const symbol = `${n}/${raw.year.text}/${codes.join('-')}`;
    if (qh && codes.length === 1) {
      const g = raw.groups[0];
      const digits = { start: g.end - qh[2].length, end: g.end };
      return {
        number: n, symbol, style: 'national-assembly', issuerCode: qh[1] ? 'UBTVQH' : 'QH', year,
        term: Number(qh[2]), termRange: at(digits), styleFromCodes: true,
      };
    }
    const joint = codes[0] === 'TTLT' || codes[0] === 'NQLT';
    const typed = STATE_TYPE_ABBRS.has(codes[0]) && codes.length > 1;
    return {
      number: n, symbol, style: joint ? 'joint' : 'state-normative', year, styleFromCodes: true,
      ...(typed ? { typeAbbr: codes[0], typeAbbrRange: at(raw.groups[0]), issuerCode: codes[1] } : { issuerCode: codes[0] }),
    };
  }
  const partyByCode = codes.length === 2 && isPartyBody(codes[1]);
  const stateByCode = codes.some((code) => isStateBody(code));
  const partyLayout = codes.length === 2 && raw.seps[0] === '-' && raw.seps[1] === '/';
  const stateLayout = raw.seps[0] === '/' && raw.seps.slice(1).every((sep) => sep === '-');
  let style: SymbolStyle;
  let styleFromCodes = true;
  if (partyByCode && !stateByCode) style = 'party';
  else if (stateByCode) style = 'state';
  else {
    styleFromCodes = false;
    style = partyLayout ? 'party' : 'state';
  }
  if (style === 'party') {
    const symbol = styleFromCodes || partyLayout ? `${n}-${codes[0]}/${codes[1]}` : writtenLayout(n, raw.seps, codes);
    const typed = PARTY_TYPE_ABBRS.has(codes[0]);
    return {
      number: n, symbol, style, styleFromCodes, issuerCode: codes[1],
      ...(typed ? { typeAbbr: codes[0], typeAbbrRange: at(raw.groups[0]) } : {}),
    };
  }
  const symbol = styleFromCodes || stateLayout ? `${n}/${codes.join('-')}` : writtenLayout(n, raw.seps, codes);
  const typed = STATE_TYPE_ABBRS.has(codes[0]) && codes.length > 1;
  if (!typed) return { number: n, symbol, style: 'cong-van', styleFromCodes, issuerCode: codes[0] };
  return { number: n, symbol, style, styleFromCodes, typeAbbr: codes[0], typeAbbrRange: at(raw.groups[0]), issuerCode: codes[1] };
}

/** An unknown layout keeps its separators; only spaces, odd dashes and case are made right. */
function writtenLayout(n: string, seps: readonly string[], codes: readonly string[]): string {
  return n + codes.map((code, k) => seps[k] + code).join('');
}

/** The style a family of rules reads type abbreviations in. */
export function familyOf(style: SymbolStyle): 'state' | 'party' {
  return style === 'party' ? 'party' : 'state';
}

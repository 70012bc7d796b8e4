/**
 * Symbols, types and dates as the catalog compares them: a symbol goes through the citation
 * recognizer (so `24/NQ-TW`, `1719/qđ-ttg` and `1719/QĐ-TTg` meet), a date is `YYYY-MM-DD`.
 */
import { findCitations } from '../citations/find';
import { familyOf } from '../citations/symbol';
import { DOCUMENT_TYPES, typeByName, type DocumentType } from '../citations/tables';
import type { Citation, DateMention, NumberSymbol } from '../citations/types';
import { isValidDay } from '../dates/calendar';
import { foldKey } from '../text/fold';
import { keepingRecent } from '../text/recent';

/** The lookup key of a normalized symbol: upper case, `Đ` read as `D` (`QĐ` typed as `QD` still meets). */
export const catalogKey = keepingRecent((symbol: string): string => symbol.normalize('NFC').toUpperCase().replace(/Đ/g, 'D'));

/** The key a citation looks its document up by. */
export function citationKey(c: Citation): string | undefined {
  return c.numberSymbol ? catalogKey(c.numberSymbol.symbol) : undefined;
}

/** The recognizer's reading of a symbol written alone; undefined unless the whole text is one symbol. */
export function readSymbolText(symbol: string): NumberSymbol | undefined {
  const trimmed = symbol.normalize('NFC').trim();
  if (trimmed === '' || trimmed.length > 60) return undefined;
  const text = `số ${trimmed}`;
  const ns = findCitations(text).find((c) => c.numberSymbol)?.numberSymbol;
  if (ns && ns.start === 3 && ns.end === text.length) return ns;
  // `30a/2008/NQ-CP`: the recognizer reads digits only; the letter goes back on after it read the rest.
  const suffixed = /^(\d{1,5})([a-z])([/-].*)$/u.exec(trimmed);
  if (!suffixed) return undefined;
  const rest = readSymbolText(suffixed[1] + suffixed[3]);
  if (!rest) return undefined;
  const number = suffixed[1] + suffixed[2];
  return { ...rest, text: trimmed, number, symbol: number + rest.symbol.slice(suffixed[1].length), end: rest.end + 1 };
}

/** The one type a symbol's abbreviation names (`QĐi` → Quy định); undefined when it names several or none. */
export function typeFromSymbol(ns: NumberSymbol): string | undefined {
  if (ns.style === 'cong-van') return 'Công văn';
  if (!ns.typeAbbr) return undefined;
  const family = familyOf(ns.style);
  const named = DOCUMENT_TYPES.filter((t) => (family === 'party' ? t.party : t.state).includes(ns.typeAbbr!));
  return named.length === 1 ? named[0].name : undefined;
}

/** Whether a type word can stand before a symbol: its abbreviation, or its absence, allows it. */
export function typeFitsSymbol(type: string, ns: NumberSymbol): boolean {
  const t = typeByName(type);
  if (!t || t.generic) return true;
  if (ns.style === 'national-assembly') return t.named === true || t.name === 'Nghị quyết';
  if (ns.style === 'cong-van') return t.name === 'Công văn' || (t.state.length === 0 && !t.named);
  if (!ns.typeAbbr) return true;
  return (familyOf(ns.style) === 'party' ? t.party : t.state).includes(ns.typeAbbr);
}

const TYPE_BY_KEY = new Map<string, DocumentType>(
  DOCUMENT_TYPES.flatMap((t) => [t.name, ...(t.variants ?? [])].map((n) => [foldKey(n), t] as const)),
);

/** The canonical name of a type as a user catalog may write it (`quyết định`, `Qui định`). */
export function canonicalType(text: string): string | undefined {
  return TYPE_BY_KEY.get(foldKey(text))?.name;
}

/** The longest type name that opens `text` (`Quyết định phê duyệt …`), with what follows it. */
export function splitTypeAndSummary(text: string): { type?: string; rest: string } {
  const words = text.normalize('NFC').trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const type = TYPE_BY_KEY.get(foldKey(words.slice(0, n).join(' ')));
    if (type) return { type: type.name, rest: words.slice(n).join(' ') };
  }
  return { rest: words.join(' ') };
}

/** Two type names for one document: equal, or a Thông báo and a Thông báo kết luận. */
export function sameType(a: string, b: string): boolean {
  return a === b || (NOTICES.includes(a) && NOTICES.includes(b));
}

/** A notice and a notice of conclusions are one type to the catalog. */
const NOTICES = ['Thông báo', 'Thông báo kết luận'];

/** The types {@link sameType} takes for `type`, itself first. */
export function typesLike(type: string): readonly string[] {
  return NOTICES.includes(type) ? [type, ...NOTICES.filter((t) => t !== type)] : [type];
}

export interface DayDate { readonly year: number; readonly month: number; readonly day: number }

const pad2 = (n: number) => String(n).padStart(2, '0');

export function isoOf(d: DayDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function parseIso(iso: string): DayDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d.year, d.month, d.day) ? d : undefined;
}

/** The ISO day of a citation's date when it names a valid day. */
export function mentionIso(m: DateMention | undefined): string | undefined {
  return m && m.kind === 'day' && m.valid && m.month && m.day ? isoOf({ year: m.year, month: m.month, day: m.day }) : undefined;
}

/**
 * A date as a register or a JSON file writes it: `2021-10-14`, `14/10/2021`, `14-10-2021`,
 * `14.10.2021`; undefined when it is none of these or not a calendar day.
 */
export function parseDateText(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return parseIso(t) ? t : undefined;
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (!m) return undefined;
  const d = { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) };
  return isValidDay(d.year, d.month, d.day) ? isoOf(d) : undefined;
}

export function yearOfIso(iso: string): number {
  return Number(iso.slice(0, 4));
}

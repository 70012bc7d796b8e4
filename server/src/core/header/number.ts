/**
 * The one recogniser of the `Số` line: `Số: 52/KH-UBND` (state), `Số 201-KH/TU` (Party),
 * `Số:     /KH-UBND` (a draft's blank number), and the malformed ones the header-number rule
 * explains (`số 52 / kh - ubnd`, `Số: KH-UBND`). Header, detection, profile and rule read it here.
 */
import type { NormalizedText } from '../text/normalized';
import type { NumberFields, NumberStyle, SymbolPart } from './types';

/** `Số` (any case, not the start of a longer word) and the mark after it. */
const HEAD = /^(Số)(?!\p{L})[ \t]*([:：.]?)/iu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** What follows the label in a line meant as the number line: digits or blanks, then `/` or `-` and more. */
const SYMBOL_START = /^[\d\s.…_]*[/-]\s*\S/u;
/** What follows `Số:` in a line meant as the number line, even a malformed one (`KH-UBND`, `52 KH`). */
const NUMBER_LIKE_REST = /^[\d\p{Lu}]/u;
const IS_SPACE = /\s/;

/** The `Số` line as read on an NFC copy: indexes are the copy's. */
export interface NumberText {
  readonly label: string;
  readonly colon: string;
  /** Where the colon stands (when there is one). */
  readonly colonAt: number;
  /** After `Số`, its mark and the spaces that follow: the field's value. */
  readonly restStart: number;
  readonly digits: string;
  readonly digitsStart: number;
  readonly parts: readonly SymbolPart[];
  /** Separator characters after the last group (`52/KH-`), empty when none. */
  readonly trailing: string;
}

function skip(s: string, i: number, test: (c: string) => boolean): number {
  while (i < s.length && test(s[i])) i++;
  return i;
}

/** The groups of the symbol from `i`; stops where a place-date line pasted onto the line begins. */
/** More groups than any symbol has (`52/2023/KH-UBND-VP` has five). */
const MAX_SYMBOL_GROUPS = 16;

function readParts(s: string, i: number): { parts: SymbolPart[]; trailing: string } {
  const parts: SymbolPart[] = [];
  const isWordChar = (c: string) => LETTER_OR_DIGIT.test(c);
  while (i < s.length) {
    // A symbol has a handful of groups; a pasted line of `số 1/số 1/…` would make thousands at every read of the header.
    if (parts.length === MAX_SYMBOL_GROUPS) return { parts, trailing: '' };
    const sepStart = i;
    const wordStart = skip(s, i, (c) => !isWordChar(c));
    i = skip(s, wordStart, isWordChar);
    if (wordStart === i) return { parts, trailing: s.slice(sepStart, i) };
    const sep = s.slice(sepStart, wordStart);
    const word = s.slice(wordStart, i);
    // The place-date line pasted onto the same line (`… /KH-UBND Lạng Sơn, ngày …`) is not the symbol.
    if (/[\s,]/.test(sep) && /^\p{Lu}\p{Ll}+$/u.test(word)) return { parts, trailing: '' };
    parts.push({ sep, word, spaced: /\s/.test(sep), sepStart, end: i });
  }
  return { parts, trailing: '' };
}

/** Reads `Số …` at the start of an NFC text; undefined when the text does not start with `Số`. */
export function readNumberText(s: string): NumberText | undefined {
  const head = HEAD.exec(s);
  if (!head) return undefined;
  const colonAt = head[2] ? head[0].length - head[2].length : -1;
  const restStart = skip(s, head[0].length, (c) => IS_SPACE.test(c));
  // `Số:` and its number may sit in separate cells or lines of a pasted header.
  const digitsStart = skip(s, head[0].length, (c) => /[\s|*>]/.test(c));
  let i = skip(s, digitsStart, (c) => c >= '0' && c <= '9');
  const digits = s.slice(digitsStart, i);
  if (!digits) i = skip(s, i, (c) => /[\s.…_]/.test(c));
  return { label: head[1], colon: head[2], colonAt, restStart, digits, digitsStart, ...readParts(s, i) };
}

/** The separator after group k: the next group's, or the trailing one. */
function sepAfter(t: Pick<NumberText, 'parts' | 'trailing'>, k: number): string {
  return (t.parts[k + 1]?.sep ?? t.trailing).trimStart();
}

/**
 * The style the `KH` group shows: Party when the symbol opens `-KH/`, state when a group `KH` stands
 * between `/` and `-` (`52/KH-UBND`, also `52/2023/KH-UBND`).
 */
export function styleOf(t: Pick<NumberText, 'parts' | 'trailing'>): NumberStyle | undefined {
  const first = t.parts[0];
  if (first?.word === 'KH' && /^[\s.…_]*-\s*$/u.test(first.sep) && sepAfter(t, 0).startsWith('/')) return 'party';
  const k = t.parts.findIndex((p, k) => p.word === 'KH' && p.sep.trimEnd().endsWith('/') && sepAfter(t, k).startsWith('-'));
  return k >= 0 ? 'state' : undefined;
}

/** A `Số` line with a Kế hoạch number (`Số: 52/KH-UBND`, `Số 201-KH/TU`, `Số:    /KH-UBND`): what marks a plan. */
export function isPlanNumberText(s: string): boolean {
  const t = readNumberText(s);
  if (!t || t.label !== 'Số' || t.colon === '：' || t.parts[0]?.word !== 'KH') return false;
  return /^[\s.…_]*[/-]\s*$/u.test(t.parts[0].sep) && styleOf(t) !== undefined;
}

/** How a header cell starting with `Số` reads: a number with its symbol, or only the start of one. */
export function numberCellKind(t: NumberText, s: string): 'symbol' | 'label' | 'like' | undefined {
  const rest = s.slice(t.restStart);
  if (rest && SYMBOL_START.test(rest)) return 'symbol';
  if (!rest) return 'label';
  return NUMBER_LIKE_REST.test(rest) ? 'like' : undefined;
}

/** Whether a cell is what follows a lone `Số:` cell: the number and its symbol. */
export function opensSymbol(s: string): boolean {
  return SYMBOL_START.test(s);
}

/** The field as one line: the cells or lines of a pasted header joined by one space. */
export function oneLine(text: string): string {
  return text.split(/[\r\n|*>]/).map((part) => part.trim()).filter((part) => part !== '').join(' ');
}

/** The typed pieces of a `Số` field, every range in the original (read on the field's NFC copy). */
export function numberFieldsOf(norm: NormalizedText, fieldText: string): NumberFields | undefined {
  const t = readNumberText(norm.text);
  if (!t) return undefined;
  const at = norm.toOriginal;
  const piece = (text: string, start: number) => ({ text, start: at(start), end: at(start + text.length) });
  return {
    label: piece(t.label, 0),
    ...(t.colon ? { colon: piece(t.colon, t.colonAt) } : {}),
    digits: t.digits,
    digitsStart: at(t.digitsStart),
    parts: t.parts.map((p) => ({ ...p, sepStart: at(p.sepStart), end: at(p.end) })),
    style: styleOf(t),
    spaceAfterColon: t.colon !== '' && IS_SPACE.test(norm.text.charAt(t.colonAt + 1)),
    yearInSymbol: t.parts.some((p) => /^\d{4}$/.test(p.word)),
    written: oneLine(fieldText),
  };
}

/**
 * The one character scanner of the core, for the recognizers of dates and citations. A ScanText is the
 * NFC copy of the text, lower-cased letter by letter (same length, so that indexes map back through
 * toOriginal); a Cursor adds the folded copy of the same length (`Uỷ`/`Ủy`, `hoá`/`hóa` meet there).
 * Every helper looks a bounded distance, so that scans built from them stay linear.
 */
import { foldSameLength } from './fold';
import { normalizeSlice } from './normalized';

export interface ScanText {
  /** The NFC copy, lower-cased letter by letter so that indexes stay those of the NFC copy. */
  readonly text: string;
  /** Offset in the original of index i of `text`. */
  toOriginal(i: number): number;
  /** The NFC copy before lower-casing, to tell `Trước` from `trước` or `thứ Ba` from `thứ ba`. */
  readonly cased: string;
}

export interface Cursor {
  readonly scan: ScanText;
  /** Lower-case, no diacritics, `đ` → `d`; index i is the character i of scan.text. */
  readonly folded: string;
  /** The NFC copy with its case (scan.cased). */
  readonly cased: string;
  readonly length: number;
}

export function scanTextOf(original: string, start = 0, end = original.length): ScanText {
  const norm = normalizeSlice(original, start, end);
  return { text: lowerSameLength(norm.text), toOriginal: norm.toOriginal, cased: norm.text };
}

export function cursorOf(text: string): Cursor {
  const scan = scanTextOf(text);
  return { scan, folded: foldSameLength(scan.text), cased: scan.cased, length: scan.text.length };
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// ---- Characters -------------------------------------------------------------------------------

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && isDigitCode(ch.charCodeAt(0));
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER = /\p{L}/u;

/** A letter or a combining mark (a mark NFC could not join still belongs to its word). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // Most characters are ASCII: answer those without the regular expression.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_MARK.test(ch);
}

export function isWordChar(ch: string | undefined): boolean {
  return isDigit(ch) || isLetter(ch);
}

/** A letter at index i, combining marks not counted: a–z, or any other letter a fold left as it was. */
export function isLetterAt(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  return c > 127 && LETTER.test(f[i]);
}

/** A letter (marks not counted) or a digit at index i. */
export function isWordAt(f: string, i: number): boolean {
  return i >= 0 && i < f.length && (isLetterAt(f, i) || isDigitCode(f.charCodeAt(i)));
}

export function isUpperAt(cased: string, i: number): boolean {
  const ch = cased[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);

export function isDash(ch: string | undefined): boolean {
  return ch !== undefined && DASHES.has(ch);
}

// ---- Gaps -------------------------------------------------------------------------------------

/** Longest gap between two words of one citation; a blank of many spaces is not a gap inside a citation. */
const MAX_GAP = 24;
/** A date's words may stand further apart (`ngày   05`), but a blank of thousands of spaces is not inside a date. */
const DATE_GAP = 64;

/**
 * Skips spaces and at most one line break forward (a PDF wraps anywhere; a blank line ends the
 * paragraph); with `emphasis`, Markdown `*` and `_` too; at most `max` characters. Returns i when
 * nothing is skipped, or when a second line break comes first.
 */
export function gapForward(s: string, i: number, emphasis = false, max = MAX_GAP): number {
  const limit = Math.min(s.length, i + max);
  let breaks = 0;
  let j = i;
  while (j < limit) {
    const c = s[j];
    if (isSpace(c) || (emphasis && (c === '*' || c === '_'))) j++;
    else if (c === '\n' || c === '\r') {
      if (++breaks > 1) return i;
      j += c === '\r' && s[j + 1] === '\n' ? 2 : 1;
    } else break;
  }
  return j;
}

/** gapForward within a date: the longer gap, no emphasis. */
export function skipGap(s: string, i: number): number {
  return gapForward(s, i, false, DATE_GAP);
}

/** gapForward backwards: spaces (and emphasis) and at most one line break before i. */
export function gapBackward(s: string, i: number, emphasis = false): number {
  const limit = Math.max(0, i - MAX_GAP);
  let breaks = 0;
  let j = i;
  while (j > limit) {
    const c = s[j - 1];
    if (isSpace(c) || (emphasis && (c === '*' || c === '_'))) j--;
    else if (c === '\n' || c === '\r') {
      if (++breaks > 1) return i;
      j -= c === '\n' && s[j - 2] === '\r' ? 2 : 1;
    } else break;
  }
  return j;
}

/** Skips spaces only (no line break), within a date's gap. */
export function skipSpaces(s: string, i: number): number {
  const limit = Math.min(s.length, i + DATE_GAP);
  let j = i;
  while (j < limit && isSpace(s[j])) j++;
  return j;
}

const isBlank = (ch: string | undefined) => isSpace(ch) || ch === '\n' || ch === '\r';

/** Skips spaces and line breaks (any number of them) backwards from `end`, within a date's gap. */
export function skipGapBack(s: string, end: number): number {
  let j = end;
  const limit = Math.max(0, end - DATE_GAP);
  while (j > limit && isBlank(s[j - 1])) j--;
  return j;
}

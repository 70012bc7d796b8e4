/**
 * The text as the recognizer reads it: the dates module's ScanText (NFC, lower-cased, odd spaces
 * made plain, same length as the NFC copy) plus a folded copy of the same length without
 * diacritics (`Uỷ`/`Ủy`, `hoá`/`hóa` and `Qui`/`Quy` meet there). Every helper looks a bounded
 * distance, so that scans built from them stay linear.
 */
import { scanTextOf, type ScanText } from '../dates/scan';
import { foldSameLength } from '../text/fold';
import type { Part } from './types';

export interface Cursor {
  readonly scan: ScanText;
  /** Lower-case, no diacritics, `đ` → `d`; index i is the character i of scan.text. */
  readonly folded: string;
  /** The NFC copy with its case (scan.cased). */
  readonly cased: string;
  readonly length: number;
}

export function cursorOf(text: string): Cursor {
  const scan = scanTextOf(text);
  return { scan, folded: foldSameLength(scan.text), cased: scan.cased, length: scan.text.length };
}

/** Longest gap between two words of one citation; a blank of many spaces is not a gap inside a citation. */
const MAX_GAP = 24;

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const OTHER_LETTER = /\p{L}/u;

/** A letter of the folded copy: a–z, or any other letter a fold left as it was. */
export function isLetterAt(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  return c > 127 && OTHER_LETTER.test(f[i]);
}

export function isWordAt(f: string, i: number): boolean {
  return i >= 0 && i < f.length && (isLetterAt(f, i) || isDigitCode(f.charCodeAt(i)));
}

export function isUpperAt(cased: string, i: number): boolean {
  const ch = cased[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Skips spaces and at most one line break forward (a PDF wraps anywhere; a blank line ends the
 * paragraph); with `emphasis`, Markdown `*` and `_` too. Returns i when nothing is skipped.
 */
export function gapForward(s: string, i: number, emphasis = false): number {
  const limit = Math.min(s.length, i + MAX_GAP);
  let breaks = 0;
  let j = i;
  while (j < limit) {
    const c = s[j];
    if (c === ' ' || c === '\t' || (emphasis && (c === '*' || c === '_'))) j++;
    else if (c === '\n' || c === '\r') {
      if (++breaks > 1) return i;
      j += c === '\r' && s[j + 1] === '\n' ? 2 : 1;
    } else break;
  }
  return j;
}

export function gapBackward(s: string, i: number, emphasis = false): number {
  const limit = Math.max(0, i - MAX_GAP);
  let breaks = 0;
  let j = i;
  while (j > limit) {
    const c = s[j - 1];
    if (c === ' ' || c === '\t' || (emphasis && (c === '*' || c === '_'))) j--;
    else if (c === '\n' || c === '\r') {
      if (++breaks > 1) return i;
      j -= c === '\n' && s[j - 2] === '\r' ? 2 : 1;
    } else break;
  }
  return j;
}

/** End of the word (letters and digits) starting at i, bounded. */
export function wordEnd(f: string, i: number, max = 40): number {
  let j = i;
  const limit = Math.min(f.length, i + max);
  while (j < limit && isWordAt(f, j)) j++;
  return j;
}

/** Start of the word ending at i, bounded. */
export function wordStart(f: string, i: number, max = 40): number {
  let j = i;
  const limit = Math.max(0, i - max);
  while (j > limit && isWordAt(f, j - 1)) j--;
  return j;
}

/**
 * End of the folded phrase `words` when it stands at i as whole words separated by gaps, else -1.
 * `inner` also lets `,` and dashes stand between the words (names such as `Bộ Lao động - Thương
 * binh và Xã hội`).
 */
export function phraseAt(c: Cursor, i: number, words: readonly string[], inner = false): number {
  let j = i;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      let k = gapForward(c.folded, j);
      if (inner && (c.folded[k] === ',' || isDash(c.folded[k]))) k = gapForward(c.folded, k + 1);
      if (k === j) return -1;
      j = k;
    }
    const word = words[w];
    if (!c.folded.startsWith(word, j) || isWordAt(c.folded, j + word.length)) return -1;
    j += word.length;
  }
  return j;
}

const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);

export function isDash(ch: string | undefined): boolean {
  return ch !== undefined && DASHES.has(ch);
}

/** A part of the NFC text mapped to the original; its text reads line wraps and runs of spaces as one space. */
export function partOf(c: Cursor, start: number, end: number): Part {
  return { text: collapse(c.cased.slice(start, end)), start: c.scan.toOriginal(start), end: c.scan.toOriginal(end) };
}

export function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Whether a line break between i and j opens a new block: a list item, a numbered heading, a new căn cứ. */
export function breaksBlock(c: Cursor, i: number, j: number): boolean {
  let nl = j - 1;
  while (nl >= i && c.folded[nl] !== '\n' && c.folded[nl] !== '\r') nl--;
  if (nl < i) return false;
  const next = c.cased.slice(nl + 1, nl + 16);
  return /^[ \t]*(?:[-+*•–][ \t]|\d{1,2}[.)]|[IVX]{1,4}[.)]|[a-zđ]\)|#|Căn cứ|Thực hiện)/u.test(next);
}

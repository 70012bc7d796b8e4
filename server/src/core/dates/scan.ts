/**
 * Cursor helpers over a normalized, lower-cased copy of the text (same length as the NFC copy, so
 * indexes map back through NormalizedText.toOriginal). Every helper looks ahead a bounded distance:
 * scans built from them stay linear.
 */
import { normalizeSlice, type NormalizedText } from '../text/normalized';

/** The NFC copy, lower-cased letter by letter so that indexes stay those of the NFC copy. */
export interface ScanText {
  readonly text: string;
  /** Offset in the original of index i of `text`. */
  toOriginal(i: number): number;
  /** The NFC copy before lower-casing, to tell `Trước` from `trước` or `thứ Ba` from `thứ ba`. */
  readonly cased: string;
}

export function scanTextOf(original: string, start = 0, end = original.length): ScanText {
  const norm: NormalizedText = normalizeSlice(original, start, end);
  return { text: lowerSameLength(norm.text), toOriginal: norm.toOriginal, cased: norm.text };
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

/** A gap never runs longer than this: a blank of thousands of spaces is not inside a date. */
const MAX_GAP = 64;

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const LETTER = /[\p{L}\p{M}]/u;
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // Most characters are ASCII: answer those without the regular expression.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}

export function isWordChar(ch: string | undefined): boolean {
  return isDigit(ch) || isLetter(ch);
}

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * Skips spaces and at most one line break (text pasted from a PDF wraps anywhere, but a blank line
 * ends the paragraph). Returns i unchanged when there is nothing to skip.
 */
export function skipGap(s: string, i: number): number {
  const limit = Math.min(s.length, i + MAX_GAP);
  let breaks = 0;
  let j = i;
  while (j < limit) {
    const c = s[j];
    if (isSpace(c)) j++;
    else if (c === '\r' || c === '\n') {
      if (++breaks > 1) return i;
      j += c === '\r' && s[j + 1] === '\n' ? 2 : 1;
    } else break;
  }
  return j;
}

/** Skips spaces only (no line break). */
export function skipSpaces(s: string, i: number): number {
  const limit = Math.min(s.length, i + MAX_GAP);
  let j = i;
  while (j < limit && isSpace(s[j])) j++;
  return j;
}

/** Index just after `word` at i when it stands as a whole word there, else -1. */
export function wordAt(s: string, i: number, word: string): number {
  if (!s.startsWith(word, i)) return -1;
  const end = i + word.length;
  return isLetter(s[end]) ? -1 : end;
}

/** The first of `words` found at i, as [word, end], else undefined. */
export function anyWordAt(s: string, i: number, words: readonly string[]): [string, number] | undefined {
  for (const w of words) {
    const end = wordAt(s, i, w);
    if (end >= 0) return [w, end];
  }
  return undefined;
}

/** A run of digits at i whose whole length is within [min, max]. */
export function digitsAt(s: string, i: number, min: number, max: number): { value: number; end: number } | undefined {
  let j = i;
  while (j < s.length && isDigit(s[j]) && j - i <= max) j++;
  const n = j - i;
  if (n < min || n > max) return undefined;
  return { value: Number(s.slice(i, j)), end: j };
}

/** A four-digit year 1000–2999, not running into more digits. */
export function yearAt(s: string, i: number): { value: number; end: number } | undefined {
  const c = s[i];
  if (c !== '1' && c !== '2') return undefined;
  return digitsAt(s, i, 4, 4);
}

/** True when a date may start at i: not inside a word, a number, a symbol (`QĐ-12`) or `1.250`. */
export function isTokenStart(s: string, i: number): boolean {
  if (i === 0) return true;
  const prev = s[i - 1];
  if (isWordChar(prev)) return false;
  if ((prev === '/' || prev === '.' || prev === '-' || prev === '_' || prev === ',') && isWordChar(s[i - 2])) return false;
  return true;
}

/** Index of the start of the word that ends at `end` (after skipping spaces back), or -1. */
export function wordBefore(s: string, end: number): { start: number; end: number } | undefined {
  let j = end;
  let spaces = 0;
  while (j > 0 && (isSpace(s[j - 1]) || s[j - 1] === '\n' || s[j - 1] === '\r') && spaces < MAX_GAP) { j--; spaces++; }
  const wordEnd = j;
  let letters = 0;
  while (j > 0 && isLetter(s[j - 1]) && letters < 40) { j--; letters++; }
  return j < wordEnd ? { start: j, end: wordEnd } : undefined;
}

/** Skips spaces and line breaks backwards from `end`, bounded. */
export function skipGapBack(s: string, end: number): number {
  let j = end;
  const limit = Math.max(0, end - MAX_GAP);
  while (j > limit && (isSpace(s[j - 1]) || s[j - 1] === '\n' || s[j - 1] === '\r')) j--;
  return j;
}

/** True when the phrase `words` (already lower-cased, single spaces) ends at `end`, as whole words. */
export function phraseEndsAt(s: string, end: number, words: readonly string[]): number {
  let j = end;
  for (let w = words.length - 1; w >= 0; w--) {
    if (w < words.length - 1) {
      const k = skipGapBack(s, j);
      if (k === j) return -1;
      j = k;
    }
    const word = words[w];
    const start = j - word.length;
    if (start < 0 || s.slice(start, j) !== word) return -1;
    if (isLetter(s[start - 1])) return -1;
    j = start;
  }
  return j;
}

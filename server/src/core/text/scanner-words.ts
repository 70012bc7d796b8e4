/**
 * Words, numbers and phrases over the copies of text/scanner: whole words at an index of the
 * lower-cased copy (dates) or of the folded copy (citations), runs of digits, and parts mapped back to
 * the original. Bounded like the rest of the scanner.
 */
import {
  gapForward, isDash, isDigit, isLetter, isWordAt, isWordChar, skipGapBack, type Cursor,
} from './scanner';

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

/** The word of letters that ends at `end` after skipping spaces and line breaks back, or undefined. */
export function wordBefore(s: string, end: number): { start: number; end: number } | undefined {
  const wordEnd = skipGapBack(s, end);
  let j = wordEnd;
  let letters = 0;
  while (j > 0 && isLetter(s[j - 1]) && letters < 40) { j--; letters++; }
  return j < wordEnd ? { start: j, end: wordEnd } : undefined;
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

/** Start of the phrase `words` (lower-cased, whole words) when it ends at `end`, the words apart by gaps; else -1. */
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

/** A part of the NFC text mapped to the original; its text reads line wraps and runs of spaces as one space. */
export function partOf(c: Cursor, start: number, end: number): { text: string; start: number; end: number } {
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

/** The words of a fixed header field (Quốc hiệu, Tiêu ngữ, Party title), for rules that compare them with the canonical text. */
import { normalizeSlice } from '../text/normalized';
import type { Piece } from './types';

/** A word of a field (letters and their marks), with what stands between it and the word before. */
export interface FieldWord extends Piece {
  /** The original text between the previous word and this one; empty for the first word. */
  readonly gapBefore: string;
}

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Words of a header field with their ranges in the original text (NFD and odd spaces allowed). A
 * word starts at a letter: a combining mark left over after NFC belongs to what precedes it (a space,
 * a `*`), and a word starting there would take that along into its range.
 */
export function fieldWords(original: string, field: { start: number; end: number }): FieldWord[] {
  const norm = normalizeSlice(original, field.start, field.end);
  const s = norm.text;
  const words: FieldWord[] = [];
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const isLetter = i < s.length && (from < 0 ? LETTER : LETTER_OR_MARK).test(s[i]);
    if (isLetter && from < 0) from = i;
    if (!isLetter && from >= 0) {
      const start = norm.toOriginal(from);
      const previous = words[words.length - 1];
      words.push({ text: s.slice(from, i), start, end: norm.toOriginal(i), gapBefore: previous ? original.slice(previous.end, start) : '' });
      from = -1;
    }
  }
  return words;
}

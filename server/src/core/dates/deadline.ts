/**
 * Deadlines: a date right after `trước ngày`, `chậm nhất`, `hạn chót`, `hoàn thành trước`, `xong
 * trước`, `thời hạn hoàn thành:` and the like. A sentence that tells what was done before a date
 * (`Trước ngày 01/7/2014, tỉnh đã …`, `đã hoàn thành trước năm 2013`) is history, not a deadline.
 */
import type { RawMention } from './read';
import { isLetter, skipGapBack, type ScanText } from '../text/scanner';
import { phraseEndsAt, wordBefore } from '../text/scanner-words';

export interface Span { readonly start: number; readonly end: number }

/** Longest first: `hoàn thành trước` before `trước`. */
const CUES: readonly (readonly string[])[] = [
  ['thời', 'hạn', 'hoàn', 'thành'], ['thời', 'gian', 'hoàn', 'thành'], ['hoàn', 'thành', 'trước'],
  ['kết', 'thúc', 'trước'], ['xong', 'trước'], ['hoàn', 'thành', 'trong'], ['xong', 'trong'],
  ['chậm', 'nhất'], ['hạn', 'chót'], ['hạn', 'cuối'], ['thời', 'hạn'], ['trước'],
];
/** Words that may stand between a cue and its date: `chậm nhất là ngày`, `chậm nhất vào ngày`, `hạn chót trong tháng`. */
const FILLERS = new Set(['là', 'vào', 'trong']);

export function deadlineCueBefore(scan: ScanText, raw: RawMention): Span | undefined {
  const s = scan.text;
  let j = skipGapBack(s, raw.lead);
  if (s[j - 1] === ':') j = skipGapBack(s, j - 1);
  for (let attempt = 0; attempt < 2; attempt++) {
    for (const cue of CUES) {
      const start = phraseEndsAt(s, j, cue);
      if (start < 0) continue;
      // Bare `trước` only before `ngày …` in mid-sentence: a capital `Trước` opens a sentence about the past.
      if (cue.length === 1 && (!raw.hadNgay || raw.kind !== 'day' || scan.cased[start] !== 't')) return undefined;
      if (pastBefore(s, start) || conditionAfter(s, raw.end)) return undefined;
      // `100% số xã hoàn thành trong năm 2022` reports the past; `phải hoàn thành trong quý I` sets a deadline.
      if (cue[cue.length - 1] === 'trong' && !modalBefore(s, start)) return undefined;
      return { start: scan.toOriginal(start), end: scan.toOriginal(j) };
    }
    const filler = wordBefore(s, j);
    if (!filler || !FILLERS.has(s.slice(filler.start, filler.end))) return undefined;
    j = skipGapBack(s, filler.start);
  }
  return undefined;
}

/** `hồ sơ nộp trước ngày 01/01/2023 được giải quyết …`: a condition on the past, not a deadline. */
const CONDITION_WORDS = new Set(['được', 'thì', 'đã', 'vẫn', 'tiếp']);

function conditionAfter(s: string, end: number): boolean {
  let j = end;
  while (j < s.length && j - end < 8 && (s[j] === ' ' || s[j] === '\t' || s[j] === ',')) j++;
  let k = j;
  while (k < s.length && k - j < 10 && isLetter(s[k])) k++;
  return CONDITION_WORDS.has(s.slice(j, k));
}

/** Words that make `hoàn thành trong …` an order: `phải`, `cần`, `sẽ`, `phấn đấu`, `bảo đảm`, `để`. */
const MODALS = new Set(['phải', 'cần', 'sẽ', 'đấu', 'bảo', 'đảm', 'để']);

function modalBefore(s: string, start: number): boolean {
  const word = wordBefore(s, start);
  return word !== undefined && MODALS.has(s.slice(word.start, word.end));
}

/** `đã` among the three words before the cue, in the same clause. */
function pastBefore(s: string, start: number): boolean {
  let j = start;
  for (let n = 0; n < 3; n++) {
    const word = wordBefore(s, j);
    if (!word) return false;
    if (s.slice(word.start, word.end) === 'đã') return true;
    j = word.start;
  }
  return false;
}

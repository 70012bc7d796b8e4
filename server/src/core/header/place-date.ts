/**
 * The one recogniser of the place-date line: `Lạng Sơn, ngày 05 tháng 6 năm 2014` (also without its
 * comma, wrapped over lines, or `Lạng Sơn, ngày 05/6/2014`, a malformed one). The header finds the
 * line here, reads its pieces here, and the plan's date is read here with the dates module's reader.
 */
import { readRaw } from '../dates/read';
import { scanTextOf, skipGap } from '../text/scanner';
import { digitsAt, wordAt, yearAt } from '../text/scanner-words';
import { foldSameLength } from '../text/fold';
import type { NormalizedText } from '../text/normalized';
import type { DateSlot, HeaderDate, PlaceDateFields } from './types';

const WEEKDAY_PREFIX = /^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b/;

/** Lower case without diacritics, one for one with the NFC text: `ngày` is found at its own index. */
function folded(nfc: string): string {
  return foldSameLength(nfc.toLowerCase());
}

/** Index of `word` as a whole word in `s` at or after `from`, or -1. */
export function wordIndex(s: string, word: string, from: number): number {
  for (let i = s.indexOf(word, from); i >= 0; i = s.indexOf(word, i + 1)) {
    const before = i === 0 ? '' : s[i - 1];
    const after = s[i + word.length] ?? '';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return i;
  }
  return -1;
}

/** Where `ngày` stands as a word in an NFC text, or -1. */
export function ngayIndex(nfc: string): number {
  return wordIndex(folded(nfc), 'ngay', 0);
}

/**
 * Without its comma, a place reads as one only when short and capitalized (`Lạng Sơn ngày …`,
 * `Thành phố Hồ Chí Minh ngày …`), unlike a sentence (`Các đơn vị nộp trước ngày …`).
 */
function isPlaceLike(place: string, afterComma: boolean): boolean {
  const words = place.split(/\s+/);
  return afterComma || (/^\p{Lu}/u.test(place) && /^\p{Lu}/u.test(words[words.length - 1])
    && !/[\d:;()]/.test(place) && words.length <= 6);
}

/**
 * Whether a header cell is the place-date line: `Lạng Sơn, ngày 05 tháng 6 năm 2014` (`words`),
 * also without its comma, or `Lạng Sơn, ngày 05/6/2014` (`numeric`, a malformed one). A web page's
 * own date (`Chủ nhật, ngày 27/10/2024`) is not.
 */
export function placeDateForm(nfc: string): 'words' | 'numeric' | undefined {
  if (nfc.length > 200) return undefined;
  const lower = folded(nfc);
  const day = wordIndex(lower, 'ngay', 0);
  if (day < 0) return undefined;
  const prefix = nfc.slice(0, day).trim();
  const afterComma = prefix === '' || prefix.endsWith(',');
  const place = prefix.replace(/,$/, '').trim();
  if (!isPlaceLike(place, afterComma) || WEEKDAY_PREFIX.test(folded(place))) return undefined;
  const month = wordIndex(lower, 'thang', day + 4);
  const year = month < 0 ? -1 : wordIndex(lower, 'nam', month + 5);
  if (year >= 0) {
    // Without the comma, only a line that ends with the year reads as the date line.
    return afterComma || /^[\s\d.…_]*[.*]?$/.test(lower.slice(year + 3)) ? 'words' : undefined;
  }
  const rest = lower.slice(day + 4);
  if (afterComma && place !== '' && /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*[.*]?$/.test(rest)) return 'numeric';
  return undefined;
}

const WORDS = /^ngay([\s.…_\d]*)thang([\s.…_\d]*)nam\b(\s+\d{4})?/d;
const NUMERIC = /^ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/d;

/** The digits of group k of a match on the text after `ngày` (at `day`); undefined when the slot is blank. */
function slotOf(norm: NormalizedText, match: RegExpExecArray, k: number, day: number): DateSlot | undefined {
  const slot = match[k];
  const digits = slot === undefined ? null : /\d+/.exec(slot);
  if (!digits) return undefined;
  const start = day + match.indices![k]![0] + digits.index;
  const text = digits[0];
  return { text, value: Number(text), start: norm.toOriginal(start), end: norm.toOriginal(start + text.length) };
}

/** The day, month and year slots after `ngày`, in words or in digits. */
function readSlots(norm: NormalizedText, tail: string, day: number): Pick<PlaceDateFields, 'form' | 'ranges'> | undefined {
  const words = WORDS.exec(tail);
  const match = words ?? NUMERIC.exec(tail);
  if (!match) return undefined;
  const ranges = { day: slotOf(norm, match, 1, day), month: slotOf(norm, match, 2, day), year: slotOf(norm, match, 3, day) };
  if (words) return { form: 'words', ranges };
  return { form: 'numeric', ranges: { ...ranges, numeric: { start: norm.toOriginal(day), end: norm.toOriginal(day + match[0].length) } } };
}

/** The place before `ngày`: without its trailing comma and spaces, with its first letter. */
function readPlace(norm: NormalizedText, day: number): Pick<PlaceDateFields, 'place' | 'placeInitial' | 'comma'> {
  const before = norm.text.slice(0, day);
  const placeEnd = before.replace(/[\s,]+$/u, '').length;
  const placeStart = before.length - before.trimStart().length;
  if (placeStart >= placeEnd) return { comma: before.includes(',') };
  const piece = (start: number, end: number) => ({ text: norm.text.slice(start, end), start: norm.toOriginal(start), end: norm.toOriginal(end) });
  return { place: piece(placeStart, placeEnd), placeInitial: piece(placeStart, placeStart + 1), comma: before.includes(',') };
}

/** The pieces of a place-date field, read on its NFC copy; undefined when it names no date after `ngày`. */
export function placeDateFieldsOf(norm: NormalizedText): PlaceDateFields | undefined {
  const lower = folded(norm.text);
  const day = wordIndex(lower, 'ngay', 0);
  if (day < 0) return undefined;
  const slots = readSlots(norm, lower.slice(day), day);
  if (!slots) return undefined;
  return { ...slots, ...readPlace(norm, day), ngay: norm.toOriginal(day) };
}

/** What a draft writes where the day or month will go: spaces, dots, ellipses, underscores. */
const BLANK = new Set([' ', '\t', '.', '…', '_', '-', '/']);

function skipBlank(s: string, i: number): number {
  const limit = Math.min(s.length, i + 80);
  let j = i;
  while (j < limit && BLANK.has(s[j])) j++;
  return j;
}

/**
 * The plan's own date on the place-date line, read by the dates module's reader. A draft leaves the
 * day blank for the records officer (`ngày   tháng 6 năm 2021`, `ngày … tháng 6 năm 2021`): the date
 * is then known to the month, and that is right, never a warning.
 */
export function headerDateOf(original: string, start: number, end: number): HeaderDate | undefined {
  const scan = scanTextOf(original, start, end);
  const s = scan.text;
  for (let at = s.indexOf('ngày'); at >= 0; at = s.indexOf('ngày', at + 1)) {
    if (wordAt(s, at, 'ngày') < 0) continue;
    const raw = readRaw(s, at);
    if (raw && raw.kind === 'day') {
      return { precision: 'day', year: raw.year, month: raw.month, day: raw.day, valid: raw.valid, start: scan.toOriginal(at), end: scan.toOriginal(raw.end) };
    }
    const blank = blankDay(s, skipBlank(s, at + 'ngày'.length));
    if (blank) return { ...blank, start: scan.toOriginal(at), end: scan.toOriginal(blank.end) };
  }
  return undefined;
}

/** `tháng 6 năm 2021` or `tháng    năm 2021` after a blank day. */
function blankDay(s: string, i: number) {
  const afterThang = wordAt(s, i, 'tháng');
  if (afterThang < 0) return undefined;
  let j = skipGap(s, afterThang);
  const m = digitsAt(s, j, 1, 2);
  if (m) j = m.end;
  const afterNam = wordAt(s, skipBlank(s, j), 'năm');
  if (afterNam < 0) return undefined;
  const y = yearAt(s, skipGap(s, afterNam));
  if (!y) return undefined;
  if (m) return { precision: 'month' as const, year: y.value, month: m.value, valid: m.value >= 1 && m.value <= 12, end: y.end };
  return { precision: 'year' as const, year: y.value, valid: true, end: y.end };
}

/** Weekday words next to a date: `thứ Ba, ngày 15/3/2023`, `ngày 27/10/2024 (Chủ nhật)`. */
import { WEEKDAYS } from './calendar';
import { isLetter, isWordChar, skipGap, skipSpaces, type ScanText } from '../text/scanner';
import { anyWordAt, digitsAt, wordAt, wordBefore } from '../text/scanner-words';

export interface WeekdayWord {
  readonly start: number;
  readonly end: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
}

/** The words after `thứ`, lower case, with their weekday: `hai` 1 … `bảy` and `bẩy` 6. */
const NAMES: readonly [string, number][] = WEEKDAYS.flatMap((day, weekday) =>
  [day.afterThu?.toLowerCase(), ...(day.variants ?? [])].flatMap((word) => (word ? [[word, weekday] as [string, number]] : [])));

/** `thứ Ba`, `thứ 3`, `Chủ nhật` at i. */
export function weekdayWordAt(s: string, i: number): WeekdayWord | undefined {
  const afterThu = wordAt(s, i, 'thứ');
  if (afterThu >= 0) {
    const k = skipGap(s, afterThu);
    const name = anyWordAt(s, k, NAMES.map(([n]) => n));
    if (name) return { start: i, end: name[1], weekday: NAMES.find(([n]) => n === name[0])![1] };
    const d = digitsAt(s, k, 1, 1);
    if (d && d.value >= 2 && d.value <= 7 && !isWordChar(s[d.end])) return { start: i, end: d.end, weekday: d.value - 1 };
    return undefined;
  }
  const afterChu = wordAt(s, i, 'chủ');
  if (afterChu < 0) return undefined;
  const end = wordAt(s, skipGap(s, afterChu), 'nhật');
  return end < 0 ? undefined : { start: i, end, weekday: 0 };
}

/** Words after which `thứ Năm` is a day of the week rather than an ordinal (`lần thứ năm`, `kỳ họp thứ Năm`). */
const BEFORE_WEEKDAY = new Set(['vào', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'nay', 'là', 'hôm']);
const PUNCTUATION_BEFORE = new Set([',', ';', ':', '(', '-', '–', '—', '.', '*', '_', '>', '|', '"', '“', '[']);

function weekdayContextOk(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && (s[j - 1] === ' ' || s[j - 1] === '\t')) j--;
  if (j === 0 || s[j - 1] === '\n' || s[j - 1] === '\r' || PUNCTUATION_BEFORE.has(s[j - 1])) return true;
  if (!isLetter(s[j - 1])) return false;
  const word = wordBefore(s, i);
  return word !== undefined && BEFORE_WEEKDAY.has(s.slice(word.start, word.end));
}

/** A weekday that leads a date: where the date should start, after `,` or `-`. */
export function weekdayBefore(scan: ScanText, i: number): { word: WeekdayWord; dateAt: number } | undefined {
  const s = scan.text;
  const word = weekdayWordAt(s, i);
  if (!word || !weekdayContextOk(s, i)) return undefined;
  let k = skipGap(s, word.end);
  if (s[k] === ',' || s[k] === '-' || s[k] === '–') k = skipGap(s, k + 1);
  return { word, dateAt: k };
}

/** `(thứ Tư)` right after a date. */
export function weekdayAfter(scan: ScanText, end: number): WeekdayWord | undefined {
  const s = scan.text;
  const open = skipSpaces(s, end);
  if (s[open] !== '(') return undefined;
  const word = weekdayWordAt(s, skipSpaces(s, open + 1));
  if (!word || s[skipSpaces(s, word.end)] !== ')') return undefined;
  return word;
}

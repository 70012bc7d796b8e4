/**
 * Every date of a text in one linear pass: single dates, ranges (`giai đoạn 2021 - 2025`, `từ năm
 * 2021 đến năm 2025`, `từ ngày … đến ngày …`), weekdays (`thứ Ba, ngày 15/3/2023`) and deadlines
 * (`trước ngày 30/6/2023`, `chậm nhất …`).
 */
import { isValidDay } from './calendar';
import { readRaw, toMention, type DateMention, type RawMention } from './read';
import { isDigit, isLetter, isWordChar, scanTextOf, skipGap, skipSpaces, type ScanText } from '../text/scanner';
import { anyWordAt, digitsAt, isTokenStart, wordAt, wordBefore, yearAt } from '../text/scanner-words';
import { deadlineCueBefore, type Span } from './deadline';
import { weekdayAfter, weekdayBefore, type WeekdayWord } from './weekday';

export interface DateRange {
  /** From the first word (`từ`, `năm`, or the first year) to the end of the second date. */
  readonly start: number;
  readonly end: number;
  readonly from: DateMention;
  readonly to: DateMention;
  /** `từ … đến …`, or a year range led by `giai đoạn`, `thời kỳ`, `năm` …: surely a range. */
  readonly cued: boolean;
  /** The first end was written without its year (`từ ngày 01/6 đến ngày 30/6/2023`). */
  readonly partial: boolean;
}

export interface WeekdayMention {
  /** The weekday words (`thứ Ba`, `Chủ nhật`, `thứ 3`). */
  readonly start: number;
  readonly end: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly written: string;
  readonly date: DateMention;
}

export interface Deadline {
  /** The cue (`trước`, `chậm nhất`, `hạn chót` …). */
  readonly cue: Span;
  readonly date: DateMention;
}

export interface DateIndex {
  /** Single dates in text order, range ends included (bare years of `2021-2025` excepted). */
  readonly mentions: readonly DateMention[];
  readonly ranges: readonly DateRange[];
  readonly weekdays: readonly WeekdayMention[];
  readonly deadlines: readonly Deadline[];
}

const DASHES = new Set(['-', '–', '—', '‐', '−']);
const RANGE_CUES: readonly (readonly string[])[] = [['giai', 'đoạn'], ['thời', 'kỳ'], ['thời', 'kì'], ['nhiệm', 'kỳ'], ['nhiệm', 'kì'], ['niên', 'độ'], ['năm', 'học'], ['khóa'], ['khoá'], ['năm']];

/** The words a date, range or weekday can start with; anything else may start with a digit only. */
const START_WORDS = new Set(['ngày', 'năm', 'tháng', 'từ', 'thứ', 'quý', 'quí', 'sáu', 'chủ']);

/** A cheap first test, so that the readers run at a few places of a long text only. */
function isCandidate(s: string, i: number): boolean {
  if (isDigit(s[i])) return true;
  const c = s[i];
  if (c !== 'n' && c !== 't' && c !== 'q' && c !== 's' && c !== 'c') return false;
  let j = i + 1;
  while (j < s.length && j - i < 6 && isLetter(s[j])) j++;
  return START_WORDS.has(s.slice(i, j));
}

interface Found {
  mentions: DateMention[];
  ranges: DateRange[];
  weekdays: WeekdayMention[];
  deadlines: Deadline[];
}

export function findDates(text: string): DateIndex {
  const scan = scanTextOf(text);
  const s = scan.text;
  const found: Found = { mentions: [], ranges: [], weekdays: [], deadlines: [] };
  let i = 0;
  while (i < s.length) {
    if (!isCandidate(s, i) || !isTokenStart(s, i)) { i++; continue; }
    const next = rangeAt(scan, i, found) ?? weekdayLedAt(scan, i, found) ?? singleAt(scan, i, found);
    i = next ?? i + 1;
  }
  return found;
}

/** Records a mention read by readRaw, with its deadline cue and a trailing `(thứ Tư)`; returns its end. */
function record(scan: ScanText, raw: RawMention, found: Found): DateMention {
  const mention = toMention(raw, scan);
  found.mentions.push(mention);
  const cue = deadlineCueBefore(scan, raw);
  if (cue) found.deadlines.push({ cue, date: mention });
  return mention;
}

function singleAt(scan: ScanText, i: number, found: Found): number | undefined {
  const raw = readRaw(scan.text, i);
  if (!raw) return undefined;
  if (raw.form === 'dot' && !raw.hadNgay && isVersionLabel(scan.text, i)) return raw.end;
  const mention = record(scan, raw, found);
  if (raw.kind !== 'day') return raw.end;
  const after = weekdayAfter(scan, raw.end);
  if (!after) return raw.end;
  found.weekdays.push(weekdayMention(scan, after, mention));
  return after.end;
}

/** `phiên bản 1.2.2023`, `version 2.1.2020`: a version number, not a date. */
function isVersionLabel(s: string, i: number): boolean {
  const word = wordBefore(s, i);
  return word !== undefined && ['bản', 'version', 'ver', 'v'].includes(s.slice(word.start, word.end));
}

function weekdayMention(scan: ScanText, w: WeekdayWord, date: DateMention): WeekdayMention {
  const start = scan.toOriginal(w.start);
  const end = scan.toOriginal(w.end);
  return { start, end, weekday: w.weekday, written: scan.cased.slice(w.start, w.end), date };
}

/** `thứ Ba, ngày 15/3/2023`, `Chủ nhật ngày 27/10/2024`. */
function weekdayLedAt(scan: ScanText, i: number, found: Found): number | undefined {
  const led = weekdayBefore(scan, i);
  if (!led) return undefined;
  const raw = readRaw(scan.text, led.dateAt);
  if (!raw || raw.kind !== 'day') return undefined;
  const mention = record(scan, raw, found);
  found.weekdays.push(weekdayMention(scan, led.word, mention));
  return raw.end;
}

/** Bare numbers outside these years (`2500-3000 người`) are counts, not periods. */
const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2100;
/** Two bare years further apart than this are not a plan's period either. */
const BARE_SPAN_MAX = 50;

/** A year written alone, as an end of a range (`2021` in `2021 - 2025`): not a mention by itself. */
interface BareYear extends RawMention { readonly bare: true }

/** A bare year; `afterDash` because `2025` in `2021-2025` does not start a token by isTokenStart's rule. */
function bareYear(s: string, i: number, afterDash = false): BareYear | undefined {
  const y = yearAt(s, i);
  if (!y || y.value < BARE_YEAR_MIN || y.value > BARE_YEAR_MAX || (!afterDash && !isTokenStart(s, i))) return undefined;
  const after = s[y.end];
  if (isDigit(after) || ((after === '/' || after === '.') && isWordChar(s[y.end + 1]))) return undefined;
  return { kind: 'year', year: y.value, form: 'words', valid: true, start: i, end: y.end, lead: i, hadNgay: false, bare: true };
}

interface PartialStart { day?: number; month: number; end: number; lead: number; start: number; form: 'slash' | 'words' }

/** The month after a partial start's day: `/6` or ` tháng 6`, not followed by a year of its own. */
function partialMonth(s: string, dayEnd: number): { value: number; end: number; form: 'slash' | 'words' } | undefined {
  if (s[dayEnd] === '/') {
    const m = digitsAt(s, dayEnd + 1, 1, 2);
    return m && s[m.end] !== '/' ? { ...m, form: 'slash' } : undefined;
  }
  const afterThang = wordAt(s, skipGap(s, dayEnd), 'tháng');
  const m = afterThang >= 0 ? digitsAt(s, skipGap(s, afterThang), 1, 2) : undefined;
  return m && s[m.end] !== '/' ? { ...m, form: 'words' } : undefined;
}

/** `ngày 01/6`, `ngày 20 tháng 6` or `tháng 6` without a year, at the start of `từ … đến …`. */
function partialStart(s: string, i: number): PartialStart | undefined {
  const afterNgay = wordAt(s, i, 'ngày');
  if (afterNgay >= 0) {
    const j = skipGap(s, afterNgay);
    const d = digitsAt(s, j, 1, 2);
    const m = d && partialMonth(s, d.end);
    return m ? { day: d.value, month: m.value, end: m.end, lead: i, start: j, form: m.form } : undefined;
  }
  const afterThang = wordAt(s, i, 'tháng');
  if (afterThang < 0) return undefined;
  const m = digitsAt(s, skipGap(s, afterThang), 1, 2);
  if (!m || s[m.end] === '/') return undefined;
  return { month: m.value, end: m.end, lead: i, start: i, form: 'words' };
}

function rangeAt(scan: ScanText, i: number, found: Found): number | undefined {
  const s = scan.text;
  const afterTu = wordAt(s, i, 'từ');
  if (afterTu >= 0) return fromToAt(scan, i, skipGap(s, afterTu), found);
  // `năm 2021 - 2025`, `2021-2025`, `giai đoạn 2021 – 2025`.
  const afterNam = wordAt(s, i, 'năm');
  const at = afterNam >= 0 ? skipGap(s, afterNam) : i;
  const from = bareYear(s, at);
  if (!from) return undefined;
  const dash = skipSpaces(s, from.end);
  if (!DASHES.has(s[dash])) return undefined;
  const to = bareYear(s, skipGap(s, dash + 1), true);
  if (!to || Math.abs(to.year - from.year) > BARE_SPAN_MAX) return undefined;
  const cued = afterNam >= 0 || RANGE_CUES.some((words) => endsWithPhrase(s, i, words));
  const fromM = toMention(from, scan);
  const toM = toMention(to, scan);
  if (afterNam >= 0) found.mentions.push({ ...fromM, start: scan.toOriginal(i) });
  found.ranges.push({ start: scan.toOriginal(i), end: toM.end, from: fromM, to: toM, cued, partial: false });
  return to.end;
}

function endsWithPhrase(s: string, end: number, words: readonly string[]): boolean {
  let j = end;
  for (let w = words.length - 1; w >= 0; w--) {
    const before = wordBefore(s, j);
    if (!before || s.slice(before.start, before.end) !== words[w]) return false;
    j = before.start;
  }
  return true;
}

/**
 * The year of a range's first end written without one: the second end's (`từ ngày 15/3 đến ngày
 * 01/3/2023` is reversed), or the year before when the first end's month comes later (`từ ngày 15/12
 * đến ngày 10/01/2024`, `từ tháng 9 đến tháng 5/2024` run over the new year). Two days of one month
 * stay in one year: a span of eleven months and more would carry its own year.
 */
function partialYear(p: { month: number }, to: RawMention): number {
  return p.month > (to.month ?? 12) ? to.year - 1 : to.year;
}

/** `từ năm 2021 đến năm 2025`, `từ ngày 01/6/2023 đến ngày 30/6/2023`, `từ ngày 01/6 đến ngày 30/6/2023`. */
function fromToAt(scan: ScanText, i: number, j: number, found: Found): number | undefined {
  const s = scan.text;
  const full = readRaw(s, j) ?? bareYear(s, j);
  const partial = full ? undefined : partialStart(s, j);
  const fromEnd = full?.end ?? partial?.end;
  if (fromEnd === undefined) return undefined;
  let k = skipGap(s, fromEnd);
  const word = anyWordAt(s, k, ['đến', 'tới']);
  if (word) k = word[1];
  else if (DASHES.has(s[k])) k++;
  else return undefined;
  k = skipGap(s, k);
  const to = readRaw(s, k) ?? bareYear(s, k, true);
  if (!to || ('bare' in to && full && Math.abs(to.year - full.year) > BARE_SPAN_MAX)) return undefined;
  let from: RawMention;
  if (full) from = full;
  else {
    // The first end takes the year of the second: `từ ngày 01/6 đến ngày 30/6/2023`.
    const p = partial!;
    if (p.day !== undefined ? to.kind !== 'day' : to.kind !== 'month' && to.kind !== 'day') return undefined;
    const fromYear = partialYear(p, to);
    const base = { year: fromYear, month: p.month, start: p.start, end: p.end, lead: p.lead, hadNgay: p.day !== undefined };
    from = p.day !== undefined
      ? { ...base, kind: 'day', day: p.day, form: p.form, valid: isValidDay(fromYear, p.month, p.day) }
      : { ...base, kind: 'month', form: 'words', valid: p.month >= 1 && p.month <= 12 };
  }
  const fromM = full && !('bare' in full) ? record(scan, full, found) : toMention(from, scan);
  const toM = 'bare' in to ? toMention(to, scan) : record(scan, to, found);
  found.ranges.push({ start: scan.toOriginal(i), end: toM.end, from: fromM, to: toM, cued: true, partial: !full });
  return to.end;
}

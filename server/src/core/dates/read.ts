/**
 * Reading one Vietnamese date at a known place: `ngày 05/6/2014`, `ngày 12-5-2016`, `12.5.2016`,
 * `ngày 5 tháng 6 năm 2014`, `tháng 6/2014`, `tháng 6 năm 2014`, `quý I/2023`, `6 tháng đầu năm 2023`,
 * `năm 2023`. Text may be NFD, carry non-breaking spaces, or wrap over one line break anywhere.
 */
import { isValidDay } from './calendar';
import { isDigit, isLetter, isSpace, isWordChar, scanTextOf, skipGap, skipSpaces, type ScanText } from '../text/scanner';
import { anyWordAt, digitsAt, wordAt, yearAt } from '../text/scanner-words';

export interface CalendarDay { readonly year: number; readonly month: number; readonly day: number }

export type DateKind = 'day' | 'month' | 'quarter' | 'half-year' | 'year';
export type DateForm = 'slash' | 'dash' | 'dot' | 'words';

export interface DateMention {
  /** Offsets in the text passed in. A leading `ngày` is outside the range; `tháng`, `quý`, `năm` are inside. */
  readonly start: number;
  readonly end: number;
  readonly kind: DateKind;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly quarter?: number;
  /** 1 for `6 tháng đầu năm`, 2 for `6 tháng cuối năm`. */
  readonly half?: number;
  /** `05/6/2014` slash, `12-5-2016` dash, `12.5.2016` dot, `ngày 5 tháng 6 năm 2014` words. */
  readonly form: DateForm;
  /** False for 30/02/2024, 29/02/2023, month 13. */
  readonly valid: boolean;
}

/** A mention as found in a ScanText: indexes into the normalized copy, before mapping back. */
export interface RawMention extends Omit<DateMention, 'start' | 'end'> {
  readonly start: number;
  readonly end: number;
  /** Where the expression begins, `ngày` included when present. */
  readonly lead: number;
  readonly hadNgay: boolean;
}

const NGAY = 'ngày';
const THANG = 'tháng';
const NAM = 'năm';
const QUARTER_WORDS = ['quý', 'quí'] as const;
const ROMAN_QUARTERS: readonly [string, number][] = [['iv', 4], ['iii', 3], ['ii', 2], ['i', 1]];

/** What may follow a year without making it part of something longer (`2016/QĐ`, `2016.1`, `20161`). */
function yearEndsCleanly(s: string, end: number): boolean {
  const next = s[end];
  if (isDigit(next)) return false;
  if ((next === '/' || next === '.' || next === '-') && isWordChar(s[end + 1])) return false;
  return true;
}

function year(s: string, i: number): { value: number; end: number } | undefined {
  const y = yearAt(s, i);
  return y && yearEndsCleanly(s, y.end) ? y : undefined;
}

/** `năm 2014` at i (the word, a gap, the year). */
function namYear(s: string, i: number): { value: number; end: number } | undefined {
  const afterNam = wordAt(s, i, NAM);
  return afterNam < 0 ? undefined : year(s, skipGap(s, afterNam));
}

/** `05/6/2014`, `12-5-2016`, `12.5.2016`; spaced slashes (`05 / 6 / 2014`) only after `ngày`. */
function numericDay(s: string, i: number, hadNgay: boolean) {
  const d = digitsAt(s, i, 1, 2);
  if (!d) return undefined;
  const sep = s[d.end];
  let form: DateForm;
  if (sep === '/') form = 'slash';
  else if (sep === '-') form = 'dash';
  else if (sep === '.') form = 'dot';
  else if (hadNgay && isSpace(sep)) {
    const k = skipSpaces(s, d.end);
    if (s[k] !== '/') return undefined;
    return numericAfterSep(s, d.value, k, 'slash', true, hadNgay);
  } else return undefined;
  return numericAfterSep(s, d.value, d.end, form, hadNgay, hadNgay);
}

function numericAfterSep(s: string, day: number, sepAt: number, form: DateForm, spaced: boolean, hadNgay: boolean) {
  const sep = s[sepAt];
  // A wrapped line may fall right after a slash; dashes and dots are read tight.
  const next = (j: number) => (form === 'slash' ? skipGap(s, j) : j);
  const mStart = next(sepAt + 1);
  const m = digitsAt(s, mStart, 1, 2);
  if (!m) return undefined;
  const sep2At = spaced ? skipSpaces(s, m.end) : m.end;
  if (s[sep2At] !== sep) return undefined;
  const y = year(s, next(sep2At + 1));
  // `1.2.2023b` is a label; words run on (`2014của`) only after worded dates.
  if (!y || isLetter(s[y.end])) return undefined;
  const plausible = day >= 1 && day <= 31 && m.value >= 1 && m.value <= 12;
  // `ngày 15/13/2023` is a date written wrong; a bare `45/13/2023` is likely something else.
  if (!plausible && !(hadNgay && day <= 39 && m.value <= 19)) return undefined;
  return { kind: 'day' as const, day, month: m.value, year: y.value, form, end: y.end, valid: isValidDay(y.value, m.value, day) };
}

/** `5 tháng 6 năm 2014` (after `ngày`). */
function wordsDay(s: string, i: number) {
  const d = digitsAt(s, i, 1, 2);
  if (!d) return undefined;
  const afterThang = wordAt(s, skipGap(s, d.end), THANG);
  if (afterThang < 0) return undefined;
  const m = digitsAt(s, skipGap(s, afterThang), 1, 2);
  if (!m) return undefined;
  let k = skipGap(s, m.end);
  if (s[k] === ',') k = skipGap(s, k + 1);
  const y = namYear(s, k);
  if (!y) return undefined;
  return { kind: 'day' as const, day: d.value, month: m.value, year: y.value, form: 'words' as const, end: y.end, valid: isValidDay(y.value, m.value, d.value) };
}

/** `tháng 6/2014`, `tháng 6-2014`, `tháng 6 năm 2014`. */
function monthOf(s: string, i: number) {
  const afterThang = wordAt(s, i, THANG);
  if (afterThang < 0) return undefined;
  const m = digitsAt(s, skipGap(s, afterThang), 1, 2);
  if (!m) return undefined;
  const sep = s[m.end];
  let y: { value: number; end: number } | undefined;
  let form: DateForm = 'words';
  if (sep === '/' || sep === '-') {
    y = year(s, sep === '/' ? skipGap(s, m.end + 1) : m.end + 1);
    form = sep === '/' ? 'slash' : 'dash';
  } else y = namYear(s, skipGap(s, m.end));
  if (!y) return undefined;
  return { kind: 'month' as const, month: m.value, year: y.value, form, end: y.end, valid: m.value >= 1 && m.value <= 12 };
}

/** `quý I/2023`, `quý 2 năm 2023`, `Quí IV-2023`. */
function quarterOf(s: string, i: number) {
  const word = anyWordAt(s, i, QUARTER_WORDS);
  if (!word) return undefined;
  const k = skipGap(s, word[1]);
  let quarter = 0;
  let end = k;
  for (const [roman, value] of ROMAN_QUARTERS) {
    if (s.startsWith(roman, k) && !isWordChar(s[k + roman.length])) { quarter = value; end = k + roman.length; break; }
  }
  if (!quarter) {
    const q = digitsAt(s, k, 1, 1);
    if (!q || q.value < 1 || q.value > 4) return undefined;
    quarter = q.value;
    end = q.end;
  }
  const sep = s[end];
  const y = sep === '/' || sep === '-' ? year(s, end + 1) : namYear(s, skipGap(s, end));
  if (!y) return undefined;
  return { kind: 'quarter' as const, quarter, year: y.value, form: 'words' as const, end: y.end, valid: true };
}

/** `6 tháng đầu năm 2023`, `sáu tháng cuối năm 2023`. */
function halfOf(s: string, i: number) {
  const six = s.startsWith('6', i) && !isDigit(s[i + 1]) ? i + 1 : s.startsWith('06', i) && !isDigit(s[i + 2]) ? i + 2 : wordAt(s, i, 'sáu');
  if (six < 0) return undefined;
  const afterThang = wordAt(s, skipGap(s, six), THANG);
  if (afterThang < 0) return undefined;
  const which = anyWordAt(s, skipGap(s, afterThang), ['đầu', 'cuối']);
  if (!which) return undefined;
  const y = namYear(s, skipGap(s, which[1]));
  if (!y) return undefined;
  return { kind: 'half-year' as const, half: which[0] === 'đầu' ? 1 : 2, year: y.value, form: 'words' as const, end: y.end, valid: true };
}

/**
 * A date at index i of a ScanText's lower-cased copy: after optional spaces and an optional
 * `ngày`. The caller decides whether i is a sensible place to start.
 */
export function readRaw(s: string, i: number): RawMention | undefined {
  let lead = skipGap(s, i);
  let j = lead;
  const afterNgay = wordAt(s, j, NGAY);
  const hadNgay = afterNgay >= 0;
  if (hadNgay) j = skipGap(s, afterNgay);
  const found = hadNgay
    ? numericDay(s, j, true) ?? wordsDay(s, j)
    : numericDay(s, j, false) ?? halfOf(s, j) ?? wordsDay(s, j) ?? monthOf(s, j) ?? quarterOf(s, j) ?? yearMention(s, j);
  if (!found) return undefined;
  if (!hadNgay) lead = j;
  return { ...found, start: j, lead, hadNgay };
}

function yearMention(s: string, i: number) {
  const y = namYear(s, i);
  return y && { kind: 'year' as const, year: y.value, form: 'words' as const, end: y.end, valid: true };
}

/** Maps a raw mention back to offsets in the original text. */
export function toMention(raw: RawMention, scan: ScanText): DateMention {
  const m: { -readonly [K in keyof DateMention]: DateMention[K] } = {
    start: scan.toOriginal(raw.start), end: scan.toOriginal(raw.end), kind: raw.kind, year: raw.year, form: raw.form, valid: raw.valid,
  };
  if (raw.month !== undefined) m.month = raw.month;
  if (raw.day !== undefined) m.day = raw.day;
  if (raw.quarter !== undefined) m.quarter = raw.quarter;
  if (raw.half !== undefined) m.half = raw.half;
  return m;
}

/** Enough characters for the longest date with a wrapped line and generous spacing (NFD doubles letters). */
const WINDOW = 240;

/** A date starting at `offset` (after optional spaces, an optional `ngày`), or undefined. */
export function readDateAt(text: string, offset: number): DateMention | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const scan = scanTextOf(text, offset, Math.min(text.length, offset + WINDOW));
  const raw = readRaw(scan.text, 0);
  return raw && toMention(raw, scan);
}

/** The day a mention names, when it names one and it exists. */
export function calendarDayOf(m: DateMention): CalendarDay | undefined {
  return m.kind === 'day' && m.valid ? { year: m.year, month: m.month!, day: m.day! } : undefined;
}

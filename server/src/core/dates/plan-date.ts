/**
 * The plan's own date, from the header's place-date line: `Lạng Sơn, ngày 05 tháng 6 năm 2014`.
 * A draft leaves the day blank for the records officer (`ngày   tháng 6 năm 2021`, `ngày …
 * tháng 6 năm 2021`): the date is then known to the month, and that is right, never a warning.
 */
import type { PlanDocument } from '../document';
import { dayNumber, daysInMonth } from './calendar';
import { readRaw, type DateMention } from './read';
import { scanTextOf, skipGap } from '../text/scanner';
import { digitsAt, wordAt, yearAt } from '../text/scanner-words';

export interface PlanDate {
  readonly precision: 'day' | 'month' | 'year';
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** False when the line names a day that does not exist (`ngày 30 tháng 02 năm 2023`). */
  readonly valid: boolean;
  /** From `ngày` to the end of the year, in the original text. */
  readonly start: number;
  readonly end: number;
}

/** What a draft writes where the day or month will go: spaces, dots, ellipses, underscores. */
const BLANK = new Set([' ', '\t', '.', '…', '_', '-', '/']);

function skipBlank(s: string, i: number): number {
  const limit = Math.min(s.length, i + 80);
  let j = i;
  while (j < limit && BLANK.has(s[j])) j++;
  return j;
}

export function planDateOf(doc: PlanDocument): PlanDate | undefined {
  const field = doc.header.placeDate;
  if (!field) return undefined;
  const scan = scanTextOf(doc.text, field.start, field.end);
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

/** First and last day (as day numbers) of the period a mention or the plan's date names. */
export interface Period { readonly first: number; readonly last: number }

export function periodOf(d: { kind?: DateMention['kind']; precision?: PlanDate['precision']; year: number; month?: number; day?: number; quarter?: number; half?: number }): Period {
  const kind = d.kind ?? d.precision;
  const y = d.year;
  const months = (a: number, b: number): Period => ({ first: dayNumber(y, a, 1), last: dayNumber(y, b, daysInMonth(y, b)) });
  switch (kind) {
    case 'day': { const n = dayNumber(y, d.month!, d.day!); return { first: n, last: n }; }
    case 'month': return months(d.month!, d.month!);
    case 'quarter': return months(d.quarter! * 3 - 2, d.quarter! * 3);
    case 'half-year': return d.half === 2 ? months(7, 12) : months(1, 6);
    default: return months(1, 12);
  }
}

/** The mention ends before the plan's period begins (a plan known to June 2021 is never after a May date). */
export function endsBeforePlan(m: DateMention, plan: PlanDate): boolean {
  return m.valid && plan.valid && periodOf(m).last < periodOf(plan).first;
}

/** The mention begins after the plan's period ends. */
export function beginsAfterPlan(m: DateMention, plan: PlanDate): boolean {
  return m.valid && plan.valid && periodOf(m).first > periodOf(plan).last;
}

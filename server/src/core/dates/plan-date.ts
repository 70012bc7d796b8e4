/**
 * The plan's own date, from the header's place-date line: `Lạng Sơn, ngày 05 tháng 6 năm 2014`.
 * The header reads it (header/place-date.ts); a draft leaves the day blank for the records officer
 * (`ngày   tháng 6 năm 2021`): the date is then known to the month, and that is right, never a warning.
 */
import type { HeaderDate, PlanDocument } from '../document';
import { dayNumber, daysInMonth } from './calendar';
import type { DateMention } from './read';

/** The plan's date: `start` is at `ngày`, `end` after the year, in the original text. */
export type PlanDate = HeaderDate;

export function planDateOf(doc: PlanDocument): PlanDate | undefined {
  return doc.header.placeDate?.date;
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
  return m.valid && plan.valid && periodOf(m).last < planPeriodOf(plan).first;
}

/** The plan's period, read once per plan date: the date rules compare every mention with it. */
const planPeriods = new WeakMap<PlanDate, Period>();

function planPeriodOf(plan: PlanDate): Period {
  let period = planPeriods.get(plan);
  if (!period) planPeriods.set(plan, (period = periodOf(plan)));
  return period;
}

/** The mention begins after the plan's period ends. */
export function beginsAfterPlan(m: DateMention, plan: PlanDate): boolean {
  return m.valid && plan.valid && periodOf(m).first > planPeriodOf(plan).last;
}

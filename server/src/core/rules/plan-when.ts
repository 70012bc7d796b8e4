/**
 * When a plan is issued, for the rules whose basis depends on the date (a law replaced, a province
 * merged): the period its place-date line names, or today for a draft that names no date yet.
 */
import { dayNumber } from '../dates/calendar';
import { periodOf, planDateOf, type PlanDate, type Period } from '../dates/plan-date';
import { planDateShort } from '../dates/words';
import type { PlanDocument } from '../document';
import type { Locale } from '../messages';

export interface PlanWhen {
  /** First and last day the plan may carry: one day, a month or a year when the line leaves slots blank. */
  readonly period: Period;
  /** The plan's own date; undefined for a draft that names none, read as of `today`. */
  readonly date?: PlanDate;
}

/** Today as a day number, in the local calendar of the machine (a draft is written where it is read). */
export function todayDay(now: Date = new Date()): number {
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A day given as `YYYY-MM-DD`, as a day number. */
export function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayNumber(y, m, d);
}

/**
 * The plan's date as a period, or today for a draft with no date. Undefined when the line names a day
 * that does not exist: that is header-date-line's finding, and no version of a rule can be chosen by it.
 */
export function planWhen(doc: PlanDocument, today: number = todayDay()): PlanWhen | undefined {
  const date = planDateOf(doc);
  if (!date) return { period: { first: today, last: today } };
  return date.valid ? { period: periodOf(date), date } : undefined;
}

/** The plan's date as a sentence names it: `ngày 05/3/2025`, `tháng 7/2025`, `năm 2026` (`5 March 2025` …). */
export function planDateWords(date: PlanDate, locale: Locale): string {
  const short = planDateShort(date, locale);
  return locale === 'vi' && date.precision === 'day' ? `ngày ${short}` : short;
}

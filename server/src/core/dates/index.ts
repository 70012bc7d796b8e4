/** Dates of a plan, computed once per parsed document. */
import type { PlanDocument } from '../document';
import { findDates, type DateIndex } from './find';
import { planDateOf, type PlanDate } from './plan-date';

export interface DocumentDates extends DateIndex {
  /** The plan's own date from its place-date line; undefined when the header has none. */
  readonly plan?: PlanDate;
}

const cache = new WeakMap<PlanDocument, DocumentDates>();

export function datesOf(doc: PlanDocument): DocumentDates {
  let dates = cache.get(doc);
  if (!dates) {
    dates = { ...findDates(doc.text), plan: planDateOf(doc) };
    cache.set(doc, dates);
  }
  return dates;
}

export { findDates } from './find';
export type { DateIndex, DateRange, Deadline, WeekdayMention } from './find';
export { readDateAt, calendarDayOf } from './read';
export type { CalendarDay, DateMention, DateKind, DateForm } from './read';
export { planDateOf, periodOf, endsBeforePlan, beginsAfterPlan } from './plan-date';
export type { PlanDate, Period } from './plan-date';

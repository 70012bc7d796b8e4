/** Dates of a plan: PlanDocument.dates, computed once per parse, on first use. */
import type { PlanDocument } from '../document';
import { findDates, type DateIndex } from './find';
import { planDateOf, type PlanDate } from './plan-date';

export interface DocumentDates extends DateIndex {
  /** The plan's own date from its place-date line; undefined when the header has none. */
  readonly plan?: PlanDate;
}

/** The dates of a plan: {@link PlanDocument.dates}. */
export function datesOf(doc: PlanDocument): DocumentDates {
  return doc.dates;
}

/** Computes what {@link PlanDocument.dates} holds; parsePlan calls it once, on first use. */
export function documentDates(doc: PlanDocument): DocumentDates {
  return { ...findDates(doc.text), plan: planDateOf(doc) };
}

export { findDates } from './find';
export type { DateIndex, DateRange, Deadline, WeekdayMention } from './find';
export { readDateAt, calendarDayOf } from './read';
export type { CalendarDay, DateMention, DateKind, DateForm } from './read';
export { planDateOf, periodOf, endsBeforePlan, beginsAfterPlan } from './plan-date';
export type { PlanDate, Period } from './plan-date';

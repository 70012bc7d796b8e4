/** Dates of a plan: PlanDocument.dates, computed once per parse, on first use. */
import type { PlanDocument } from '../document';
import { readByPieces } from '../text/chunks';
import { findDates, type DateIndex, type DateRange, type Deadline, type WeekdayMention } from './find';
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
  return { ...datesByPieces(doc), plan: planDateOf(doc) };
}

/** The dates of the whole text, read section by section (see text/chunks). */
function datesByPieces(doc: PlanDocument): DateIndex {
  const all = { mentions: [] as DateIndex['mentions'][number][], ranges: [] as DateRange[], weekdays: [] as WeekdayMention[], deadlines: [] as Deadline[] };
  for (const value of readByPieces(doc.text, 'dates', findDates, doc.memo)) {
    for (const m of value.mentions) all.mentions.push(m);
    for (const r of value.ranges) all.ranges.push(r);
    for (const w of value.weekdays) all.weekdays.push(w);
    for (const d of value.deadlines) all.deadlines.push(d);
  }
  return all;
}

export { findDates } from './find';
export type { DateIndex, DateRange, Deadline, WeekdayMention } from './find';
export { readDateAt, calendarDayOf } from './read';
export type { CalendarDay, DateMention, DateKind, DateForm } from './read';
export { planDateOf, periodOf, endsBeforePlan, beginsAfterPlan } from './plan-date';
export type { PlanDate, Period } from './plan-date';

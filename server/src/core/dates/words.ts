/** Dates written out for messages and hovers, in Vietnamese the way Phụ lục I writes them, or in English. */
import type { Locale } from '../messages';
import { daysInMonth, WEEKDAYS, weekdayOf } from './calendar';
import type { DateMention } from './read';
import type { PlanDate } from './plan-date';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** Day below 10 and months 1 and 2 take a leading 0 (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b). */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}
export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** `ngày 05 tháng 6 năm 2014` / `5 June 2014`. */
export function dayInWords(year: number, month: number, day: number, locale: Locale): string {
  return locale === 'vi' ? `ngày ${padDay(day)} tháng ${padMonth(month)} năm ${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** `05/6/2014` / `5 June 2014`: short, for messages. */
export function dayShort(year: number, month: number, day: number, locale: Locale): string {
  return locale === 'vi' ? `${padDay(day)}/${padMonth(month)}/${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** `Thứ Năm` / `Thursday`, capitalized as at the start of a line. */
export function weekdayName(weekday: number, locale: Locale): string {
  const name = WEEKDAYS[weekday][locale];
  return name[0].toUpperCase() + name.slice(1);
}

/** The period a mention names, in words: `tháng 6 năm 2014`, `quý I năm 2023`, `6 tháng đầu năm 2023`. */
export function periodInWords(m: Pick<DateMention, 'kind' | 'year' | 'month' | 'day' | 'quarter' | 'half'>, locale: Locale): string {
  const vi = locale === 'vi';
  switch (m.kind) {
    case 'day': return dayInWords(m.year, m.month!, m.day!, locale);
    case 'month': return vi ? `tháng ${padMonth(m.month!)} năm ${m.year}` : `${MONTHS_EN[m.month! - 1] ?? `month ${m.month}`} ${m.year}`;
    case 'quarter': return vi ? `quý ${ROMAN[m.quarter!]} năm ${m.year}` : `Q${m.quarter} ${m.year}`;
    case 'half-year': return vi ? `6 tháng ${m.half === 2 ? 'cuối' : 'đầu'} năm ${m.year}` : `the ${m.half === 2 ? 'second' : 'first'} half of ${m.year}`;
    default: return vi ? `năm ${m.year}` : `${m.year}`;
  }
}

/** The plan's own date for a message: `05/6/2014`, or `tháng 6/2021` when the day is blank. */
export function planDateShort(plan: PlanDate, locale: Locale): string {
  if (plan.precision === 'day') return dayShort(plan.year, plan.month!, plan.day!, locale);
  if (plan.precision === 'month') return locale === 'vi' ? `tháng ${plan.month}/${plan.year}` : `${MONTHS_EN[plan.month! - 1] ?? plan.month} ${plan.year}`;
  return locale === 'vi' ? `năm ${plan.year}` : String(plan.year);
}

/** Why a mention is not a date: the month, or the day, out of range. */
export function invalidReason(m: DateMention): { badMonth: true } | { badMonth: false; days: number } {
  if (m.month === undefined || m.month < 1 || m.month > 12) return { badMonth: true };
  return { badMonth: false, days: daysInMonth(m.year, m.month) };
}

export function weekdayOfMention(m: DateMention): number | undefined {
  return m.kind === 'day' && m.valid ? weekdayOf(m.year, m.month!, m.day!) : undefined;
}

/** `3.168` in Vietnamese, `3,168` in English. */
export function formatCount(n: number, locale: Locale): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, locale === 'vi' ? '.' : ',');
}

/** A slice of the original text for a message: NFC, with runs of white space (line breaks too) as one space. */
export function quoted(text: string, start: number, end: number): string {
  return text.slice(start, end).normalize('NFC').replace(/\s+/g, ' ').trim();
}

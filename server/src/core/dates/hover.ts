/**
 * Hover on a date: the date in words with its weekday, and how far it lies from the plan's own
 * date (or that the plan's date is not filled in yet). Core only: the LSP turns it into a Hover.
 */
import { checkedCitations } from '../citations/index';
import type { PlanDocument } from '../document';
import { defineMessages, messageOf, type Locale, type MessageData } from '../messages';
import { daysInMonth, fromDayNumber, weekdayOf } from './calendar';
import { datesOf } from './index';
import type { DateMention } from './read';
import { periodOf, type PlanDate } from './plan-date';
import { dayInWords, dayShort, formatCount, periodInWords, planDateShort, quoted, weekdayName } from './words';

export interface DateHover {
  readonly start: number;
  readonly end: number;
  readonly markdown: string;
}

export const DATE_HOVER_TEXTS = defineMessages({
  invalid: { vi: '**“{date}” không có thật** trong lịch: tháng {month} năm {year} có {days} ngày.', en: '**“{date}” does not exist**: month {month} of {year} has {days} days.' },
  badMonth: { vi: '**“{date}” không có thật** trong lịch: tháng phải từ 1 đến 12.', en: '**“{date}” does not exist**: the month must be from 1 to 12.' },
  span: { vi: 'Từ {first} đến {last}.', en: 'From {first} to {last}.' },
  isPlanDate: { vi: 'Đây là ngày ban hành của kế hoạch.', en: 'This is the plan’s own date.' },
  before: { vi: 'Trước ngày ban hành kế hoạch ({plan}) {days} ngày.', en: '{days} days before the plan’s own date ({plan}).' },
  after: { vi: 'Sau ngày ban hành kế hoạch ({plan}) {days} ngày.', en: '{days} days after the plan’s own date ({plan}).' },
  sameDay: { vi: 'Trùng ngày ban hành kế hoạch ({plan}).', en: 'The same day as the plan’s own date ({plan}).' },
  contains: { vi: 'Bao gồm ngày ban hành kế hoạch ({plan}).', en: 'Includes the plan’s own date ({plan}).' },
  endsBefore: { vi: 'Kết thúc trước ngày ban hành kế hoạch ({plan}) {days} ngày.', en: 'Ends {days} days before the plan’s own date ({plan}).' },
  startsAfter: { vi: 'Bắt đầu sau ngày ban hành kế hoạch ({plan}) {days} ngày.', en: 'Starts {days} days after the plan’s own date ({plan}).' },
  overlapsPlanPeriod: { vi: 'Trùng với {plan}, thời gian ban hành kế hoạch (chưa điền ngày).', en: 'Falls within {plan}, when the plan is issued (its day is not filled in yet).' },
  beforePlanPeriod: { vi: 'Trước {plan}, thời gian ban hành kế hoạch (chưa điền ngày), ít nhất {days} ngày.', en: 'At least {days} days before {plan}, when the plan is issued (its day is not filled in yet).' },
  afterPlanPeriod: { vi: 'Sau {plan}, thời gian ban hành kế hoạch (chưa điền ngày), ít nhất {days} ngày.', en: 'At least {days} days after {plan}, when the plan is issued (its day is not filled in yet).' },
  noPlanDate: { vi: 'Kế hoạch chưa có dòng địa danh, ngày tháng năm ban hành: chưa so sánh được.', en: 'The plan has no place-date line yet: nothing to compare with.' },
  deadline: { vi: '_Thời hạn_', en: '_Deadline_' },
  cited: { vi: '_Ngày ban hành của văn bản số {symbol}_', en: '_Date of document {symbol}_' },
});

type TextId = keyof typeof DATE_HOVER_TEXTS;

function t(id: TextId, locale: Locale, data?: MessageData): string {
  return messageOf(DATE_HOVER_TEXTS, id, locale, data, 'date hover').text;
}

/** `Thứ Năm, ngày 05 tháng 6 năm 2014`, or the period in words. */
function title(m: DateMention, locale: Locale): string {
  if (m.kind === 'day') {
    const wd = weekdayName(weekdayOf(m.year, m.month!, m.day!), locale);
    return `${wd}, ${dayInWords(m.year, m.month!, m.day!, locale)}`;
  }
  const words = periodInWords(m, locale);
  return words[0].toUpperCase() + words.slice(1);
}

function dayOfNumber(n: number, locale: Locale): string {
  const d = fromDayNumber(n);
  return dayShort(d.year, d.month, d.day, locale);
}

function relation(m: DateMention, plan: PlanDate | undefined, isPlan: boolean, locale: Locale): string {
  if (isPlan) return t('isPlanDate', locale);
  if (!plan || !plan.valid) return t('noPlanDate', locale);
  const p = periodOf(plan);
  const own = periodOf(m);
  const planText = planDateShort(plan, locale);
  const data = (days: number) => ({ plan: planText, days: formatCount(days, locale) });
  if (plan.precision !== 'day') {
    if (own.last < p.first) return t('beforePlanPeriod', locale, data(p.first - own.last));
    if (own.first > p.last) return t('afterPlanPeriod', locale, data(own.first - p.last));
    return t('overlapsPlanPeriod', locale, { plan: planText });
  }
  if (m.kind === 'day') {
    const diff = own.first - p.first;
    if (diff === 0) return t('sameDay', locale, { plan: planText });
    return diff < 0 ? t('before', locale, data(-diff)) : t('after', locale, data(diff));
  }
  if (own.last < p.first) return t('endsBefore', locale, data(p.first - own.last));
  if (own.first > p.last) return t('startsAfter', locale, data(own.first - p.last));
  return t('contains', locale, { plan: planText });
}

export function describeDateAt(doc: PlanDocument, offset: number, locale: Locale): DateHover | undefined {
  const dates = datesOf(doc);
  const within = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  const weekday = dates.weekdays.find(within);
  const m = weekday?.date ?? dates.mentions.find(within);
  if (!m) return undefined;
  const start = weekday ? Math.min(weekday.start, m.start) : m.start;
  const end = weekday ? Math.max(weekday.end, m.end) : m.end;
  const lines: string[] = [];
  if (!m.valid) {
    const date = quoted(doc.text, m.start, m.end);
    const bad = m.month === undefined || m.month < 1 || m.month > 12;
    lines.push(bad ? t('badMonth', locale, { date }) : t('invalid', locale, { date, month: m.month!, year: m.year, days: daysInMonth(m.year, m.month!) }));
    return { start, end, markdown: lines.join('\n\n') };
  }
  lines.push(`**${title(m, locale)}**`);
  if (m.kind !== 'day') {
    const own = periodOf(m);
    lines.push(t('span', locale, { first: dayOfNumber(own.first, locale), last: dayOfNumber(own.last, locale) }));
  }
  const plan = dates.plan;
  const isPlan = plan !== undefined && m.start >= plan.start && m.end <= plan.end && plan.precision === 'day';
  lines.push(relation(m, plan, isPlan, locale));
  if (dates.deadlines.some((d) => d.date === m)) lines.push(t('deadline', locale));
  const cited = checkedCitations(doc).find((c) => c.date && c.date.start === m.start && c.date.end === m.end);
  if (cited) lines.push(t('cited', locale, { symbol: cited.numberSymbol!.symbol }));
  return { start, end, markdown: lines.join('\n\n') };
}

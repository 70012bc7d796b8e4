import { datesOf } from '../dates/index';
import { invalidReason, quoted } from '../dates/words';
import type { Rule } from './types';
import { defineRule } from './types';

export const dateInvalid: Rule = defineRule({
  id: 'date-invalid',
  description: {
    vi: 'Ngày tháng không có trong lịch: 30/02/2024, 29/02/2023, tháng 13.',
    en: 'A date that is not on the calendar: 30/02/2024, 29/02/2023, month 13.',
  },
  messages: {
    badDay: {
      vi: 'Ngày “{date}” không có thật: tháng {month} năm {year} chỉ có {days} ngày. Đề nghị kiểm tra lại ngày tháng.',
      en: 'The date “{date}” does not exist: month {month} of {year} has only {days} days. Please check it.',
    },
    badMonth: {
      vi: 'Không có tháng {month} trong lịch: “{date}”. Tháng phải từ 1 đến 12; đề nghị kiểm tra lại.',
      en: 'There is no month {month}: “{date}”. The month must be from 1 to 12; please check it.',
    },
  },
  defaultSeverity: 'error',
  fixable: false,
  basis: 'convention',
  check(doc, ctx) {
    for (const m of datesOf(doc).mentions) {
      if (m.valid) continue;
      const date = quoted(doc.text, m.start, m.end);
      const reason = invalidReason(m);
      const message = reason.badMonth
        ? ctx.t('badMonth', { date, month: m.month ?? '?' })
        : ctx.t('badDay', { date, month: m.month!, year: m.year, days: reason.days });
      ctx.report({ message, start: m.start, end: m.end });
    }
  },
});

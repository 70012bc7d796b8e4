import { datesOf } from '../dates/index';
import { quoted } from '../dates/words';
import type { Rule } from './types';

export const dateFormat: Rule = {
  id: 'date-format',
  description: {
    vi: 'Ngày tháng viết theo cách không thông dụng (12-5-2016, 12.5.2016) thay vì 12/5/2016 hoặc “ngày 12 tháng 5 năm 2016”.',
    en: 'A date written in a non-standard form (12-5-2016, 12.5.2016) instead of 12/5/2016 or “ngày 12 tháng 5 năm 2016”.',
  },
  messages: {
    nonStandard: {
      vi: 'Ngày tháng “{date}” viết bằng dấu “{separator}”; văn bản hành chính thường viết “{fixed}”.',
      en: 'The date “{date}” is written with “{separator}”; administrative texts usually write “{fixed}”.',
    },
    fix: { vi: 'Viết lại thành “{fixed}”', en: 'Rewrite as “{fixed}”' },
  },
  defaultSeverity: 'information',
  fixable: true,
  basis: 'convention',
  check(doc, ctx) {
    const placeDate = doc.header.placeDate;
    for (const m of datesOf(doc).mentions) {
      if (m.form !== 'dash' && m.form !== 'dot') continue;
      // The place-date line has its own rule (header-date-line).
      if (placeDate && m.start >= placeDate.start && m.end <= placeDate.end) continue;
      const separator = m.form === 'dash' ? '-' : '.';
      const written = doc.text.slice(m.start, m.end);
      // Only the separators between the numbers change; `tháng` in `tháng 6-2014` stays as written.
      const digitsFrom = written.search(/\d/);
      const fixed = written.slice(0, digitsFrom) + written.slice(digitsFrom).split(separator).join('/');
      ctx.report({
        message: ctx.t('nonStandard', { date: quoted(doc.text, m.start, m.end), separator, fixed: fixed.normalize('NFC') }),
        start: m.start,
        end: m.end,
        fix: { title: ctx.t('fix', { fixed: fixed.normalize('NFC') }), edits: [{ start: m.start, end: m.end, text: fixed }] },
      });
    }
  },
};

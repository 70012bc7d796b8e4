import { datesOf } from '../dates/index';
import { quoted } from '../dates/words';
import type { PlanDocument } from '../document';
import type { Rule } from './types';
import { defineRule } from './types';

/** Where the plan's header begins: a web page's metadata above it (`Ngày ban hành: 16-03-2001`) is not the plan's text. */
function headerStart(doc: PlanDocument): number {
  const h = doc.header;
  const fields = [...h.issuer, h.nationalTitle, h.motto, h.partyTitle, h.doanTitle, h.number, h.placeDate, h.title];
  let start = 0;
  for (const f of fields) if (f && (start === 0 || f.start < start)) start = f.start;
  return start;
}

export const dateFormat: Rule = defineRule({
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
    const from = headerStart(doc);
    for (const m of datesOf(doc).mentions) {
      if ((m.form !== 'dash' && m.form !== 'dot') || m.start < from) continue;
      // Party texts have long written `ngày 01-10-1997` (Hướng dẫn 11-HD/VPTW, 2004): their style, not a slip.
      if (m.form === 'dash' && ctx.profile === 'party') continue;
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
});

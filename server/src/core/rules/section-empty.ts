import type { Rule } from './types';
import { defineRule } from './types';

export const sectionEmpty: Rule = defineRule({
  id: 'section-empty',
  description: { vi: 'Một mục có tiêu đề nhưng chưa có nội dung.', en: 'A section has a heading but no content.' },
  messages: {
    empty: { vi: 'Mục “{section}” chưa có nội dung.', en: 'Section “{section}” has no content.' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  basis: 'convention',
  check(doc, ctx) {
    for (const s of doc.allSections) {
      if (s.hasOwnContent || s.children.length > 0) continue;
      ctx.report({ message: ctx.t('empty', { section: s.heading.title || s.heading.numbering?.label || '' }), start: s.heading.start, end: s.heading.end });
    }
  },
});

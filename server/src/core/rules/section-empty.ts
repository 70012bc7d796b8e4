import type { Rule } from './types';

export const sectionEmpty: Rule = {
  id: 'section-empty',
  description: 'Một mục có tiêu đề nhưng chưa có nội dung.',
  defaultSeverity: 'warning',
  fixable: false,
  basis: 'convention',
  check(doc, ctx) {
    for (const s of doc.allSections) {
      if (s.hasOwnContent || s.children.length > 0) continue;
      ctx.report({ message: `Mục “${s.heading.title || s.heading.numbering?.label}” chưa có nội dung.`, start: s.heading.start, end: s.heading.end });
    }
  },
};

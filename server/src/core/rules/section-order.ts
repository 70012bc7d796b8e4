import type { PlanDocument, Section } from '../document';
import { breakOf, lineStart } from './fix-edits';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';

function rankOf(doc: PlanDocument, s: Section): number | undefined {
  const ranks = s.heading.kinds.map((id) => doc.sectionMatcher.kinds.find((k) => k.id === id)!.rank);
  return ranks.length ? Math.min(...ranks) : undefined;
}

function labelOf(doc: PlanDocument, s: Section): string {
  const kind = doc.sectionMatcher.kinds.find((k) => k.id === s.heading.kinds[0]);
  return kind?.label ?? s.heading.title;
}

/** Moves `section` (with its subsections) to just before `target`; renumbering is section-numbering's fix. */
function moveBefore(doc: PlanDocument, section: Section, target: Section, ctx: RuleContext): Fix {
  const start = lineStart(doc, section.heading.line);
  let end = lineStart(doc, section.endLine);
  // Empty lines ended by LF go along after a lone CR: left behind, CR and LF would join into one CRLF.
  if (doc.text.charCodeAt(start - 1) === 13) while (doc.text.charCodeAt(end) === 10) end++;
  let moved = doc.text.slice(start, end);
  if (!/[\r\n]$/.test(moved)) moved += breakOf(doc);
  const at = lineStart(doc, target.heading.line);
  return {
    title: ctx.t('moveFix', { section: section.heading.title, target: target.heading.title }),
    edits: [{ start: at, end: at, text: moved }, { start, end, text: '' }],
  };
}

/**
 * Conventional order: Căn cứ and Mục đích, yêu cầu first (either way round), then Nhiệm vụ,
 * Kinh phí, Tổ chức thực hiện. Sections of unknown kinds are left where the drafter put them.
 */
export const sectionOrder: Rule = defineRule({
  id: 'section-order',
  description: {
    vi: 'Các mục của kế hoạch không theo thứ tự thông thường (Mục đích, yêu cầu → Nhiệm vụ → Kinh phí → Tổ chức thực hiện).',
    en: 'The plan\'s sections are out of the usual order (Mục đích, yêu cầu → Nhiệm vụ → Kinh phí → Tổ chức thực hiện).',
  },
  messages: {
    before: { vi: 'Mục “{section}” thường đứng trước mục “{target}”.', en: 'Section “{section}” usually comes before “{target}”.' },
    moveFix: { vi: 'Chuyển mục “{section}” lên trước mục “{target}”', en: 'Move “{section}” before “{target}”' },
  },
  // The order is convention, not a provision: advice.
  defaultSeverity: 'information',
  fixable: true,
  fixAll: false,
  basis: 'convention',
  check(doc, ctx) {
    const check = (siblings: readonly Section[]) => {
      let highest: { section: Section; rank: number } | undefined;
      for (const s of siblings) {
        const rank = rankOf(doc, s);
        if (rank === undefined) continue;
        if (highest && rank < highest.rank) {
          const first = siblings.find((x) => (rankOf(doc, x) ?? -1) > rank)!;
          ctx.report({
            message: ctx.t('before', { section: labelOf(doc, s), target: labelOf(doc, first) }),
            start: s.heading.start, end: s.heading.end, fix: moveBefore(doc, s, first, ctx),
          });
        } else if (!highest || rank > highest.rank) highest = { section: s, rank };
      }
    };
    check(doc.sections);
    // Inside `MỤC ĐÍCH, YÊU CẦU`: `Mục đích` before `Yêu cầu`.
    for (const root of doc.sections) {
      const children = root.children.filter((c) => c.heading.kinds.length === 1);
      const yeuCau = children.findIndex((c) => c.heading.kinds[0] === 'yeu-cau');
      const mucDich = children.findIndex((c) => c.heading.kinds[0] === 'muc-dich');
      if (yeuCau >= 0 && mucDich > yeuCau) {
        const s = children[mucDich];
        ctx.report({
          message: ctx.t('before', { section: 'Mục đích', target: 'Yêu cầu' }),
          start: s.heading.start, end: s.heading.end, fix: moveBefore(doc, s, children[yeuCau], ctx),
        });
      }
    }
  },
});

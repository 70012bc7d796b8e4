import type { PlanDocument, Section } from '../document';
import { labelFor } from '../structure/numbering';
import { numberedRuns, renumberEdits } from '../structure/outline-edits';
import type { Rule, RuleContext } from './types';

function checkRun(doc: PlanDocument, run: readonly Section[], ctx: RuleContext): void {
  const fixEdits = renumberEdits(doc, run);
  const labels = run.map((s, i) => labelFor(s.heading.numbering!.style, i + 1, s.heading.numbering!.label));
  const fix = fixEdits.length ? { title: `Đánh số lại: ${labels.join(', ')}`, edits: fixEdits } : undefined;
  const firstSep = run[0].heading.numbering!.separator;
  const seen = new Set<number>();
  run.forEach((s, i) => {
    const n = s.heading.numbering!;
    const want = labels[i];
    const where = { start: s.heading.start, end: s.heading.start + n.length };
    let message: string | undefined;
    if (n.label !== want) {
      if (seen.has(n.value)) message = `Số thứ tự “${n.label}” bị lặp lại; mục này phải là “${want}”.`;
      else if (i === 0) message = `Số thứ tự bắt đầu bằng “${n.label}”; mục đầu tiên phải là “${want}”.`;
      else message = `Số thứ tự không liền mạch: sau “${labels[i - 1]}” phải là “${want}”, không phải “${n.label}”.`;
    } else if (firstSep && n.separator !== firstSep) {
      message = `Dấu sau số thứ tự không thống nhất: “${n.label}${n.separator}” trong khi các mục cùng cấp viết “${run[0].heading.numbering!.label}${firstSep}”.`;
    }
    seen.add(n.value);
    if (message) ctx.report({ message, ...where, fix });
  });
}

/** Siblings written at one Markdown depth in different styles (`### 1.` beside `### b)`). */
function checkMixedStyles(siblings: readonly Section[], ctx: RuleContext): void {
  for (const s of siblings) {
    const parent = s.parent;
    const n = s.heading.numbering;
    if (!parent || !n || s.heading.markdownDepth === undefined || s.heading.markdownDepth !== parent.heading.markdownDepth) continue;
    ctx.report({
      message: `Mục “${n.label}${n.separator}” cùng cấp với “${parent.heading.numbering?.label ?? parent.heading.title}” nhưng đánh số theo kiểu khác.`,
      start: s.heading.start, end: s.heading.start + n.length,
    });
  }
}

export const sectionNumbering: Rule = {
  id: 'section-numbering',
  description: 'Số thứ tự các mục (I, II, III / 1, 2, 3 / a, b, c) bị nhảy cóc, lặp lại hoặc không thống nhất.',
  defaultSeverity: 'warning',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.đ', since: '2020-03-05' },
  check(doc, ctx) {
    const groups: (readonly Section[])[] = [doc.sections, ...doc.allSections.map((s) => s.children)];
    for (const siblings of groups) {
      for (const run of numberedRuns(siblings)) checkRun(doc, run, ctx);
      checkMixedStyles(siblings, ctx);
    }
  },
};

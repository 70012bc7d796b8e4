import type { PlanDocument, Section } from '../document';
import { labelFor } from '../structure/numbering';
import { numberedRuns, renumberEdits } from '../structure/outline-edits';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

function checkRun(doc: PlanDocument, run: readonly Section[], ctx: RuleContext): void {
  const fixEdits = renumberEdits(doc, run);
  const labels = run.map((s, i) => labelFor(s.heading.numbering!.style, i + 1, s.heading.numbering!.label));
  const fix = fixEdits.length ? { title: ctx.t('renumberFix', { labels: labels.join(', ') }), edits: fixEdits } : undefined;
  const firstSep = run[0].heading.numbering!.separator;
  const seen = new Set<number>();
  run.forEach((s, i) => {
    const n = s.heading.numbering!;
    const want = labels[i];
    const where = { start: s.heading.start, end: s.heading.start + n.length };
    let message: string | undefined;
    if (n.label !== want) {
      if (seen.has(n.value)) message = ctx.t('repeated', { label: n.label, want });
      else if (i === 0) message = ctx.t('badStart', { label: n.label, want });
      else message = ctx.t('skipped', { previous: labels[i - 1], label: n.label, want });
    } else if (firstSep && n.separator !== firstSep) {
      message = ctx.t('separator', { label: n.label + n.separator, first: run[0].heading.numbering!.label + firstSep });
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
      message: ctx.t('mixed', { label: n.label + n.separator, parent: parent.heading.numbering?.label ?? parent.heading.title }),
      start: s.heading.start, end: s.heading.start + n.length,
    });
  }
}

export const sectionNumbering: Rule = defineRule({
  id: 'section-numbering',
  description: {
    vi: 'Số thứ tự các mục (I, II, III / 1, 2, 3 / a, b, c) bị nhảy cóc, lặp lại hoặc không thống nhất.',
    en: 'Section numbering (I, II, III / 1, 2, 3 / a, b, c) skips, repeats or mixes styles.',
  },
  messages: {
    repeated: { vi: 'Số thứ tự “{label}” bị lặp lại; mục này phải là “{want}”.', en: 'Number “{label}” is repeated; this section should be “{want}”.' },
    badStart: { vi: 'Số thứ tự bắt đầu bằng “{label}”; mục đầu tiên phải là “{want}”.', en: 'Numbering starts at “{label}”; the first section should be “{want}”.' },
    skipped: { vi: 'Số thứ tự không liền mạch: sau “{previous}” phải là “{want}”, không phải “{label}”.', en: 'Numbering skips: after “{previous}” comes “{want}”, not “{label}”.' },
    separator: { vi: 'Dấu sau số thứ tự không thống nhất: “{label}” trong khi các mục cùng cấp viết “{first}”.', en: 'Inconsistent punctuation after the number: “{label}” while its siblings write “{first}”.' },
    mixed: { vi: 'Mục “{label}” cùng cấp với “{parent}” nhưng đánh số theo kiểu khác.', en: 'Section “{label}” is at the same level as “{parent}” but numbered in another style.' },
    renumberFix: { vi: 'Đánh số lại: {labels}', en: 'Renumber: {labels}' },
  },
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
});

import type { PlanDocument } from '../document';
import type { Range } from '../format/nd30-layout';
import { bodyFlow, offendingRuns, type FlowParagraph, type Verdict } from '../format/word-body';
import { partName, placedParts } from '../format/word-parts';
import {
  formatNumber, formatRange, inRange, layoutCheckFor, sizeOf, textRunsIn, wordReadingOf, type LayoutCheck, type WordReading,
} from '../format/word-source';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

/** The sizes outside `range` among the runs with letters in [start, end), each once, in order. */
function sizesOutside(doc: PlanDocument, reading: WordReading, start: number, end: number, range: Range): number[] {
  const out: number[] = [];
  for (const run of textRunsIn(doc.text, reading, start, end)) {
    const size = sizeOf(run, reading);
    if (size !== undefined && !inRange(size, range) && !out.includes(size)) out.push(size);
  }
  return out;
}

const listSizes = (sizes: readonly number[], ctx: RuleContext) => sizes.map((s) => formatNumber(s, ctx.locale)).join(', ');

function checkParts(doc: PlanDocument, reading: WordReading, check: LayoutCheck, ctx: RuleContext): void {
  for (const part of placedParts(doc, check, reading)) {
    const sizes = sizesOutside(doc, reading, part.start, part.end, part.style.size.range);
    if (sizes.length === 0) continue;
    ctx.report({
      message: ctx.t('part', { part: partName(part.key, check.layout.profile, ctx.locale), sizes: listSizes(sizes, ctx), range: formatRange(part.style.size.range, ctx.locale) }),
      start: part.start, end: part.end,
    });
  }
}

/** The body's paragraphs and headings: a run of consecutive paragraphs out of range is one finding. */
function checkBody(doc: PlanDocument, reading: WordReading, check: LayoutCheck, ctx: RuleContext): void {
  const range = check.layout.body.size.range;
  const verdict = (f: FlowParagraph): Verdict<number[]> => {
    const sizes = sizesOutside(doc, reading, f.paragraph.start, f.paragraph.end, range);
    return sizes.length > 0 ? { problem: sizes } : { ok: true };
  };
  for (const run of offendingRuns(doc.text, bodyFlow(doc, reading), verdict)) {
    const more = run.count > 1 ? ctx.t('more', { count: run.count - 1 }) : '';
    ctx.report({
      message: ctx.t('body', { sizes: listSizes(run.problem, ctx), range: formatRange(range, ctx.locale), more }),
      start: run.first.paragraph.start, end: run.last.paragraph.end,
    });
  }
}

export const formatFontSize: Rule = defineRule({
  id: 'format-font-size',
  description: {
    vi: 'Cỡ chữ trong tệp Word ngoài khoảng quy định: nội dung 13–14, từng thành phần thể thức theo cỡ riêng.',
    en: 'Font sizes in the Word file outside the decree’s ranges: the body 13–14 pt, each part of the header and closing its own.',
  },
  messages: {
    part: { vi: '{part} cỡ chữ {sizes} pt; quy định cỡ {range} pt.', en: '{part} is set in {sizes} pt; the decree sets it in {range} pt.' },
    body: {
      vi: 'Nội dung văn bản cỡ chữ {sizes} pt{more}; quy định cỡ {range} pt.',
      en: 'The body is set in {sizes} pt{more}; the decree sets it in {range} pt.',
    },
    more: { vi: ' (và {count} đoạn liền sau)', en: ' (and the {count} paragraphs after it)' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'docx',
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II (cỡ chữ của từng thành phần), mục II.6.e (nội dung 13–14) và mục V; văn bản của Đảng: Hướng dẫn 36-HD/VPTW, Phụ lục 3',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    const reading = wordReadingOf(doc);
    if (!reading) return;
    const check = layoutCheckFor(ctx.profile);
    checkParts(doc, reading, check, ctx);
    if (check.confirmed('body.size')) checkBody(doc, reading, check, ctx);
  },
});

import type { PlanDocument } from '../document';
import type { DocumentLayout } from '../format/nd30-layout';
import { textWidthPt } from '../format/text-width';
import { bodyFlow, offendingRuns, type FlowParagraph, type Verdict } from '../format/word-body';
import {
  formatNumber, formatRange, inRange, layoutCheckFor, sectionOf, sizeOf, textRunsIn, TWIPS_PER_CM, TWIPS_PER_MM, TWIPS_PER_PT,
  wordReadingOf, type WordReading,
} from '../format/word-source';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

/** Word stores 1 cm as 567 twips (1,0001 cm) and 1,27 cm as 720; a drafter's 1,25 cm is inside the range. */
const INDENT_TOLERANCE_CM = 0.03;
/** A multiple of single spacing is stored in 240ths of a line: 1,5 lines is 360, exact. */
const MULTIPLE_TOLERANCE = 0.01;
/** Spacing given in points is measured against Times New Roman's single line, 1,15 times its size; 5 % either way. */
const POINTS_TOLERANCE = 0.05;
const SINGLE_LINE_EM = 1.15;

const JUSTIFIED = new Set(['both', 'distribute', 'justify', 'lowKashida', 'mediumKashida', 'highKashida', 'thaiDistribute']);

type Kind = 'align' | 'indent' | 'spacing' | 'line';

interface Context {
  readonly doc: PlanDocument;
  readonly reading: WordReading;
  readonly layout: DocumentLayout;
  readonly ctx: RuleContext;
}

function sizeOfParagraph(c: Context, f: FlowParagraph): number {
  const run = textRunsIn(c.doc.text, c.reading, f.paragraph.start, f.paragraph.end)[0];
  return (run && sizeOf(run, c.reading)) ?? c.layout.body.size.value;
}

/** Whether every line of the paragraph fits on one printed line: justified or not, it then prints the same. */
function fitsOneLine(c: Context, f: FlowParagraph): boolean {
  const p = f.paragraph;
  const section = sectionOf(c.reading, p.index);
  const pageTwips = (section?.pageWidth ?? 210 * TWIPS_PER_MM) - (section?.margins.left ?? c.layout.margins.left.value * TWIPS_PER_MM)
    - (section?.margins.right ?? c.layout.margins.right.value * TWIPS_PER_MM);
  const indent = p.format.indent;
  const available = (pageTwips - (indent?.left ?? 0) - (indent?.right ?? 0) - (indent?.firstLine ?? 0)) / TWIPS_PER_PT;
  const run = textRunsIn(c.doc.text, c.reading, p.start, p.end)[0];
  const size = sizeOfParagraph(c, f);
  return c.doc.text.slice(p.start, p.end).split('\n').every((line) => textWidthPt(line, size, Boolean(run?.format.bold)) <= available);
}

function alignVerdict(c: Context, f: FlowParagraph): Verdict<string> {
  const align = f.paragraph.format.align ?? 'left';
  if (JUSTIFIED.has(align)) return { ok: true };
  // A heading, or a paragraph of one line, prints the same whatever its alignment: it neither counts nor breaks a run.
  if (f.heading || fitsOneLine(c, f)) return { skip: true };
  const name = align === 'center' ? 'center' : align === 'right' || align === 'end' ? 'right' : 'left';
  return { problem: c.ctx.t(name) };
}

function indentVerdict(c: Context, f: FlowParagraph): Verdict<string> {
  const p = f.paragraph;
  // A heading, a Word list item (its indent is the list's) and a centred line (a title) are not indented paragraphs.
  if (f.heading || p.numbering || p.format.align === 'center' || p.format.align === 'right') return { skip: true };
  const cm = ((p.format.indent?.firstLine ?? 0) - (p.format.indent?.hanging ?? 0)) / TWIPS_PER_CM;
  return inRange(cm, c.layout.body.firstLineIndentCm.range, INDENT_TOLERANCE_CM) ? { ok: true } : { problem: formatNumber(cm, c.ctx.locale) };
}

/** The space between a paragraph and the one right before it: the one's space after and this one's before. */
function spacingVerdict(c: Context, f: FlowParagraph, previous?: FlowParagraph): Verdict<string> {
  if (!previous || previous.paragraph.index !== f.paragraph.index - 1) return { skip: true };
  const twips = (previous.paragraph.format.spacing?.after ?? 0) + (f.paragraph.format.spacing?.before ?? 0);
  const pt = twips / TWIPS_PER_PT;
  return pt >= c.layout.body.paragraphSpacingPt.range.min ? { ok: true } : { problem: formatNumber(pt, c.ctx.locale) };
}

function lineVerdict(c: Context, f: FlowParagraph): Verdict<string> {
  const spacing = f.paragraph.format.spacing;
  const range = c.layout.body.lineSpacing.range;
  const rule = spacing?.lineRule ?? 'auto';
  if (rule === 'auto' || spacing?.line === undefined) {
    const lines = (spacing?.line ?? 240) / 240;
    return inRange(lines, range, MULTIPLE_TOLERANCE) ? { ok: true } : { problem: c.ctx.t('lines', { value: formatNumber(lines, c.ctx.locale) }) };
  }
  const pt = spacing.line / TWIPS_PER_PT;
  const measured = pt / (SINGLE_LINE_EM * sizeOfParagraph(c, f));
  const lines = rule === 'atLeast' ? Math.max(1, measured) : measured;
  const fits = lines >= range.min * (1 - POINTS_TOLERANCE) && lines <= range.max * (1 + POINTS_TOLERANCE);
  return fits ? { ok: true } : { problem: c.ctx.t(rule === 'atLeast' ? 'atLeast' : 'exactly', { value: formatNumber(pt, c.ctx.locale) }) };
}

const VERDICTS: Readonly<Record<Kind, (c: Context, f: FlowParagraph, previous?: FlowParagraph) => Verdict<string>>> = {
  align: alignVerdict, indent: indentVerdict, spacing: spacingVerdict, line: lineVerdict,
};

/** The layout value each check reads: a Party file is checked only where Hướng dẫn 36 confirms it. */
const PATHS: Readonly<Record<Kind, string>> = {
  align: 'body.align', indent: 'body.firstLineIndentCm', spacing: 'body.paragraphSpacingPt', line: 'body.lineSpacing',
};

function rangeText(c: Context, kind: Kind): string {
  const b = c.layout.body;
  if (kind === 'indent') return formatRange(b.firstLineIndentCm.range, c.ctx.locale);
  if (kind === 'spacing') return formatNumber(b.paragraphSpacingPt.range.min, c.ctx.locale);
  return formatNumber(b.lineSpacing.range.max, c.ctx.locale);
}

export const formatBody: Rule = defineRule({
  id: 'format-body',
  description: {
    vi: 'Đoạn văn trong tệp Word không canh đều hai lề, lùi đầu dòng, giãn đoạn, giãn dòng như quy định.',
    en: 'Paragraphs of the Word file not justified, indented and spaced as the decree sets.',
  },
  messages: {
    align: { vi: 'Đoạn văn canh {value}{more}; nội dung văn bản canh đều hai lề.', en: 'Paragraph aligned {value}{more}; the body is justified.' },
    indent: {
      vi: 'Lùi đầu dòng {value} cm{more}; chữ đầu đoạn lùi vào {range} cm.',
      en: 'First-line indent {value} cm{more}; a paragraph’s first line is indented {range} cm.',
    },
    spacing: {
      vi: 'Khoảng cách với đoạn trên {value} pt{more}; khoảng cách giữa các đoạn tối thiểu {range} pt.',
      en: 'Space from the paragraph above {value} pt{more}; paragraphs are at least {range} pt apart.',
    },
    line: {
      vi: 'Giãn dòng {value}{more}; khoảng cách giữa các dòng từ dòng đơn đến {range} dòng.',
      en: 'Line spacing {value}{more}; lines are spaced from single to {range} lines.',
    },
    more: { vi: ' (và {count} đoạn liền sau)', en: ' (and the {count} paragraphs after it)' },
    left: { vi: 'trái', en: 'left' },
    center: { vi: 'giữa', en: 'centred' },
    right: { vi: 'phải', en: 'right' },
    lines: { vi: '{value} dòng', en: '{value} lines' },
    exactly: { vi: 'chính xác {value} pt', en: 'exactly {value} pt' },
    atLeast: { vi: 'tối thiểu {value} pt', en: 'at least {value} pt' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'docx',
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.e', since: '2020-03-05' },
  check(doc, ctx) {
    const reading = wordReadingOf(doc);
    if (!reading) return;
    const { layout, confirmed } = layoutCheckFor(ctx.profile);
    const c: Context = { doc, reading, layout, ctx };
    const flow = bodyFlow(doc, reading);
    for (const kind of Object.keys(VERDICTS) as Kind[]) {
      if (!confirmed(PATHS[kind])) continue;
      for (const run of offendingRuns(doc.text, flow, (f, previous) => VERDICTS[kind](c, f, previous))) {
        const more = run.count > 1 ? ctx.t('more', { count: run.count - 1 }) : '';
        ctx.report({ message: ctx.t(kind, { value: run.problem, more, range: rangeText(c, kind) }), start: run.first.paragraph.start, end: run.last.paragraph.end });
      }
    }
  },
});

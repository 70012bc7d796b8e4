import type { PlanDocument } from '../document';
import { formatNumber, layoutCheckFor, overlapping, sectionOf, sectionGroups, TWIPS_PER_MM, wordReadingOf, type WordReading, type WordSection } from '../format/word-source';
import type { Rule } from './types';
import { defineRule } from './types';

/** Half a millimetre: Word stores A4 as 11906 × 16838 twips, other programs round otherwise. */
const TOLERANCE_MM = 0.5;

/** Paper sizes a drafter meets, to name the one found (millimetres, portrait). */
const KNOWN_PAPERS: readonly { name: string; width: number; height: number }[] = [
  { name: 'A4', width: 210, height: 297 },
  { name: 'Letter', width: 215.9, height: 279.4 },
  { name: 'Legal', width: 215.9, height: 355.6 },
  { name: 'A5', width: 148, height: 210 },
  { name: 'A3', width: 297, height: 420 },
  { name: 'B5', width: 176, height: 250 },
];

interface Paper {
  readonly shortMm: number;
  readonly longMm: number;
  readonly landscape: boolean;
}

function paperOf(section: WordSection): Paper | undefined {
  if (section.pageWidth === undefined || section.pageHeight === undefined) return undefined;
  const w = section.pageWidth / TWIPS_PER_MM;
  const h = section.pageHeight / TWIPS_PER_MM;
  // Word lays the page out by its width and height; `w:orient` only tells the printer.
  return { shortMm: Math.min(w, h), longMm: Math.max(w, h), landscape: w > h };
}

const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE_MM;

function paperName(paper: Paper): string | undefined {
  return KNOWN_PAPERS.find((p) => near(p.width, paper.shortMm) && near(p.height, paper.longMm))?.name;
}

/**
 * The sections that hold a table of the plan's content (a table among the body's blocks), in one pass:
 * the decree lets pages of tables be laid out across the width (mục I.2). The header's and the
 * closing's layout tables lie outside the body.
 */
function sectionsWithTables(doc: PlanDocument, reading: WordReading): Set<WordSection> {
  const out = new Set<WordSection>();
  for (const p of reading.paragraphs) {
    if (p.table === undefined || p.end <= p.start || overlapping(doc.blocks, p.start, p.end).length === 0) continue;
    const section = sectionOf(reading, p.index);
    if (section) out.add(section);
  }
  return out;
}

export const formatPage: Rule = defineRule({
  id: 'format-page',
  description: {
    vi: 'Tệp Word không trình bày trên khổ A4 theo chiều dài (khổ giấy, hướng giấy).',
    en: 'The Word file is not laid out on A4 paper in portrait (paper size, orientation).',
  },
  messages: {
    paper: {
      vi: 'Khổ giấy {size} mm{name}; văn bản trình bày trên khổ A4 (210 × 297 mm).',
      en: 'Paper size {size} mm{name}; a document is laid out on A4 (210 × 297 mm).',
    },
    landscape: {
      vi: 'Trang được đặt nằm ngang; văn bản trình bày theo chiều dài khổ A4 (chỉ trang có bảng, biểu mới được trình bày theo chiều rộng).',
      en: 'The page is set in landscape; a document is laid out in portrait (only pages of tables may be laid out across the width).',
    },
  },
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'docx',
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.1 (khổ A4) và mục I.2 (theo chiều dài)', since: '2020-03-05' },
  check(doc, ctx) {
    const reading = wordReadingOf(doc);
    if (!reading) return;
    const { confirmed } = layoutCheckFor(ctx.profile);
    if (!confirmed('paper')) return;
    const fmt = (mm: number) => formatNumber(mm, ctx.locale);
    const withTables = sectionsWithTables(doc, reading);
    const landscapeWithoutTable = (s: WordSection) => Boolean(paperOf(s)?.landscape) && !withTables.has(s);
    for (const { section, at } of sectionGroups(reading, (s) => `${JSON.stringify(paperOf(s) ?? null)} ${landscapeWithoutTable(s)}`)) {
      const paper = paperOf(section);
      if (!paper || !at) continue;
      if (!near(paper.shortMm, 210) || !near(paper.longMm, 297)) {
        const name = paperName(paper);
        const size = `${fmt(paper.landscape ? paper.longMm : paper.shortMm)} × ${fmt(paper.landscape ? paper.shortMm : paper.longMm)}`;
        ctx.report({ message: ctx.t('paper', { size, name: name ? ` (${name})` : '' }), start: at.start, end: at.end });
      }
      if (landscapeWithoutTable(section)) ctx.report({ message: ctx.t('landscape'), start: at.start, end: at.end });
    }
  },
});

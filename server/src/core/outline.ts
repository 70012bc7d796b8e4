import type { Block, PlanDocument, Section } from './document';
import { parseNumbering } from './structure/numbering';

/** One entry of the outline (VS Code's Outline view, breadcrumbs, Ctrl+Shift+O). */
export interface OutlineItem {
  readonly name: string;
  /** `point`: a điểm `a)`, `b)` … written as a paragraph or list item of its section (not a heading). */
  readonly kind: 'plan' | 'section' | 'point' | 'closing';
  /** The whole span: heading to the end of its last subsection. */
  readonly start: number;
  readonly end: number;
  /** What is selected when the item is chosen: the heading itself. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: readonly OutlineItem[];
}

export interface FoldingRange {
  readonly startLine: number;
  /** Inclusive, as LSP wants it. */
  readonly endLine: number;
}

/** The last line of `[from, to)` that has text, so that a fold does not swallow the blank lines after it. */
function lastTextLine(doc: PlanDocument, from: number, to: number): number {
  let line = Math.min(to, doc.lines.length) - 1;
  while (line > from && doc.lines[line].text.trim() === '') line--;
  return line;
}

function endOffset(doc: PlanDocument, from: number, toLine: number): number {
  return doc.lines[lastTextLine(doc, from, toLine)].end;
}

/** How much of a point's first line names it in the outline. */
const POINT_NAME_LENGTH = 80;

/** The first words of a point, cut between words. */
function pointName(text: string): string {
  if (text.length <= POINT_NAME_LENGTH) return text;
  const cut = text.lastIndexOf(' ', POINT_NAME_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : POINT_NAME_LENGTH).replace(/[\s,;:]+$/u, '')}…`;
}

interface Point {
  readonly block: Block;
  readonly name: string;
}

/** Each section's own `a)` points (not those of its subsections), in line order. */
function pointsBySection(doc: PlanDocument): Map<Section, Point[]> {
  const bySection = new Map<Section, Point[]>();
  const sections = doc.allSections;
  let next = 0;
  for (const block of doc.blocks) {
    if (parseNumbering(block.firstText)?.style !== 'letter') continue;
    // Blocks and sections are both in line order: the owner is the last heading above, or one of its parents.
    while (next < sections.length && sections[next].heading.line < block.firstLine) next++;
    let owner: Section | undefined = sections[next - 1];
    while (owner && owner.endLine <= block.firstLine) owner = owner.parent;
    if (!owner) continue;
    const name = pointName(block.firstText);
    const list = bySection.get(owner) ?? [];
    list.push({ block, name });
    bySection.set(owner, list);
  }
  return bySection;
}

/** A point spans its paragraphs up to the next point, subsection or the end of its section. */
function pointItems(doc: PlanDocument, s: Section, points: readonly Point[]): OutlineItem[] {
  return points.map(({ block, name }, i) => {
    const childAfter = s.children.find((c) => c.heading.line > block.firstLine);
    const until = Math.min(points[i + 1]?.block.firstLine ?? s.endLine, childAfter?.heading.line ?? s.endLine, s.endLine);
    const firstLineEnd = doc.lines[block.firstLine].end;
    return {
      name, kind: 'point', start: block.start, end: Math.max(firstLineEnd, endOffset(doc, block.firstLine, until)),
      selectionStart: block.start, selectionEnd: firstLineEnd, children: [],
    };
  });
}

function sectionItem(doc: PlanDocument, s: Section, points: Map<Section, Point[]>): OutlineItem {
  const n = s.heading.numbering;
  // A điểm keeps the `)` it is written with (`a)`); I and 1 read with a dot whatever their separator.
  const label = n ? `${n.label}${n.style === 'letter' ? n.separator : '.'} ${s.heading.title}` : s.heading.title;
  const children = [...s.children.map((c) => sectionItem(doc, c, points)), ...pointItems(doc, s, points.get(s) ?? [])];
  return {
    name: label.trim() || s.heading.numbering?.label || '…',
    kind: 'section',
    start: s.heading.start,
    end: Math.max(s.heading.end, endOffset(doc, s.heading.line, s.endLine)),
    selectionStart: s.heading.start,
    selectionEnd: s.heading.end,
    children: children.sort((a, b) => a.start - b.start),
  };
}

/**
 * Sections as a tree (I → 1 → a, the `a)` points written as paragraphs too), under the plan's title
 * when it has one, then Nơi nhận and the signature.
 */
export function outlineOf(doc: PlanDocument): OutlineItem[] {
  const points = pointsBySection(doc);
  const sections = doc.sections.map((s) => sectionItem(doc, s, points));
  const closing: OutlineItem[] = [];
  for (const [block, name] of [[doc.recipients, 'Nơi nhận'], [doc.signature, 'Chữ ký']] as const) {
    if (block) closing.push({ name, kind: 'closing', start: block.start, end: block.end, selectionStart: block.start, selectionEnd: doc.lines[block.firstLine].end, children: [] });
  }
  const title = doc.header.title;
  if (!title) return [...sections, ...closing];
  const summary = doc.header.summary?.text.trim();
  return [{
    name: summary ? `KẾ HOẠCH ${summary}` : 'KẾ HOẠCH',
    kind: 'plan',
    start: title.start,
    // A loop, not a spread: a text may have more sections than a call takes arguments.
    end: sections.reduce((end, s) => Math.max(end, s.end), title.end),
    selectionStart: title.start,
    selectionEnd: title.end,
    children: sections,
  }, ...closing];
}

/** One fold per section (heading to its last line of text), and one for the header block. */
export function foldingRangesOf(doc: PlanDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  if (doc.header.endLine > 1) {
    const last = lastTextLine(doc, 0, doc.header.endLine);
    if (last > 0) ranges.push({ startLine: 0, endLine: last });
  }
  for (const s of doc.allSections) {
    const last = lastTextLine(doc, s.heading.line, s.endLine);
    if (last > s.heading.line) ranges.push({ startLine: s.heading.line, endLine: last });
  }
  for (const block of [doc.recipients, doc.signature]) {
    if (block && block.lastLine > block.firstLine) ranges.push({ startLine: block.firstLine, endLine: block.lastLine });
  }
  return ranges;
}

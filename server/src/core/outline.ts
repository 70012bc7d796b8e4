import type { PlanDocument, Section } from './document';

/** One entry of the outline (VS Code's Outline view, breadcrumbs, Ctrl+Shift+O). */
export interface OutlineItem {
  readonly name: string;
  readonly kind: 'plan' | 'section' | 'closing';
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

function sectionItem(doc: PlanDocument, s: Section): OutlineItem {
  const label = s.heading.numbering ? `${s.heading.numbering.label}. ${s.heading.title}` : s.heading.title;
  return {
    name: label.trim() || s.heading.numbering?.label || '…',
    kind: 'section',
    start: s.heading.start,
    end: Math.max(s.heading.end, endOffset(doc, s.heading.line, s.endLine)),
    selectionStart: s.heading.start,
    selectionEnd: s.heading.end,
    children: s.children.map((c) => sectionItem(doc, c)),
  };
}

/** Sections as a tree (I → 1 → a), under the plan's title when it has one, then Nơi nhận and the signature. */
export function outlineOf(doc: PlanDocument): OutlineItem[] {
  const sections = doc.sections.map((s) => sectionItem(doc, s));
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

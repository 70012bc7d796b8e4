/**
 * The body blocks as Word paragraphs and tables, in the body style of mục II.6.e: justified, first
 * line indented, the size and spacing of the layout; headings I./1./a) in Word's Heading 1–3 styles
 * (so Word's navigation pane shows the plan's outline) with the weight mục II.6.đ and V give them.
 */
import {
  AlignmentType, BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType, TableLayoutType,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { DocumentLayout } from '../core/format/nd30-layout';
import type { Body, BodyBlock } from './blocks';
import { alignmentOf, runsOf, textWidthOfPagePt, twipsFromPt, type RunLook } from './docx-style';
import { parseInline } from './inline';

export const BULLET_REFERENCES = { '-': 'kehoach-bullet-dash', '+': 'kehoach-bullet-plus', '*': 'kehoach-bullet-dot' } as const;

const HEADING_LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** What the body needs beside the blocks: the layout, the footnotes known, and those used. */
export interface BodyContext {
  readonly layout: DocumentLayout;
  readonly footnoteIds: ReadonlyMap<string, number>;
  readonly closing?: Table;
}

export function firstLineIndentTwips(layout: DocumentLayout): number {
  return Math.round((layout.body.firstLineIndentCm.value * 1440) / 2.54);
}

/** Body paragraph options: justified with the first-line indent (mục II.6.e). */
export function bodyParagraphOptions(layout: DocumentLayout): IParagraphOptions {
  return { alignment: alignmentOf(layout.body.align), indent: { firstLine: firstLineIndentTwips(layout) } };
}

function inlineChildren(source: string, look: RunLook, context: BodyContext): ParagraphChild[] {
  return runsOf(parseInline(source), look, context.footnoteIds);
}

function headingParagraph(block: Extract<BodyBlock, { kind: 'heading' }>, context: BodyContext): Paragraph {
  const { layout } = context;
  const style = layout.headings[block.mark.style ?? (block.mark.level === 1 ? 'roman' : block.mark.level === 2 ? 'arabic' : 'letter')];
  const look = { sizePt: layout.body.size.value, bold: style.bold, italic: style.italic };
  return new Paragraph({
    ...bodyParagraphOptions(layout),
    heading: HEADING_LEVEL[block.mark.level],
    keepNext: true,
    children: inlineChildren(block.source, look, context),
  });
}

export function tableBlock(block: Extract<BodyBlock, { kind: 'table' }>, context: BodyContext): Table {
  const width = textWidthOfPagePt(context.layout);
  const columns = Math.max(...block.rows.map((r) => r.length));
  const columnPt = width / columns;
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const rows = block.rows.map((cells, r) => new TableRow({
    tableHeader: r < block.headerRows,
    children: Array.from({ length: columns }, (_, c) => new TableCell({
      width: { size: twipsFromPt(columnPt), type: WidthType.DXA },
      children: [new Paragraph({
        spacing: { before: 40, after: 40 },
        children: inlineChildren(cells[c] ?? '', { sizePt: context.layout.body.size.value, bold: r < block.headerRows }, context),
      })],
    })),
  }));
  return new Table({
    rows,
    width: { size: twipsFromPt(width), type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => twipsFromPt(columnPt)),
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

function blockElements(block: BodyBlock, context: BodyContext): (Paragraph | Table)[] {
  const { layout } = context;
  const look = { sizePt: layout.body.size.value };
  switch (block.kind) {
    case 'heading': return [headingParagraph(block, context)];
    case 'paragraph':
      if (block.role === 'attachedTo') {
        // Laid out as the note under an appendix's title (mục III.1.c): centred, italic.
        return [new Paragraph({ alignment: AlignmentType.CENTER, children: inlineChildren(block.source, { ...look, italic: true }, context) })];
      }
      return [new Paragraph({ ...bodyParagraphOptions(layout), children: inlineChildren(block.source, look, context) })];
    case 'bullet':
      // The indent comes from the list level (the first-line indent, deeper for a sub-item).
      return [new Paragraph({
        alignment: alignmentOf(layout.body.align),
        numbering: { reference: BULLET_REFERENCES[block.marker], level: block.depth },
        children: inlineChildren(block.source, look, context),
      })];
    case 'table': return [tableBlock(block, context)];
    case 'code':
      return block.lines.map((line) => new Paragraph({
        spacing: { before: 0, after: 0 },
        children: line ? runsOf([{ text: line, code: true }], { sizePt: 12 }) : [],
      }));
    case 'closing': return context.closing ? [context.closing] : [];
  }
}

export function bodyElements(body: Body, context: BodyContext): (Paragraph | Table)[] {
  return body.blocks.flatMap((block) => blockElements(block, context));
}

/** Footnotes as Word notes (convention: 12 pt; the decree does not size them). */
export function footnoteParagraphs(source: string): Paragraph[] {
  return source.split('\n').map((line) => new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: runsOf(parseInline(line), { sizePt: 12 }),
  }));
}

/**
 * Header-area lines that are no header part (a web page's own lines pasted with the plan), as text:
 * a line of one cell is a plain paragraph, consecutive lines of several cells a table (their rows).
 */
export function looseLines(rows: readonly (readonly string[])[], context: BodyContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const look = { sizePt: context.layout.body.size.value };
  for (let i = 0; i < rows.length;) {
    if (rows[i].length < 2) {
      out.push(new Paragraph({ alignment: AlignmentType.LEFT, children: inlineChildren(rows[i][0] ?? '', look, context) }));
      i++;
      continue;
    }
    let j = i;
    while (j < rows.length && rows[j].length >= 2) j++;
    out.push(tableBlock({ kind: 'table', rows: rows.slice(i, j), headerRows: 0 }, context));
    i = j;
  }
  return out;
}

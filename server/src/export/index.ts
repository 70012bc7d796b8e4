/**
 * `exportDocx(text, options)`: a plan (Markdown or plain text) as the Word file it is issued as, laid
 * out to Nghị định 30/2020/NĐ-CP, Phụ lục I (state) or Hướng dẫn 36-HD/VPTW where confirmed (Party).
 * Written with the `docx` package (see docs/word.md for why). Nothing of the plan's text is dropped;
 * Markdown comments (`<!-- … -->`) are not part of the printed plan and are left out.
 */
import {
  AlignmentType, Document, Header, LevelFormat, LevelSuffix, Packer, PageNumber, PageOrientation, Paragraph, TextRun,
  type INumberingOptions,
} from 'docx';
import type { DocumentLayout } from '../core/format/nd30-layout';
import type { Profile } from '../core/document';
import { layoutFor } from '../core/format/party-layout';
import { readBody } from './blocks';
import { BULLET_REFERENCES, bodyElements, bodyParagraphOptions, firstLineIndentTwips, footnoteParagraphs, looseLines } from './body';
import { hasClosing, readClosing } from './closing';
import { closingTable } from './docx-closing';
import { alignmentOf, halfPoints, twipsFromMm, twipsFromPt } from './docx-style';
import { headerBlocks } from './header';
import { readPlanSource, type ReadOptions } from './plan-adapter';

export interface ExportOptions extends ReadOptions {
  /** `auto` (the default) follows the header: a Party title makes a Party plan, the Đoàn's heading a Đoàn plan. */
  readonly profile?: 'auto' | Profile;
}

export async function exportDocx(text: string, options: ExportOptions = {}): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocument(text, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function buildDocument(text: string, options: ExportOptions = {}): Document {
  const source = readPlanSource(text.replace(/^\uFEFF/, ''), options);
  const profile = options.profile && options.profile !== 'auto' ? options.profile : source.profile ?? 'state';
  const layout = layoutFor(profile);
  const closing = readClosing(source);
  const body = readBody(source, closing.lines, source.headerEndLine);
  const footnoteIds = new Map([...body.footnotes.keys()].map((label, i) => [label, i + 1]));
  const context = { layout, footnoteIds, closing: hasClosing(closing) ? closingTable(closing, layout) : undefined };
  // Header-area text that is no header part (a web page's lines pasted with the plan): kept, its rows as rows.
  const header = headerBlocks(source, layout, (rows) => looseLines(rows, context));
  const children = [...header.before, ...(header.table ? [header.table] : []), ...header.after, ...bodyElements(body, context)];
  const footnotes = Object.fromEntries([...body.footnotes].map(([label, note]) => [footnoteIds.get(label)!, { children: footnoteParagraphs(note) }]));
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  return new Document({
    creator: 'kehoach',
    styles: documentStyles(layout),
    numbering: bulletNumbering(layout),
    footnotes,
    sections: [{
      properties: {
        titlePage: true, // the first page shows no number (mục I.7)
        page: {
          size: { width: twipsFromMm(layout.paper.widthMm), height: twipsFromMm(layout.paper.heightMm), orientation: PageOrientation.PORTRAIT },
          margin: {
            top: twipsFromMm(layout.margins.top.value), bottom: twipsFromMm(layout.margins.bottom.value),
            left: twipsFromMm(layout.margins.left.value), right: twipsFromMm(layout.margins.right.value),
            header: headerDistance(layout), footer: twipsFromMm(10),
          },
          pageNumbers: { start: 1 },
        },
      },
      headers: { default: pageNumberHeader(layout), first: new Header({ children: [new Paragraph({ children: [] })] }) },
      children,
    }],
  });
}

/** The page number centred in the top margin (mục I.7): the header line sits midway down the margin. */
function headerDistance(layout: DocumentLayout): number {
  const lineMm = (layout.pageNumber.size.value * 1.15 * 25.4) / 72;
  return twipsFromMm(Math.max(5, (layout.margins.top.value - lineMm) / 2));
}

function pageNumberHeader(layout: DocumentLayout): Header {
  return new Header({
    children: [new Paragraph({
      alignment: alignmentOf(layout.pageNumber.align),
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(layout.pageNumber.size.value) })],
    })],
  });
}

function documentStyles(layout: DocumentLayout) {
  const font = { ascii: layout.font.family, hAnsi: layout.font.family, cs: layout.font.family, eastAsia: layout.font.family };
  const size = halfPoints(layout.body.size.value);
  const heading = (style: DocumentLayout['headings']['roman']) => ({
    run: { font, size, bold: style.bold, italics: style.italic, color: layout.font.color },
    paragraph: { ...bodyParagraphOptions(layout), spacing: paragraphSpacing(layout), keepNext: true },
  });
  return {
    default: {
      document: { run: { font, size, color: layout.font.color }, paragraph: { spacing: paragraphSpacing(layout) } },
      heading1: heading(layout.headings.roman),
      heading2: heading(layout.headings.arabic),
      heading3: heading(layout.headings.letter),
    },
  };
}

/**
 * Space after each paragraph and line spacing (mục II.6.e): twips, and 240ths of a line. The rule
 * `auto` (a multiple of single spacing) is written out: LibreOffice reads a line spacing without its
 * rule as an exact height, 13,8 pt for 1,15 lines, tighter than single spacing.
 */
function paragraphSpacing(layout: DocumentLayout) {
  return { before: 0, after: twipsFromPt(layout.body.paragraphSpacingPt.value), line: Math.round(240 * layout.body.lineSpacing.value), lineRule: 'auto' as const };
}

/** Bullet lists: the typed marker (`-`, `+`, `*` shown as •) at the first-line indent, text after a space. */
function bulletNumbering(layout: DocumentLayout): INumberingOptions {
  const glyph = { '-': '-', '+': '+', '*': '•' } as const;
  const indent = firstLineIndentTwips(layout);
  return {
    config: (Object.keys(BULLET_REFERENCES) as (keyof typeof BULLET_REFERENCES)[]).map((marker) => ({
      reference: BULLET_REFERENCES[marker],
      levels: [0, 1].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: glyph[marker],
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.SPACE,
        style: { paragraph: { indent: { left: level * indent, firstLine: indent } } },
      })),
    })),
  };
}

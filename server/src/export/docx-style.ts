/**
 * Small translations from the layout data (core/format) to the units and options of the `docx`
 * package: twips (1/20 pt), half-points, alignment, a rule drawn as a paragraph border.
 */
import {
  AlignmentType, BorderStyle, ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { Alignment, DocumentLayout, PartStyle } from '../core/format/nd30-layout';
import { textWidthPt } from '../core/format/text-width';
import type { InlineRun } from './inline';

export const twipsFromMm = (mm: number) => Math.round((mm * 1440) / 25.4);
export const twipsFromPt = (pt: number) => Math.round(pt * 20);
export const halfPoints = (pt: number) => Math.round(pt * 2);

const ALIGN = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
} as const;

export function alignmentOf(a: Alignment) {
  return ALIGN[a];
}

/** The text width of the page in points: A4 less the left and right margins. */
export function textWidthOfPagePt(layout: DocumentLayout): number {
  const mm = layout.paper.widthMm - layout.margins.left.value - layout.margins.right.value;
  return (mm * 72) / 25.4;
}

export interface RunLook {
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export const lookOf = (part: PartStyle): RunLook => ({ sizePt: part.size.value, bold: part.bold, italic: part.italic });

/**
 * Word runs for inline Markdown in a given look: emphasis adds to the look (`**` in a bold heading
 * stays bold), a footnote reference becomes Word's own footnote mark when the note exists.
 */
export function runsOf(runs: readonly InlineRun[], look: RunLook, footnoteIds: ReadonlyMap<string, number> = new Map()): ParagraphChild[] {
  return runs.map((run): ParagraphChild => {
    if (run.lineBreak) return new TextRun({ break: 1 });
    const id = run.footnote !== undefined ? footnoteIds.get(run.footnote) : undefined;
    if (id !== undefined) return new FootnoteReferenceRun(id);
    const text = run.footnote !== undefined ? `[^${run.footnote}]` : run.text;
    const options = {
      text: text.normalize('NFC'),
      size: halfPoints(look.sizePt),
      bold: look.bold || run.bold || undefined,
      italics: look.italic || run.italic || undefined,
      font: run.code ? 'Courier New' : undefined,
      underline: run.link ? {} : undefined,
    };
    const textRun = new TextRun(options);
    return run.link ? new ExternalHyperlink({ link: run.link, children: [textRun] }) : textRun;
  });
}

/** Plain text in a look, for the header parts. */
export function textParagraph(text: string, look: RunLook, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    ...options,
    children: [new TextRun({ text: text.normalize('NFC'), size: halfPoints(look.sizePt), bold: look.bold, italics: look.italic })],
  });
}

/**
 * A horizontal rule of `lengthPt`, centred in a column `columnPt` wide: an empty paragraph of
 * hairline height whose top border is the rule, as a drawn line would be, but moving with the text.
 */
export function ruleParagraph(lengthPt: number, columnPt: number): Paragraph {
  const side = Math.max(0, (columnPt - Math.min(lengthPt, columnPt)) / 2);
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: twipsFromPt(side), right: twipsFromPt(side) },
    // A little space above, so that the rule clears the descenders of the line it underlines.
    spacing: { before: 80, after: 0, line: 40, lineRule: 'exact' },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** The printed width in points of the longest of `lines` in a look. */
export function longestLinePt(lines: readonly string[], look: RunLook): number {
  return Math.max(0, ...lines.map((l) => textWidthPt(l, look.sizePt, Boolean(look.bold))));
}

/** Paragraph options with no spacing: the header's lines sit at single spacing (mục II.1.c, II.2.b). */
export const TIGHT: IParagraphOptions = { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } };

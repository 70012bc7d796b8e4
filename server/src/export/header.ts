/**
 * The header of the first page, laid out as Word users lay it out: a borderless table of two columns.
 * Row 1: the issuer (ô 2) left, the Quốc hiệu and Tiêu ngữ (ô 1) right, each with its rule (a Party
 * plan: the issuer with `*`, ĐẢNG CỘNG SẢN VIỆT NAM; a Đoàn plan: the committee with `***`, ĐOÀN TNCS
 * HỒ CHÍ MINH). Row 2:
 * `Số` (ô 3) left and the place-date line (ô 4) right, on the same line as mục II.4.c requires. Then
 * KẾ HOẠCH and the trích yếu (ô 5a) centred across the page.
 *
 * Text in the header area that is no header part (a web page's own lines pasted with the plan) is kept
 * as plain paragraphs, before the table or after it, in the order written.
 */
import {
  Paragraph, Table, TableCell, TableRow, TableBorders, TableLayoutType, VerticalAlign, WidthType, type IParagraphOptions,
} from 'docx';
import type { DocumentLayout, PartStyle } from '../core/format/nd30-layout';
import { splitIssuer } from '../core/format/issuer-parts';
import { cellsOf } from '../core/text/clean';
import { textWidthPt } from '../core/format/text-width';
import {
  alignmentOf, longestLinePt, lookOf, ruleParagraph, runsOf, textParagraph, textWidthOfPagePt, twipsFromPt, TIGHT,
} from './docx-style';
import { parseInline, plainInline } from './inline';
import type { FieldSpan, PlanHeaderSource, PlanSource } from './plan-adapter';

/** Side padding of a header cell, in points: keeps the two columns' text apart. */
const CELL_PADDING_PT = 2;

const plain = (f: FieldSpan | undefined) => (f ? plainInline(f.text).trim() : undefined);

function part(text: string, style: PartStyle, extra: IParagraphOptions = {}): Paragraph {
  return textParagraph(text, lookOf(style), { ...TIGHT, alignment: alignmentOf(style.align), ...extra });
}

function issuerCell(source: PlanSource, layout: DocumentLayout, columnPt: number): Paragraph[] {
  const { superior, issuer } = splitIssuer(source.header.issuer.map((f) => plainInline(f.text).trim()));
  const out = [
    ...superior.map((line) => part(line, layout.parts.superior)),
    ...issuer.map((line) => part(line, layout.parts.issuer)),
  ];
  const style = layout.parts.issuer;
  if (layout.issuerMark && issuer.length > 0) out.push(part(layout.issuerMark.text, style, { alignment: alignmentOf('center') }));
  else if (style.rule && issuer.length > 0) {
    out.push(ruleParagraph(style.rule.length.value * longestLinePt(issuer, lookOf(style)), columnPt));
  }
  return out;
}

/**
 * The right column's title: the Quốc hiệu (with the Tiêu ngữ under it), the Party title or the Đoàn's
 * heading, as the layout has it; with the state layout, whichever the header shows.
 */
export function rightTitle(h: PlanHeaderSource, layout: DocumentLayout): { field?: FieldSpan; kind: DocumentLayout['profile'] } {
  const { nationalTitle, partyTitle, doanTitle } = h;
  if (layout.profile === 'doan' || (doanTitle && !nationalTitle && !partyTitle)) return { field: doanTitle ?? partyTitle ?? nationalTitle, kind: 'doan' };
  if (layout.profile === 'party' || (partyTitle && !nationalTitle)) return { field: partyTitle ?? nationalTitle, kind: 'party' };
  return { field: nationalTitle ?? partyTitle ?? doanTitle, kind: 'state' };
}

function titleCell(source: PlanSource, layout: DocumentLayout, columnPt: number): Paragraph[] {
  const { motto } = source.header;
  const { field, kind } = rightTitle(source.header, layout);
  const isParty = kind === 'party';
  const out: Paragraph[] = [];
  const title = plain(field);
  const titleStyle = layout.parts.nationalTitle;
  if (title) out.push(part(title, titleStyle));
  const mottoText = kind === 'state' ? plain(motto) : undefined;
  const mottoStyle = layout.parts.motto;
  if (mottoText && mottoStyle) out.push(part(mottoText, mottoStyle));
  // The rule goes under the Tiêu ngữ (mục II.1.b), or under the Party title (HD 36, điểm 1.1.2).
  const ruled = mottoText && mottoStyle ? { text: mottoText, style: mottoStyle } : isParty && title ? { text: title, style: titleStyle } : undefined;
  if (ruled?.style.rule) {
    const width = textWidthPt(ruled.text, ruled.style.size.value, ruled.style.bold);
    out.push(ruleParagraph(ruled.style.rule.length.value * width, columnPt));
  }
  return out;
}

function cell(children: Paragraph[], widthPt: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ ...TIGHT, children: [] })],
    width: { size: twipsFromPt(widthPt), type: WidthType.DXA },
    margins: { left: twipsFromPt(CELL_PADDING_PT), right: twipsFromPt(CELL_PADDING_PT), top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
  });
}

/** A borderless table of two columns with the layout's widths: the header's and the closing's. */
export function twoColumnTable(left: Paragraph[][], right: Paragraph[][], layout: DocumentLayout): Table {
  const [leftPt, rightPt] = columnWidthsPt(layout);
  // A row is not split over two pages: the signature stays with its title, the Số with the issuer.
  const rows = left.map((l, i) => new TableRow({ cantSplit: true, children: [cell(l, leftPt), cell(right[i] ?? [], rightPt)] }));
  return new Table({
    rows,
    width: { size: twipsFromPt(leftPt + rightPt), type: WidthType.DXA },
    columnWidths: [twipsFromPt(leftPt), twipsFromPt(rightPt)],
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
  });
}

export function columnWidthsPt(layout: DocumentLayout): [number, number] {
  const total = textWidthOfPagePt(layout);
  const left = total * layout.leftColumnShare.value;
  return [left, total - left];
}

/**
 * Cells of the header's lines that the layout does not hold (kept as text), line by line: a web page's
 * `| Loại văn bản | Kế hoạch |` stays one row, so that its label still reads as the label of its value.
 */
function strayRows(source: PlanSource): { before: string[][]; after: string[][] } {
  const h = source.header;
  const fields = [...h.issuer, h.nationalTitle, h.motto, h.partyTitle, h.doanTitle, h.number, h.placeDate, h.title, h.summary, h.attachedTo]
    .filter((f): f is FieldSpan => f !== undefined);
  const firstField = Math.min(...fields.map((f) => f.start));
  const before: string[][] = [];
  const after: string[][] = [];
  let offset = 0;
  for (let i = 0; i < source.headerEndLine && i < source.lines.length; i++) {
    const line = source.lines[i];
    const row = { before: [] as string[], after: [] as string[] };
    for (const c of cellsOf(line, offset)) {
      if (!/[\p{L}\p{N}]/u.test(c.text) || fields.some((f) => c.start < f.end && c.end > f.start)) continue;
      (c.start < firstField ? row.before : row.after).push(c.text);
    }
    if (row.before.length > 0) before.push(row.before);
    if (row.after.length > 0) after.push(row.after);
    offset += line.length + lineBreakLength(source.text, offset + line.length);
  }
  return { before, after };
}

const lineBreakLength = (text: string, at: number) => (text[at] === '\r' && text[at + 1] === '\n' ? 2 : at < text.length ? 1 : 0);

export interface HeaderBlocks {
  readonly before: (Paragraph | Table)[];
  readonly table?: Table;
  readonly after: (Paragraph | Table)[];
}

export function headerBlocks(source: PlanSource, layout: DocumentLayout, strayLook: (rows: string[][]) => (Paragraph | Table)[]): HeaderBlocks {
  const h = source.header;
  const stray = strayRows(source);
  const [leftPt, rightPt] = columnWidthsPt(layout);
  const inner = (pt: number) => pt - 2 * CELL_PADDING_PT;
  const left = issuerCell(source, layout, inner(leftPt));
  const right = titleCell(source, layout, inner(rightPt));
  const number = plain(h.number);
  const placeDate = plain(h.placeDate);
  const hasTable = left.length + right.length > 0 || number !== undefined || placeDate !== undefined;
  const table = hasTable
    ? twoColumnTable(
      [left, number !== undefined ? [part(number, layout.parts.number, { spacing: { before: 120, after: 0 } })] : []],
      [right, placeDate !== undefined ? [part(placeDate, layout.parts.placeDate, { spacing: { before: 120, after: 0 } })] : []],
      layout)
    : undefined;
  return {
    before: strayLook(stray.before),
    table,
    after: [...strayLook(stray.after), ...titleBlock(source, layout)],
  };
}

/** KẾ HOẠCH, the trích yếu with its short rule, and `(Ban hành kèm theo …)` when the header holds it. */
function titleBlock(source: PlanSource, layout: DocumentLayout): Paragraph[] {
  const { title, summary, attachedTo } = source.header;
  const out: Paragraph[] = [];
  const typeName = layout.parts.typeName;
  // The body's line spacing, not single: capitals with stacked marks (Ễ, Ộ) would touch the line above.
  const line = Math.round(240 * layout.body.lineSpacing.value);
  if (title) out.push(part(plainInline(title.text).trim(), typeName, { spacing: { before: 360, after: 0, line, lineRule: 'auto' } }));
  const style = layout.parts.summary;
  if (summary) {
    const text = plainInline(summary.text).trim();
    out.push(part(text, style, { spacing: { before: 0, after: 0, line, lineRule: 'auto' } }));
    if (style.rule) {
      const width = Math.min(textWidthPt(text, style.size.value, style.bold), textWidthOfPagePt(layout));
      out.push(ruleParagraph(style.rule.length.value * width, textWidthOfPagePt(layout)));
    }
  }
  if (attachedTo && attachedTo.firstLine < source.headerEndLine) {
    out.push(new Paragraph({
      ...TIGHT, alignment: alignmentOf('center'),
      children: runsOf(parseInline(attachedTo.text), { sizePt: layout.body.size.value, italic: true }),
    }));
  }
  if (out.length > 0) out.push(new Paragraph({ ...TIGHT, children: [] }));
  return out;
}

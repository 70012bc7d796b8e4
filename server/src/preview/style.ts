/**
 * The preview's stylesheet, written from the same layout data the Word export reads
 * (core/format/nd30-layout.ts, party-layout.ts): paper, margins, every header part's size, weight and
 * style, the body's size, indent, spacing and line spacing, the column widths. Nothing here is a number
 * of its own except what Word does implicitly (the height of a single line, the table cell padding).
 */
import type { DocumentLayout, PartStyle } from '../core/format/nd30-layout';

/**
 * Word's single line for Times New Roman (and its metric twins Liberation Serif and Tinos): ascent +
 * descent + line gap of the font = 2355/2048 em. Word's "multiple" line spacing multiplies this.
 */
export const SINGLE_LINE_EM = 1.15;

/** The font stack: Times New Roman first (mục I.4), then fonts with the same metrics and every Vietnamese letter. */
export const FONT_STACK = '"Times New Roman", "Liberation Serif", "Tinos", serif';

/** Space above the Số and date row, and above KẾ HOẠCH, as export/header.ts writes them (twips / 20). */
export const NUMBER_ROW_BEFORE_PT = 6;
export const TITLE_BEFORE_PT = 18;
/** Space above `Nơi nhận:` and the signing authority (export/docx-closing.ts). */
export const CLOSING_BEFORE_PT = 12;
/** Side padding of a header or closing cell (export/header.ts). */
export const LAYOUT_CELL_PADDING_PT = 2;
/** Word's default left and right cell margin (0,08 inch) in a body table. */
const GRID_CELL_PADDING_PT = 5.4;

/** The scale the sheets are shown at (1 = real size at 96 CSS px to the inch). */
export const PREVIEW_SCALE = 0.8;

export type PartName = keyof DocumentLayout['parts'];

export const mmToPt = (mm: number) => (mm * 72) / 25.4;

/** The text width in points: A4 less the left and right margins (as export/docx-style.ts). */
export function textWidthPt(layout: DocumentLayout): number {
  return mmToPt(layout.paper.widthMm - layout.margins.left.value - layout.margins.right.value);
}

/** Widths of the header and closing tables' columns (as export/header.ts). */
export function columnWidthsPt(layout: DocumentLayout): [number, number] {
  const total = textWidthPt(layout);
  const left = total * layout.leftColumnShare.value;
  return [left, total - left];
}

const pt = (n: number) => `${Number(n.toFixed(2))}pt`;
const lineHeight = (multiple: number) => `${Number((multiple * SINGLE_LINE_EM).toFixed(4))}`;

function partRule(name: string, style: PartStyle): string {
  return `.p-${name}{font-size:${pt(style.size.value)};font-weight:${style.bold ? 'bold' : 'normal'};` +
    `font-style:${style.italic ? 'italic' : 'normal'};text-align:${style.align};line-height:${lineHeight(1)};margin:0}`;
}

function pageRules(layout: DocumentLayout): string[] {
  const { paper, margins } = layout;
  const contentHeightMm = paper.heightMm - margins.top.value - margins.bottom.value;
  // The page number sits midway down the top margin (export/index.ts, headerDistance).
  const numberLineMm = (layout.pageNumber.size.value * SINGLE_LINE_EM * 25.4) / 72;
  return [
    `.page{position:relative;box-sizing:border-box;width:${paper.widthMm}mm;min-height:${paper.heightMm}mm;` +
      `padding:${margins.top.value}mm ${margins.right.value}mm ${margins.bottom.value}mm ${margins.left.value}mm}`,
    `.page>.content{height:${contentHeightMm}mm}`,
    `.page.tall>.content{height:auto;min-height:${contentHeightMm}mm}`,
    `.pnum{position:absolute;left:${margins.left.value}mm;right:${margins.right.value}mm;` +
      `top:${Math.max(5, (margins.top.value - numberLineMm) / 2).toFixed(2)}mm;` +
      `font-size:${pt(layout.pageNumber.size.value)};text-align:${layout.pageNumber.align};line-height:${lineHeight(1)}}`,
  ];
}

function bodyRules(layout: DocumentLayout): string[] {
  const { body, headings } = layout;
  const size = pt(body.size.value);
  const indent = `${body.firstLineIndentCm.value}cm`;
  const spaced = `font-size:${size};line-height:${lineHeight(body.lineSpacing.value)};margin:0;padding:0 0 ${pt(body.paragraphSpacingPt.value)}`;
  const heading = (name: string, s: DocumentLayout['headings']['roman']) =>
    `.h-${name}{font-weight:${s.bold ? 'bold' : 'normal'};font-style:${s.italic ? 'italic' : 'normal'}}`;
  return [
    `.b{${spaced};text-align:${body.align};text-indent:${indent}}`,
    heading('roman', headings.roman), heading('arabic', headings.arabic), heading('letter', headings.letter),
    `.attached{${spaced};text-align:center;font-style:italic}`,
    `.head-attached{font-size:${size};line-height:${lineHeight(1)};margin:0;text-align:center;font-style:italic}`,
    `.plain{${spaced};text-align:left}`,
    `.bullet{${spaced};text-align:${body.align};text-indent:${indent}}`,
    `.bullet.d1{padding-left:${indent}}`,
    `.blank{font-size:${size};line-height:${lineHeight(1)};min-height:${lineHeight(1)}em;margin:0}`,
    `.title-line{padding-top:${pt(TITLE_BEFORE_PT)};line-height:${lineHeight(body.lineSpacing.value)}}`,
    `.summary-line{line-height:${lineHeight(body.lineSpacing.value)}}`,
    `table.grid{width:100%;table-layout:fixed;border-collapse:collapse;margin:0}`,
    `table.grid td{border:0.5pt solid #000;padding:0 ${pt(GRID_CELL_PADDING_PT)};vertical-align:top}`,
    `.cell{font-size:${size};line-height:${lineHeight(body.lineSpacing.value)};margin:0;padding:2pt 0;text-align:left}`,
    `.cell.th{font-weight:bold}`,
    `.code{font-family:"Courier New","Liberation Mono",monospace;font-size:12pt;line-height:${lineHeight(body.lineSpacing.value)};` +
      'margin:0;white-space:pre-wrap;text-align:left;min-height:1em}',
    `.notes{margin-top:12pt;padding-top:2pt}`,
    `.notes-rule{width:30%;border-top:0.5pt solid #000;margin-bottom:2pt}`,
    `.note{font-size:12pt;line-height:${lineHeight(1)};margin:0;text-align:justify}`,
  ];
}

function layoutTableRules(layout: DocumentLayout): string[] {
  const [left, right] = columnWidthsPt(layout);
  return [
    `table.layout{width:${pt(left + right)};table-layout:fixed;border-collapse:collapse;margin:0}`,
    `table.layout td{padding:0 ${pt(LAYOUT_CELL_PADDING_PT)};vertical-align:top;border:none}`,
    `col.col-l{width:${pt(left)}}`,
    `col.col-r{width:${pt(right)}}`,
    `.row-gap{padding-top:${pt(NUMBER_ROW_BEFORE_PT)}}`,
    `.closing-gap{padding-top:${pt(CLOSING_BEFORE_PT)}}`,
    // A rule as the export draws it: a paragraph border under a little space (export/docx-style.ts).
    '.rule{margin:4pt auto 0;height:2pt;border-top:0.75pt solid #000;box-sizing:content-box}',
    // A note such as `(Đã ký)` in the signature's room: the name's size, upright weight, italic.
    '.sign-note{font-weight:normal;font-style:italic}',
  ];
}

/** The page look around the layout: a grey desk, white sheets, marks for findings. Not layout values. */
const SCREEN_RULES = [
  'html,body{margin:0;padding:0}',
  'body{background:#e8e8e8;color:#000}',
  // A fixed scale: an A4 sheet (794 CSS px wide) fits a preview beside the editor.
  `#pages,#build{zoom:${PREVIEW_SCALE}}`,
  '#pages{padding:16px 0}',
  '.page{background:#fff;margin:0 auto 16px;box-shadow:0 1px 4px rgba(0,0,0,.35)}',
  // Spaces stay as typed, as Word keeps them: a blank `Số:     /KH-UBND` keeps its room for the number.
  '.sheet p{margin:0;white-space:pre-wrap}',
  '.link{text-decoration:underline}',
  '.sheet code{font-family:"Courier New","Liberation Mono",monospace;font-size:inherit}',
  'sup.fnref{font-size:0.65em;line-height:0;vertical-align:super}',
  'mark.finding{background:transparent;color:inherit;text-decoration-line:underline;text-decoration-style:wavy;' +
    'text-decoration-skip-ink:none;text-underline-offset:2px}',
  'mark.finding.sev-error{text-decoration-color:#e51400;background:rgba(229,20,0,.08)}',
  'mark.finding.sev-warning{text-decoration-color:#bf8803;background:rgba(191,136,3,.10)}',
  'mark.finding.sev-information{text-decoration-color:#1a85ff;background:rgba(26,133,255,.08)}',
  'mark.finding.sev-hint{text-decoration-style:dotted;text-decoration-color:#6c6c6c}',
  '.notice{font-family:sans-serif;font-size:13px;color:#333;text-align:center;padding:8px}',
];

/** Widths of the rules of one document, in points (they follow the length of the text they underline). */
export interface RuleWidths {
  readonly issuer?: number;
  readonly title?: number;
  readonly summary?: number;
}

export function previewCss(layout: DocumentLayout, rules: RuleWidths): string {
  const parts = Object.entries(layout.parts)
    .filter((entry): entry is [string, PartStyle] => entry[1] !== undefined)
    .map(([name, style]) => partRule(name, style));
  const widths = Object.entries(rules)
    .filter((entry): entry is [string, number] => entry[1] !== undefined)
    .map(([name, width]) => `.rule-${name}{width:${pt(width)}}`);
  return [
    `.sheet{font-family:${FONT_STACK};color:#${layout.font.color}}`,
    ...SCREEN_RULES, ...pageRules(layout), ...parts, ...bodyRules(layout), ...layoutTableRules(layout), ...widths,
  ].join('\n');
}

/**
 * A plan written as a drafter writes it in Word, with the `docx` package: the header as a borderless
 * two-column table, the body in Normal paragraphs, Nơi nhận and the signature in a closing table, the
 * page number in the page header. By default every value is the decree's (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I); a test changes one thing to break one format rule.
 */
import {
  AlignmentType, Document, Header, Footer, PageNumber, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableRow,
  TextRun, WidthType, type IParagraphOptions, type IRunOptions, type ISectionPropertiesOptions,
} from 'docx';
import { parsePlan } from '../../server/src/core/document';
import { withWordSource } from '../../server/src/core/format/word-source';
import { lintDocument, type Finding } from '../../server/src/core/lint';
import { paragraphAt, type DocxReading } from '../../server/src/docx';
import { readBuilt } from './build';

export type PartId = 'superior' | 'issuer' | 'nationalTitle' | 'motto' | 'number' | 'placeDate' | 'title' | 'summary'
  | 'recipientsLabel' | 'recipient' | 'authority' | 'signer';

/** A run's look: what IRunOptions says of it. */
export type Look = Pick<IRunOptions, 'bold' | 'italics' | 'size' | 'font' | 'allCaps'>;

const TEXTS: Readonly<Record<PartId, string>> = {
  superior: 'UBND TỈNH LẠNG SƠN',
  issuer: 'SỞ Y TẾ',
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: 'Số: 45/KH-SYT',
  placeDate: 'Lạng Sơn, ngày 06 tháng 02 năm 2023',
  title: 'KẾ HOẠCH',
  summary: 'Triển khai công tác y tế dự phòng năm 2023',
  recipientsLabel: 'Nơi nhận:',
  recipient: '- UBND tỉnh;',
  authority: 'KT. GIÁM ĐỐC',
  signer: 'Nguyễn Văn A',
};

/** Sizes in half-points, as the `docx` package takes them. */
const LOOKS: Readonly<Record<PartId, Look>> = {
  superior: { size: 24 }, issuer: { size: 24, bold: true }, nationalTitle: { size: 24, bold: true }, motto: { size: 26, bold: true },
  number: { size: 26 }, placeDate: { size: 26, italics: true }, title: { size: 28, bold: true }, summary: { size: 28, bold: true },
  recipientsLabel: { size: 24, bold: true, italics: true }, recipient: { size: 22 }, authority: { size: 28, bold: true }, signer: { size: 28, bold: true },
};

const LONG = 'Các cơ quan, đơn vị bám sát mục tiêu, nhiệm vụ được giao, phối hợp chặt chẽ trong tổ chức thực hiện, '
  + 'bảo đảm tiến độ, chất lượng và hiệu quả; định kỳ báo cáo kết quả thực hiện về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.';

/** The body: paragraphs and headings; each long enough to wrap, and the whole beyond one page. */
export const BODY: readonly { text: string; heading?: boolean }[] = [
  { text: 'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;' },
  { text: 'Sở Y tế xây dựng Kế hoạch triển khai công tác y tế dự phòng năm 2023 như sau:' },
  { text: 'I. MỤC ĐÍCH, YÊU CẦU', heading: true },
  { text: '1. Mục đích', heading: true },
  { text: `Chủ động phòng, chống dịch bệnh, giảm tỷ lệ mắc và tử vong do các bệnh truyền nhiễm trên địa bàn tỉnh. ${LONG}` },
  { text: '2. Yêu cầu', heading: true },
  { text: LONG },
  { text: 'II. NHIỆM VỤ VÀ GIẢI PHÁP', heading: true },
  { text: `Tăng cường giám sát, phát hiện sớm các ca bệnh, xử lý kịp thời ổ dịch, không để dịch lan rộng. ${LONG}` },
  { text: `Bảo đảm đủ thuốc, vắc xin, hóa chất, vật tư, trang thiết bị cho công tác phòng, chống dịch. ${LONG}` },
  { text: 'III. TỔ CHỨC THỰC HIỆN', heading: true },
  // The content ends with `./.` (Phụ lục III, Mẫu 1.4), as a plan written to the decree does.
  { text: `Các phòng chức năng thuộc Sở, các đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch chi tiết. ${LONG}/.` },
];

export interface PlanSpec {
  /** Page size and orientation: twips, as `docx` takes them. */
  readonly page?: { readonly width?: number; readonly height?: number; readonly orientation?: (typeof PageOrientation)[keyof typeof PageOrientation] };
  readonly margins?: { readonly top?: number; readonly bottom?: number; readonly left?: number; readonly right?: number };
  /** The document's font (the default run font). */
  readonly font?: string;
  /** A part's text and look over the defaults. */
  readonly parts?: Partial<Record<PartId, Look & { readonly text?: string }>>;
  /** Body paragraphs' look and paragraph options over the defaults. */
  readonly body?: { readonly run?: Look; readonly paragraph?: IParagraphOptions };
  /** Body paragraphs (0-based indexes into BODY) written as runs of their own instead. */
  readonly bodyRuns?: Readonly<Record<number, readonly (Look & { readonly text: string })[]>>;
  readonly pageNumber?: 'top' | 'none' | 'firstPageToo' | 'footer' | 'right';
  /**
   * The body's paragraph formatting kept in the Normal style, as Word keeps it, instead of on each
   * paragraph; the style's own options over the decree's.
   */
  readonly normalStyle?: IParagraphOptions;
  /** A table of tasks after the body, with borders, as a plan's content table. */
  readonly table?: boolean;
}

const mm = (v: number) => Math.round((v * 1440) / 25.4);

function partParagraph(spec: PlanSpec, id: PartId, options: IParagraphOptions = {}, ownText?: string): Paragraph {
  const { text, ...look } = { ...LOOKS[id], ...spec.parts?.[id] };
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...options, children: [new TextRun({ text: ownText ?? text ?? TEXTS[id], ...look })] });
}

const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA } });

function twoColumns(rows: [Paragraph[], Paragraph[]][]): Table {
  return new Table({
    rows: rows.map(([l, r]) => new TableRow({ children: [cell(l, 3700), cell(r, 5650)] })),
    width: { size: 9350, type: WidthType.DXA }, columnWidths: [3700, 5650], borders: TableBorders.NONE,
  });
}

function header(spec: PlanSpec): (Paragraph | Table)[] {
  return [
    twoColumns([
      [[partParagraph(spec, 'superior'), partParagraph(spec, 'issuer')], [partParagraph(spec, 'nationalTitle'), partParagraph(spec, 'motto')]],
      [[partParagraph(spec, 'number')], [partParagraph(spec, 'placeDate')]],
    ]),
    partParagraph(spec, 'title', { spacing: { before: 240 } }),
    partParagraph(spec, 'summary', { spacing: { after: 240 } }),
  ];
}

const BODY_FORMAT = {
  alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing: { before: 0, after: 120, line: 276, lineRule: 'auto' as const },
};

function bodyParagraphs(spec: PlanSpec): Paragraph[] {
  return BODY.map(({ text, heading }, i) => {
    const runs = spec.bodyRuns?.[i]?.map(({ text: t, ...look }) => new TextRun({ text: t, size: 28, ...look }))
      ?? [new TextRun({ text, size: 28, bold: heading, ...spec.body?.run })];
    const direct = spec.normalStyle ? {} : BODY_FORMAT;
    return new Paragraph({ ...direct, ...spec.body?.paragraph, children: runs });
  });
}

function closing(spec: PlanSpec): Table {
  const left = { alignment: AlignmentType.LEFT };
  const blank = () => new Paragraph({ children: [] });
  return twoColumns([[
    [partParagraph(spec, 'recipientsLabel', left), partParagraph(spec, 'recipient', left), partParagraph(spec, 'recipient', { ...left }), new Paragraph({ ...left, children: [new TextRun({ text: '- Lưu: VT.', size: 22 })] })],
    [partParagraph(spec, 'authority'), partParagraph(spec, 'authority', {}, 'PHÓ GIÁM ĐỐC'), blank(), blank(), blank(), partParagraph(spec, 'signer')],
  ]]);
}

/** Rows of tasks: what a plan lays out across the width when its table is wide. */
function taskTable(): Table {
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => cell([new Paragraph({ children: [new TextRun({ text: c, size: 26 })] })], 3100)) });
  return new Table({
    rows: [row(['Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn']), row(['Giám sát dịch bệnh', 'Trung tâm Kiểm soát bệnh tật', 'Quý I/2023'])],
    width: { size: 9300, type: WidthType.DXA }, columnWidths: [3100, 3100, 3100],
  });
}

function pageNumberParagraph(align: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ alignment: align, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })] });
}

function pageHeaders(spec: PlanSpec): Pick<ISectionPropertiesOptions, 'titlePage'> & { headers?: object; footers?: object } {
  const where = spec.pageNumber ?? 'top';
  const empty = () => new Header({ children: [new Paragraph({ children: [] })] });
  if (where === 'none') return { titlePage: false };
  if (where === 'footer') return { titlePage: true, footers: { default: new Footer({ children: [pageNumberParagraph(AlignmentType.CENTER)] }) } };
  const align = where === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
  const headers = { default: new Header({ children: [pageNumberParagraph(align)] }), ...(where === 'firstPageToo' ? {} : { first: empty() }) };
  return { titlePage: where !== 'firstPageToo', headers };
}

export function planDocument(spec: PlanSpec = {}): Document {
  const font = spec.font ?? 'Times New Roman';
  const { headers, footers, titlePage } = pageHeaders(spec);
  return new Document({
    styles: {
      default: { document: { run: { font, size: 28 } } },
      ...(spec.normalStyle ? { paragraphStyles: [{ id: 'Normal', name: 'Normal', paragraph: { ...BODY_FORMAT, ...spec.normalStyle } }] } : {}),
    },
    sections: [{
      properties: {
        titlePage,
        page: {
          size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT, ...spec.page },
          margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), ...spec.margins },
        },
      },
      ...(headers ? { headers } : {}),
      ...(footers ? { footers } : {}),
      children: [...header(spec), ...bodyParagraphs(spec), ...(spec.table ? [taskTable()] : []), closing(spec)],
    }],
  });
}

export interface Checked {
  readonly reading: DocxReading;
  /** Every finding of the format rules. */
  readonly format: Finding[];
  readonly all: Finding[];
  /** The 1-based paragraph of a finding, as the CLI shows it (¶N). */
  paragraphOf(f: Finding): number | undefined;
  /** The paragraph whose text is `text`. */
  paragraphWith(text: string): number;
}

export async function checkPlan(spec: PlanSpec = {}, locale: 'vi' | 'en' = 'vi'): Promise<Checked> {
  const reading = await readBuilt(planDocument(spec));
  const all = lintDocument(withWordSource(parsePlan(reading.text), reading), { locale });
  return {
    reading, all, format: all.filter((f) => f.ruleId.startsWith('format-')),
    paragraphOf: (f) => paragraphAt(reading, f.start)?.index,
    paragraphWith: (text) => reading.paragraphs.find((p) => reading.text.slice(p.start, p.end) === text)!.index,
  };
}

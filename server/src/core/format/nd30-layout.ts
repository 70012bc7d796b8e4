/**
 * The state layout of a Kế hoạch: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I (thể thức và kỹ thuật
 * trình bày văn bản hành chính), as typed, pure data. Each value names its provision. Where the decree
 * gives a range the range is kept (it is the tolerance a Word file is checked against) beside the one
 * value the export writes; where the decree is silent the value is marked `convention`.
 *
 * Sizes are in points, lengths in millimetres unless the name says otherwise. `Mục V` is the decree's
 * table of letter forms (mẫu chữ), whose last column gives the size of its own example: the export
 * uses that example size wherever the decree gives a range.
 */

/** Where a value comes from: a provision of the decree, or `convention` (office practice, not law). */
export type Basis = string;

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** A measure the decree bounds: the range allowed, and the value the export writes. */
export interface Bounded {
  readonly range: Range;
  readonly value: number;
  readonly basis: Basis;
}

/** `in hoa` (capitals) or `in thường` (ordinary case, as typed). The export never changes the letters. */
export type LetterCase = 'upper' | 'normal';

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/**
 * Where a part sits. The header and the closing are laid out as Word users lay them out: a borderless
 * table of two columns, `left` and `right`; `page` spans the text width.
 */
export type Column = 'left' | 'right' | 'page';

/** A horizontal rule under a part, as a fraction of the length of the part's line. */
export interface RuleUnder {
  readonly length: Bounded;
  readonly basis: Basis;
}

export interface PartStyle {
  /** Ô số of the position diagram (Phụ lục I, Phần I, mục IV.1). */
  readonly box?: string;
  readonly size: Bounded;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly letterCase: LetterCase;
  readonly align: Alignment;
  readonly column: Column;
  readonly rule?: RuleUnder;
  readonly basis: Basis;
}

export interface BodyStyle {
  readonly size: Bounded;
  readonly align: Alignment;
  /** First-line indent of a paragraph, in centimetres: 1 cm or 1,27 cm. */
  readonly firstLineIndentCm: Bounded;
  /** Space between paragraphs, at least 6 pt (no maximum: the range's max is the export's own cap). */
  readonly paragraphSpacingPt: Bounded;
  /** Line spacing as a multiple of single spacing: single to 1,5 lines. */
  readonly lineSpacing: Bounded;
  readonly basis: Basis;
}

export interface HeadingStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly letterCase: LetterCase;
  readonly basis: Basis;
}

export interface DocumentLayout {
  /** Whose layout: a mass organisation's plan (its format not confirmed) is laid out as the state's. */
  readonly profile: 'state' | 'party' | 'doan';
  readonly paper: { readonly widthMm: number; readonly heightMm: number; readonly orientation: 'portrait'; readonly basis: Basis };
  readonly margins: { readonly top: Bounded; readonly bottom: Bounded; readonly left: Bounded; readonly right: Bounded };
  readonly font: { readonly family: string; readonly color: string; readonly basis: Basis };
  readonly pageNumber: {
    readonly size: Bounded;
    readonly align: Alignment;
    /** Centred in the top margin, Arabic numerals from 1; the first page shows none. */
    readonly place: 'top-margin';
    readonly firstPageShown: boolean;
    readonly basis: Basis;
  };
  /** Share of the text width given to the left column of the header and closing tables. */
  readonly leftColumnShare: { readonly value: number; readonly basis: Basis };
  readonly parts: {
    /** Tên cơ quan, tổ chức chủ quản trực tiếp. */
    readonly superior: PartStyle;
    /** Tên cơ quan, tổ chức ban hành văn bản (with the short rule under it). */
    readonly issuer: PartStyle;
    /** Quốc hiệu (state), the Party title `ĐẢNG CỘNG SẢN VIỆT NAM` or the Đoàn's heading `ĐOÀN TNCS HỒ CHÍ MINH`. */
    readonly nationalTitle: PartStyle;
    /** Tiêu ngữ with the rule under it (state only). */
    readonly motto?: PartStyle;
    readonly number: PartStyle;
    readonly placeDate: PartStyle;
    /** The type name `KẾ HOẠCH`. */
    readonly typeName: PartStyle;
    /** The trích yếu, with the short rule under it. */
    readonly summary: PartStyle;
    readonly recipientsLabel: PartStyle;
    readonly recipients: PartStyle;
    /** TM./KT./Q./TL./TUQ. lines and the signer's title. */
    readonly signingAuthority: PartStyle;
    readonly signerName: PartStyle;
  };
  /** A mark under the issuer instead of a rule (`*` in Party documents, `***` in the Đoàn's). */
  readonly issuerMark?: { readonly text: string; readonly basis: Basis };
  readonly body: BodyStyle;
  readonly headings: {
    /** `I.` mục: number and title in capitals, bold. */
    readonly roman: HeadingStyle;
    /** `1.` khoản with a title: ordinary case, bold. */
    readonly arabic: HeadingStyle;
    /** `a)` điểm: ordinary case, upright, not bold. */
    readonly letter: HeadingStyle;
  };
  /** Empty lines left between the signer's title and name for the signature and seal (ô 7c, 8). */
  readonly signatureSpaceLines: { readonly value: number; readonly basis: Basis };
}

const PL1 = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I';
const SAMPLE = `${PL1}, mục V (cỡ chữ của ví dụ)`;

const bounded = (min: number, max: number, value: number, basis: Basis): Bounded => ({ range: { min, max }, value, basis });

/** A part whose size the decree bounds; the export writes the size of the decree's own example (mục V). */
function part(style: Omit<PartStyle, 'size'> & { readonly sizeRange: readonly [number, number]; readonly sample: number }): PartStyle {
  const { sizeRange, sample, ...rest } = style;
  return { ...rest, size: bounded(sizeRange[0], sizeRange[1], sample, `${rest.basis}; ${SAMPLE}`) };
}

export const STATE_LAYOUT: DocumentLayout = {
  profile: 'state',
  paper: { widthMm: 210, heightMm: 297, orientation: 'portrait', basis: `${PL1}, mục I.1 (khổ A4), mục I.2 (theo chiều dài)` },
  margins: {
    // The decree allows each range; the export takes the smallest margins, the most common setting.
    top: bounded(20, 25, 20, `${PL1}, mục I.3`),
    bottom: bounded(20, 25, 20, `${PL1}, mục I.3`),
    left: bounded(30, 35, 30, `${PL1}, mục I.3`),
    right: bounded(15, 20, 15, `${PL1}, mục I.3`),
  },
  font: { family: 'Times New Roman', color: '000000', basis: `${PL1}, mục I.4 (Times New Roman, Unicode TCVN 6909:2001, màu đen)` },
  pageNumber: {
    size: bounded(13, 14, 14, `${PL1}, mục I.7; ${SAMPLE}, số trang`),
    align: 'center',
    place: 'top-margin',
    firstPageShown: false,
    basis: `${PL1}, mục I.7 (chữ số Ả Rập, từ số 1, canh giữa trong lề trên, không hiển thị số trang thứ nhất)`,
  },
  leftColumnShare: { value: 0.4, basis: 'convention: the decree places ô 2, 3 left and ô 1, 4 right (mục IV) without widths' },
  parts: {
    superior: part({
      box: '2', sizeRange: [12, 13], sample: 12, bold: false, italic: false, letterCase: 'upper', align: 'center', column: 'left',
      basis: `${PL1}, mục II.2.b (chủ quản: in hoa, đứng), II.2.c (ô số 2)`,
    }),
    issuer: part({
      box: '2', sizeRange: [12, 13], sample: 12, bold: true, italic: false, letterCase: 'upper', align: 'center', column: 'left',
      rule: { length: bounded(1 / 3, 1 / 2, 5 / 12, `${PL1}, mục II.2.b`), basis: `${PL1}, mục II.2.b (đường kẻ ngang, nét liền, 1/3 đến 1/2 độ dài dòng chữ, cân đối)` },
      basis: `${PL1}, mục II.2.b (in hoa, đứng, đậm, canh giữa dưới tên cơ quan chủ quản), II.2.c (ô số 2)`,
    }),
    nationalTitle: part({
      box: '1', sizeRange: [12, 13], sample: 12, bold: true, italic: false, letterCase: 'upper', align: 'center', column: 'right',
      basis: `${PL1}, mục II.1.a (in hoa, đứng, đậm, trên cùng bên phải trang đầu), II.1.c (ô số 1)`,
    }),
    motto: part({
      box: '1', sizeRange: [13, 14], sample: 13, bold: true, italic: false, letterCase: 'normal', align: 'center', column: 'right',
      rule: { length: bounded(1, 1, 1, `${PL1}, mục II.1.b`), basis: `${PL1}, mục II.1.b (đường kẻ ngang, nét liền, dài bằng dòng chữ)` },
      basis: `${PL1}, mục II.1.b (in thường, đứng, đậm, canh giữa dưới Quốc hiệu), II.1.c (cách Quốc hiệu dòng đơn)`,
    }),
    number: part({
      box: '3', sizeRange: [13, 13], sample: 13, bold: false, italic: false, letterCase: 'normal', align: 'center', column: 'left',
      basis: `${PL1}, mục II.3.c (“Số” in thường, ký hiệu in hoa, cỡ 13, đứng, canh giữa dưới tên cơ quan ban hành), II.3.d (ô số 3)`,
    }),
    placeDate: part({
      box: '4', sizeRange: [13, 14], sample: 13, bold: false, italic: true, letterCase: 'normal', align: 'center', column: 'right',
      basis: `${PL1}, mục II.4.c (cùng dòng với số, ký hiệu; in thường, nghiêng; canh giữa dưới Quốc hiệu và Tiêu ngữ; ô số 4)`,
    }),
    typeName: part({
      box: '5a', sizeRange: [13, 14], sample: 14, bold: true, italic: false, letterCase: 'upper', align: 'center', column: 'page',
      basis: `${PL1}, mục II.5.b (tên loại: in hoa, đứng, đậm, canh giữa; ô số 5a)`,
    }),
    summary: part({
      box: '5a', sizeRange: [13, 14], sample: 14, bold: true, italic: false, letterCase: 'normal', align: 'center', column: 'page',
      rule: { length: bounded(1 / 3, 1 / 2, 5 / 12, `${PL1}, mục II.5.b`), basis: `${PL1}, mục II.5.b (đường kẻ ngang, nét liền, 1/3 đến 1/2 độ dài dòng chữ, cân đối)` },
      basis: `${PL1}, mục II.5.b (trích yếu: ngay dưới tên loại, in thường, đứng, đậm)`,
    }),
    recipientsLabel: part({
      box: '9b', sizeRange: [12, 12], sample: 12, bold: true, italic: true, letterCase: 'normal', align: 'left', column: 'left',
      basis: `${PL1}, mục II.9.d (“Nơi nhận:” sát lề trái, ngang hàng với quyền hạn, chức vụ người ký; cỡ 12, nghiêng, đậm; ô số 9b)`,
    }),
    recipients: part({
      box: '9b', sizeRange: [11, 11], sample: 11, bold: false, italic: false, letterCase: 'normal', align: 'left', column: 'left',
      basis: `${PL1}, mục II.9.d (mỗi nơi nhận một dòng, gạch đầu dòng sát lề trái; cỡ 11, đứng)`,
    }),
    signingAuthority: part({
      box: '7a', sizeRange: [13, 14], sample: 14, bold: true, italic: false, letterCase: 'upper', align: 'center', column: 'right',
      basis: `${PL1}, mục II.7.b (TM., Q., KT., TL., TUQ.), II.7.đ (in hoa, đứng, đậm; ô số 7a, 7b)`,
    }),
    signerName: part({
      box: '7b', sizeRange: [13, 14], sample: 14, bold: true, italic: false, letterCase: 'normal', align: 'center', column: 'right',
      basis: `${PL1}, mục II.7.đ (họ tên: in thường, đứng, đậm, canh giữa quyền hạn, chức vụ người ký; ô số 7b)`,
    }),
  },
  body: {
    size: bounded(13, 14, 14, `${PL1}, mục II.6.e; ${SAMPLE}, nội dung văn bản`),
    align: 'justify',
    firstLineIndentCm: bounded(1, 1.27, 1.27, `${PL1}, mục II.6.e (lùi vào 1 cm hoặc 1,27 cm)`),
    // No maximum in the decree: 6 pt is its minimum and what the export writes; 12 pt is only the export's cap.
    paragraphSpacingPt: bounded(6, 12, 6, `${PL1}, mục II.6.e (tối thiểu 6 pt)`),
    // Inside the range the decree allows; 1,15 (Word's own default multiple) is a convention.
    lineSpacing: bounded(1, 1.5, 1.15, `${PL1}, mục II.6.e (tối thiểu dòng đơn, tối đa 1,5 lines); 1,15: convention`),
    basis: `${PL1}, mục II.6.e (in thường, canh đều hai lề, đứng), II.6.g (ô số 6)`,
  },
  headings: {
    roman: { bold: true, italic: false, letterCase: 'upper', basis: `${PL1}, mục V.6.b (số thứ tự và tiêu đề của mục: in hoa, đứng, đậm)` },
    arabic: { bold: true, italic: false, letterCase: 'normal', basis: `${PL1}, mục II.6.đ và V.6.b (khoản có tiêu đề: in thường, đứng, đậm)` },
    letter: { bold: false, italic: false, letterCase: 'normal', basis: `${PL1}, mục II.6.đ và V.6.b (điểm: in thường, đứng)` },
  },
  signatureSpaceLines: { value: 4, basis: 'convention: room for the signature and seal (ô 7c, 8); the decree gives no height' },
};

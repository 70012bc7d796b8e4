/**
 * The Party layout (Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng), ONLY where a
 * published text of the guidance could be read: its Mục II, điểm 1.1.2 (the title), điểm 1.2 (the
 * issuer, with the `*` under it in its examples), điểm 1.7.1 (T/M, K/T) and Phụ lục 3 (the table of
 * letter forms and sizes), as quoted by legal sites, and the guidance's own header.
 *
 * Everything else (margins, page numbers, body indent and spacing, Nơi nhận, the sizes of the
 * signature block, the widths of the header columns) could not be confirmed: those values are NOT
 * Party values, they are the state layout's, and `PARTY_UNCONFIRMED` lists them so that no check of a
 * Party file ever relies on them.
 */
import type { Profile } from '../document';
import { DOAN_LAYOUT } from './doan-layout';
import { STATE_LAYOUT, type Bounded, type DocumentLayout, type PartStyle } from './nd30-layout';

const HD36 = 'Hướng dẫn 36-HD/VPTW';
const TABLE = `${HD36}, Phụ lục 3 (mẫu chữ)`;

const size = (min: number, max: number, value: number): Bounded => ({ range: { min, max }, value, basis: TABLE });

function partyPart(base: PartStyle, change: Partial<PartStyle>): PartStyle {
  return { ...base, ...change };
}

const state = STATE_LAYOUT.parts;

export const PARTY_LAYOUT: DocumentLayout = {
  ...STATE_LAYOUT,
  profile: 'party',
  parts: {
    ...state,
    superior: partyPart(state.superior, { size: size(14, 14, 14), basis: `${TABLE}: tên cơ quan cấp trên trực tiếp, in hoa, đứng` }),
    issuer: partyPart(state.issuer, {
      size: size(14, 14, 14), rule: undefined,
      basis: `${TABLE}: tên cơ quan ban hành, in hoa, đứng, đậm; ${HD36}, Mục II, điểm 1.2 (dấu * dưới tên, trong các ví dụ)`,
    }),
    nationalTitle: partyPart(state.nationalTitle, {
      size: size(15, 15, 15),
      rule: { length: { range: { min: 1, max: 1 }, value: 1, basis: `${HD36}, Mục II, điểm 1.1.2` }, basis: `${HD36}, Mục II, điểm 1.1.2 (đường kẻ ngang nét liền, dài bằng tiêu đề)` },
      basis: `${HD36}, Mục II, điểm 1.1.2 (trang đầu, góc phải, dòng đầu); ${TABLE}: in hoa, 15, đứng, đậm`,
    }),
    motto: undefined,
    number: partyPart(state.number, { size: size(14, 14, 14), basis: `${TABLE}: số và ký hiệu, in thường, 14, đứng (“Số 127-QĐ/TW”)` }),
    placeDate: partyPart(state.placeDate, { size: size(14, 14, 14), basis: `${TABLE}: địa danh và ngày, tháng, năm, in thường, 14, nghiêng` }),
    typeName: partyPart(state.typeName, { size: size(15, 16, 15), basis: `${TABLE}: tên loại văn bản, in hoa, 15-16, đứng, đậm` }),
    summary: partyPart(state.summary, { size: size(14, 15, 14), basis: `${TABLE}: trích yếu, in thường, 14-15, đứng, đậm` }),
  },
  issuerMark: { text: '*', basis: `${HD36}, Mục II, điểm 1.2 (ví dụ: dấu * dưới tên cơ quan ban hành) and the guidance's own header` },
  body: { ...STATE_LAYOUT.body, size: size(14, 15, 14), basis: `${TABLE}: nội dung văn bản, in thường, 14-15, đứng` },
};

/** What the Party layout takes from the state layout because no published text of Hướng dẫn 36 confirmed it. */
export const PARTY_UNCONFIRMED: readonly string[] = [
  'margins',
  'pageNumber',
  'leftColumnShare',
  'body.firstLineIndentCm',
  'body.paragraphSpacingPt',
  'body.lineSpacing',
  'headings',
  'parts.recipientsLabel',
  'parts.recipients',
  'parts.signingAuthority',
  'parts.signerName',
  'parts.summary.rule',
  'signatureSpaceLines',
];

/** The layout a plan of the profile is written in; a mass organisation's (format not confirmed) as the state's. */
export function layoutFor(profile: Profile): DocumentLayout {
  return profile === 'party' ? PARTY_LAYOUT : profile === 'doan' ? DOAN_LAYOUT : STATE_LAYOUT;
}

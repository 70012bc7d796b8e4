/**
 * The Đoàn TNCS Hồ Chí Minh's header as its documents lay it out (Hướng dẫn 29-HD/TWĐTN-VP ngày
 * 29/10/2013 and the plans of Trung ương Đoàn; docs/sources/issue-12.md §1): the committee
 * (`BAN CHẤP HÀNH TRUNG ƯƠNG`) top left with `***` under it and the `Số` line below; the heading
 * `ĐOÀN TNCS HỒ CHÍ MINH` top right with the place-date line below. No Quốc hiệu, no Tiêu ngữ.
 *
 * Only that arrangement is the Đoàn's. Its sizes, weights, margins and the rest could not be read in
 * the guidance's text: the export writes the state layout's values for them, and no check of a Đoàn
 * file relies on any of them (word-source.ts, layoutCheckFor).
 */
import { STATE_LAYOUT, type DocumentLayout } from './nd30-layout';

const HD29 = 'Hướng dẫn 29-HD/TWĐTN-VP';
const SEEN = `${HD29} (tiêu đề của nó) và Kế hoạch 225-KH/TWĐTN-CTTN ngày 16/5/2024`;

const state = STATE_LAYOUT.parts;

export const DOAN_LAYOUT: DocumentLayout = {
  ...STATE_LAYOUT,
  profile: 'doan',
  parts: {
    ...state,
    // The committee's name has `***` under it, not a rule.
    issuer: { ...state.issuer, rule: undefined, basis: `${SEEN}: tên cấp bộ đoàn ban hành ở góc trái, dấu *** dưới tên` },
    // The right column's title: the Đoàn's heading, where the state writes the Quốc hiệu.
    nationalTitle: { ...state.nationalTitle, rule: undefined, basis: `${SEEN}: tiêu đề “ĐOÀN TNCS HỒ CHÍ MINH” ở góc phải, dòng đầu` },
    motto: undefined,
  },
  issuerMark: { text: '***', basis: `${SEEN}: “BAN CHẤP HÀNH TRUNG ƯƠNG / *** / Số: …”` },
};

/**
 * Which lines of the issuer block name the superior body (tên cơ quan chủ quản trực tiếp: upright)
 * and which the issuing body itself (bold, with the rule under it): Nghị định 30/2020/NĐ-CP, Phụ lục I,
 * Phần I, mục II.2. A draft only gives the lines, so the split is read from their words: the issuing
 * body begins at the last line that starts with the name of a kind of body (`SỞ`, `PHÒNG`, `BAN`, `ỦY
 * BAN`, `HUYỆN ỦY` …); a line that only continues a name (`TỈNH LẠNG SƠN`) belongs to the line above.
 * When no line starts a body, every line is the issuing body: the decree's main element is bold.
 */
import { foldKey } from '../text/fold';

/** Folded first words of the names of kinds of bodies, state and Party. */
const BODY_STARTS = [
  'uy ban', 'ubnd', 'hoi dong', 'hdnd', 'so ', 'phong ', 'ban ', 'cuc ', 'chi cuc', 'vu ', 'vien ', 'trung tam', 'truong ',
  'van phong', 'thanh tra', 'bo ', 'tong cuc', 'toa an', 'vien kiem sat', 'kho bac', 'cong an', 'bo chi huy', 'ban chi huy',
  'doan ', 'dang uy', 'dang bo', 'dang doan', 'ban can su', 'ban thuong vu', 'ban chap hanh', 'chi bo', 'dai hoi',
  'tinh uy', 'thanh uy', 'huyen uy', 'quan uy', 'thi uy', 'uy ban kiem tra', 'mat tran', 'hoi ', 'lien doan', 'cong ty',
  'benh vien', 'chinh phu', 'quoc hoi', 'thu tuong', 'chu tich', 'ubkt',
];

export function startsBody(line: string): boolean {
  const key = `${foldKey(line)} `;
  return BODY_STARTS.some((start) => key.startsWith(start.endsWith(' ') ? start : `${start} `));
}

export interface IssuerSplit {
  /** Lines of the superior body's name (may be empty). */
  readonly superior: readonly string[];
  /** Lines of the issuing body's name. */
  readonly issuer: readonly string[];
}

export function splitIssuer(lines: readonly string[]): IssuerSplit {
  let start = 0;
  for (let i = lines.length - 1; i > 0; i--) {
    if (startsBody(lines[i])) { start = i; break; }
  }
  return { superior: lines.slice(0, start), issuer: lines.slice(start) };
}

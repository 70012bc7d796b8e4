/**
 * The table of field recognisers: each looks at the cell at `i` (and the cells after it, for a
 * field wrapped over lines) and either takes it for its field or leaves it to the next one.
 */
import { foldKey, isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import { parseNumbering } from '../structure/numbering';
import { fieldOf, type Cell } from './cells';
import { numberCellKind, opensSymbol, readNumberText } from './number';
import { ngayIndex, placeDateForm } from './place-date';
import type { HeaderField } from './types';

/** The header's fields as they are found, in the order of the cells. */
export interface Draft {
  readonly issuer: HeaderField[];
  nationalTitle?: HeaderField;
  motto?: HeaderField;
  partyTitle?: HeaderField;
  doanTitle?: HeaderField;
  number?: HeaderField;
  numberLike?: HeaderField;
  placeDate?: HeaderField;
  /** `Lạng Sơn, ngày 05/6/2014`: kept apart, the place-date line only when no other one is found. */
  numericDate?: HeaderField;
  title?: HeaderField;
}

export interface Scan {
  readonly text: string;
  readonly cells: readonly Cell[];
  readonly titleLine: number;
  readonly draft: Draft;
}

/** A recogniser's answer: how many cells it took, and whether they count as a field of the header. */
export interface Taken {
  readonly cells: number;
  readonly counts: boolean;
}

export type Recogniser = (scan: Scan, i: number) => Taken | undefined;

const field = (cells: number): Taken => ({ cells, counts: true });
const aside: Taken = { cells: 1, counts: false };

/** The `KẾ HOẠCH` line: the last cell read. */
export const readTitle: Recogniser = ({ cells, titleLine, draft }, i) => {
  if (cells[i].line !== titleLine || i !== cells.length - 1) return undefined;
  draft.title = fieldOf([cells[i]]);
  return field(1);
};

/**
 * Where the symbol's groups joined by `/` and `-` end: the place-date line starts no earlier, also when
 * the symbol has spaces in it (`Số: 225 - KH/TWĐTN-CTTN   Hà Nội, …`, `Số: 52 / KH - UBND Lạng Sơn, …`).
 */
function symbolEnd(s: string): number {
  const parts = readNumberText(s)?.parts ?? [];
  let k = 0;
  while (k + 1 < parts.length && /^[/-]$/.test(parts[k + 1].sep.trim())) k++;
  return parts[k]?.end ?? 0;
}

/**
 * `Số: 52/KH-UBND Lạng Sơn, ngày 05 tháng 6 năm 2014`: two columns of a header copied into one
 * line. Splits the cell where the place-date line begins.
 */
export function splitPlaceDate(text: string, cell: Cell): { number: HeaderField; placeDate: HeaderField } | undefined {
  const s = cell.nfc;
  if (s.length > 200) return undefined;
  for (let p = s.indexOf(' ', symbolEnd(s)); p >= 0; p = s.indexOf(' ', p + 1)) {
    if (!/\p{Lu}/u.test(s[p + 1] ?? '') || placeDateForm(s.slice(p + 1)) !== 'words') continue;
    const norm = normalizeSlice(text, cell.start, cell.end);
    const numberText = s.slice(0, p).trimEnd();
    return {
      number: { text: numberText, start: cell.start, end: norm.toOriginal(numberText.length), line: cell.line },
      placeDate: { text: s.slice(p + 1), start: norm.toOriginal(p + 1), end: cell.end, line: cell.line },
    };
  }
  return undefined;
}

/** The `Số` line; a `Số` cell that is no number line yet (`Số: KH-UBND`) is kept as `numberLike`. */
export const readNumber: Recogniser = ({ text, cells, draft }, i) => {
  const cell = cells[i];
  const line = draft.number ? undefined : readNumberText(cell.nfc);
  if (!line) return undefined;
  const rest = cell.nfc.slice(line.restStart);
  const kind = numberCellKind(line, cell.nfc);
  const next = cells[i + 1];
  if (kind === 'symbol') {
    const split = splitPlaceDate(text, cell);
    draft.number = split ? { ...split.number, value: split.number.text.slice(line.restStart) } : fieldOf([cell], rest);
    if (split && !draft.placeDate) draft.placeDate = split.placeDate;
    return field(1);
  }
  if (kind === 'label' && next && opensSymbol(next.nfc)) {
    // `Số:` and its number on separate lines or cells, as PDF copies give them.
    draft.number = fieldOf([cell, next], next.nfc);
    return field(2);
  }
  if (!draft.numberLike && kind !== undefined) draft.numberLike = fieldOf([cell], rest);
  return aside;
};

/**
 * How many cells from `i` (two to four) spell `full` when the Quốc hiệu, Tiêu ngữ or Party
 * title is wrapped over lines (`CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`); 0 when they do not.
 */
function wrappedCells(cells: readonly Cell[], i: number, full: string): number {
  let joined = cells[i].key;
  if (!joined || !full.startsWith(joined + ' ')) return 0;
  for (let n = 2; n <= 4 && i + n - 1 < cells.length; n++) {
    joined = `${joined} ${cells[i + n - 1].key}`;
    if (joined === full || joined.startsWith(full + ' ')) return n;
    if (!full.startsWith(joined + ' ')) return 0;
  }
  return 0;
}

/**
 * A fixed title (Quốc hiệu, Tiêu ngữ, Party title): in one cell, wrapped over up to four, or a short
 * cell that starts like it but is misspelled past its diacritics (`garbled`).
 */
function fixedTitle(slot: 'nationalTitle' | 'motto' | 'partyTitle', full: string, garbled: string, exact: boolean): Recogniser {
  return ({ cells, draft }, i) => {
    if (draft[slot]) return undefined;
    const key = cells[i].key;
    const n = wrappedCells(cells, i, full);
    const whole = exact ? key === full : key.includes(full);
    if (!whole && !n && !(key.startsWith(garbled) && key.length <= 60)) return undefined;
    draft[slot] = fieldOf(cells.slice(i, i + Math.max(1, n)));
    return field(Math.max(1, n));
  };
}

export const readNationalTitle = fixedTitle('nationalTitle', 'cong hoa xa hoi chu nghia viet nam', 'cong hoa ', false);
export const readMotto = fixedTitle('motto', 'doc lap tu do hanh phuc', 'doc lap ', false);
export const readPartyTitle = fixedTitle('partyTitle', 'dang cong san viet nam', 'dang cong san', true);

/**
 * The Đoàn's heading, in one cell or wrapped over two: the abbreviated name that Hướng dẫn
 * 29-HD/TWĐTN-VP writes, or the name in full. Only a cell that is the heading and nothing more: a
 * committee named after the Đoàn (`BCH ĐOÀN TRƯỜNG …`) is the issuer's.
 */
const DOAN_HEADINGS = ['doan tncs ho chi minh', 'doan thanh nien cong san ho chi minh'];

export const readDoanTitle: Recogniser = ({ text, cells, draft }, i) => {
  if (draft.doanTitle) return undefined;
  const key = cells[i].key;
  const n = DOAN_HEADINGS.includes(key) ? 1 : Math.max(...DOAN_HEADINGS.map((full) => wrappedDoan(cells, i, full)));
  if (n > 0) {
    draft.doanTitle = fieldOf(cells.slice(i, i + n));
    return field(n);
  }
  const split = splitDoanHeading(text, cells[i]);
  if (!split) return undefined;
  if (split.left && !draft.number && !draft.title) draft.issuer.push(split.left);
  draft.doanTitle = split.heading;
  return field(1);
};

/** A run of two or more spaces: where a web page's two header columns meet on one line. */
const COLUMN_GAP = /[ \t\u00a0]{2,}/g;

/**
 * `BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH`: the two columns copied into one line. The
 * heading after the last wide gap; the committee before it, kept as an issuer line when in capitals.
 */
function splitDoanHeading(text: string, cell: Cell): { left?: HeaderField; heading: HeaderField } | undefined {
  const s = cell.nfc;
  if (s.length > 200) return undefined;
  let at = -1;
  for (const gap of s.matchAll(COLUMN_GAP)) at = gap.index + gap[0].length;
  if (at < 0 || !DOAN_HEADINGS.includes(foldKey(s.slice(at)))) return undefined;
  const norm = normalizeSlice(text, cell.start, cell.end);
  const leftText = s.slice(0, at).trimEnd();
  const heading = { text: s.slice(at), start: norm.toOriginal(at), end: cell.end, line: cell.line };
  const isIssuer = leftText !== '' && isUpperCaseText(leftText) && !parseNumbering(leftText);
  return { heading, left: isIssuer ? { text: leftText, start: cell.start, end: norm.toOriginal(leftText.length), line: cell.line } : undefined };
}

/** Two or three cells from `i` that spell the heading exactly; 0 when they do not. */
function wrappedDoan(cells: readonly Cell[], i: number, full: string): number {
  const n = wrappedCells(cells, i, full);
  if (n === 0) return 0;
  const joined = cells.slice(i, i + n).map((c) => c.key).join(' ');
  return joined === full ? n : 0;
}

/** `Lạng Sơn, ngày 05 tháng 6 năm 2014`; `Quảng Nam,` / `ngày 13 tháng 7 năm 2023` with the place wrapped above. */
export const readPlaceDate: Recogniser = ({ cells, draft }, i) => {
  const cell = cells[i];
  if (draft.placeDate || placeDateForm(cell.nfc) !== 'words') return undefined;
  const prev = cells[i - 1];
  const placeAbove = prev && prev.nfc.endsWith(',') && prev.nfc.length <= 60 && !isUpperCaseText(prev.nfc) && ngayIndex(cell.nfc) === 0;
  draft.placeDate = fieldOf(placeAbove ? [prev, cell] : [cell]);
  return field(1);
};

/** How many cells from `i` (two or three) make up a wrapped place-date line; 0 when they do not. */
function wrappedDate(cells: readonly Cell[], i: number): number {
  if (ngayIndex(cells[i].nfc) < 0) return 0;
  let joined = cells[i].nfc;
  for (let n = 2; n <= 3 && i + n - 1 < cells.length; n++) {
    joined = `${joined} ${cells[i + n - 1].nfc}`;
    if (placeDateForm(joined) === 'words') return n;
  }
  return 0;
}

/** `Quảng Nam, ngày` / `13 tháng 7 năm 2023`, as PDF copies wrap it. */
export const readWrappedPlaceDate: Recogniser = ({ cells, draft }, i) => {
  const n = draft.placeDate ? 0 : wrappedDate(cells, i);
  if (!n) return undefined;
  draft.placeDate = fieldOf(cells.slice(i, i + n));
  return field(n);
};

/** `Lạng Sơn, ngày 05/6/2014`: a place-date line written the wrong way, still the plan's date line. */
export const readNumericDate: Recogniser = ({ cells, draft }, i) => {
  if (draft.placeDate || draft.numericDate || placeDateForm(cells[i].nfc) !== 'numeric') return undefined;
  draft.numericDate = fieldOf([cells[i]]);
  return aside;
};

/** The issuing body (and its superior) in capitals above the number; a numbered line (`I. MỤC ĐÍCH`) is the body's. */
export const readIssuer: Recogniser = ({ cells, draft }, i) => {
  const nfc = cells[i].nfc;
  if (draft.number || draft.title || !isUpperCaseText(nfc) || nfc.length > 120 || parseNumbering(nfc)) return undefined;
  draft.issuer.push(fieldOf([cells[i]]));
  return field(1);
};

/** In the order the reader tries them: the first that takes a cell wins it. */
export const RECOGNISERS: readonly Recogniser[] = [
  readTitle, readNumber, readNationalTitle, readMotto, readPartyTitle, readDoanTitle,
  readPlaceDate, readWrappedPlaceDate, readNumericDate, readIssuer,
];

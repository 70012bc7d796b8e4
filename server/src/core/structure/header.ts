import type { TextLine } from '../text/lines';
import { cellsOf, isDecoration, type CleanText } from '../text/clean';
import { foldKey, isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import type { MarkdownLineInfo } from './markdown';
import { parseNumbering } from './numbering';

/** One field of the header: its NFC text for reading, and its range in the original. */
export interface HeaderField {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** For the `Số` field: what follows `Số`/`Số:` (`52/KH-UBND`, `     /KH-UBND`). */
  readonly value?: string;
}

export interface PlanHeader {
  /** Issuing body lines (and its superior), top left. */
  readonly issuer: readonly HeaderField[];
  readonly nationalTitle?: HeaderField;
  readonly motto?: HeaderField;
  readonly partyTitle?: HeaderField;
  readonly number?: HeaderField;
  readonly placeDate?: HeaderField;
  /** The `KẾ HOẠCH` line. */
  readonly title?: HeaderField;
  /** The trích yếu under the title. */
  readonly summary?: HeaderField;
  /** A `Số` line that could not be read as a number and symbol (`Số: KH-UBND`, `Số:` alone). */
  readonly numberLike?: HeaderField;
  /** `(Ban hành kèm theo Quyết định số …)` under the title: the plan's number and date are its parent's. */
  readonly attachedTo?: HeaderField;
  /** First line after the header. */
  readonly endLine: number;
}

/** A plan's header lies in its first lines; a long pasted preamble of web-page chrome is allowed for. */
const HEADER_SCAN_LINES = 80;

interface Cell extends CleanText {
  readonly line: number;
  readonly nfc: string;
}

function fieldOf(cells: readonly Cell[], value?: string): HeaderField {
  const first = cells[0];
  const last = cells[cells.length - 1];
  return { text: cells.map((c) => c.nfc).join(' '), start: first.start, end: last.end, line: first.line, value };
}

const NUMBER_LINE = /^Số(?!\p{L})\s*[:：.]?\s*/iu;
const SYMBOL_START = /^[\d\s.…_]*[/-]\s*\S/u;
/** What follows `Số:` in a line meant as the number line, even a malformed one (`KH-UBND`, `52 KH`). */
const NUMBER_LIKE_REST = /^[\d\p{Lu}]/u;

/**
 * `Số: 52/KH-UBND Lạng Sơn, ngày 05 tháng 6 năm 2014`: two columns of a header copied into one
 * line. Splits the cell where the place-date line begins.
 */
function splitPlaceDate(text: string, cell: Cell): { number: HeaderField; placeDate: HeaderField } | undefined {
  const s = cell.nfc;
  if (s.length > 200) return undefined;
  for (let p = s.indexOf(' '); p >= 0; p = s.indexOf(' ', p + 1)) {
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

const NATIONAL_TITLE_KEY = 'cong hoa xa hoi chu nghia viet nam';
const MOTTO_KEY = 'doc lap tu do hanh phuc';
const PARTY_TITLE_KEY = 'dang cong san viet nam';

/**
 * How many cells from `i` (two to four) spell `full` when the Quốc hiệu, Tiêu ngữ or Party
 * title is wrapped over lines (`CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`); 0 when they do not.
 */
function wrappedCells(cells: readonly Cell[], i: number, full: string): number {
  let joined = foldKey(cells[i].nfc);
  if (!joined || !full.startsWith(joined + ' ')) return 0;
  for (let n = 2; n <= 4 && i + n - 1 < cells.length; n++) {
    joined = `${joined} ${foldKey(cells[i + n - 1].nfc)}`;
    if (joined === full || joined.startsWith(full + ' ')) return n;
    if (!full.startsWith(joined + ' ')) return 0;
  }
  return 0;
}

/** How many cells from `i` (two or three) make up a wrapped place-date line; 0 when they do not. */
function wrappedDate(cells: readonly Cell[], i: number): number {
  if (wordIndex(plainLetters(cells[i].nfc).toLowerCase(), 'ngay', 0) < 0) return 0;
  let joined = cells[i].nfc;
  for (let n = 2; n <= 3 && i + n - 1 < cells.length; n++) {
    joined = `${joined} ${cells[i + n - 1].nfc}`;
    if (placeDateForm(joined) === 'words') return n;
  }
  return 0;
}

/** A short cell that starts like the Quốc hiệu, Tiêu ngữ or Party title but is misspelled past its diacritics. */
function isGarbled(key: string, start: string): boolean {
  return key.startsWith(start) && key.length <= 60;
}

export function isTitleKey(key: string): boolean {
  return key === 'ke hoach';
}

export function readHeader(text: string, lines: readonly TextLine[], info: MarkdownLineInfo): PlanHeader {
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  const cells: Cell[] = [];
  let titleLine = -1;
  for (let i = 0; i < limit; i++) {
    if (info.opaque.has(i)) continue;
    const line = lines[i];
    let previousOnLine: Cell | undefined;
    for (const c of cellsOf(line.text, line.start)) {
      if (isDecoration(c.text)) continue;
      const cell: Cell = { ...c, line: i, nfc: normalizeSlice(text, c.start, c.end).text };
      const key = foldKey(cell.nfc);
      // `| Loại văn bản | Kế hoạch |` or `Loại văn bản:` / `Kế hoạch`: a web page's table of
      // properties names the type after a label; the title stands alone or beside upper-case cells.
      const previous = cells[cells.length - 1];
      const afterLabel = (previousOnLine !== undefined && !isUpperCaseText(previousOnLine.nfc))
        || (previous !== undefined && previous.nfc.endsWith(':') && !isUpperCaseText(previous.nfc));
      if (!afterLabel && (isTitleKey(key) || (key.startsWith('ke hoach ') && isUpperCaseText(cell.nfc) && !NUMBER_LINE.test(cell.nfc)))) {
        titleLine = i;
        cells.push(cell);
        break;
      }
      cells.push(cell);
      previousOnLine = cell;
    }
    if (titleLine >= 0) break;
  }

  let number: HeaderField | undefined;
  let nationalTitle: HeaderField | undefined;
  let motto: HeaderField | undefined;
  let partyTitle: HeaderField | undefined;
  let placeDate: HeaderField | undefined;
  let title: HeaderField | undefined;
  let numberLike: HeaderField | undefined;
  let numericDate: HeaderField | undefined;
  const issuer: HeaderField[] = [];
  let lastFieldLine = -1;

  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const key = foldKey(cell.nfc);
    const numberMatch = NUMBER_LINE.exec(cell.nfc);
    if (cell.line === titleLine && i === cells.length - 1) {
      title = fieldOf([cell]);
    } else if (!number && numberMatch) {
      const rest = cell.nfc.slice(numberMatch[0].length);
      const next = cells[i + 1];
      if (rest && SYMBOL_START.test(rest)) {
        const split = splitPlaceDate(text, cell);
        number = split ? { ...split.number, value: split.number.text.slice(numberMatch[0].length) } : fieldOf([cell], rest);
        if (split && !placeDate) placeDate = split.placeDate;
      } else if (!rest && next && SYMBOL_START.test(next.nfc)) {
        // `Số:` and its number on separate lines or cells, as PDF copies give them.
        number = fieldOf([cell, next], next.nfc);
        i++;
      } else {
        if (!numberLike && (rest ? NUMBER_LIKE_REST.test(rest) : true)) numberLike = fieldOf([cell], rest);
        continue;
      }
    } else if (!nationalTitle && (key.includes(NATIONAL_TITLE_KEY) || wrappedCells(cells, i, NATIONAL_TITLE_KEY) || isGarbled(key, 'cong hoa '))) {
      const n = wrappedCells(cells, i, NATIONAL_TITLE_KEY);
      nationalTitle = fieldOf(cells.slice(i, i + Math.max(1, n)));
      i += Math.max(0, n - 1);
    } else if (!motto && (key.includes(MOTTO_KEY) || wrappedCells(cells, i, MOTTO_KEY) || isGarbled(key, 'doc lap '))) {
      const n = wrappedCells(cells, i, MOTTO_KEY);
      motto = fieldOf(cells.slice(i, i + Math.max(1, n)));
      i += Math.max(0, n - 1);
    } else if (!partyTitle && (key === PARTY_TITLE_KEY || wrappedCells(cells, i, PARTY_TITLE_KEY) || isGarbled(key, 'dang cong san'))) {
      const n = wrappedCells(cells, i, PARTY_TITLE_KEY);
      partyTitle = fieldOf(cells.slice(i, i + Math.max(1, n)));
      i += Math.max(0, n - 1);
    } else if (!placeDate && placeDateForm(cell.nfc) === 'words') {
      // `Quảng Nam,` / `ngày 13 tháng 7 năm 2023`: the place wrapped onto the line above.
      const prev = cells[i - 1];
      const placeAbove = prev && prev.nfc.endsWith(',') && prev.nfc.length <= 60 && !isUpperCaseText(prev.nfc)
        && wordIndex(plainLetters(cell.nfc).toLowerCase(), 'ngay', 0) === 0;
      placeDate = fieldOf(placeAbove ? [prev, cell] : [cell]);
    } else if (!placeDate && wrappedDate(cells, i)) {
      // `Quảng Nam, ngày` / `13 tháng 7 năm 2023`, as PDF copies wrap it.
      const n = wrappedDate(cells, i);
      placeDate = fieldOf(cells.slice(i, i + n));
      i += n - 1;
    } else if (!placeDate && !numericDate && placeDateForm(cell.nfc) === 'numeric') {
      numericDate = fieldOf([cell]);
      continue;
    } else if (!number && !title && isUpperCaseText(cell.nfc) && cell.nfc.length <= 120 && !parseNumbering(cell.nfc)) {
      // A numbered line (`I. MỤC ĐÍCH, YÊU CẦU`) is a section of the body, never the issuing body.
      issuer.push(fieldOf([cell]));
    } else continue;
    lastFieldLine = Math.max(lastFieldLine, cell.line);
  }

  // `Lạng Sơn, ngày 05/6/2014`: a place-date line written the wrong way, still the plan's date line.
  if (!placeDate && numericDate) {
    placeDate = numericDate;
    lastFieldLine = Math.max(lastFieldLine, numericDate.line);
  }
  if (number) numberLike = undefined;
  let summary: HeaderField | undefined;
  let attachedTo: HeaderField | undefined;
  let endLine = lastFieldLine + 1;
  if (title) {
    endLine = title.line + 1;
    const found = readSummary(text, lines, info, title.line + 1);
    if (found) {
      summary = found.field;
      endLine = found.endLine;
    }
    attachedTo = readAttachment(text, lines, info, title.line + 1, endLine + 4);
  }
  return { issuer, nationalTitle, motto, partyTitle, number, placeDate, title, summary, numberLike, attachedTo, endLine };
}

const MARKS = /[\u0300-\u036f]/g;
const WEEKDAY_PREFIX = /^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b/;

/** Letters without diacritics, case kept, one for one with the NFC text (đ → d). */
export function plainLetters(nfc: string): string {
  return nfc.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Index of `word` as a whole word in `s` at or after `from`, or -1. */
export function wordIndex(s: string, word: string, from: number): number {
  for (let i = s.indexOf(word, from); i >= 0; i = s.indexOf(word, i + 1)) {
    const before = i === 0 ? '' : s[i - 1];
    const after = s[i + word.length] ?? '';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return i;
  }
  return -1;
}

/**
 * Whether a header cell is the place-date line: `Lạng Sơn, ngày 05 tháng 6 năm 2014` (`words`),
 * also without its comma, or `Lạng Sơn, ngày 05/6/2014` (`numeric`, a malformed one). A web page's
 * own date (`Chủ nhật, ngày 27/10/2024`) is not.
 */
export function placeDateForm(nfc: string): 'words' | 'numeric' | undefined {
  if (nfc.length > 200) return undefined;
  const plain = plainLetters(nfc);
  const lower = plain.toLowerCase();
  const day = wordIndex(lower, 'ngay', 0);
  if (day < 0) return undefined;
  const prefix = plain.slice(0, day).trim();
  const afterComma = prefix === '' || prefix.endsWith(',');
  const place = prefix.replace(/,$/, '').trim();
  // Without its comma, a place reads as one only when short and capitalized (`Lạng Sơn ngày …`,
  // `Thành phố Hồ Chí Minh ngày …`), unlike a sentence (`Các đơn vị nộp trước ngày …`).
  const placeWords = place.split(/\s+/);
  const placeLike = afterComma || (/^\p{Lu}/u.test(place) && /^\p{Lu}/u.test(placeWords[placeWords.length - 1])
    && !/[\d:;()]/.test(place) && placeWords.length <= 6);
  if (!placeLike || WEEKDAY_PREFIX.test(place.toLowerCase())) return undefined;
  const month = wordIndex(lower, 'thang', day + 4);
  const year = month < 0 ? -1 : wordIndex(lower, 'nam', month + 5);
  if (year >= 0) {
    // Without the comma, only a line that ends with the year reads as the date line.
    return afterComma || /^[\s\d.…_]*[.*]?$/.test(lower.slice(year + 3)) ? 'words' : undefined;
  }
  const rest = lower.slice(day + 4);
  if (afterComma && place !== '' && /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*[.*]?$/.test(rest)) return 'numeric';
  return undefined;
}

/** `(Ban hành kèm theo Quyết định số … )`: a plan issued with a decision carries no number of its own. */
function readAttachment(text: string, lines: readonly TextLine[], info: MarkdownLineInfo, from: number, to: number): HeaderField | undefined {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    if (info.opaque.has(i)) continue;
    for (const c of cellsOf(lines[i].text, lines[i].start)) {
      const nfc = normalizeSlice(text, c.start, c.end).text;
      const key = foldKey(nfc);
      if (/^(?:ban hanh )?kem theo\b/.test(key) && /^[(\[]/.test(nfc)) return { text: nfc, start: c.start, end: c.end, line: i };
    }
  }
  return undefined;
}

/**
 * Whether the text shows a plan header at all. An article, a report or a fragment with none
 * (no title, no Quốc hiệu or Party title, no `Số` line) gets no header findings.
 */
export function hasPlanHeader(header: PlanHeader): boolean {
  return Boolean(header.title || header.nationalTitle || header.motto || header.partyTitle || header.number || header.numberLike);
}

const SUMMARY_MAX_LINES = 6;

function readsLikeSummary(text: string): boolean {
  const trimmed = text.trim();
  return !/[.:;,…]$/.test(trimmed) && !foldKey(trimmed).includes('nhu sau') && trimmed.split(/\s+/).length <= 60;
}

/** The trích yếu: the first paragraph after the title, unless the body already starts there. */
function readSummary(text: string, lines: readonly TextLine[], info: MarkdownLineInfo, from: number) {
  let i = from;
  while (i < lines.length && (info.opaque.has(i) || isDecoration(lines[i].text))) i++;
  const parts: Cell[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (info.opaque.has(i)) break;
    const [cell] = cellsOf(line.text, line.start);
    if (!cell || isDecoration(cell.text)) break;
    const nfc = normalizeSlice(text, cell.start, cell.end).text;
    const numbered = /^(?:[IVX]+|\d+)\s*[.\-–)]/u.test(nfc);
    if (parts.length === 0 && numbered) return undefined;
    // Pasted text without blank lines: the trích yếu ends where the body visibly begins; a line of
    // digits only (`2020` of `MÙA KHÔ NĂM 2019 -` / `2020`) still belongs to a trích yếu in capitals.
    if (parts.length > 0 && (numbered || /^(?:can cu|thuc hien|tren co so)\b/.test(foldKey(nfc))
      || (parts.every((p) => isUpperCaseText(p.nfc)) && !isUpperCaseText(nfc) && /\p{L}/u.test(nfc)) || parts.length >= SUMMARY_MAX_LINES)) break;
    parts.push({ ...cell, line: i, nfc });
  }
  if (parts.length === 0) return undefined;
  const field = fieldOf(parts);
  // `Thực hiện Kết luận số 65-KL/TW …` is a trích yếu when it reads like one: short, no closing
  // punctuation, or written in capitals however long (`THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP … TỈNH ĐỒNG
  // THÁP`); the body's own `Căn cứ …;` and `Thực hiện …, như sau:` paragraphs are not.
  if (/^(can cu|thuc hien)\b/.test(foldKey(field.text)) && !isUpperCaseText(field.text) && !readsLikeSummary(field.text)) return undefined;
  return { field, endLine: i };
}

/** The first header field in the text: where a finding about the header as a whole is shown. */
export function headerAnchor(header: PlanHeader): HeaderField | undefined {
  const fields = [...header.issuer, header.nationalTitle, header.motto, header.partyTitle, header.number, header.numberLike, header.placeDate, header.title]
    .filter((f): f is HeaderField => f !== undefined);
  return fields.reduce<HeaderField | undefined>((first, f) => (!first || f.start < first.start ? f : first), undefined);
}

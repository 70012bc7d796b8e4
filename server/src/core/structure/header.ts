import type { TextLine } from '../text/lines';
import { cellsOf, isDecoration, type CleanText } from '../text/clean';
import { foldKey, foldLoose, isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import type { MarkdownLineInfo } from './markdown';

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

const NUMBER_LINE = /^Số(?!\p{L})\s*[:：.]?\s*/u;
const SYMBOL_START = /^[\d\s.…_]*[/-]\s*\S/u;

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
    for (const c of cellsOf(line.text, line.start)) {
      if (isDecoration(c.text)) continue;
      const cell: Cell = { ...c, line: i, nfc: normalizeSlice(text, c.start, c.end).text };
      const key = foldKey(cell.nfc);
      if (isTitleKey(key) || (key.startsWith('ke hoach ') && isUpperCaseText(cell.nfc) && !NUMBER_LINE.test(cell.nfc))) {
        titleLine = i;
        cells.push(cell);
        break;
      }
      cells.push(cell);
    }
    if (titleLine >= 0) break;
  }

  let number: HeaderField | undefined;
  let nationalTitle: HeaderField | undefined;
  let motto: HeaderField | undefined;
  let partyTitle: HeaderField | undefined;
  let placeDate: HeaderField | undefined;
  let title: HeaderField | undefined;
  const issuer: HeaderField[] = [];
  let lastFieldLine = -1;

  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const key = foldKey(cell.nfc);
    const loose = foldLoose(cell.nfc);
    const numberMatch = NUMBER_LINE.exec(cell.nfc);
    if (cell.line === titleLine && i === cells.length - 1) {
      title = fieldOf([cell]);
    } else if (!number && numberMatch) {
      const rest = cell.nfc.slice(numberMatch[0].length);
      const next = cells[i + 1];
      if (rest && SYMBOL_START.test(rest)) {
        number = fieldOf([cell], rest);
      } else if (!rest && next && SYMBOL_START.test(next.nfc)) {
        // `Số:` and its number on separate lines or cells, as PDF copies give them.
        number = fieldOf([cell, next], next.nfc);
        i++;
      } else continue;
    } else if (!nationalTitle && key.includes('cong hoa xa hoi chu nghia viet nam')) {
      nationalTitle = fieldOf([cell]);
    } else if (!motto && key.includes('doc lap tu do hanh phuc')) {
      motto = fieldOf([cell]);
    } else if (!partyTitle && key === 'dang cong san viet nam') {
      partyTitle = fieldOf([cell]);
    } else if (!placeDate && loose.length <= 200 && /(?:^|,\s?)ngay\b.*\bthang\b.*\bnam\b/.test(loose)) {
      placeDate = fieldOf([cell]);
    } else if (!number && !title && isUpperCaseText(cell.nfc) && cell.nfc.length <= 120) {
      issuer.push(fieldOf([cell]));
    } else continue;
    lastFieldLine = Math.max(lastFieldLine, cell.line);
  }

  let summary: HeaderField | undefined;
  let endLine = lastFieldLine + 1;
  if (title) {
    endLine = title.line + 1;
    const found = readSummary(text, lines, info, title.line + 1);
    if (found) {
      summary = found.field;
      endLine = found.endLine;
    }
  }
  return { issuer, nationalTitle, motto, partyTitle, number, placeDate, title, summary, endLine };
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
    const key = foldKey(nfc);
    if (parts.length === 0 && (/^(can cu|thuc hien)\b/.test(key) || /^(?:[IVX]+|\d+)\s*[.\-–)]/u.test(nfc))) return undefined;
    parts.push({ ...cell, line: i, nfc });
  }
  if (parts.length === 0) return undefined;
  return { field: fieldOf(parts), endLine: i };
}

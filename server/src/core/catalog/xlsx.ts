/**
 * A user catalog as the register itself (sổ đăng ký văn bản đi/đến) kept in Excel: the first sheet of
 * an .xlsx file, read like the CSV export (same header names, one problem per bad row, the row number
 * Excel shows as its line). The package is unzipped with fflate and its XML read with saxes, the two
 * libraries that already read .docx: no new dependency, and the same guards (declared part sizes
 * checked before anything is unpacked; no DOCTYPE entity expanded, nothing fetched).
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { fromDayNumber, dayNumber } from '../dates/calendar';
import { catalogFromRecords, type CsvRecord } from './csv';
import type { LoadedCatalog } from './types';

const MAX_PART_BYTES = 32 * 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** A register export is a few thousand rows; past this the sheet is not a register. */
const MAX_ROWS = 1_000_000;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

class XlsxError extends Error {}

/** The parts read, each no larger than it may be; the zip's own declared sizes decide before unpacking. */
function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError('not a zip package');
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== WORKBOOK && f.name !== WORKBOOK_RELS && f.name !== SHARED_STRINGS && !isSheet(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) throw new XlsxError('too large');
        return true;
      },
    });
  } catch (e) {
    throw e instanceof XlsxError ? e : new XlsxError('broken zip');
  }
}

/** Local element names (prefixes dropped), attributes and text, in document order. */
function walkXml(xml: string, open: (name: string, attributes: Record<string, string>) => void, close: (name: string) => void, text: (t: string) => void): void {
  const parser = new SaxesParser();
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => close(local(tag.name)));
  parser.on('text', text);
  parser.on('cdata', text);
  try {
    parser.write(xml).close();
  } catch {
    throw new XlsxError('broken XML');
  }
}

const decode = (data: Uint8Array | undefined) => (data ? new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '') : undefined);

/** The shared strings: each `<si>`'s text runs joined, its phonetic guides (`<rPh>`) left out. */
function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  walkXml(xml, (name) => {
    if (name === 'si') current = [];
    else if (name === 'rPh') phonetic++;
    else if (name === 't') inText = phonetic === 0;
  }, (name) => {
    if (name === 'si') strings.push(current?.join('') ?? '');
    else if (name === 'rPh') phonetic--;
    else if (name === 't') inText = false;
  }, (t) => {
    if (inText && current) current.push(t);
  });
  return strings;
}

/** The part of the workbook's first sheet: `<sheet r:id>` in the workbook, its target in the relationships. */
function firstSheetPart(parts: Record<string, Uint8Array>): string {
  let firstId: string | undefined;
  walkXml(decode(parts[WORKBOOK]) ?? '', (name, attributes) => {
    if (name === 'sheet' && firstId === undefined) firstId = Object.entries(attributes).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
  }, () => {}, () => {});
  let target: string | undefined;
  walkXml(decode(parts[WORKBOOK_RELS]) ?? '', (name, attributes) => {
    if (name === 'Relationship' && attributes.Id === firstId) target = attributes.Target;
  }, () => {}, () => {});
  const part = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  if (!parts[part]) throw new XlsxError('no worksheet');
  return part;
}

/** `C12` → 2 (0-based column). */
function columnOf(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface RowState { cells: string[]; line: number; column: number; type: string; value: string[]; inValue: boolean }

/** The sheet's rows as records: each cell's text (a shared string looked up), the row number as its line. */
function sheetRecords(xml: string, strings: readonly string[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const s: RowState = { cells: [], line: 0, column: 0, type: '', value: [], inValue: false };
  walkXml(xml, (name, a) => {
    if (name === 'row') {
      s.line = Number(a.r) || s.line + 1;
      s.cells = [];
    } else if (name === 'c') {
      s.column = columnOf(a.r, s.cells.length);
      s.type = a.t ?? 'n';
      s.value = [];
    } else if (name === 'v' || name === 't') s.inValue = true;
  }, (name) => {
    if (name === 'v' || name === 't') s.inValue = false;
    else if (name === 'c') {
      const raw = s.value.join('');
      s.cells[s.column] = s.type === 's' ? strings[Number(raw)] ?? '' : raw;
    } else if (name === 'row') {
      if (records.length >= MAX_ROWS) throw new XlsxError('too many rows');
      records.push({ cells: Array.from(s.cells, (c) => c ?? ''), line: s.line });
    }
  }, (t) => {
    if (s.inValue) s.value.push(t);
  });
  return records;
}

/** Excel's day 0 is 30/12/1899 (its day 60, 29/02/1900, never was: the count is right from 1/3/1900 on). */
const EXCEL_EPOCH = dayNumber(1899, 12, 30);

/** A date cell: Excel stores a day as its serial number (`44562` → `01/01/2022`); text is kept as written. */
export function excelDate(cell: string): string {
  if (!/^\d{2,7}(?:\.\d+)?$/.test(cell)) return cell;
  const serial = Math.floor(Number(cell));
  if (serial < 61 || serial > 2958465) return cell;
  const d = fromDayNumber(EXCEL_EPOCH + serial);
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** The first sheet of an .xlsx register as a catalog; a file that is not one is one problem, never a throw. */
export function parseXlsxCatalog(bytes: Uint8Array, file: string): LoadedCatalog {
  try {
    const parts = unzipParts(bytes);
    const records = sheetRecords(decode(parts[firstSheetPart(parts)])!, sharedStrings(decode(parts[SHARED_STRINGS])));
    return catalogFromRecords(records, file, excelDate);
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    return { entries: [], problems: [{ file, line: 0, code: 'xlsx-unreadable', data: { detail: e.message } }] };
  }
}

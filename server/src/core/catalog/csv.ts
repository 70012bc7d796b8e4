/**
 * A user catalog as an office keeps its sổ đăng ký văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục IV)
 * exported to CSV: columns such as `Số, ký hiệu văn bản`, `Ngày tháng văn bản`, `Tên loại và
 * trích yếu nội dung văn bản`, `Tác giả` / `Cơ quan ban hành`. RFC 4180 quoting, a BOM, `;`, `,`
 * or tab between cells, dd/mm/yyyy dates. A bad row is reported with its line and skipped.
 */
import { foldKey } from '../text/fold';
import { entryReading, makeEntry, statusFromText, type EntryReading, type RawEntry } from './entry';
import { splitTypeAndSummary } from './symbols';
import type { CatalogEntry, CatalogProblem, LoadedCatalog } from './types';

export interface CsvRecord {
  readonly cells: readonly string[];
  /** 1-based line where the record starts. */
  readonly line: number;
}

/** 1 when a file's text opens with a byte order mark. */
const bomLength = (text: string, whole: boolean) => (whole && text.charCodeAt(0) === 0xfeff ? 1 : 0);

/**
 * Each RFC 4180 record as it is read; `unterminated` is the line of a quote that never closes (its record
 * and the rest are lost). `whole`: the text is a file's, whose byte order mark is skipped (not one record's).
 */
export function eachCsvRecord(text: string, separator: string, onRecord: (record: CsvRecord) => void, whole = true): { unterminated?: number } {
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = bomLength(text, whole);
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '') {
      const quoteLine = line;
      let j = i + 1;
      let closed = false;
      const parts: string[] = [];
      let from = j;
      while (j < text.length) {
        const c = text[j];
        if (c === '"') {
          if (text[j + 1] === '"') { parts.push(text.slice(from, j + 1)); j += 2; from = j; continue; }
          closed = true;
          break;
        }
        if (c === '\n') line++;
        j++;
      }
      // The record the quote opened is incomplete: it and everything after are left out.
      if (!closed) return { unterminated: quoteLine };
      parts.push(text.slice(from, j));
      cell = parts.join('');
      i = j + 1;
      continue;
    }
    if (ch === separator) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      cells.push(cell);
      onRecord({ cells, line: recordLine });
      cells = [];
      cell = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    // An unquoted cell runs to the next separator or line end: one slice, not a string grown a character at a time.
    let j = i + 1;
    while (j < text.length && text[j] !== separator && text[j] !== '\n' && text[j] !== '\r') j++;
    cell += text.slice(i, j);
    i = j;
  }
  if (cell !== '' || cells.length > 0) onRecord({ cells: [...cells, cell], line: recordLine });
  return {};
}

/** RFC 4180 records; `unterminated` is the line of a quote that never closes (its record and the rest are lost). */
export function parseCsv(text: string, separator: string): { records: CsvRecord[]; unterminated?: number } {
  const records: CsvRecord[] = [];
  const { unterminated } = eachCsvRecord(text, separator, (record) => records.push(record));
  return unterminated === undefined ? { records } : { records, unterminated };
}

export type Column = 'symbol' | 'date' | 'typeSummary' | 'type' | 'summary' | 'issuer' | 'status' | 'note' | 'source' | 'scope';

const EXACT: Readonly<Record<string, Column>> = {
  'so hieu': 'symbol', symbol: 'symbol',
  'ngay ban hanh': 'date', 'ngay van ban': 'date', 'ngay ky': 'date', ngay: 'date', date: 'date',
  'ten loai': 'type', 'loai van ban': 'type', loai: 'type', 'the loai': 'type', type: 'type',
  'noi dung': 'summary', summary: 'summary',
  'co quan ban hanh': 'issuer', 'tac gia': 'issuer', 'noi ban hanh': 'issuer', 'co quan': 'issuer', 'don vi ban hanh': 'issuer', issuer: 'issuer',
  'tinh trang': 'status', 'hieu luc': 'status', 'tinh trang hieu luc': 'status', status: 'status',
  'ghi chu': 'note',
  nguon: 'source', 'duong dan': 'source', 'lien ket': 'source', url: 'source', link: 'source', sources: 'source', source: 'source',
  'pham vi': 'scope', scope: 'scope',
};

export function columnOf(header: string): Column | undefined {
  const key = foldKey(header);
  if (EXACT[key]) return EXACT[key];
  if (key.includes('ky hieu')) return 'symbol';
  if (key.startsWith('ngay thang')) return 'date';
  if (key.includes('ten loai') && key.includes('trich yeu')) return 'typeSummary';
  if (key.includes('trich yeu')) return 'summary';
  if (key.startsWith('co quan ban hanh')) return 'issuer';
  return undefined;
}

/** Cells outside quotes, for choosing the separator from the header line. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

const SEPARATORS = [';', ',', '\t'];
export const HEADER_ROWS = 20;

export function separatorOf(text: string): string | undefined {
  const lines = text.split(/\r\n|\n|\r/, HEADER_ROWS);
  const header = lines.find((l) => foldKey(l).includes('ky hieu') || foldKey(l).includes('symbol'));
  if (!header) return undefined;
  let best: string | undefined;
  let most = 0;
  for (const sep of SEPARATORS) {
    const n = countOutsideQuotes(header, sep);
    if (n > most) { most = n; best = sep; }
  }
  return best;
}

export const isColumnNumber = (c: string) => /^\(?\d{1,2}\)?$/.test(c.trim());

/**
 * A register's rows (a CSV file's records, or a spreadsheet's rows numbered as the spreadsheet numbers
 * them) as catalog entries: the header row among the first twenty names the columns, each row after
 * it is one document or one problem. `dateOf` reads a date cell first (a spreadsheet's day number).
 */
export function catalogFromRecords(records: readonly CsvRecord[], file: string, dateOf: (cell: string) => string = (c) => c): LoadedCatalog {
  const rows = registerRows(file, dateOf);
  records.forEach(rows.add);
  return rows.finish();
}

/** The register's rows handed in one at a time, from the first: until the header, each may be it. */
function registerRows(file: string, dateOf: (cell: string) => string = (c) => c): { add: (record: CsvRecord) => void; finish: () => LoadedCatalog } {
  let columns: (Column | undefined)[] | undefined;
  let seen = 0;
  const loaded = { entries: [] as CatalogEntry[], problems: [] as CatalogProblem[] };
  // The cells are slices of the file's text: what an entry keeps is copied out, so the text can go.
  const reading = entryReading({ copy: true });
  const add = (record: CsvRecord) => {
    if (columns) return addRow(record, columns, { file, dateOf, reading, loaded });
    if (seen++ >= HEADER_ROWS) return;
    const cols = record.cells.map(columnOf);
    if (cols.includes('symbol') && cols.includes('date')) columns = cols;
  };
  const finish = (): LoadedCatalog => (columns ? loaded : { entries: [], problems: [{ file, line: 1, code: 'csv-no-header' }] });
  return { add, finish };
}

export interface RowContext {
  readonly file: string;
  readonly dateOf: (cell: string) => string;
  readonly reading: EntryReading;
}

/** One row after the header: a document, a problem, or nothing (empty, or the column numbers under the header). */
export function rowResult(record: CsvRecord, columns: readonly (Column | undefined)[], { file, dateOf, reading }: RowContext): { entry: CatalogEntry } | { problem: CatalogProblem } | undefined {
  const cells = record.cells.map((c) => c.trim());
  if (cells.every((c) => c === '') || cells.every((c) => c === '' || isColumnNumber(c))) return undefined;
  const get = (col: Column) => {
    const k = columns.indexOf(col);
    return k >= 0 ? cells[k] ?? '' : '';
  };
  if (get('symbol') === '' && get('date') === '') return { problem: { file, line: record.line, code: 'missing-symbol' } };
  const raw = rowToRaw(get);
  const result = makeEntry({ ...raw, date: raw.date === undefined ? undefined : dateOf(raw.date) }, { kind: 'user', file, line: record.line }, reading);
  if ('entry' in result) return result;
  // A problem is kept as long as the catalog: its data must not be slices of the file's text either.
  return { problem: { file, line: record.line, ...(JSON.parse(JSON.stringify(result.problem)) as typeof result.problem) } };
}

function addRow(record: CsvRecord, columns: readonly (Column | undefined)[], ctx: RowContext & { readonly loaded: { entries: CatalogEntry[]; problems: CatalogProblem[] } }): void {
  const result = rowResult(record, columns, ctx);
  if (result && 'entry' in result) ctx.loaded.entries.push(result.entry);
  else if (result) ctx.loaded.problems.push(result.problem);
}

function rowToRaw(get: (col: Column) => string): RawEntry {
  const both = splitTypeAndSummary(get('typeSummary'));
  const type = get('type') || both.type;
  const summary = get('summary') || both.rest;
  let status: RawEntry['status'] = get('status') || undefined;
  if (!status) {
    // A register has no status column; a note such as `Hết hiệu lực từ 01/7/2025` says it instead.
    const note = get('note');
    const read = note ? statusFromText(note) : undefined;
    if (read && read !== 'bad') status = read;
  }
  const source = get('source');
  return {
    type: type || undefined, symbol: get('symbol'), date: get('date'), issuer: get('issuer') || undefined,
    summary: summary ? lowerFirst(summary) : undefined, status, scope: get('scope') || undefined,
    sources: source ? source.split(/\s+/) : undefined,
  };
}

/** `Phê duyệt …` after the type word reads `phê duyệt …` inside a citation; a proper noun keeps its capital. */
function lowerFirst(summary: string): string {
  const first = summary.split(' ')[0];
  const common = ['về', 'v/v', 'phê duyệt', 'ban hành', 'quy định', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'thực hiện', 'triển khai', 'tổ chức', 'tăng cường', 'đẩy mạnh', 'tiếp tục'];
  const lower = summary.toLowerCase();
  return first && common.some((w) => lower.startsWith(w)) ? summary[0].toLowerCase() + summary.slice(1) : summary;
}

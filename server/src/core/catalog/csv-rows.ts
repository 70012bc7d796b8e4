/**
 * A register exported to CSV read from its bytes (issue 13 §1: 200,000 documents well under a
 * second): the header found as before, then each row checked from the cells that can keep it out
 * (symbol, date, type, status or the note that says it) and its entry built from its bytes, with the
 * text reader's own code (csv.ts), only when a lookup asks for it. A row whose checked cells are not
 * plain (an escaped quote, text after a quoted part, a blank or numbered symbol cell) is read whole at
 * load, as before.
 */
import { ByteTexts, utf8 } from './byte-texts';
import { eachRecordSpans, type CsvRecordSpans } from './csv-bytes';
import { columnOf, eachCsvRecord, HEADER_ROWS, isColumnNumber, rowResult, separatorOf, type Column, type CsvRecord, type RowContext } from './csv';
import { entryReading, statusFromText, type RawEntry } from './entry';
import { rowChecker } from './row-check';
import { LazyRows, lazilyLoaded } from './rows';
import { splitTypeAndSummary } from './symbols';
import type { CatalogEntry, CatalogProblem, EntryStatus, LoadedCatalog } from './types';

const QUOTED = 1;
const COMPLEX = 2;
const SPACE = 0x20;
const TAB = 0x09;

/** A byte that may begin white space other than a space or a tab (a line end, NBSP, U+2000…, U+3000, U+FEFF): the text reader decides. */
const mayBeOtherSpace = (b: number, next: number) =>
  (b >= 0x0a && b <= 0x0d) || b === 0xc2 || b === 0xe2 || b === 0xe3 || b === 0xef || (b === 0xe1 && (next === 0x9a || next === 0xa0));

/** The record of a row's bytes, read by the text reader; its line as the file numbers it. */
function recordOf(bytes: Uint8Array, start: number, end: number, line: number, separator: string): CsvRecord {
  let record: CsvRecord = { cells: [], line };
  eachCsvRecord(utf8.decode(bytes.subarray(start, end)), separator, (r) => (record = { cells: r.cells, line }), false);
  return record;
}

/** The first bytes of the file up to its 20th line end: where the separator is chosen, as from the text. */
function head(bytes: Uint8Array): string {
  let lines = 0;
  let i = 0;
  while (i < bytes.length && lines < HEADER_ROWS) {
    const b = bytes[i++];
    if (b === 0x0d && bytes[i] === 0x0a) i++;
    if (b === 0x0d || b === 0x0a) lines++;
  }
  return utf8.decode(bytes.subarray(0, i));
}

class CsvRowsReader {
  private readonly texts: ByteTexts;
  private readonly ctx: RowContext;
  private readonly check: ReturnType<typeof rowChecker>;
  private readonly statusOfNote = new Map<string, EntryStatus | undefined | 'bad'>();
  private readonly typeOfWords = new Map<string, string | undefined>();
  readonly problems: CatalogProblem[] = [];
  private columns: (Column | undefined)[] | undefined;
  private at: Partial<Record<Column, number>> = {};
  private seen = 0;

  constructor(private readonly bytes: Uint8Array, private readonly separator: string, readonly file: string, readonly rows: LazyRows) {
    this.texts = new ByteTexts(bytes);
    this.ctx = { file, dateOf: (c) => c, reading: entryReading({ copy: true }) };
    this.check = rowChecker(this.ctx.reading);
  }

  get hasHeader(): boolean {
    return this.columns !== undefined;
  }

  /** The entry of a row's bytes, built on demand. */
  build(start: number, end: number, line: number): CatalogEntry {
    const result = rowResult(recordOf(this.bytes, start, end, line, this.separator), this.columns!, this.ctx);
    if (!result || !('entry' in result)) throw new Error(`${this.file}:${line}: catalog row changed since it was read`);
    return result.entry;
  }

  record(r: CsvRecordSpans): void {
    if (this.columns) return this.row(r);
    if (this.seen++ >= HEADER_ROWS) return;
    const cols = recordOf(this.bytes, r.start, r.end, r.line, this.separator).cells.map(columnOf);
    if (!cols.includes('symbol') || !cols.includes('date')) return;
    this.columns = cols;
    for (const col of ['symbol', 'date', 'type', 'typeSummary', 'status', 'note'] as const) this.at[col] = cols.indexOf(col);
  }

  /** A cell's text, trimmed ('' for a column the row lacks); undefined when only the text reader can tell it. */
  private cell(r: CsvRecordSpans, k: number | undefined): string | undefined {
    if (k === undefined || k < 0 || k >= r.count) return '';
    const kind = r.kinds[k];
    if (kind === COMPLEX) return undefined;
    return kind === QUOTED ? this.texts.text(r.starts[k] + 1, r.ends[k] - 1, k).trim() : this.texts.text(r.starts[k], r.ends[k], k).trim();
  }

  /** The type the first four words of the type-and-summary cell name, read from those words alone. */
  private typeInSummary(r: CsvRecordSpans): string | undefined | null {
    const k = this.at.typeSummary!;
    if (k < 0 || k >= r.count) return splitTypeAndSummary('').type;
    if (r.kinds[k] === COMPLEX) return null;
    const quoted = r.kinds[k] === QUOTED ? 1 : 0;
    const b = this.bytes;
    const start = r.starts[k] + quoted;
    const end = r.ends[k] - quoted;
    let words = 0;
    let i = start;
    for (; i < end; i++) {
      if (mayBeOtherSpace(b[i], b[i + 1])) return splitTypeAndSummary(utf8.decode(b.subarray(start, end)).trim()).type;
      const isSpace = b[i] === SPACE || b[i] === TAB;
      if (!isSpace && (i === start || b[i - 1] === SPACE || b[i - 1] === TAB) && ++words > 4) break;
    }
    // Numbered after the columns, for the texts' memory of the last value.
    const words4 = this.texts.text(start, i, this.columns!.length);
    let type = this.typeOfWords.get(words4);
    if (type === undefined && !this.typeOfWords.has(words4)) this.typeOfWords.set(words4, (type = splitTypeAndSummary(words4).type));
    return type;
  }

  /** The row's fields that can keep it out, as rowToRaw reads them; undefined when only the text reader can tell. */
  private checkedFields(r: CsvRecordSpans): RawEntry | undefined {
    const symbol = this.cell(r, this.at.symbol);
    const date = this.cell(r, this.at.date);
    const typeCell = this.cell(r, this.at.type);
    let status: string | EntryStatus | undefined = this.cell(r, this.at.status);
    if (symbol === undefined || symbol === '' || isColumnNumber(symbol) || date === undefined || typeCell === undefined || status === undefined) return undefined;
    const type = typeCell || this.typeInSummary(r);
    if (type === null) return undefined;
    if (!status) {
      const note = this.cell(r, this.at.note);
      if (note === undefined) return undefined;
      const read = note ? this.noteStatus(note) : undefined;
      status = read && read !== 'bad' ? read : undefined;
    }
    return { symbol, date, type: type || undefined, status };
  }

  private noteStatus(note: string): EntryStatus | undefined | 'bad' {
    if (!this.statusOfNote.has(note)) this.statusOfNote.set(note, statusFromText(note));
    return this.statusOfNote.get(note);
  }

  private row(r: CsvRecordSpans): void {
    const raw = this.checkedFields(r);
    if (!raw) {
      const result = rowResult(recordOf(this.bytes, r.start, r.end, r.line, this.separator), this.columns!, this.ctx);
      if (result && 'entry' in result) this.rows.addBuilt(result.entry);
      else if (result) this.problems.push(result.problem);
      return;
    }
    const checked = this.check(raw);
    if ('problem' in checked) this.problems.push({ file: this.file, line: r.line, ...(JSON.parse(JSON.stringify(checked.problem)) as typeof checked.problem) });
    else this.rows.add(checked, r.start, r.end, r.line);
  }
}

/**
 * A register exported to CSV, as text or bytes: each row checked at load, its entry built when a lookup
 * asks for it; each problem with its line.
 */
export function parseCsvCatalog(input: string | Uint8Array, file: string): LoadedCatalog {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const separator = separatorOf(head(bytes));
  if (!separator) return { entries: [], problems: [{ file, line: 1, code: 'csv-no-header' }] };
  let reader: CsvRowsReader | undefined = undefined;
  const rows = new LazyRows((start, end, line) => reader!.build(start, end, line));
  reader = new CsvRowsReader(bytes, separator, file, rows);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const { unterminated } = eachRecordSpans(bytes, bom, separator.charCodeAt(0), (r) => reader!.record(r));
  const problems: CatalogProblem[] = reader.hasHeader ? reader.problems : [{ file, line: 1, code: 'csv-no-header' }];
  if (unterminated !== undefined) problems.push({ file, line: unterminated, code: 'csv-quote' });
  if (!reader.hasHeader || rows.size === 0) return { entries: reader.hasHeader ? rows.all() : [], problems };
  return lazilyLoaded(rows, problems);
}

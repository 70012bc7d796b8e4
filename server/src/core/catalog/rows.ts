/**
 * A catalog file's rows as read at load (issue 13 §1: 200,000 documents in under a second): for each
 * row its symbol and date, which the catalog indexes, and where its bytes lie in the file, from which
 * its entry is built the first time a hover or a completion asks for it. A row the quick reading could
 * not vouch for was built at load and is kept built.
 */
import type { CheckedRow } from './entry';
import type { CatalogEntry, CatalogProblem, EntryRows, EntryStatus, LoadedCatalog } from './types';

/** Builds the entry of the bytes from `start` to `end` of the file, a row that begins on `line`. */
export type BuildRow = (start: number, end: number, line: number) => CatalogEntry;

export class LazyRows implements EntryRows {
  private readonly symbols: string[] = [];
  private readonly dates: string[] = [];
  private readonly types: (string | undefined)[] = [];
  private readonly statuses: (EntryStatus | undefined)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lines: number[] = [];
  /** The entries built so far, by row (holes for the others). */
  private readonly built: CatalogEntry[] = [];
  private every: readonly CatalogEntry[] | undefined;

  constructor(private readonly build: BuildRow) {}

  /** A row checked at load, to be built on demand. */
  add(row: CheckedRow, start: number, end: number, line: number): void {
    this.symbols.push(row.symbol);
    this.dates.push(row.date);
    this.types.push(row.type);
    this.statuses.push(row.status);
    this.starts.push(start);
    this.ends.push(end);
    this.lines.push(line);
  }

  /** A row already built at load. */
  addBuilt(entry: CatalogEntry): void {
    this.built[this.symbols.length] = entry;
    this.add({ symbol: entry.symbol, date: entry.date, type: entry.type, status: entry.status }, 0, 0, 0);
  }

  get size(): number {
    return this.symbols.length;
  }

  symbol(row: number): string {
    return this.symbols[row];
  }

  date(row: number): string {
    return this.dates[row];
  }

  type(row: number): string | undefined {
    return this.types[row];
  }

  status(row: number): EntryStatus | undefined {
    return this.statuses[row];
  }

  entry(row: number): CatalogEntry {
    return (this.built[row] ??= this.build(this.starts[row], this.ends[row], this.lines[row]));
  }

  /** Every entry in file order, built once. */
  all(): readonly CatalogEntry[] {
    if (!this.every) {
      const list: CatalogEntry[] = new Array(this.size);
      for (let row = 0; row < list.length; row++) list[row] = this.entry(row);
      this.every = list;
    }
    return this.every;
  }
}

/** A loaded catalog whose `entries` are built when first read: the catalog itself takes `rows`. */
export function lazilyLoaded(rows: LazyRows, problems: readonly CatalogProblem[]): LoadedCatalog {
  return {
    get entries() {
      return rows.all();
    },
    problems,
    rows,
  };
}

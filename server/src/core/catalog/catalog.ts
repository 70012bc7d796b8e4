/**
 * Entries from several sources in one lookup: earlier sources win over later ones for the same document.
 * The index holds row numbers, not entries: a file's rows are built into entries only when a lookup
 * returns them (issue 13 §1: a register of 200,000 documents is indexed in a fraction of a second).
 */
import { catalogKey } from './symbols';
import type { CatalogEntry, CatalogLookup, EntryFacts, EntryRows, EntryStatus } from './types';

/** A source: entries already built (the built-in catalog, a spreadsheet), or a file's rows built on demand. */
export type CatalogSource = readonly CatalogEntry[] | EntryRows;

const NO_ENTRIES: readonly CatalogEntry[] = [];
const NO_KEYS: readonly string[] = [];

/** Built entries seen as rows. */
function rowsOf(source: CatalogSource): EntryRows {
  if (!Array.isArray(source)) return source as EntryRows;
  const list = source as readonly CatalogEntry[];
  return {
    size: list.length, symbol: (row) => list[row].symbol, date: (row) => list[row].date, type: (row) => list[row].type,
    status: (row) => list[row].status, entry: (row) => list[row],
  };
}

/**
 * Sorts the rows `order[from..to)` by date, stably (insertion sort: a symbol's rows come nearly in date
 * order), and returns how many are kept: a later row of a date already there is dropped (`dropped[row]`).
 */
function sortAndDedupe(order: Int32Array, from: number, to: number, dateOf: readonly string[], dropped: Uint8Array): number {
  for (let i = from + 1; i < to; i++) {
    const row = order[i];
    const date = dateOf[row];
    let j = i - 1;
    while (j >= from && dateOf[order[j]] > date) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = row;
  }
  let kept = from;
  for (let i = from; i < to; i++) {
    const row = order[i];
    // One document is one symbol and one date: the first source (and row) to describe it is kept.
    if (kept > from && dateOf[order[kept - 1]] === dateOf[row]) dropped[row] = 1;
    else order[kept++] = row;
  }
  return kept - from;
}

/** A row's facts, read from its source (an object with a method, not a closure: completion makes thousands). */
class RowFacts implements EntryFacts {
  readonly date: string;
  readonly type: string | undefined;
  readonly status: EntryStatus | undefined;

  constructor(private readonly source: EntryRows, private readonly row: number) {
    this.date = source.date(row);
    this.type = source.type(row);
    this.status = source.status(row);
  }

  entry(): CatalogEntry {
    return this.source.entry(this.row);
  }
}

export class Catalog implements CatalogLookup {
  private readonly sources: EntryRows[];
  /** The first row number of each source: rows are numbered across the sources, in order. */
  private readonly firstRows: number[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  /** The kept rows of key k, oldest first, are `order[keyStarts[k] .. keyStarts[k + 1])`. */
  private readonly order: Int32Array;
  private readonly keyStarts: Int32Array;
  /** 1 for a row that describes a document an earlier row already gave. */
  private readonly dropped: Uint8Array;
  private readonly lists: (readonly CatalogEntry[] | undefined)[] = [];
  private readonly facts: (readonly EntryFacts[] | undefined)[] = [];
  private every: CatalogEntry[] | undefined;
  private readonly byType = new Map<string, readonly CatalogEntry[]>();
  /** The keys in code-unit order, for completion's prefix search; sorted on first use. */
  private sortedKeys: string[] | undefined;
  /** The keys with a document of each type, in code-unit order: read in one pass on first use. */
  private typeKeys: Map<string, string[]> | undefined;
  readonly size: number;

  /** `sources` in priority order: a user's catalogs first, the built-in one last. */
  constructor(sources: readonly CatalogSource[]) {
    this.sources = sources.map(rowsOf);
    let total = 0;
    for (const s of this.sources) {
      this.firstRows.push(total);
      total += s.size;
    }
    const { rowKeys, dateOf } = this.readKeys(total);
    this.dropped = new Uint8Array(total);
    const grouped = this.groupByKey(rowKeys, dateOf);
    this.order = grouped.order;
    this.keyStarts = grouped.keyStarts;
    this.size = grouped.kept;
  }

  /** Each row's key number and date (a register repeats each symbol every year: a key is computed once per symbol). */
  private readKeys(total: number): { rowKeys: Int32Array; dateOf: string[] } {
    const rowKeys = new Int32Array(total);
    const dateOf: string[] = new Array(total);
    const idOfSymbol = new Map<string, number>();
    let row = 0;
    for (const source of this.sources) {
      for (let i = 0; i < source.size; i++, row++) {
        const symbol = source.symbol(i);
        let id = idOfSymbol.get(symbol);
        if (id === undefined) idOfSymbol.set(symbol, (id = this.keyId(catalogKey(symbol))));
        rowKeys[row] = id;
        dateOf[row] = source.date(i);
      }
    }
    return { rowKeys, dateOf };
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** The rows grouped by key (a counting sort, stable), each group by date with repeated documents dropped. */
  private groupByKey(rowKeys: Int32Array, dateOf: readonly string[]): { order: Int32Array; keyStarts: Int32Array; kept: number } {
    const keyCount = this.keys.length;
    const starts = new Int32Array(keyCount + 1);
    for (let row = 0; row < rowKeys.length; row++) starts[rowKeys[row] + 1]++;
    for (let k = 0; k < keyCount; k++) starts[k + 1] += starts[k];
    const order = new Int32Array(rowKeys.length);
    const next = starts.slice(0, keyCount);
    for (let row = 0; row < rowKeys.length; row++) order[next[rowKeys[row]]++] = row;
    // Each group sorted and deduplicated in place, then moved up against the one before.
    const keyStarts = new Int32Array(keyCount + 1);
    let kept = 0;
    for (let k = 0; k < keyCount; k++) {
      const n = sortAndDedupe(order, starts[k], starts[k + 1], dateOf, this.dropped);
      order.copyWithin(kept, starts[k], starts[k] + n);
      keyStarts[k] = kept;
      kept += n;
    }
    keyStarts[keyCount] = kept;
    return { order: order.subarray(0, kept), keyStarts, kept };
  }

  /** The source of a row numbered across the sources. */
  private sourceOf(row: number): number {
    let s = this.sources.length - 1;
    while (this.firstRows[s] > row) s--;
    return s;
  }

  private entryAt(row: number): CatalogEntry {
    const s = this.sourceOf(row);
    return this.sources[s].entry(row - this.firstRows[s]);
  }

  candidates(key: string): readonly CatalogEntry[] {
    const id = this.keyIds.get(key);
    if (id === undefined) return NO_ENTRIES;
    let list = this.lists[id];
    if (!list) {
      const built: CatalogEntry[] = [];
      for (let i = this.keyStarts[id]; i < this.keyStarts[id + 1]; i++) built.push(this.entryAt(this.order[i]));
      this.lists[id] = list = built;
    }
    return list;
  }

  /** The facts of a key's documents, oldest first as `candidates`, each entry built only if asked for. */
  factsOf(key: string): readonly EntryFacts[] {
    const id = this.keyIds.get(key);
    if (id === undefined) return [];
    let facts = this.facts[id];
    if (!facts) {
      const list: EntryFacts[] = [];
      for (let i = this.keyStarts[id]; i < this.keyStarts[id + 1]; i++) list.push(this.factsAt(this.order[i]));
      this.facts[id] = facts = list;
    }
    return facts;
  }

  private factsAt(row: number): EntryFacts {
    const s = this.sourceOf(row);
    return new RowFacts(this.sources[s], row - this.firstRows[s]);
  }

  /**
   * Every entry of one type, in the order of `all()`: law completion looks for the laws among 200,000
   * documents without building them all.
   */
  ofType(type: string): readonly CatalogEntry[] {
    const known = this.byType.get(type);
    if (known) return known;
    const list: CatalogEntry[] = [];
    for (let row = 0; row < this.dropped.length; row++) {
      if (this.dropped[row]) continue;
      const s = this.sourceOf(row);
      if (this.sources[s].type(row - this.firstRows[s]) === type) list.push(this.entryAt(row));
    }
    this.byType.set(type, list);
    return list;
  }

  /** Every entry, in the order of the sources (each built now if it was not yet). */
  all(): readonly CatalogEntry[] {
    if (!this.every) {
      const list: CatalogEntry[] = [];
      for (let row = 0; row < this.dropped.length; row++) if (!this.dropped[row]) list.push(this.entryAt(row));
      this.every = list;
    }
    return this.every;
  }

  /** The keys with a document of `type`, in code-unit order (completion after `Kế hoạch số `): every type's made in one pass. */
  keysOfType(type: string): readonly string[] {
    return (this.typeKeys ??= this.readTypeKeys()).get(type) ?? NO_KEYS;
  }

  /**
   * What completion reads of the whole catalog (the sorted keys, the keys of each type), made now: the
   * server asks for it in idle time after a load, so that the first `Kế hoạch số ` does not wait for it.
   */
  prepareCompletion(): void {
    this.typeKeys ??= this.readTypeKeys();
  }

  /** From the rows' type cells: no facts object made for each of 200,000 documents. */
  private readTypeKeys(): Map<string, string[]> {
    const byType = new Map<string, string[]>();
    for (const key of this.keysWithPrefix('')) {
      const id = this.keyIds.get(key)!;
      for (let i = this.keyStarts[id]; i < this.keyStarts[id + 1]; i++) {
        const row = this.order[i];
        const s = this.sourceOf(row);
        const type = this.sources[s].type(row - this.firstRows[s]);
        if (type === undefined) continue;
        let keys = byType.get(type);
        if (!keys) byType.set(type, (keys = []));
        // Keys come in order, so a key of several documents of one type is the last one pushed.
        if (keys[keys.length - 1] !== key) keys.push(key);
      }
    }
    return byType;
  }

  /**
   * The keys that start with `prefix`, in code-unit order: a binary search in the sorted keys, so that
   * completion in a catalog of 200,000 documents does not look at each of them.
   */
  keysWithPrefix(prefix: string): readonly string[] {
    const keys = (this.sortedKeys ??= [...this.keys].sort());
    if (prefix === '') return keys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keys[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    let end = low;
    while (end < keys.length && keys[end].startsWith(prefix)) end++;
    return keys.slice(low, end);
  }

  /** The entry with this symbol and date, if catalogued. */
  find(symbol: string, date: string | undefined): CatalogEntry | undefined {
    const list = this.candidates(catalogKey(symbol));
    return date ? list.find((e) => e.date === date) : list.length === 1 ? list[0] : undefined;
  }
}

/** Whether a value passed as a catalog really is one (options may come from a JSON file). */
export function isCatalogLookup(value: unknown): value is CatalogLookup {
  return !!value && typeof (value as CatalogLookup).candidates === 'function' && typeof (value as CatalogLookup).all === 'function';
}

/** Entries from several sources in one lookup: earlier sources win over later ones for the same document. */
import { catalogKey } from './symbols';
import type { CatalogEntry, CatalogLookup } from './types';

const byDate = (a: CatalogEntry, b: CatalogEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Whether a symbol's list holds a document of this date (a loop: no closure made for each of 200,000 entries). */
function hasDate(list: readonly CatalogEntry[], date: string): boolean {
  for (const e of list) if (e.date === date) return true;
  return false;
}

export class Catalog implements CatalogLookup {
  private readonly byKey = new Map<string, CatalogEntry[]>();
  private readonly entries: CatalogEntry[] = [];
  /** The keys in code-unit order, for completion's prefix search; sorted on first use. */
  private sortedKeys: string[] | undefined;

  /** `sources` in priority order: a user's catalogs first, the built-in one last. */
  constructor(sources: readonly (readonly CatalogEntry[])[]) {
    // A register repeats each symbol every year: its key is computed once per symbol, not per entry.
    const keyOf = new Map<string, string>();
    for (const source of sources) {
      for (const entry of source) {
        let key = keyOf.get(entry.symbol);
        if (key === undefined) keyOf.set(entry.symbol, (key = catalogKey(entry.symbol)));
        const list = this.byKey.get(key);
        if (!list) this.byKey.set(key, [entry]);
        // One document is one symbol and one date: the first source to describe it is kept.
        else if (hasDate(list, entry.date)) continue;
        else list.push(entry);
        this.entries.push(entry);
      }
    }
    for (const list of this.byKey.values()) if (list.length > 1) list.sort(byDate);
  }

  candidates(key: string): readonly CatalogEntry[] {
    return this.byKey.get(key) ?? [];
  }

  all(): readonly CatalogEntry[] {
    return this.entries;
  }

  /**
   * The keys that start with `prefix`, in code-unit order: a binary search in the sorted keys, so that
   * completion in a catalog of 200,000 documents does not look at each of them.
   */
  keysWithPrefix(prefix: string): readonly string[] {
    const keys = (this.sortedKeys ??= [...this.byKey.keys()].sort());
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

  get size(): number {
    return this.entries.length;
  }
}

/** Whether a value passed as a catalog really is one (options may come from a JSON file). */
export function isCatalogLookup(value: unknown): value is CatalogLookup {
  return !!value && typeof (value as CatalogLookup).candidates === 'function' && typeof (value as CatalogLookup).all === 'function';
}

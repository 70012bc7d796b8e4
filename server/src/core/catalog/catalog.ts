/** Entries from several sources in one lookup: earlier sources win over later ones for the same document. */
import { catalogKey } from './symbols';
import type { CatalogEntry, CatalogLookup } from './types';

export class Catalog implements CatalogLookup {
  private readonly byKey = new Map<string, CatalogEntry[]>();
  private readonly entries: CatalogEntry[] = [];

  /** `sources` in priority order: a user's catalogs first, the built-in one last. */
  constructor(sources: readonly (readonly CatalogEntry[])[]) {
    for (const source of sources) {
      for (const entry of source) {
        const key = catalogKey(entry.symbol);
        const list = this.byKey.get(key) ?? [];
        // One document is one symbol and one date: the first source to describe it is kept.
        if (list.some((e) => e.date === entry.date)) continue;
        list.push(entry);
        this.byKey.set(key, list);
        this.entries.push(entry);
      }
    }
    for (const list of this.byKey.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  candidates(key: string): readonly CatalogEntry[] {
    return this.byKey.get(key) ?? [];
  }

  all(): readonly CatalogEntry[] {
    return this.entries;
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

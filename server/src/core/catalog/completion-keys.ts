/** The catalog keys completion weighs, and their documents' facts, by the catalog's indexes where it has them. */
import { catalogKey, typesLike } from './symbols';
import type { CatalogLookup, EntryFacts } from './types';

/** The keys of the catalog's documents that start with `prefix` (by the catalog's index when it has one). */
function keysWithPrefix(lookup: CatalogLookup, prefix: string): readonly string[] {
  if (lookup.keysWithPrefix) return lookup.keysWithPrefix(prefix);
  return [...new Set(lookup.all().map((e) => catalogKey(e.symbol)))].filter((key) => key.startsWith(prefix));
}

/**
 * The keys to weigh for `prefix` when the text names a type: with a prefix of one character or none
 * (`Kế hoạch số ` names no digit yet) the catalog's keys of that type, filtered, rather than all of a
 * register's 200,000; otherwise the keys with the prefix. Either way in code-unit order.
 */
export function candidateKeys(lookup: CatalogLookup, prefix: string, type: string | undefined): readonly string[] {
  if (!type || prefix.length > 1 || !lookup.keysOfType) return keysWithPrefix(lookup, prefix);
  const types = typesLike(type);
  const keys = types.length === 1 ? lookup.keysOfType(type) : [...new Set(types.flatMap((t) => lookup.keysOfType!(t)))].sort();
  return prefix === '' ? keys : keys.filter((key) => key.startsWith(prefix));
}

/** A key's documents as facts: from the catalog's index when it has one (no entry built), else its entries. */
export function factsOf(lookup: CatalogLookup, key: string): readonly EntryFacts[] {
  if (lookup.factsOf) return lookup.factsOf(key);
  return lookup.candidates(key).map((e) => ({ date: e.date, type: e.type, status: e.status, entry: () => e }));
}

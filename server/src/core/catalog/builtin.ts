/**
 * The built-in catalog shipped with kehoach (data/builtin.json; its sources are in
 * data/SOURCES.md), read once and checked like any user catalog.
 */
import { Catalog } from './catalog';
import { makeEntry, type RawEntry } from './entry';
import type { CatalogEntry, CatalogProblem } from './types';

// Loaded with require so that the bundler inlines it: an `import` of a JSON file outside the server
// project's `include` fails its type check (TS6307), and the data is validated below anyway.
const data = require('./data/builtin.json') as { version: number; entries: RawEntry[] };

let loaded: { entries: CatalogEntry[]; problems: CatalogProblem[] } | undefined;
let catalog: Catalog | undefined;

function load(): { entries: CatalogEntry[]; problems: CatalogProblem[] } {
  if (!loaded) {
    const entries: CatalogEntry[] = [];
    const problems: CatalogProblem[] = [];
    data.entries.forEach((raw, k) => {
      const result = makeEntry(raw, { kind: 'builtin' });
      if ('entry' in result) entries.push(result.entry);
      else problems.push({ file: 'builtin.json', line: k + 3, ...result.problem });
    });
    loaded = { entries, problems };
  }
  return loaded;
}

/** The built-in entries, in file order. */
export function builtinEntries(): readonly CatalogEntry[] {
  return load().entries;
}

/** Entries of builtin.json that failed the checks (none; the test says so). */
export function builtinProblems(): readonly CatalogProblem[] {
  return load().problems;
}

/** The built-in catalog alone, shared: what rules use when no catalog is passed in. */
export function builtinCatalog(): Catalog {
  catalog ??= new Catalog([builtinEntries()]);
  return catalog;
}

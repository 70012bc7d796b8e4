/** What the two catalog rules share: the catalog to use and the plan's citations resolved once. */
import type { PlanDocument } from '../document';
import { builtinCatalog } from './builtin';
import { isCatalogLookup } from './catalog';
import { resolveCitations, type ResolvedCitation } from './resolve';
import type { CatalogLookup } from './types';

/** The catalog passed in options, or the built-in one (a value read from a JSON config is not a catalog). */
export function catalogOption(value: unknown): CatalogLookup {
  return isCatalogLookup(value) ? value : builtinCatalog();
}

const cache = new WeakMap<PlanDocument, { lookup: CatalogLookup; resolved: readonly ResolvedCitation[] }>();

/** resolveCitations, once per plan and catalog. */
export function resolvedCitationsOf(doc: PlanDocument, lookup: CatalogLookup): readonly ResolvedCitation[] {
  const hit = cache.get(doc);
  if (hit && hit.lookup === lookup) return hit.resolved;
  const resolved = resolveCitations(doc, lookup);
  cache.set(doc, { lookup, resolved });
  return resolved;
}

/** The document under the cursor: a citation (and what it resolves to), or the plan's own `Số` line. */
import type { PlanDocument } from '../document';
import { resolvedCitationsOf } from './for-rules';
import { summarizePlan, type PlanSelf } from './plan-summary';
import type { ResolvedCitation } from './resolve';
import { mentionIso, yearOfIso } from './symbols';
import type { CatalogLookup } from './types';
import type { DocumentIdentity } from './workspace-index';

export type Target =
  | { readonly kind: 'citation'; readonly resolved: ResolvedCitation; readonly id: DocumentIdentity; readonly start: number; readonly end: number }
  | { readonly kind: 'self'; readonly self: PlanSelf; readonly id: DocumentIdentity; readonly start: number; readonly end: number };

/** The identity a resolved citation stands for: the catalog's date when it is certain, else its own. */
export function identityOf(r: ResolvedCitation): DocumentIdentity {
  const res = r.resolution;
  if (res.kind === 'exact' || res.kind === 'same') return { key: r.cited.key, date: res.entry.date, year: yearOfIso(res.entry.date) };
  const date = mentionIso(r.cited.date);
  const year = r.cited.date?.year ?? r.cited.ns.year;
  return { key: r.cited.key, ...(date ? { date } : {}), ...(year !== undefined ? { year } : {}) };
}

export function targetAt(doc: PlanDocument, offset: number, lookup: CatalogLookup): Target | undefined {
  const number = doc.header.number;
  if (number && offset >= number.start && offset <= number.end) {
    const self = summarizePlan(doc).self;
    if (self) return { kind: 'self', self, id: { key: self.key, date: self.date, year: self.year }, start: number.start, end: number.end };
  }
  for (const r of resolvedCitationsOf(doc, lookup)) {
    const c = r.citation;
    if (offset < c.start) break;
    if (offset <= c.end) return { kind: 'citation', resolved: r, id: identityOf(r), start: c.start, end: c.end };
  }
  return undefined;
}

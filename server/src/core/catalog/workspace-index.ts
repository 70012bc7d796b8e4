/**
 * Every plan of a workspace: itself as a document, and its citations. Updated one file at a time
 * (opened, changed, created, deleted); a query by document returns the plan that is it and every
 * citation of it. Pure: the language server feeds it texts and URIs.
 */
import type { CancellationToken } from '../cancellation';
import type { PlanCitation, PlanSelf, PlanSummary } from './plan-summary';

/** A document as a query names it: its symbol's key, and its day or year when known. */
export interface DocumentIdentity {
  readonly key: string;
  readonly date?: string;
  readonly year?: number;
}

/**
 * Two mentions of one symbol name one document unless their dates say otherwise: two days must be
 * equal, two years must be equal; a mention without a date agrees with any.
 */
export function sameDocument(a: Omit<DocumentIdentity, 'key'>, b: Omit<DocumentIdentity, 'key'>): boolean {
  if (a.date && b.date) return a.date === b.date;
  if (a.year !== undefined && b.year !== undefined) return a.year === b.year;
  return true;
}

export class WorkspaceIndex {
  private readonly plans = new Map<string, PlanSummary>();
  /** Symbol key → URIs of the plans that cite it, and of the plans that are it. */
  private readonly citing = new Map<string, Set<string>>();
  private readonly being = new Map<string, Set<string>>();

  set(uri: string, summary: PlanSummary): void {
    this.delete(uri);
    this.plans.set(uri, summary);
    for (const c of summary.citations) add(this.citing, c.key, uri);
    if (summary.self) add(this.being, summary.self.key, uri);
  }

  delete(uri: string): void {
    const old = this.plans.get(uri);
    if (!old) return;
    this.plans.delete(uri);
    for (const c of old.citations) remove(this.citing, c.key, uri);
    if (old.self) remove(this.being, old.self.key, uri);
  }

  get(uri: string): PlanSummary | undefined {
    return this.plans.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.plans.keys();
  }

  get size(): number {
    return this.plans.size;
  }

  /** The plans that are this document (usually one). */
  plansBeing(id: DocumentIdentity): { uri: string; self: PlanSelf }[] {
    const found: { uri: string; self: PlanSelf }[] = [];
    for (const uri of this.being.get(id.key) ?? []) {
      const self = this.plans.get(uri)?.self;
      if (self && sameDocument(self, id)) found.push({ uri, self });
    }
    return found.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** Every citation of this document in the workspace, by plan and then in text order; those found so far once `token` is set. */
  citationsOf(id: DocumentIdentity, token?: CancellationToken): { uri: string; citation: PlanCitation }[] {
    const found: { uri: string; citation: PlanCitation }[] = [];
    const uris = [...(this.citing.get(id.key) ?? [])].sort();
    for (const uri of uris) {
      if (token?.isCancellationRequested) break;
      for (const citation of this.plans.get(uri)?.citations ?? []) {
        if (citation.key === id.key && sameDocument(citation, id)) found.push({ uri, citation });
      }
    }
    return found;
  }

  /** How many plans cite this document. */
  citingPlanCount(id: DocumentIdentity): number {
    return new Set(this.citationsOf(id).map((c) => c.uri)).size;
  }

  /** Every plan that is a document others may cite, for completion. */
  documents(): { uri: string; self: PlanSelf }[] {
    const found: { uri: string; self: PlanSelf }[] = [];
    for (const [uri, summary] of this.plans) if (summary.self) found.push({ uri, self: summary.self });
    return found;
  }
}

function add(map: Map<string, Set<string>>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}

function remove(map: Map<string, Set<string>>, key: string, uri: string): void {
  const set = map.get(key);
  set?.delete(uri);
  if (set && set.size === 0) map.delete(key);
}

/**
 * Which catalogued document a citation names. Numbers restart every year (state) and every term
 * (Party), so a symbol may have several entries: the citation's date picks one, its year may, and
 * a short later mention takes the date of the plan's dated mention of the same symbol.
 */
import { checkedCitations } from '../citations/identity';
import type { Citation, DateMention, NumberSymbol } from '../citations/types';
import type { PlanDocument } from '../document';
import { foldKey } from '../text/fold';
import { inTerm, issuedAfter, planLastDay, termNear } from './context';
import { catalogKey, mentionIso, yearOfIso } from './symbols';
import type { CatalogEntry, CatalogLookup } from './types';

/** A citation as the catalog reads it: its symbol, and the date and issuer it has or takes from an earlier mention. */
export interface CitedDocument {
  readonly key: string;
  readonly ns: NumberSymbol;
  readonly date?: DateMention;
  readonly issuer?: string;
  /** The date came from another mention of the same symbol in the plan. */
  readonly dateCarried: boolean;
  /** The Central Committee's term named next to a `…/TW` symbol (`khóa XII` → 12). */
  readonly term?: number;
}

export type Resolution =
  /** The catalog has no entry with this symbol. */
  | { readonly kind: 'none' }
  /** Symbol and date agree with one entry. */
  | { readonly kind: 'exact'; readonly entry: CatalogEntry; readonly candidates: readonly CatalogEntry[] }
  /** Certainly this entry (the symbol carries its year, or the citation's year has only this one), though the day differs or is absent. */
  | { readonly kind: 'same'; readonly entry: CatalogEntry; readonly candidates: readonly CatalogEntry[] }
  /** Probably this entry (the only one, but nothing in the citation confirms it): for hover only. */
  | { readonly kind: 'likely'; readonly entry: CatalogEntry; readonly candidates: readonly CatalogEntry[] }
  /** Several entries, and the citation's date decides nothing. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly CatalogEntry[] }
  /** The citation's year has no entry: another document with the same number. */
  | { readonly kind: 'other'; readonly candidates: readonly CatalogEntry[] };

export interface ResolveContext {
  /** The citing plan's issuer lines (`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN`): a local document of that place needs no place in the citation. */
  readonly planIssuer?: string;
  /** The last day (day number) the plan's own date can be: a document issued after it is not the one cited. */
  readonly planLastDay?: number;
}

/** Whether a local entry (a province's document) is the one meant: its place is named in the issuer or the plan's own header. */
function placeConfirmed(entry: CatalogEntry, cited: CitedDocument, ctx: ResolveContext): boolean {
  if (!entry.scope || entry.scope === 'national') return true;
  const place = foldKey(entry.scope);
  return (cited.issuer !== undefined && foldKey(cited.issuer).includes(place))
    || (ctx.planIssuer !== undefined && foldKey(ctx.planIssuer).includes(place));
}

export function resolve(lookup: CatalogLookup, cited: CitedDocument, ctx: ResolveContext = {}): Resolution {
  const candidates = lookup.candidates(cited.key);
  if (candidates.length === 0) return { kind: 'none' };
  const iso = mentionIso(cited.date);
  if (iso) {
    const exact = candidates.find((e) => e.date === iso);
    if (exact) return { kind: 'exact', entry: exact, candidates };
  }
  const year = cited.date?.year;
  // A legal normative or National Assembly symbol carries its year: the symbol alone names the document.
  let pool = cited.ns.year === undefined && year !== undefined ? candidates.filter((e) => yearOfIso(e.date) === year) : candidates;
  // A central Party number restarts with each term: the term named beside it picks the document.
  if (cited.term !== undefined) pool = pool.filter((e) => inTerm(e, cited.term!));
  if (pool.length === 0) return { kind: 'other', candidates };
  // A plan cannot cite what was issued after it (unless every candidate was: then date-cited-after-issue speaks).
  const before = ctx.planLastDay === undefined ? pool : pool.filter((e) => !issuedAfter(e, ctx.planLastDay!));
  if (before.length > 0) pool = before;
  if (pool.length > 1) return { kind: 'ambiguous', candidates: pool };
  const entry = pool[0];
  // Party numbers restart with each term: a Congress year (1996, 2001 … 2021, 2026; provinces the year
  // before) may hold two documents with one symbol, so only the exact date or the term tells them apart.
  const termYear = cited.ns.style === 'party' && year !== undefined && (year % 5 === 0 || year % 5 === 1) && cited.term === undefined;
  const dated = cited.ns.year !== undefined || year !== undefined || cited.term !== undefined;
  const confirmed = dated && !termYear && placeConfirmed(entry, cited, ctx);
  return { kind: confirmed ? 'same' : 'likely', entry, candidates };
}

export interface ResolvedCitation extends CitationInPlan {
  readonly resolution: Resolution;
}

/** Per symbol key, the one day date (and its issuer) the plan's dated mentions agree on. */
function agreedDates(citations: readonly Citation[]): Map<string, { date: DateMention; issuer?: string } | null> {
  const agreed = new Map<string, { date: DateMention; issuer?: string } | null>();
  for (const c of citations) {
    const iso = mentionIso(c.date);
    if (!iso) continue;
    const key = catalogKey(c.numberSymbol!.symbol);
    const seen = agreed.get(key);
    if (seen === undefined) agreed.set(key, { date: c.date!, issuer: c.issuer?.text });
    else if (seen && mentionIso(seen.date) !== iso) agreed.set(key, null);
  }
  return agreed;
}

export function planIssuerOf(doc: PlanDocument): string | undefined {
  return doc.header.issuer.length ? doc.header.issuer.map((f) => f.text).join(' ') : undefined;
}

export interface CitationInPlan {
  readonly citation: Citation;
  readonly cited: CitedDocument;
  /** The first mention of its symbol in the plan (later ones are short forms). */
  readonly first: boolean;
}

function termOf(text: string, citation: Citation, next: Citation | undefined): { term?: number } {
  const term = termNear(text, citation, next);
  return term !== undefined ? { term } : {};
}

/** Every checked citation of the plan, with the date a short mention takes from the dated one. */
export function citedDocuments(doc: PlanDocument): readonly CitationInPlan[] {
  const citations = checkedCitations(doc);
  const agreed = agreedDates(citations);
  const seenKeys = new Set<string>();
  return citations.map((citation, k) => {
    const ns = citation.numberSymbol!;
    const key = catalogKey(ns.symbol);
    const own = citation.date?.kind === 'day' ? citation.date : undefined;
    const carried = own ? undefined : agreed.get(key) ?? undefined;
    const cited: CitedDocument = {
      key, ns,
      date: own ?? carried?.date ?? citation.date,
      issuer: citation.issuer?.text ?? carried?.issuer,
      dateCarried: !own && carried !== undefined,
      ...termOf(doc.text, citation, citations[k + 1]),
    };
    const first = !seenKeys.has(key);
    seenKeys.add(key);
    return { citation, cited, first };
  });
}

/** Every checked citation of the plan with the document it names. */
export function resolveCitations(doc: PlanDocument, lookup: CatalogLookup): readonly ResolvedCitation[] {
  const ctx: ResolveContext = { planIssuer: planIssuerOf(doc), planLastDay: planLastDay(doc) };
  return citedDocuments(doc).map((c) => ({ ...c, resolution: resolve(lookup, c.cited, ctx) }));
}

/**
 * Completion of citations: after a type word and `số` (`Quyết định số |`), or while typing a symbol
 * (`1719/|`), offer the catalog's documents and the workspace's plans. Accepting one writes the
 * full first mention (`… số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt …`) the
 * first time the plan cites it, and the short form after.
 */
import { citationsOf } from '../citations/of-document';
import { DOCUMENT_TYPES } from '../citations/tables';
import type { PlanDocument } from '../document';
import type { CancellationToken } from '../cancellation';
import type { Locale } from '../messages';
import { foldKey } from '../text/fold';
import { firstMention, shortDate, shortMention, statusText, type Citable } from './describe';
import { summaryForCitation } from './plan-summary';
import { deprecatedFor, planLastDay } from './context';
import { fromDayNumber } from '../dates/calendar';
import { catalogKey, isoOf, mentionIso, sameType } from './symbols';
import { md, say } from './texts';
import { candidateKeys, factsOf } from './completion-keys';
import { firstInOrder } from './first-in-order';
import type { CatalogLookup, EntryFacts } from './types';
import type { WorkspaceIndex } from './workspace-index';

export interface CatalogCompletion {
  /** The symbol: `1719/QĐ-TTg`. */
  readonly label: string;
  /** `Quyết định · 14/10/2021 · Thủ tướng Chính phủ`. */
  readonly detail: string;
  /** Markdown: trích yếu, status, which form is written. */
  readonly documentation: string;
  /** Replaces [start, end) of the text. */
  readonly insertText: string;
  readonly start: number;
  readonly end: number;
  /** What the editor matches the typed text against. */
  readonly filterText: string;
  readonly sortText: string;
  /** Replaced or expired by the plan's date: the editor shows it struck through (LSP CompletionItemTag.Deprecated). */
  readonly deprecated?: boolean;
}

/** Characters of a symbol being typed. */
const isSymbolChar = (ch: string) => /[0-9A-Za-zĐđ/\-.]/.test(ch);
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0';

const TYPE_PHRASES = DOCUMENT_TYPES.flatMap((t) => [t.name, ...(t.variants ?? [])].map((n) => ({ type: t.name, generic: t.generic === true, key: foldKey(n) })))
  .sort((a, b) => b.key.length - a.key.length);

/** The type word ending at `end` on the same line (at most four words back). */
function typeBefore(text: string, lineStart: number, end: number): { type: string; generic: boolean } | undefined {
  const from = Math.max(lineStart, end - 40);
  const key = foldKey(text.slice(from, end));
  const match = TYPE_PHRASES.find((p) => key === p.key || key.endsWith(' ' + p.key));
  return match ? { type: match.type, generic: match.generic } : undefined;
}

interface Context {
  /** Where the replaced text starts, and whether the insertion must name the type and `số`. */
  readonly start: number;
  readonly token: string;
  readonly writeType: boolean;
  readonly writeSo: boolean;
  /** The typed type word, when the documents must be of that type. */
  readonly type?: string;
}

const typeOf = (typed: { type: string; generic: boolean }) => (typed.generic ? undefined : typed.type);

function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Where the symbol being typed before `offset` starts (40 characters back at most). */
function symbolStart(text: string, lineStart: number, offset: number): number {
  let start = offset;
  while (start > lineStart && offset - start < 40 && isSymbolChar(text[start - 1])) start--;
  return start;
}

function skipSpacesBack(text: string, lineStart: number, from: number): number {
  let j = from;
  while (j > lineStart && isSpace(text[j - 1])) j--;
  return j;
}

/** Where the word before the token ends: back over spaces, and over a colon (`số: `) with the spaces before it. */
function wordEndBefore(text: string, lineStart: number, tokenStart: number): number {
  const j = skipSpacesBack(text, lineStart, tokenStart);
  return text[j - 1] === ':' ? skipSpacesBack(text, lineStart, j - 1) : j;
}

/** Whether the word `số` (not the end of a longer word) ends at `j`. */
function endsWithSo(text: string, lineStart: number, j: number): boolean {
  if (j - 2 < lineStart || text.slice(j - 2, j).normalize('NFC').toLowerCase() !== 'số') return false;
  return j - 2 === lineStart || !/\p{L}/u.test(text[j - 3]);
}

/** After `… số `: the symbol alone when a type word precedes, else the type is written from `số` on. */
function afterSo(text: string, lineStart: number, soEnd: number, tokenStart: number, offset: number): Context {
  const typed = typeBefore(text, lineStart, skipSpacesBack(text, lineStart, soEnd - 2));
  const token = text.slice(tokenStart, offset);
  if (typed) return { start: tokenStart, token, writeType: false, writeSo: false, type: typeOf(typed) };
  // `số 17` with no type word: the insertion names the type, from `số` on.
  return { start: soEnd - 2, token: text.slice(soEnd - 2, offset), writeType: true, writeSo: false };
}

/** What the text before the cursor asks for, if it asks for a citation at all. */
export function completionContext(text: string, offset: number): Context | undefined {
  const lineStart = lineStartOf(text, offset);
  const tokenStart = symbolStart(text, lineStart, offset);
  const token = text.slice(tokenStart, offset);
  if (token && !/^\d/.test(token)) return undefined;
  const wordEnd = wordEndBefore(text, lineStart, tokenStart);
  const hasGap = wordEnd < tokenStart;
  if (hasGap && endsWithSo(text, lineStart, wordEnd)) return afterSo(text, lineStart, wordEnd, tokenStart, offset);
  if (!token) return undefined;
  const typed = hasGap ? typeBefore(text, lineStart, wordEnd) : undefined;
  if (typed) return { start: tokenStart, token, writeType: false, writeSo: true, type: typeOf(typed) };
  // A bare symbol must look like one already (`1719/`, `65-`), or any number would ask.
  if (!/[/-]/.test(token)) return undefined;
  return { start: tokenStart, token, writeType: true, writeSo: false };
}

/** A document that may be offered: what is weighed first, and the document itself built only if it is kept. */
interface Offer {
  readonly key: string;
  /** Date, type, a catalog entry's status (a workspace plan has none), and the document. */
  readonly facts: EntryFacts | PlanFacts;
  /** How many documents of the key the catalog holds. */
  readonly sameKey: number;
  /** The workspace plan's file name, when the document is one. */
  readonly file?: string;
}

/** A workspace plan that the catalog does not hold, as an offer's facts. */
class PlanFacts {
  readonly status = undefined;
  readonly type: string | undefined;
  readonly date: string;

  constructor(private readonly doc: Citable & { readonly date: string }) {
    this.type = doc.type;
    this.date = doc.date;
  }

  entry(): Citable & { readonly date: string } {
    return this.doc;
  }
}

/**
 * The catalog's documents with this key prefix and a type `wanted` takes, then the workspace's plans
 * with it that the catalog does not hold. `Kế hoạch số ` has an empty prefix: the type keeps a register
 * of 200,000 documents from making an offer of each.
 */
function offers(lookup: CatalogLookup, prefix: string, type: string | undefined, index: WorkspaceIndex | undefined, uri: string | undefined): Offer[] {
  const list: Offer[] = [];
  for (const key of candidateKeys(lookup, prefix, type)) {
    const all = factsOf(lookup, key);
    for (const facts of all) if (!type || (facts.type !== undefined && sameType(type, facts.type))) list.push({ key, facts, sameKey: all.length });
  }
  const seen = new Set<string>();
  for (const { uri: planUri, self } of index?.documents() ?? []) {
    if (planUri === uri || !self.date || !self.key.startsWith(prefix) || seen.has(`${self.key}|${self.date}`)) continue;
    const catalogued = factsOf(lookup, self.key);
    if (catalogued.some((e) => e.date === self.date)) continue;
    seen.add(`${self.key}|${self.date}`);
    const summary = summaryForCitation(self.summary);
    const doc = { symbol: self.symbol, date: self.date, ...(self.type ? { type: self.type } : {}), ...(self.issuer ? { issuer: self.issuer } : {}), ...(summary ? { summary } : {}) };
    list.push({ key: self.key, facts: new PlanFacts(doc), sameKey: catalogued.length, file: decodeURIComponent(planUri.split('/').pop() ?? planUri) });
  }
  return list;
}

export interface CompletionContext {
  readonly lookup: CatalogLookup;
  readonly index?: WorkspaceIndex;
  readonly uri?: string;
  readonly locale: Locale;
}

/** How many offers are weighed between two looks at the cancellation token. */
const OFFERS_PER_CHECK = 256;

/**
 * The most items one answer sends (the server's cap, feature-requests.ts): with more, the completions are
 * the first this many by sort order and one more, which tells the server the list is incomplete, and only
 * these are built (`Kế hoạch số ` matches 13,005 documents of a register of 200,000).
 */
export const COMPLETION_LIMIT = 200;

/** Newest first, documents still in force before replaced ones (the editor's order, and the cap's). */
const sortTextOf = (deprecated: boolean, date: string, key: string) =>
  (deprecated ? '1' : '0') + String(99999999 - Number(date.replace(/-/g, ''))).padStart(8, '0') + key;

interface Kept {
  readonly offer: Offer;
  readonly date: string;
  readonly form: MentionForm;
  readonly deprecated: boolean;
}

/** The order of sortTextOf, without making the text of each of thousands of offers. */
function bySortText(a: Kept, b: Kept): number {
  if (a.deprecated !== b.deprecated) return a.deprecated ? 1 : -1;
  if (a.date !== b.date) return a.date > b.date ? -1 : 1;
  return a.offer.key < b.offer.key ? -1 : a.offer.key > b.offer.key ? 1 : 0;
}

/** The completions at `offset`; none once `token` is set (a user catalog may hold many thousand rows). */
export function catalogCompletions(doc: PlanDocument, offset: number, ctx: CompletionContext, token?: CancellationToken): CatalogCompletion[] {
  const at = completionContext(doc.text, offset);
  if (!at) return [];
  const typed = at.writeType || at.writeSo ? at.token.replace(/^số\s*/u, '') : at.token;
  const prefix = catalogKey(typed.normalize('NFC'));
  const citedBefore = citedDatesBefore(doc, at.start);
  const lastDay = planLastDay(doc);
  // ISO days compare as text: no date is read again for each of many thousand offers.
  const lastIso = lastDay === undefined ? undefined : isoOf(fromDayNumber(lastDay));
  const kept: Kept[] = [];
  const list = offers(ctx.lookup, prefix, at.type, ctx.index, ctx.uri);
  for (let i = 0; i < list.length; i++) {
    if (i % OFFERS_PER_CHECK === 0 && token?.isCancellationRequested) return [];
    const offer = list[i];
    const { type, date } = offer.facts;
    if (!offer.key.startsWith(prefix) || (at.type && (!type || !sameType(at.type, type)))) continue;
    // A plan cannot cite a document issued after it.
    if (lastIso !== undefined && date > lastIso) continue;
    const dates = citedBefore.get(offer.key);
    // A later mention names its date when the catalog holds another document of the symbol and no earlier mention gave it.
    const form: MentionForm = !dates ? 'first' : offer.sameKey > 1 && !dates.has(date) ? 'dated' : 'short';
    const deprecated = deprecatedFor(offer.facts, lastDay);
    kept.push({ offer, date, form, deprecated });
  }
  // 13,000 offers are not all sorted for the first 201.
  return firstInOrder(kept, COMPLETION_LIMIT + 1, bySortText).map((k) => completionOf(k, at, offset, ctx.locale));
}

type MentionForm = 'first' | 'dated' | 'short';

/** Per symbol key the plan cites before `end`, the dates its mentions give (an empty set when none does). */
function citedDatesBefore(doc: PlanDocument, end: number): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>();
  for (const c of citationsOf(doc)) {
    if (!c.numberSymbol || c.numberSymbol.end > end || c.self) continue;
    const key = catalogKey(c.numberSymbol.symbol);
    const dates = cited.get(key) ?? new Set<string>();
    const iso = mentionIso(c.date);
    if (iso) dates.add(iso);
    cited.set(key, dates);
  }
  return cited;
}

function mentionOf(d: Citable & { readonly date: string }, form: MentionForm, withType: boolean): string {
  if (form === 'first') return firstMention(d, withType);
  const short = shortMention(d, withType);
  return form === 'dated' ? `${short} ngày ${shortDate(d.date, 'vi')}` : short;
}

function completionOf({ offer, form, deprecated }: Kept, at: Context, offset: number, locale: Locale): CatalogCompletion {
  const d = offer.facts.entry();
  const first = form === 'first';
  const body = mentionOf(d, form, at.writeType);
  const status = statusText(offer.facts.status, locale);
  const docs = [
    d.summary ? md(d.summary) : '',
    status ? `${say('status', locale)}: ${md(status)}` : '',
    offer.file ? say('workspacePlan', locale, { file: md(offer.file) }) : '',
    say(first ? 'completionFirst' : 'completionLater', locale),
  ].filter(Boolean);
  return {
    label: d.symbol,
    detail: [d.type, shortDate(d.date, locale), d.issuer].filter(Boolean).join(' · '),
    documentation: docs.join('\n\n'),
    insertText: at.writeSo ? `số ${body}` : body,
    start: at.start,
    end: offset,
    filterText: at.writeType && at.token.startsWith('s') ? `số ${d.symbol}` : d.symbol,
    sortText: sortTextOf(deprecated, d.date, offer.key),
    ...(deprecated ? { deprecated } : {}),
  };
}

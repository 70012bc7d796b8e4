/**
 * What the words around an undated citation say about which document it names (issue 13): the
 * term written next to a Party symbol (`của Ban Chấp hành Trung ương Đảng khóa XII`), and the plan's
 * own date, since a plan cannot cite a document issued after it.
 */
import type { Citation } from '../citations/types';
import { dayNumber } from '../dates/calendar';
import { datesOf, periodOf } from '../dates/index';
import type { PlanDocument } from '../document';
import { romanValue } from '../structure/numbering';
import { foldKey } from '../text/fold';
import { parseIso } from './symbols';
import type { CatalogEntry } from './types';

/** How far after a citation the term is looked for: `(khóa XII)` or `khóa XIII` right after the issuer. */
const TERM_REACH = 24;

/** The years of the Central Committee's terms: a term runs from its Congress to the next one. */
const CENTRAL_TERM_FIRST_YEAR: Readonly<Record<number, number>> = {
  8: 1996, 9: 2001, 10: 2006, 11: 2011, 12: 2016, 13: 2021, 14: 2026,
};

/**
 * The Central Committee's term named right after a citation of a `…/TW` symbol: from the symbol's end
 * to a little past the citation's end, stopping at the next citation or line (the term there is that
 * document's). Undefined when none is named or the symbol is not a central Party one.
 */
export function termNear(text: string, citation: Citation, next: Citation | undefined): number | undefined {
  const ns = citation.numberSymbol;
  if (!ns || ns.style !== 'party' || ns.issuerCode !== 'TW') return undefined;
  let end = Math.min(text.length, citation.end + TERM_REACH, next ? next.start : Infinity);
  const newline = text.indexOf('\n', ns.end);
  if (newline >= 0 && newline < end) end = newline;
  const m = /(?:^| )khoa ([ivx]{1,5})(?: |$)/.exec(foldKey(text.slice(ns.end, end)));
  if (!m) return undefined;
  const term = romanValue(m[1].toUpperCase());
  return CENTRAL_TERM_FIRST_YEAR[term] !== undefined ? term : undefined;
}

/**
 * Whether an entry can belong to a term: its year lies from the term's Congress year to the next one's
 * (both ends kept: a Congress year holds documents of both terms).
 */
export function inTerm(entry: CatalogEntry, term: number): boolean {
  const first = CENTRAL_TERM_FIRST_YEAR[term];
  const year = Number(entry.date.slice(0, 4));
  return first !== undefined && year >= first && year <= first + 5;
}

/** The last day (a day number) the plan's own date can be; undefined for a plan without a valid date. */
export function planLastDay(doc: PlanDocument): number | undefined {
  const plan = datesOf(doc).plan;
  return plan && plan.valid ? periodOf(plan).last : undefined;
}

/** Whether an entry was issued after the plan's last possible day. */
export function issuedAfter(entry: Pick<CatalogEntry, 'date'>, lastDay: number): boolean {
  const d = parseIso(entry.date);
  return !!d && dayNumber(d.year, d.month, d.day) > lastDay;
}

/**
 * Whether completion marks an entry as deprecated: replaced or expired, and already so on the plan's
 * date (a plan dated before the replacement cited a document then in force); a plan without a date is
 * a draft written now.
 */
export function deprecatedFor(entry: Pick<CatalogEntry, 'status'> | undefined, lastDay: number | undefined): boolean {
  const status = entry?.status;
  if (!status || status.state === 'in-force') return false;
  const since = status.state === 'expired' ? status.since : status.since ?? status.by.date;
  const d = since ? parseIso(since) : undefined;
  return lastDay === undefined || !d || dayNumber(d.year, d.month, d.day) <= lastDay;
}

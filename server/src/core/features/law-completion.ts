/**
 * Completion of a law by its name: after `Luật ` (and while its name is typed: `Luật Ngân s|`) the
 * catalog's laws are offered, and accepting one writes its first mention (`Luật Ngân sách nhà nước số
 * 83/2015/QH13 ngày 25/6/2015`), or the short form once the plan has cited it above. A law is cited by
 * its name, so the citation completion (which waits for `số` or a symbol) never offers it here.
 */
import type { CancellationToken } from '../cancellation';
import type { CatalogCompletion } from '../catalog/completion';
import { firstMention, shortDate, shortMention, statusText } from '../catalog/describe';
import { deprecatedFor, issuedAfter, planLastDay } from '../catalog/context';
import { catalogKey } from '../catalog/symbols';
import { md, say } from '../catalog/texts';
import type { CatalogEntry, CatalogLookup } from '../catalog/types';
import { citationsOf } from '../citations/of-document';
import type { PlanDocument } from '../document';
import type { Locale } from '../messages';

/** How far back from the cursor `Luật` is looked for: the word and a law's name. */
const REACH = 80;
const LAW = 'Luật';
/** `Luật` as a word, then only the letters, spaces and commas of a name being typed, up to the cursor. */
const AFTER_LAW = new RegExp(`(?<![\\p{L}\\p{M}])(?:${LAW}|${LAW.normalize('NFD')})[ \\u00a0]+[\\p{L}\\p{M} ,]*$`, 'u');

/** Where `Luật` starts when the text before `offset` is a law's name being written. */
export function lawContext(text: string, offset: number): { start: number } | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const from = Math.max(lineStart, offset - REACH);
  const m = AFTER_LAW.exec(text.slice(from, offset));
  return m ? { start: from + m.index } : undefined;
}

/** A law of the catalog named by its summary (`Luật Ngân sách nhà nước`). */
const isNamedLaw = (e: CatalogEntry): e is CatalogEntry & { summary: string } =>
  e.type === LAW && !!e.summary && e.summary.startsWith(`${LAW} `);

/** In force (or not known otherwise) before replaced or expired, then newest first. */
function sortKey(e: CatalogEntry): string {
  const gone = e.status && e.status.state !== 'in-force' ? 1 : 0;
  return `${gone}${String(99999999 - Number(e.date.replace(/-/g, ''))).padStart(8, '0')}${catalogKey(e.symbol)}`;
}

export function lawCompletions(
  doc: PlanDocument, offset: number, lookup: CatalogLookup, locale: Locale, token?: CancellationToken,
): CatalogCompletion[] {
  const at = lawContext(doc.text, offset);
  if (!at || token?.isCancellationRequested) return [];
  const citedBefore = new Set(citationsOf(doc).filter((c) => c.numberSymbol && c.numberSymbol.end <= at.start && !c.self).map((c) => catalogKey(c.numberSymbol!.symbol)));
  const lastDay = planLastDay(doc);
  // A plan cannot cite a law passed after it; a law already replaced on the plan's date is shown struck through.
  // A province's register of 200,000 documents holds few laws: the others are not built for this list.
  return (lookup.ofType?.(LAW) ?? lookup.all()).filter(isNamedLaw).filter((law) => lastDay === undefined || !issuedAfter(law, lastDay)).map((law) => {
    const first = !citedBefore.has(catalogKey(law.symbol));
    const deprecated = deprecatedFor(law, lastDay);
    const status = statusText(law.status, locale);
    return {
      label: law.summary,
      detail: [law.symbol, shortDate(law.date, locale), status].filter(Boolean).join(' · '),
      documentation: [status ? `${say('status', locale)}: ${md(status)}` : '', say(first ? 'completionFirst' : 'completionLater', locale)].filter(Boolean).join('\n\n'),
      insertText: first ? firstMention(law) : shortMention(law),
      start: at.start,
      end: offset,
      filterText: law.summary,
      sortText: sortKey(law),
      ...(deprecated ? { deprecated } : {}),
    };
  });
}

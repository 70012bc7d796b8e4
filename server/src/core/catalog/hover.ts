/**
 * The hover over a citation: what the document is (type, symbol, date, issuer, trích yếu, status,
 * source) and how many plans of the workspace cite it; for an ambiguous symbol, the candidates and
 * the date that decides. Over the plan's own `Số`: how many plans cite this plan.
 */
import type { PlanDocument } from '../document';
import type { Locale } from '../messages';
import { citedName, shortDate, statusText } from './describe';
import type { PlanSelf } from './plan-summary';
import { bySourceTrust, sourceName } from './sources';
import { catalogKey, mentionIso, yearOfIso } from './symbols';
import { targetAt } from './target';
import { md, say } from './texts';
import type { CatalogEntry, CatalogLookup } from './types';
import type { DocumentIdentity, WorkspaceIndex } from './workspace-index';

export interface CatalogHover {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

const fileName = (uri: string) => decodeURIComponent(uri.split('/').pop() ?? uri);
const link = (uri: string) => `[${md(fileName(uri))}](${uri})`;

function replacingOf(lookup: CatalogLookup, entry: CatalogEntry): CatalogEntry | undefined {
  if (entry.status?.state !== 'replaced') return undefined;
  const { symbol, date } = entry.status.by;
  const list = lookup.candidates(catalogKey(symbol));
  return date ? list.find((e) => e.date === date) : list.length === 1 ? list[0] : undefined;
}

function sourceLine(entry: CatalogEntry, locale: Locale): string {
  if (entry.origin.kind === 'user') {
    return `${say('source', locale)}: ${say('userCatalog', locale, { file: md(fileName(entry.origin.file)), line: entry.origin.line })}`;
  }
  // The source's name, not its host: a records officer knows the national database by name.
  const links = bySourceTrust(entry.sources ?? []).map((url) => `[${md(sourceName(url))}](${url})`);
  return `${say('source', locale)}: ${links.length ? links.join(', ') : say('builtinCatalog', locale)}`;
}

function entryLines(entry: CatalogEntry, lookup: CatalogLookup, locale: Locale): string[] {
  const lines = [`**${md(citedName(entry))}**`, ''];
  lines.push(`${say('date', locale)}: ${shortDate(entry.date, locale)}`);
  if (entry.issuer) lines.push(`${say('issuer', locale)}: ${md(entry.issuer)}`);
  if (entry.summary) lines.push(`${say('summary', locale)}: ${md(entry.summary)}`);
  lines.push(`${say('status', locale)}: ${md(statusText(entry.status, locale, replacingOf(lookup, entry)) ?? say('statusUnknown', locale))}`);
  if (entry.scope) lines.push(`${say('scope', locale)}: ${entry.scope === 'national' ? say('national', locale) : md(entry.scope)}`);
  lines.push(sourceLine(entry, locale));
  // Markdown joins single lines into one paragraph: two spaces end each line.
  return lines.map((l, k) => (k > 1 && l ? `${l}  ` : l));
}

function selfLines(self: PlanSelf, uri: string, locale: Locale): string[] {
  const name = self.type ? `${self.type} số ${self.symbol}` : `số ${self.symbol}`;
  const lines = [`**${md(name)}** (${link(uri)})`, ''];
  if (self.date) lines.push(`${say('date', locale)}: ${shortDate(self.date, locale)}  `);
  const issuer = self.issuer ?? (self.issuerLines.length ? self.issuerLines.join(' ') : undefined);
  if (issuer) lines.push(`${say('issuer', locale)}: ${md(issuer)}  `);
  if (self.summary) lines.push(`${say('summary', locale)}: ${md(self.summary)}  `);
  return lines;
}

function workspaceLines(id: DocumentIdentity, index: WorkspaceIndex | undefined, uri: string | undefined, locale: Locale, showPlan: boolean): string[] {
  if (!index) return [];
  const lines: string[] = [];
  const count = index.citingPlanCount(id);
  lines.push(count ? say('citedBy', locale, { count }) : say('citedByNone', locale));
  const being = index.plansBeing(id).filter((p) => p.uri !== uri);
  if (showPlan && being.length) lines.push(say('isPlan', locale, { link: being.map((p) => link(p.uri)).join(', ') }));
  return lines;
}

export interface HoverContext {
  readonly lookup: CatalogLookup;
  readonly index?: WorkspaceIndex;
  /** The plan's own URI, so that it is not listed as the document it cites. */
  readonly uri?: string;
  readonly locale: Locale;
}

export function catalogHover(doc: PlanDocument, offset: number, ctx: HoverContext): CatalogHover | undefined {
  const { lookup, index, locale } = ctx;
  const target = targetAt(doc, offset, lookup);
  if (!target) return undefined;
  const blocks: string[][] = [];
  if (target.kind === 'self') {
    blocks.push([say('thisPlan', locale, { symbol: md(target.self.symbol) })]);
    blocks.push(workspaceLines(target.id, index, ctx.uri, locale, true));
    return { markdown: blocks.map((b) => b.join('\n')).join('\n\n'), start: target.start, end: target.end };
  }
  const r = target.resolved;
  const res = r.resolution;
  const symbol = r.cited.ns.symbol;
  if (res.kind === 'exact' || res.kind === 'same' || res.kind === 'likely') {
    blocks.push(entryLines(res.entry, lookup, locale));
    const written = mentionIso(r.citation.date);
    if (res.kind === 'same' && written && written !== res.entry.date) {
      blocks.push([say('dateDiffers', locale, { written: shortDate(written, locale), want: shortDate(res.entry.date, locale) })]);
    }
    if (res.kind === 'likely' && !r.cited.date) blocks.push([say('likely', locale, { symbol: md(symbol) })]);
  } else if (res.kind === 'ambiguous') {
    const list = res.candidates.map((e) => `- ${shortDate(e.date, locale)}${e.issuer ? ` — ${md(e.issuer)}` : ''}${e.summary ? `: ${md(e.summary)}` : ''}`);
    blocks.push([say('ambiguous', locale, { count: res.candidates.length, symbol: md(symbol) }), '', ...list]);
    blocks.push([say('ambiguousHint', locale, { date: shortDate(res.candidates[res.candidates.length - 1].date, 'vi') })]);
  } else {
    // Not catalogued: a workspace plan may still be the document.
    const plan = index?.plansBeing(target.id).find((p) => p.uri !== ctx.uri);
    if (plan) blocks.push(selfLines(plan.self, plan.uri, locale));
    else if (res.kind === 'other') {
      const years = [...new Set(res.candidates.map((e) => yearOfIso(e.date)))].join(', ');
      blocks.push([say('other', locale, { symbol: md(symbol), years, year: r.cited.date?.year ?? '' })]);
    } else blocks.push([say('unknown', locale, { symbol: md(symbol) })]);
    blocks.push(workspaceLines(target.id, index, ctx.uri, locale, false));
    return { markdown: blocks.map((b) => b.join('\n')).join('\n\n'), start: target.start, end: target.end };
  }
  blocks.push(workspaceLines(target.id, index, ctx.uri, locale, true));
  return { markdown: blocks.filter((b) => b.length).map((b) => b.join('\n')).join('\n\n'), start: target.start, end: target.end };
}

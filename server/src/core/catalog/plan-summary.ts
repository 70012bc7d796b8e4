/**
 * What a plan gives the workspace index: itself as a document others may cite (its `Số`, date,
 * issuer, trích yếu) and every citation in it, with positions an editor can jump to.
 */
import { ownNumber } from '../citations/of-document';
import { planDateOf } from '../dates/plan-date';
import { parsePlan, type PlanDocument } from '../document';
import { isUpperCaseText } from '../text/fold';
import { positionAt, splitLines, type Position, type TextLine } from '../text/lines';
import { issuerNameOf } from './issuer-name';
import { citedDocuments } from './resolve';
import { catalogKey, isoOf, mentionIso, readSymbolText, typeFromSymbol } from './symbols';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly range: { readonly start: Position; readonly end: Position };
}

/** The plan as a document: enough to name it in a citation. */
export interface PlanSelf extends Span {
  readonly key: string;
  readonly symbol: string;
  readonly type?: string;
  /** `YYYY-MM-DD` when the header gives the day. */
  readonly date?: string;
  readonly year?: number;
  /** The body as a citation names it (`Ủy ban nhân dân tỉnh Lạng Sơn`), when its spelling is known. */
  readonly issuer?: string;
  /** The header's issuer lines as written. */
  readonly issuerLines: readonly string[];
  /** The trích yếu under the title, as written. */
  readonly summary?: string;
}

export interface PlanCitation extends Span {
  readonly key: string;
  readonly symbol: string;
  /** The day (its own or its dated mention's), `YYYY-MM-DD`. */
  readonly date?: string;
  readonly year?: number;
}

export interface PlanSummary {
  readonly self?: PlanSelf;
  readonly citations: readonly PlanCitation[];
}

function span(lines: readonly TextLine[], start: number, end: number): Span {
  return { start, end, range: { start: positionAt(lines, start), end: positionAt(lines, end) } };
}

export function summarizePlan(doc: PlanDocument): PlanSummary {
  const citations: PlanCitation[] = citedDocuments(doc).map(({ citation, cited }) => {
    const ns = citation.numberSymbol!;
    const date = mentionIso(cited.date);
    const year = cited.date?.year ?? ns.year;
    return { key: cited.key, symbol: ns.symbol, ...(date ? { date } : {}), ...(year ? { year } : {}), ...span(doc.lines, citation.start, citation.end) };
  });
  return { self: selfOf(doc), citations };
}

function selfOf(doc: PlanDocument): PlanSelf | undefined {
  const field = doc.header.number;
  const symbol = ownNumber(doc).symbol;
  if (!field || !symbol) return undefined;
  const ns = readSymbolText(symbol);
  const planDate = planDateOf(doc);
  const date = planDate?.precision === 'day' && planDate.valid ? isoOf({ year: planDate.year, month: planDate.month!, day: planDate.day! }) : undefined;
  const issuerLines = doc.header.issuer.map((f) => f.text);
  const issuer = issuerNameOf(issuerLines);
  const summaryText = doc.header.summary?.text;
  const type = ns ? typeFromSymbol(ns) : undefined;
  return {
    key: catalogKey(symbol), symbol,
    ...(type ? { type } : {}),
    ...(date ? { date } : {}),
    ...(planDate ? { year: planDate.year } : {}),
    ...(issuer ? { issuer } : {}),
    issuerLines,
    ...(summaryText ? { summary: summaryText } : {}),
    ...span(doc.lines, field.start, field.end),
  };
}

/** Lines enough for any header (the header reader looks at 80) and its trích yếu. */
const HEAD_LINES = 120;

/**
 * The same summary from text alone, for plans on disk that no editor has open: only the head is
 * parsed as Markdown (the header lies there); citations are read from the whole text.
 */
export function summarizeText(text: string): PlanSummary {
  const lines = splitLines(text);
  if (lines.length <= HEAD_LINES) return summarizePlan(parsePlan(text));
  const head = parsePlan(text.slice(0, lines[HEAD_LINES].start));
  // The header's offsets hold in the whole text, of which the head is the beginning.
  return summarizePlan({ ...head, text, lines });
}

/** The trích yếu as it may follow a citation: `thực hiện …` (lower-cased first letter); an all-capitals one is left out. */
export function summaryForCitation(summary: string | undefined): string | undefined {
  if (!summary || isUpperCaseText(summary)) return undefined;
  return summary[0].toLowerCase() + summary.slice(1);
}

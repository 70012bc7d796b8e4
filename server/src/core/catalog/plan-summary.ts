/**
 * What a plan gives the workspace index: itself as a document others may cite (its `Số`, date,
 * issuer, trích yếu) and every citation in it, with positions an editor can jump to.
 */
import { ownNumber } from '../citations/of-document';
import { planDateOf } from '../dates/plan-date';
import { parsePlan, parsePlanHead, type PlanDocument } from '../document';
import { isTitleKey } from '../header/index';
import { cleanSlice } from '../text/clean';
import { foldKey, isUpperCaseText } from '../text/fold';
import { positionAt, splitLines, type Position, type TextLine } from '../text/lines';
import { issuerNameOf } from './issuer-name';
import { citedDocuments } from './resolve';
import { catalogKey, isoOf, mentionIso, readSymbolText, typeFromSymbol } from './symbols';

/** Where a mention is, as numbers: a workspace keeps thousands of them, and an object per position would double its memory. */
export interface Span {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

/** The LSP-shaped range of a span. */
export function rangeOf(s: Span): { start: Position; end: Position } {
  return { start: { line: s.line, character: s.character }, end: { line: s.endLine, character: s.endCharacter } };
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
  const a = positionAt(lines, start);
  const b = positionAt(lines, end);
  return { line: a.line, character: a.character, endLine: b.line, endCharacter: b.character };
}

/**
 * A copy of `s` that holds none of the text it was cut from. V8 keeps a slice of a long string as a
 * pointer into it, so one issuer line kept in the index would keep the whole plan's text alive: 21 KB
 * a plan of 9 KB instead of 3.6. Measured on 1,500 plans: this round trip 3.55 KB, Buffer 3.60,
 * `(' ' + s).slice(1)` 3.78 (a slice of a new string), `s.slice(0)` 21.1 (the same string).
 */
export function copyOut(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** One string per distinct symbol and date across the workspace, however many plans repeat it; never a slice of a plan's text. */
const interned = new Map<string, string>();
function intern(s: string): string {
  let known = interned.get(s);
  if (known === undefined) {
    if (interned.size > 200_000) interned.clear();
    known = copyOut(s);
    interned.set(known, known);
  }
  return known;
}

export function summarizePlan(doc: PlanDocument): PlanSummary {
  const citations: PlanCitation[] = citedDocuments(doc).map(({ citation, cited }) => {
    const ns = citation.numberSymbol!;
    const date = mentionIso(cited.date);
    const year = cited.date?.year ?? ns.year;
    return {
      key: intern(cited.key), symbol: intern(ns.symbol), ...(date ? { date: intern(date) } : {}), ...(year ? { year } : {}),
      ...span(doc.lines, citation.start, citation.end),
    };
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
  // Copied out: the index outlives the text (see copyOut).
  const issuerLines = doc.header.issuer.map((f) => copyOut(f.text));
  const issuer = issuerNameOf(issuerLines);
  const summaryText = doc.header.summary && copyOut(doc.header.summary.text);
  const type = ns ? typeFromSymbol(ns) : undefined;
  return {
    key: copyOut(catalogKey(symbol)), symbol: copyOut(symbol),
    ...(type ? { type: intern(type) } : {}),
    ...(date ? { date: intern(date) } : {}),
    ...(planDate ? { year: planDate.year } : {}),
    ...(issuer ? { issuer: copyOut(issuer) } : {}),
    issuerLines,
    ...(summaryText ? { summary: summaryText } : {}),
    ...span(doc.lines, field.start, field.end),
  };
}

/** The header reader looks at 80 lines for the title; after it, the trích yếu (6 lines at most) and an attachment note. */
const TITLE_WITHIN = 80;
const AFTER_TITLE = 24;

/** The line after which nothing of the header can be: some lines past the `KẾ HOẠCH` title. */
function headLines(lines: readonly TextLine[]): number {
  const limit = Math.min(lines.length, TITLE_WITHIN);
  for (let i = 0; i < limit; i++) {
    const text = lines[i].text;
    if (text.length > 200) continue;
    for (const cell of text.split('|')) {
      const clean = cleanSlice(cell, 0).text.normalize('NFC');
      const key = foldKey(clean);
      if (isTitleKey(key) || (key.startsWith('ke hoach ') && isUpperCaseText(clean))) return i + 1 + AFTER_TITLE;
    }
  }
  return limit + AFTER_TITLE;
}

/**
 * The same summary from text alone, for plans on disk that no editor has open: only the head is
 * parsed as Markdown (the header lies there); citations are read from the whole text.
 */
export function summarizeText(text: string): PlanSummary {
  const lines = splitLines(text);
  const head = headLines(lines);
  if (lines.length <= head) return summarizePlan(parsePlan(text));
  // The header's offsets hold in the whole text, of which the head is the beginning.
  return summarizePlan(parsePlanHead(text, lines[head].start));
}

/** The trích yếu as it may follow a citation: `thực hiện …` (lower-cased first letter); an all-capitals one is left out. */
export function summaryForCitation(summary: string | undefined): string | undefined {
  if (!summary || isUpperCaseText(summary)) return undefined;
  return summary[0].toLowerCase() + summary.slice(1);
}

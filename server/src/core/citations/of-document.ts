/**
 * The citations of a parsed plan (PlanDocument.citations, computed on first use): the header's `Số`
 * line is not a citation (any other `Số …` line, such as a web page's list of documents, is a mention),
 * and mentions of the plan's own number (a web page's title, its metadata) are marked self.
 */
import type { PlanDocument } from '../document';
import { readByPieces, shiftTree } from '../text/chunks';
import { findCitations } from './find';
import type { Citation, NumberSymbol } from './types';

/** More than a `Số` line's label and symbol, or a type, `số` and one symbol. */
const TYPED_NUMBER_LINE_MAX = 200;

/** The text up to the first white space TYPED_NUMBER_LINE_MAX characters in. */
function lineStart(text: string): string {
  const cut = text.length > TYPED_NUMBER_LINE_MAX ? text.slice(TYPED_NUMBER_LINE_MAX).search(/\s/) : -1;
  return cut < 0 ? text : text.slice(0, TYPED_NUMBER_LINE_MAX + cut);
}

/** The number-symbol of the header's `Số` line, read as citations read theirs (a draft's blank number has none). */
function headerNumberSymbol(doc: PlanDocument): NumberSymbol | undefined {
  const number = doc.header.number;
  if (!number) return undefined;
  // The symbol opens the line: a pasted line of thousands of `số 1/` is not read whole for it.
  return findCitations(lineStart(doc.text.slice(number.start, number.end))).find((c) => c.numberSymbol)?.numberSymbol;
}

/**
 * `Nghị quyết số: 653/2019/UBTVQH14` alone on a line of the header, where a web page's copy writes the
 * `Số` line with the document's type before it: the header reader keeps to `Số:`, but the mentions of this
 * number (the page's title) are of the document itself.
 */
function typedNumberSymbol(doc: PlanDocument): NumberSymbol | undefined {
  for (let l = 0; l < Math.min(doc.header.endLine, doc.lines.length); l++) {
    const line = doc.lines[l].text;
    // A type, `số` and one symbol fit in far less; the citations of a long line are not read twice.
    if (line.length > TYPED_NUMBER_LINE_MAX) continue;
    const [c, more] = findCitations(line);
    const written = line.trim();
    if (!c || more || !c.numberSymbol || !c.so || !c.typeWord || c.typeWord.start !== line.indexOf(written)) continue;
    if (/[\p{L}\p{N}]/u.test(line.slice(c.numberSymbol.end))) continue;
    return c.numberSymbol;
  }
  return undefined;
}

/** The plan's own number-symbol, normalized as citations normalize theirs, and its year when the header shows it. */
export function ownNumber(doc: PlanDocument): { symbol?: string; year?: number } {
  return { symbol: (headerNumberSymbol(doc) ?? typedNumberSymbol(doc))?.symbol, year: doc.header.placeDate?.date?.year };
}

/** The document whose header opens the file: its number-symbol, where its `Số` line starts, and its date to the day. */
export interface IssuingHeader {
  readonly numberSymbol: NumberSymbol;
  readonly start: number;
  /** The day of the place-date line, and where that line starts. */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number; readonly start: number };
}

/** The header's number and date, for a `(Ban hành kèm theo …)` note below it to be checked against. */
export function issuingHeaderOf(doc: PlanDocument): IssuingHeader | undefined {
  const numberSymbol = headerNumberSymbol(doc);
  if (!numberSymbol) return undefined;
  const line = doc.header.placeDate;
  const d = line?.date;
  const date = d?.precision === 'day' && d.valid && d.month !== undefined && d.day !== undefined
    ? { year: d.year, month: d.month, day: d.day, start: line!.start } : undefined;
  return { numberSymbol, start: doc.header.number!.start, ...(date ? { date } : {}) };
}

/** The citations of a plan: {@link PlanDocument.citations}. */
export function citationsOf(doc: PlanDocument): readonly Citation[] {
  return doc.citations;
}

/** Computes what {@link PlanDocument.citations} holds; parsePlan calls it once, on first use. */
export function documentCitations(doc: PlanDocument): readonly Citation[] {
  const own = ownNumber(doc);
  const header = doc.header.number;
  return citationsByPieces(doc)
    .filter((c) => !(header && c.start < header.end && header.start < c.end))
    .map((c) => {
      const ns = c.numberSymbol;
      if (!ns || !own.symbol || ns.symbol !== own.symbol) return c;
      // Numbers restart each year: the same symbol dated another year is another document.
      if (c.date && own.year !== undefined && c.date.year !== own.year) return c;
      return { ...c, self: true };
    });
}

/** The citations of the whole text, read section by section (see text/chunks). */
function citationsByPieces(doc: PlanDocument): Citation[] {
  const all: Citation[] = [];
  for (const citations of readByPieces(doc.text, 'citations', findCitations, doc.memo, shiftTree)) {
    for (const c of citations) all.push(c);
  }
  return all;
}

/**
 * The citations of a parsed plan (PlanDocument.citations, computed on first use): the header's `Số`
 * line is not a citation (any other `Số …` line, such as a web page's list of documents, is a mention),
 * and mentions of the plan's own number (a web page's title, its metadata) are marked self.
 */
import type { PlanDocument } from '../document';
import { findCitations } from './find';
import type { Citation } from './types';

/** The plan's own number-symbol, normalized as citations normalize theirs, and its year when the header shows it. */
export function ownNumber(doc: PlanDocument): { symbol?: string; year?: number } {
  const header = doc.header;
  let symbol: string | undefined;
  if (header.number) {
    const inLine = findCitations(doc.text.slice(header.number.start, header.number.end));
    symbol = inLine.find((c) => c.numberSymbol)?.numberSymbol?.symbol;
  }
  return { symbol, year: header.placeDate?.date?.year };
}

/** The citations of a plan: {@link PlanDocument.citations}. */
export function citationsOf(doc: PlanDocument): readonly Citation[] {
  return doc.citations;
}

/** Computes what {@link PlanDocument.citations} holds; parsePlan calls it once, on first use. */
export function documentCitations(doc: PlanDocument): readonly Citation[] {
  const own = ownNumber(doc);
  const header = doc.header.number;
  return findCitations(doc.text)
    .filter((c) => !(header && c.start < header.end && header.start < c.end))
    .map((c) => {
      const ns = c.numberSymbol;
      if (!ns || !own.symbol || ns.symbol !== own.symbol) return c;
      // Numbers restart each year: the same symbol dated another year is another document.
      if (c.date && own.year !== undefined && c.date.year !== own.year) return c;
      return { ...c, self: true };
    });
}

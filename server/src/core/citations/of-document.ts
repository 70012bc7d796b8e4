/**
 * The citations of a parsed plan (PlanDocument.citations, computed on first use): the plan's own `Số`
 * line is not a citation, and mentions of the plan's own number (a web page's title, its metadata)
 * are marked self.
 */
import type { PlanDocument } from '../document';
import { positionAt } from '../text/lines';
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

const DECORATION_BEFORE = /[|*#\s\u00a0\ufeff]/;
const DECORATION_AFTER = /[|*\s\u00a0]/;

/**
 * Lines such as `Số: 52/KH-UBND` or `| Số 201-KH/TU |` where a header sits, even one the parser did not see.
 * Reads outwards from the citation only up to the first other character, so that many citations on one
 * long line stay linear.
 */
function isNumberLine(doc: PlanDocument, c: Citation): boolean {
  if (c.typeWord || !c.hasSo || c.date || c.issuer) return false;
  const line = doc.lines[positionAt(doc.lines, c.start).line];
  if (!line || line.index > 80) return false;
  let before = c.start;
  while (before > line.start && DECORATION_BEFORE.test(doc.text[before - 1])) before--;
  if (before > line.start) return false;
  let after = c.end;
  while (after < line.end && DECORATION_AFTER.test(doc.text[after])) after++;
  return after >= line.end;
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
    .filter((c) => !(header && c.start < header.end && header.start < c.end) && !isNumberLine(doc, c))
    .map((c) => {
      const ns = c.numberSymbol;
      if (!ns || !own.symbol || ns.symbol !== own.symbol) return c;
      // Numbers restart each year: the same symbol dated another year is another document.
      if (c.date && own.year !== undefined && c.date.year !== own.year) return c;
      return { ...c, self: true };
    });
}

/**
 * `theo Kế hoạch số 87 của Tỉnh ủy`: a document named by its number alone, its symbol left out. Read
 * by citation-incomplete, whose finding it is (a mention that does not say which document it is).
 */
import type { Citation } from '../citations/types';
import type { PlanDocument } from '../document';

/** Where the body starts: mentions above it (the trích yếu names a document briefly) are no first mentions. */
export function bodyStartOf(doc: PlanDocument): number {
  return doc.header.title ? doc.lines[Math.min(doc.header.endLine, doc.lines.length - 1)].start : 0;
}

/** The first mention in the body of each document named by `số` and a number only. */
export function numberOnlyMentions(doc: PlanDocument): Citation[] {
  const bodyStart = bodyStartOf(doc);
  const seen = new Set<string>();
  const found: Citation[] = [];
  for (const c of doc.citations) {
    if (c.kind !== 'reference' || !c.hasSo || c.reference?.number === undefined || c.start < bodyStart) continue;
    const key = `${c.typeWord?.type}\0${c.reference.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(c);
  }
  return found;
}

/** What such a mention lacks besides its symbol, as message parts. */
export function missingParts(c: Citation): ('partDate' | 'partIssuer')[] {
  return [...(c.date ? [] : ['partDate' as const]), ...(c.issuer || c.issuerBefore ? [] : ['partIssuer' as const])];
}

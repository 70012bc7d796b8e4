/**
 * The body of a plan in a Word file: the paragraphs of the main text that the text parser read as
 * the plan's paragraphs, list items and headings (so not the header, the closing, tables, text boxes,
 * footnotes, code, or lines after the signature), in order. format-body and format-font-size check
 * these, and report a run of consecutive offending paragraphs once.
 */
import type { PlanDocument } from '../document';
import type { WordParagraph, WordReading } from './word-source';

export interface FlowParagraph {
  readonly paragraph: WordParagraph;
  /** A heading (`I.`, `1.`, `a)` or a capitals title) as the text parser reads it. */
  readonly heading: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly heading: boolean;
}

/** Spans of the text the parser read as body paragraphs and headings, sorted, header fields left out. */
function bodySpans(doc: PlanDocument): Span[] {
  const spans: Span[] = [
    ...doc.blocks.map((b) => ({ start: b.start, end: b.end, heading: false })),
    ...doc.allSections.map((s) => ({ start: s.heading.start, end: s.heading.end, heading: true })),
  ];
  return spans.sort((a, b) => a.start - b.start);
}

function headerRanges(doc: PlanDocument): { start: number; end: number }[] {
  const h = doc.header;
  return [...h.issuer, h.nationalTitle, h.motto, h.partyTitle, h.doanTitle, h.number, h.numberLike, h.placeDate, h.title, h.summary, h.attachedTo]
    .filter((f): f is NonNullable<typeof f> => f !== undefined);
}

const isMainText = (p: WordParagraph) => p.part === 'body' && !p.table && !p.inTextBox && p.end > p.start;

/** One merge pass: paragraphs and spans are both in text order. */
export function bodyFlow(doc: PlanDocument, reading: WordReading): FlowParagraph[] {
  const spans = bodySpans(doc);
  const header = headerRanges(doc);
  const out: FlowParagraph[] = [];
  let s = 0;
  for (const paragraph of reading.paragraphs) {
    if (!isMainText(paragraph)) continue;
    while (s < spans.length && spans[s].end <= paragraph.start) s++;
    const span = spans[s];
    if (!span || span.start >= paragraph.end) continue;
    if (header.some((f) => f.start < paragraph.end && f.end > paragraph.start)) continue;
    out.push({ paragraph, heading: span.heading });
  }
  return out;
}

/** What one paragraph shows for one check: fine, not checked (it does not break a run), or a problem. */
export type Verdict<P> = { readonly ok: true } | { readonly skip: true } | { readonly problem: P };

export interface OffendingRun<P> {
  readonly first: FlowParagraph;
  readonly last: FlowParagraph;
  readonly problem: P;
  readonly count: number;
}

/**
 * Consecutive offending paragraphs as one run. A paragraph not checked is passed over; a paragraph
 * that is fine ends the run, and so does any text between two paragraphs (a table, a code block);
 * empty paragraphs (Word users' spacing) add no text and do not.
 */
export function offendingRuns<P>(text: string, flow: readonly FlowParagraph[], verdict: (f: FlowParagraph, previous?: FlowParagraph) => Verdict<P>): OffendingRun<P>[] {
  const runs: OffendingRun<P>[] = [];
  let open: { first: FlowParagraph; last: FlowParagraph; problem: P; count: number } | undefined;
  const close = () => { if (open) runs.push(open); open = undefined; };
  flow.forEach((f, i) => {
    const previous = i > 0 ? flow[i - 1] : undefined;
    if (previous && /\S/.test(text.slice(previous.paragraph.end, f.paragraph.start))) close();
    const v = verdict(f, previous);
    if ('skip' in v) return;
    if ('ok' in v) { close(); return; }
    if (open) { open.last = f; open.count++; } else open = { first: f, last: f, problem: v.problem, count: 1 };
  });
  close();
  return runs;
}

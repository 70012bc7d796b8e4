import type { PlanDocument, Section } from '../document';
import type { TextEdit } from '../text/edits';
import { labelFor, type Numbering, type NumberingStyle } from './numbering';

/**
 * Text edits on the section outline, shared by the quick fixes that insert, move and renumber
 * sections, so that each writes headings the way the document already writes them.
 */

/** Offset of the numbering label and its separator in the original text. */
export function labelRange(doc: PlanDocument, section: Section): { start: number; end: number; sepStart: number; sepEnd: number } | undefined {
  const n = section.heading.numbering;
  if (!n) return undefined;
  const start = section.heading.start;
  const token = doc.text.slice(start, start + n.length);
  const sepIndex = n.separator ? token.indexOf(n.separator, n.label.length) : -1;
  return {
    start, end: start + n.label.length,
    sepStart: sepIndex >= 0 ? start + sepIndex : start + n.label.length,
    sepEnd: sepIndex >= 0 ? start + sepIndex + n.separator.length : start + n.label.length,
  };
}

/** Sibling runs that number together: same numbering style and, for Arabic, same depth. */
export function numberedRuns(siblings: readonly Section[]): Section[][] {
  const runs = new Map<string, Section[]>();
  for (const s of siblings) {
    const n = s.heading.numbering;
    if (!n) continue;
    const key = `${n.style}:${n.depth}`;
    if (!runs.has(key)) runs.set(key, []);
    runs.get(key)!.push(s);
  }
  return [...runs.values()];
}

/** Edits that make a run read 1, 2, 3 … with the first heading's separator. */
export function renumberEdits(doc: PlanDocument, run: readonly Section[], firstValue = 1): TextEdit[] {
  const edits: TextEdit[] = [];
  const first = run[0]?.heading.numbering;
  if (!first) return edits;
  run.forEach((s, i) => {
    const n = s.heading.numbering!;
    const range = labelRange(doc, s)!;
    const want = labelFor(n.style, firstValue + i, n.label);
    if (n.label !== want) edits.push({ start: range.start, end: range.end, text: want });
    if (first.separator && n.separator !== first.separator) edits.push({ start: range.sepStart, end: range.sepEnd, text: first.separator });
  });
  return edits;
}

export interface HeadingStyle {
  readonly markdownDepth?: number;
  readonly style: NumberingStyle;
  readonly separator: string;
  readonly like: string;
}

export function styleOf(section: Section | undefined, fallback: HeadingStyle): HeadingStyle {
  const n: Numbering | undefined = section?.heading.numbering;
  if (!section || !n) return fallback;
  return { markdownDepth: section.heading.markdownDepth, style: n.style, separator: n.separator || '.', like: n.label };
}

export function headingLine(style: HeadingStyle, value: number, title: string): string {
  const hashes = style.markdownDepth ? '#'.repeat(style.markdownDepth) + ' ' : '';
  return `${hashes}${labelFor(style.style, value, style.like)}${style.separator} ${title}`;
}

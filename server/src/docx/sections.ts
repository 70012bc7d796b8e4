/**
 * Page setup per section (`w:sectPr`): paper, orientation, margins, a different first page, page
 * numbering, and what each header and footer shows (its text, whether it holds the PAGE field, and
 * where). A section's `w:sectPr` sits in its last paragraph's properties, the last section's at the
 * end of the body. A section without a header of some type takes the previous section's, as in Word.
 */
import { withoutUndefined, type DocxSection, type HeaderFooter } from './types';
import { child, childrenNamed, numberAttribute, type XmlElement } from './xml';

/** A header or footer part as read: its paragraphs' text, fields and alignment. */
export interface StoryInfo {
  readonly text: string;
  readonly pageField: boolean;
  readonly align?: string;
}

export type StoryLookup = (relationshipId: string) => StoryInfo | undefined;

const HEADER_TYPES = new Set(['default', 'first', 'even']);

function headersOf(sectPr: XmlElement, lookup: StoryLookup): HeaderFooter[] {
  const out: HeaderFooter[] = [];
  for (const [element, kind] of [['w:headerReference', 'header'], ['w:footerReference', 'footer']] as const) {
    for (const ref of childrenNamed(sectPr, element)) {
      const type = ref.attributes.get('w:type') ?? 'default';
      const id = ref.attributes.get('r:id');
      const story = id === undefined ? undefined : lookup(id);
      if (!story || !HEADER_TYPES.has(type)) continue;
      out.push({ kind, type: type as HeaderFooter['type'], text: story.text, pageField: story.pageField, ...(story.align ? { align: story.align } : {}) });
    }
  }
  return out;
}

function inherit(own: HeaderFooter[], previous: readonly HeaderFooter[] | undefined): HeaderFooter[] {
  if (!previous) return own;
  const have = new Set(own.map((h) => `${h.kind}:${h.type}`));
  return [...own, ...previous.filter((h) => !have.has(`${h.kind}:${h.type}`))];
}

export function readSection(sectPr: XmlElement | undefined, firstParagraph: number, lookup: StoryLookup, previous?: DocxSection): DocxSection {
  const size = child(sectPr, 'w:pgSz');
  const margins = child(sectPr, 'w:pgMar');
  const numbers = child(sectPr, 'w:pgNumType');
  const orient = size?.attributes.get('w:orient');
  const titlePg = child(sectPr, 'w:titlePg');
  const titleValue = titlePg?.attributes.get('w:val');
  const out: Record<string, unknown> = {
    firstParagraph,
    pageWidth: numberAttribute(size, 'w:w'),
    pageHeight: numberAttribute(size, 'w:h'),
    orientation: orient === 'landscape' ? 'landscape' : orient === 'portrait' || size ? 'portrait' : undefined,
    margins: Object.fromEntries(['top', 'right', 'bottom', 'left', 'header', 'footer', 'gutter']
      .map((k) => [k, numberAttribute(margins, `w:${k}`)]).filter(([, v]) => v !== undefined)),
    titlePage: titlePg !== undefined && titleValue !== '0' && titleValue !== 'false',
    pageNumberStart: numberAttribute(numbers, 'w:start'),
    pageNumberFormat: numbers?.attributes.get('w:fmt'),
    headers: inherit(sectPr ? headersOf(sectPr, lookup) : [], previous?.headers),
  };
  return withoutUndefined(out) as unknown as DocxSection;
}

/** Whether a field instruction is the page number (`PAGE`, `PAGE \* Arabic`), not `NUMPAGES`. */
export function isPageField(instruction: string): boolean {
  return /^PAGE(?:\s|$)/i.test(instruction.trim());
}

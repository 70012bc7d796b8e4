/**
 * The ONE place where the export reads a PlanDocument. Everything else in export/ works on the small
 * `PlanSource` below, so that when PlanDocument changes shape (issue 11) only this file is re-pointed.
 */
import { parsePlan, type HeaderField, type PlanDocument, type Profile, type Section } from '../core/document';
import { positionAt } from '../core/text/lines';

/** A header field: its NFC text and the lines it spans in the original. */
export interface FieldSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface LineSpan {
  readonly firstLine: number;
  readonly lastLine: number;
}

export type HeadingStyle = 'roman' | 'arabic' | 'letter';

/** How a body line that is a heading is laid out: its outline level (1 to 3) and numbering style. */
export interface HeadingMark {
  readonly level: 1 | 2 | 3;
  readonly style?: HeadingStyle;
}

/** Code and raw HTML (comments) in the Markdown: never prose, never split into paragraphs. */
export interface OpaqueBlock extends LineSpan {
  readonly kind: 'code' | 'html';
  readonly value: string;
}

export interface PlanHeaderSource {
  /** One entry per issuer line, top to bottom (superior and issuing body together). */
  readonly issuer: readonly FieldSpan[];
  readonly nationalTitle?: FieldSpan;
  readonly motto?: FieldSpan;
  readonly partyTitle?: FieldSpan;
  readonly doanTitle?: FieldSpan;
  /** The `Số` line, also when it could not be read as a number and symbol (a draft's `Số:`). */
  readonly number?: FieldSpan;
  readonly placeDate?: FieldSpan;
  readonly title?: FieldSpan;
  readonly summary?: FieldSpan;
  readonly attachedTo?: FieldSpan;
}

export interface PlanSource {
  readonly text: string;
  /** Physical lines: text without the line break. */
  readonly lines: readonly string[];
  readonly profile?: Profile;
  readonly header: PlanHeaderSource;
  /** First line after the header (title and trích yếu included). */
  readonly headerEndLine: number;
  readonly headings: ReadonlyMap<number, HeadingMark>;
  readonly recipients?: LineSpan;
  readonly signature?: LineSpan;
  readonly opaque: readonly OpaqueBlock[];
}

export interface ReadOptions {
  readonly sectionSynonyms?: Readonly<Record<string, readonly string[]>>;
  /** `text` already parsed with these synonyms (the language server's one parse of the version): not parsed again. */
  readonly parsed?: PlanDocument;
}

export function readPlanSource(text: string, options: ReadOptions = {}): PlanSource {
  const doc = options.parsed?.text === text ? options.parsed : parsePlan(text, { sectionSynonyms: options.sectionSynonyms });
  const span = (f: HeaderField | undefined): FieldSpan | undefined => (f ? fieldSpan(doc, f) : undefined);
  const h = doc.header;
  return {
    text,
    lines: doc.lines.map((l) => l.text),
    profile: doc.detectedProfile,
    header: {
      issuer: h.issuer.map((f) => fieldSpan(doc, f)),
      nationalTitle: span(h.nationalTitle),
      motto: span(h.motto),
      partyTitle: span(h.partyTitle),
      doanTitle: span(h.doanTitle),
      number: span(h.number ?? h.numberLike),
      placeDate: span(h.placeDate),
      title: span(h.title),
      summary: span(h.summary),
      attachedTo: span(h.attachedTo),
    },
    headerEndLine: h.endLine,
    headings: headingMarks(doc.allSections),
    recipients: doc.recipients && { firstLine: doc.recipients.firstLine, lastLine: doc.recipients.lastLine },
    signature: doc.signature && { firstLine: doc.signature.firstLine, lastLine: doc.signature.lastLine },
    opaque: opaqueBlocks(doc),
  };
}

function fieldSpan(doc: PlanDocument, f: HeaderField): FieldSpan {
  const lastLine = positionAt(doc.lines, Math.max(f.start, f.end - 1)).line;
  return { text: f.text, start: f.start, end: f.end, firstLine: f.line, lastLine };
}

/** Outline rank (Roman 1, Arabic 2 to 2.6, letters 3) to a Word heading level. */
function headingMarks(sections: readonly Section[]): Map<number, HeadingMark> {
  const marks = new Map<number, HeadingMark>();
  for (const s of sections) {
    const level = s.rank < 2 ? 1 : s.rank < 3 ? 2 : 3;
    marks.set(s.heading.line, { level, style: s.heading.numbering?.style });
  }
  return marks;
}

/**
 * Fenced code and raw HTML blocks. Indented "code" is left out: in a pasted plan a line indented by
 * four spaces is prose that kept its PDF or Word indentation, not code.
 */
function opaqueBlocks(doc: PlanDocument): OpaqueBlock[] {
  return doc.codeAndHtml
    .filter((b) => b.kind === 'html' || b.fenced)
    .map((b) => ({ kind: b.kind, value: b.value, firstLine: b.firstLine, lastLine: b.lastLine }));
}

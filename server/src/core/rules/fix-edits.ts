import type { MarkdownBlock, PlanDocument } from '../document';
import { readHeader, type PlanHeader } from '../header/index';
import type { CellKeys } from '../header/cells';
import { positionAt, splitLinesSince, type TextLine } from '../text/lines';
import { contentStart, lineBreakOf, type LineBreak } from '../text/edits';
import type { TextEdit } from './types';

/**
 * Edits shared by the fixes that insert or move whole lines: they write the document's own line
 * break, never go before a BOM, and never put lines where the next check would not read them
 * (inside a code block or an HTML block, which the section and header readers skip).
 */

const breaks = new WeakMap<PlanDocument, LineBreak>();

/** The document's own line break (see {@link lineBreakOf}), computed once per parse. */
export function breakOf(doc: PlanDocument): LineBreak {
  let eol = breaks.get(doc);
  if (!eol) breaks.set(doc, (eol = lineBreakOf(doc.text, doc.lines)));
  return eol;
}

/** Start of a line (after a BOM on the first), or the end of the text when the line is past the last one. */
export function lineStart(doc: PlanDocument, line: number): number {
  if (line >= doc.lines.length) return doc.text.length;
  return Math.max(doc.lines[line].start, contentStart(doc.text));
}

/** Lines `[first, last]` of a code or HTML block; `open` when it runs to the end of the text unclosed. */
interface OpaqueBlock {
  readonly first: number;
  readonly last: number;
  readonly open: boolean;
}

const opaque = new WeakMap<PlanDocument, OpaqueBlock[]>();

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const HTML_ENDS: ReadonlyArray<[RegExp, string]> = [
  [/^<!--/, '-->'], [/^<\?/, '?>'], [/^<!\[CDATA\[/, ']]>'], [/^<![A-Za-z]/, '>'],
];

/** Whether a block that reaches the last line would swallow lines appended after a blank line. */
function runsOn(doc: PlanDocument, block: MarkdownBlock): boolean {
  if (block.lastLine < doc.lines.length - 1) return false;
  if (block.kind === 'html') {
    const end = HTML_ENDS.find(([opens]) => opens.test(block.value.trimStart()))?.[1];
    return end !== undefined && !block.value.trimEnd().endsWith(end);
  }
  const fence = FENCE.exec(doc.lines[block.firstLine].text.replace(/^\uFEFF/, ''));
  if (!fence) return false;
  const closing = doc.lines[block.lastLine].text.trim();
  return block.firstLine === block.lastLine || !(closing.startsWith(fence[1]) && /^(`+|~+)$/.test(closing) && closing[0] === fence[1][0]);
}

/** Code and HTML blocks of the document, in line order. */
function opaqueBlocks(doc: PlanDocument): OpaqueBlock[] {
  const cached = opaque.get(doc);
  if (cached) return cached;
  const blocks = doc.codeAndHtml.map((b) => ({ first: b.firstLine, last: b.lastLine, open: runsOn(doc, b) }));
  opaque.set(doc, blocks);
  return blocks;
}

/** Whether lines inserted before `line` would be read as prose, not swallowed by a code or HTML block. */
export function readableAt(doc: PlanDocument, line: number): boolean {
  return !opaqueBlocks(doc).some((b) => (b.first < line && line <= b.last) || (b.open && line > b.last));
}

/** Length of the line break that ends just before `at` (2 for CRLF), or 0. */
function breakBefore(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  if (c === 10) return text.charCodeAt(at - 2) === 13 ? 2 : 1;
  return c === 13 ? 1 : 0;
}

/** Whether the line that ends at `at` is blank (or is no line: `at` is where the content starts). */
function endsBlank(text: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === from || breakBefore(text, i) > 0;
}

/**
 * Inserts whole lines before `line` (or at the end), keeping one blank line around them and the
 * document's own line break; undefined where they would not be read (inside a code or HTML block).
 */
export function insertLinesEdit(doc: PlanDocument, line: number, body: readonly string[]): TextEdit | undefined {
  if (!readableAt(doc, line)) return undefined;
  const { text } = doc;
  const eol = breakOf(doc);
  const from = contentStart(text);
  let at = lineStart(doc, line);
  // Inserted lines must not join a break already there into a CRLF: after a lone CR no LF may come
  // first, and before an empty line ended by LF no CR may come last.
  if (eol === '\r') while (at < text.length && text.charCodeAt(at) === 10) at++;
  const lines = body.join(eol + eol);
  if (at > from && breakBefore(text, at) === 0) return { start: at, end: at, text: eol + eol + lines + eol };
  if (at > from && !endsBlank(text, from, at - breakBefore(text, at))) {
    if (eol === '\n' && text.charCodeAt(at - 1) === 13) {
      // `…X\r` + LF would be one CRLF: go before that CR, which then ends the lines inserted.
      return { start: at - 1, end: at - 1, text: eol + eol + lines + (at < text.length ? eol : '') };
    }
    return { start: at, end: at, text: eol + lines + eol + (at < text.length ? eol : '') };
  }
  return { start: at, end: at, text: lines + eol + (at < text.length ? eol : '') };
}

/** Whether each field the header had is still there: an inserted line must not push one out of it. */
function keepsFields(before: PlanHeader, after: PlanHeader): boolean {
  const fields = ['nationalTitle', 'motto', 'partyTitle', 'doanTitle', 'number', 'numberLike', 'placeDate', 'title'] as const;
  return fields.every((f) => !before[f] || after[f] !== undefined) && after.issuer.length >= before.issuer.length;
}

/**
 * Whether the header reader reads the header as meant after `edit`: `reads` must hold of it and
 * every field must still be found (a line past the first lines the reader looks at, or after a line
 * ending in `:`, is not read). Only the header is read again, with the code blocks moved along: no
 * Markdown parse.
 */
export function headerReadsAfter(
  doc: PlanDocument, edit: TextEdit, reads: (header: PlanHeader, lines: () => readonly TextLine[]) => boolean,
): boolean {
  // The lines are split only when asked for: below the header they are the whole new text split again.
  const after = headerAfter(doc, edit);
  const header = after.header;
  return reads(header, () => after.lines) && (header === doc.header || keepsFields(doc.header, header));
}

/** The header read again after each edit, per document: several fixes (and rules) try the same insertion. */
const readsAfter = new WeakMap<PlanDocument, Map<string, { header: PlanHeader; lines: readonly TextLine[] }>>();

function headerAfter(doc: PlanDocument, edit: TextEdit): { header: PlanHeader; lines: readonly TextLine[] } {
  let known = readsAfter.get(doc);
  if (!known) readsAfter.set(doc, (known = new Map()));
  const key = `${edit.start}\0${edit.end}\0${edit.text}`;
  let read = known.get(key);
  if (!read) known.set(key, (read = readHeaderAfter(doc, edit)));
  return read;
}

/** The header's cells, as the readings after each edit of one document found them. */
const cellKeys = new WeakMap<PlanDocument, CellKeys>();

function readHeaderAfter(doc: PlanDocument, edit: TextEdit): { header: PlanHeader; lines: readonly TextLine[] } {
  const text = doc.text.slice(0, edit.start) + edit.text + doc.text.slice(edit.end);
  // Below all the header's reading looked at, the edit leaves the header as it is: no second reading
  // (a plan missing five sections would otherwise read its header six times per check), and the
  // lines of the new text only split if a caller asks for them.
  // The new text's lines are the document's, split anew around the edit only.
  const splitNew = () => splitLinesSince(doc, text, { head: edit.start, tail: doc.text.length - edit.end });
  if (positionAt(doc.lines, edit.start).line >= doc.header.readUntilLine) {
    let split: readonly TextLine[] | undefined;
    return { header: doc.header, get lines() { return (split ??= splitNew()); } };
  }
  const shift = edit.text.length - (edit.end - edit.start);
  const lines = splitNew();
  const opaqueLines = new Set<number>();
  for (const block of opaqueBlocks(doc)) {
    for (let l = block.first; l <= block.last && l < doc.lines.length; l++) {
      const at = doc.lines[l].start;
      opaqueLines.add(positionAt(lines, at >= edit.end ? at + shift : at).line);
    }
  }
  let known = cellKeys.get(doc);
  if (!known) cellKeys.set(doc, (known = new Map()));
  const info = { opaque: opaqueLines, headingDepth: new Map(), listItemStart: new Map(), blocks: [] };
  return { header: readHeader(text, lines, info, known), lines };
}

/** Lines inserted into the header (see {@link insertLinesEdit}), or undefined where the header reader would not read them as meant. */
export function insertHeaderLinesEdit(doc: PlanDocument, line: number, body: readonly string[], reads: (header: PlanHeader) => boolean): TextEdit | undefined {
  const edit = insertLinesEdit(doc, line, body);
  return edit && headerReadsAfter(doc, edit, reads) ? edit : undefined;
}

/**
 * Lines inserted into the body (see {@link insertLinesEdit}), or undefined where the header reader
 * would take them into the header: a plan without its title is read as header far down, and a
 * line with `…, ngày …` can be read as a wrapped place-date line.
 */
export function insertBodyLinesEdit(doc: PlanDocument, line: number, body: readonly string[]): TextEdit | undefined {
  const edit = insertLinesEdit(doc, line, body);
  if (!edit) return undefined;
  const lead = edit.text.length - edit.text.replace(/^[\r\n]+/, '').length;
  // The header as it was means the edit is below all it read, so below its end: the lines before stay.
  const below = (header: PlanHeader, lines: () => readonly TextLine[]) =>
    header === doc.header || header.endLine <= positionAt(lines(), edit.start + lead).line;
  return headerReadsAfter(doc, edit, below) ? edit : undefined;
}

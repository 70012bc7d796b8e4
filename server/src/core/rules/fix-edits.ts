import type { Root, RootContent } from 'mdast';
import type { PlanDocument } from '../document';
import { HEADER_SCAN_LINES } from '../structure/header';
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
  if (!eol) breaks.set(doc, (eol = lineBreakOf(doc.text)));
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
function runsOn(doc: PlanDocument, node: RootContent, first: number, last: number): boolean {
  if (last < doc.lines.length - 1) return false;
  const value = 'value' in node && typeof node.value === 'string' ? node.value : '';
  if (node.type === 'html') {
    const end = HTML_ENDS.find(([opens]) => opens.test(value.trimStart()))?.[1];
    return end !== undefined && !value.trimEnd().endsWith(end);
  }
  const fence = FENCE.exec(doc.lines[first].text);
  if (!fence) return false;
  const closing = doc.lines[last].text.trim();
  return first === last || !(closing.startsWith(fence[1]) && /^(`+|~+)$/.test(closing) && closing[0] === fence[1][0]);
}

/** Code and HTML blocks of the document, in line order; walked without recursion (deep nesting is allowed). */
function opaqueBlocks(doc: PlanDocument): OpaqueBlock[] {
  const cached = opaque.get(doc);
  if (cached) return cached;
  const blocks: OpaqueBlock[] = [];
  const stack: (Root | RootContent)[] = [doc.markdown];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'code' || node.type === 'html') && node.position) {
      const first = node.position.start.line - 1;
      const last = node.position.end.line - 1;
      blocks.push({ first, last, open: runsOn(doc, node, first, last) });
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
    }
  }
  blocks.sort((a, b) => a.first - b.first);
  opaque.set(doc, blocks);
  return blocks;
}

/** Whether lines inserted before `line` would be read as prose, not swallowed by a code or HTML block. */
export function readableAt(doc: PlanDocument, line: number): boolean {
  return !opaqueBlocks(doc).some((b) => (b.first < line && line <= b.last) || (b.open && line > b.last));
}

/**
 * Inserts whole lines before `line` (or at the end), keeping one blank line around them and the
 * document's own line break; undefined where they would not be read (inside a code or HTML block).
 */
export function insertLinesEdit(doc: PlanDocument, line: number, body: readonly string[]): TextEdit | undefined {
  if (!readableAt(doc, line)) return undefined;
  const eol = breakOf(doc);
  const at = lineStart(doc, line);
  const before = doc.text.slice(contentStart(doc.text), at);
  let lead = '';
  if (before.length && !before.endsWith('\n') && !before.endsWith('\r')) lead = eol + eol;
  else if (before.length && !/(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)$/.test(before.slice(-16))) lead = eol;
  const trail = at < doc.text.length ? eol : '';
  return { start: at, end: at, text: lead + body.join(eol + eol) + eol + trail };
}

/** Lines of the header's fields, the title included. */
function headerLines(doc: PlanDocument): number[] {
  const h = doc.header;
  return [...h.issuer, h.nationalTitle, h.motto, h.partyTitle, h.number, h.numberLike, h.placeDate, h.title]
    .flatMap((f) => (f ? [f.line] : []));
}

/**
 * Inserts lines into the header, or undefined when the header reader would not see them there:
 * inside a code block, or pushed (or pushing a field) past the lines it reads.
 */
export function insertHeaderLinesEdit(doc: PlanDocument, line: number, body: readonly string[]): TextEdit | undefined {
  const edit = insertLinesEdit(doc, line, body);
  if (!edit) return undefined;
  const added = edit.text.split(/\r\n|\r|\n/).length - 1;
  const last = Math.max(line, ...headerLines(doc));
  return last + added < HEADER_SCAN_LINES ? edit : undefined;
}

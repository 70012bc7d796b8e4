/**
 * The body of a plan (everything after the header) cut into the blocks Word will hold: headings,
 * paragraphs, bullet items, tables, code, footnote definitions, and the place of the closing table
 * (Nơi nhận and signature). Lines are read as the linter reads them, so the exported file is the same
 * plan: a heading is a heading where PlanDocument says so, whatever Markdown would make of it.
 *
 * Lines of one paragraph are joined unless the line before ends a sentence or a clause (`.`, `;`, `:`,
 * `!`, `?`) or a hard break: text pasted from a PDF wraps anywhere, while a typed plan puts each căn cứ
 * and each task on its own line without blank lines between them.
 */
import { isDecoration } from '../core/text/clean';
import { parseNumbering } from '../core/structure/numbering';
import type { FieldSpan, HeadingMark, OpaqueBlock, PlanSource } from './plan-adapter';

export type BodyBlock =
  | { readonly kind: 'heading'; readonly mark: HeadingMark; readonly source: string }
  | { readonly kind: 'paragraph'; readonly source: string; readonly role?: 'attachedTo' }
  | { readonly kind: 'bullet'; readonly depth: 0 | 1; readonly marker: '-' | '+' | '*'; readonly source: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[]; readonly headerRows: number }
  | { readonly kind: 'code'; readonly lines: readonly string[] }
  | { readonly kind: 'closing' };

export interface Body {
  readonly blocks: readonly BodyBlock[];
  /** Footnote definitions by label, in the order written. */
  readonly footnotes: ReadonlyMap<string, string>;
}

const BULLET = /^([ \t]*)([-+*])[ \t]+(?=\S)/;
const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]*/;
const ATX_OPEN = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const TABLE_DELIMITER_CELL = /^:?-{1,}:?$/;

/** Whether a line ends a sentence or a clause, Markdown closers and closing quotes aside. */
export function endsClause(line: string): boolean {
  let i = line.length;
  while (i > 0 && ' \t*_"”’\')]'.includes(line[i - 1])) i--;
  return i > 0 && '.;:!?'.includes(line[i - 1]);
}

const hardBreak = (line: string) => / {2,}$/.test(line) || line.endsWith('\\');

export function isTableRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith('|') && t.indexOf('|', 1) > 0;
}

export function tableCells(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** A line with no letter or digit made only of rules, pipes and spaces: separators, never words. */
function isSeparator(line: string): boolean {
  return isDecoration(line) || /^[\s|:\-_=*~.]*$/.test(line);
}

/** `## I. MỤC ĐÍCH ##` → `I. MỤC ĐÍCH`: the ATX markers, scanned by hand (no backtracking on spaces). */
function headingText(line: string): string {
  const text = line.replace(ATX_OPEN, '').trimEnd();
  let i = text.length;
  while (i > 0 && text[i - 1] === '#') i--;
  return i < text.length && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t') ? text.slice(0, i).trimEnd() : text;
}

/** A line that starts a numbered item (`2.`, `b)`, `III.`), not one that wraps on with a number (`15 tỷ`). */
function startsNumbered(line: string): boolean {
  const numbering = parseNumbering(line.trim());
  return numbering !== undefined && numbering.separator !== '';
}

interface Open {
  kind: 'paragraph' | 'bullet';
  depth: 0 | 1;
  marker: '-' | '+' | '*';
  lines: string[];
}

export function readBody(source: PlanSource, closing: ReadonlySet<number>, fromLine: number): Body {
  const blocks: BodyBlock[] = [];
  const footnotes = new Map<string, string>();
  const opaqueAt = new Map<number, OpaqueBlock>(source.opaque.map((b) => [b.firstLine, b]));
  const attached = source.header.attachedTo;
  let open: Open | undefined;
  let closingPlaced = false;
  const flush = () => {
    if (!open) return;
    const text = open.lines.join('\n');
    blocks.push(open.kind === 'bullet' ? { kind: 'bullet', depth: open.depth, marker: open.marker, source: text } : { kind: 'paragraph', source: text });
    open = undefined;
  };
  const lines = source.lines;
  for (let i = fromLine; i < lines.length; i++) {
    const line = lines[i];
    if (closing.has(i)) {
      flush();
      if (!closingPlaced) blocks.push({ kind: 'closing' });
      closingPlaced = true;
      continue;
    }
    const opaque = opaqueAt.get(i);
    if (opaque) {
      flush();
      const block = opaqueBlock(opaque, lines);
      if (block) blocks.push(block);
      i = opaque.lastLine;
      continue;
    }
    if (attached && i === attached.firstLine && attached.firstLine >= fromLine) {
      flush();
      blocks.push({ kind: 'paragraph', source: spanText(lines, attached), role: 'attachedTo' });
      i = attached.lastLine;
      continue;
    }
    if (isSeparator(line)) { flush(); continue; }
    const mark = source.headings.get(i);
    if (mark) {
      flush();
      blocks.push({ kind: 'heading', mark, source: headingText(line) });
      continue;
    }
    if (isTableRow(line)) {
      flush();
      i = readTable(lines, i, closing, blocks);
      continue;
    }
    const note = FOOTNOTE_DEF.exec(line);
    if (note) {
      flush();
      i = readFootnote(lines, i, note, footnotes);
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flush();
      open = { kind: 'bullet', depth: bullet[1].replace(/\t/g, '    ').length >= 2 ? 1 : 0, marker: bullet[2] as Open['marker'], lines: [line.slice(bullet[0].length)] };
      continue;
    }
    const previous = open?.lines[open.lines.length - 1];
    if (open && previous !== undefined && !endsClause(previous) && !hardBreak(previous) && !startsNumbered(line)) {
      open.lines.push(line);
    } else {
      flush();
      open = { kind: 'paragraph', depth: 0, marker: '-', lines: [line] };
    }
  }
  flush();
  return { blocks, footnotes };
}

/** The original lines of a header field (its own Markdown kept, for the inline reader). */
function spanText(lines: readonly string[], span: FieldSpan): string {
  return lines.slice(span.firstLine, span.lastLine + 1).join('\n');
}

function opaqueBlock(block: OpaqueBlock, lines: readonly string[]): BodyBlock | undefined {
  const own = lines.slice(block.firstLine, block.lastLine + 1);
  if (block.kind === 'html') {
    // An HTML comment (a kehoach directive, a note to oneself) does not print; other HTML is kept as text.
    return /^\s*<!--[\s\S]*-->\s*$/.test(own.join('\n')) ? undefined : { kind: 'code', lines: own };
  }
  const inner = own.slice(1, /^ {0,3}(?:```|~~~)/.test(own[own.length - 1] ?? '') && own.length > 1 ? -1 : undefined);
  return { kind: 'code', lines: inner };
}

function readTable(lines: readonly string[], from: number, closing: ReadonlySet<number>, blocks: BodyBlock[]): number {
  const rows: string[][] = [];
  let headerRows = 0;
  let i = from;
  for (; i < lines.length && !closing.has(i) && isTableRow(lines[i]); i++) {
    const cells = tableCells(lines[i]);
    if (cells.every((c) => TABLE_DELIMITER_CELL.test(c))) {
      if (rows.length > 0 && headerRows === 0) headerRows = rows.length;
      continue;
    }
    rows.push(cells);
  }
  if (rows.length > 0) blocks.push({ kind: 'table', rows, headerRows });
  return i - 1;
}

function readFootnote(lines: readonly string[], from: number, match: RegExpExecArray, footnotes: Map<string, string>): number {
  const parts = [lines[from].slice(match[0].length)];
  let i = from + 1;
  // Continuation lines of a footnote are indented, as in GitHub's Markdown.
  for (; i < lines.length && /^(?: {2,}|\t)\S/.test(lines[i]); i++) parts.push(lines[i].trim());
  const label = match[1];
  footnotes.set(label, footnotes.has(label) ? `${footnotes.get(label)}\n${parts.join('\n')}` : parts.join('\n'));
  return i - 1;
}

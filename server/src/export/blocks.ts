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
import { isLineDirective } from '../core/suppressions';
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

/** One pass over the body's lines; each `line` call reads from line i and returns the last line it took. */
class BodyReader {
  readonly blocks: BodyBlock[] = [];
  readonly footnotes = new Map<string, string>();
  private open: Open | undefined;
  private closingPlaced = false;
  private readonly opaqueAt: Map<number, OpaqueBlock>;

  constructor(private readonly source: PlanSource, private readonly closing: ReadonlySet<number>, private readonly fromLine: number) {
    this.opaqueAt = new Map(source.opaque.map((b) => [b.firstLine, b]));
  }

  flush(): void {
    const open = this.open;
    if (!open) return;
    const text = open.lines.join('\n');
    this.blocks.push(open.kind === 'bullet' ? { kind: 'bullet', depth: open.depth, marker: open.marker, source: text } : { kind: 'paragraph', source: text });
    this.open = undefined;
  }

  /** Lines that end the open paragraph whatever they hold: the closing, code and HTML, `(Ban hành kèm theo …)`. */
  private special(i: number): number | undefined {
    const { lines, header } = this.source;
    if (this.closing.has(i)) {
      if (!this.closingPlaced) this.blocks.push({ kind: 'closing' });
      this.closingPlaced = true;
      return i;
    }
    const opaque = this.opaqueAt.get(i);
    if (opaque) {
      const block = opaqueBlock(opaque, lines);
      if (block) this.blocks.push(block);
      return opaque.lastLine;
    }
    const attached = header.attachedTo;
    if (attached && i === attached.firstLine && attached.firstLine >= this.fromLine) {
      this.blocks.push({ kind: 'paragraph', source: spanText(lines, attached), role: 'attachedTo' });
      return attached.lastLine;
    }
    return undefined;
  }

  line(i: number): number {
    const { lines, headings } = this.source;
    const line = lines[i];
    const special = this.closing.has(i) || this.opaqueAt.has(i) || i === this.source.header.attachedTo?.firstLine;
    if (special || isSeparator(line) || headings.has(i) || isTableRow(line) || FOOTNOTE_DEF.test(line) || BULLET.test(line)) this.flush();
    if (special) { const last = this.special(i); if (last !== undefined) return last; }
    if (isSeparator(line)) return i;
    const mark = headings.get(i);
    if (mark) { this.blocks.push({ kind: 'heading', mark, source: headingText(line) }); return i; }
    if (isTableRow(line)) return readTable(lines, i, this.closing, this.blocks);
    const note = FOOTNOTE_DEF.exec(line);
    if (note) return readFootnote(lines, i, note, this.footnotes);
    const bullet = BULLET.exec(line);
    if (bullet) {
      const depth = bullet[1].replace(/\t/g, '    ').length >= 2 ? 1 : 0;
      this.open = { kind: 'bullet', depth, marker: bullet[2] as Open['marker'], lines: [line.slice(bullet[0].length)] };
      return i;
    }
    this.prose(line);
    return i;
  }

  /** A line of prose continues the open paragraph or item unless the one before ended a clause. */
  private prose(line: string): void {
    const previous = this.open?.lines[this.open.lines.length - 1];
    if (this.open && previous !== undefined && !endsClause(previous) && !hardBreak(previous) && !startsNumbered(line)) {
      this.open.lines.push(line);
      return;
    }
    this.flush();
    this.open = { kind: 'paragraph', depth: 0, marker: '-', lines: [line] };
  }
}

export function readBody(source: PlanSource, closing: ReadonlySet<number>, fromLine: number): Body {
  const reader = new BodyReader(source, closing, fromLine);
  for (let i = fromLine; i < source.lines.length; i++) i = reader.line(i);
  reader.flush();
  return { blocks: reader.blocks, footnotes: reader.footnotes };
}

/** The original lines of a header field (its own Markdown kept, for the inline reader). */
function spanText(lines: readonly string[], span: FieldSpan): string {
  return lines.slice(span.firstLine, span.lastLine + 1).join('\n');
}

function opaqueBlock(block: OpaqueBlock, lines: readonly string[]): BodyBlock | undefined {
  const own = lines.slice(block.firstLine, block.lastLine + 1);
  if (block.kind === 'html') {
    // An HTML comment (a kehoach directive, a note to oneself) does not print, nor a plain-text directive
    // (`// kehoach-disable …`); other HTML is kept as text.
    const silent = /^\s*<!--[\s\S]*-->\s*$/.test(own.join('\n')) || (own.length === 1 && isLineDirective(own[0]));
    return silent ? undefined : { kind: 'code', lines: own };
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

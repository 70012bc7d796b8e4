/**
 * The Markdown line maps read with remark, on pieces of the text cut where Markdown starts afresh:
 * for the runs of lines the line classifier (markdown-lines.ts) is not sure of.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Html, Nodes, Root } from 'mdast';
import type { Position } from 'unist';
import type { TextLine } from '../text/lines';
import type { MarkdownBlock, MarkdownLineInfo } from './markdown';
import { boundedPrefix, fenceRunAt } from './markdown-marks';

/** Containers whose children are blocks; anything under a paragraph, heading or cell is inline. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const FENCE_LINE = /^ {0,3}(?:```|~~~)/;

/**
 * Emphasis and links are never asked about, and remark reads long runs of them (`****…`, `[a](`
 * repeated) in quadratic time. Inline HTML and code spans stay: a line with inline HTML is opaque.
 */
const UNUSED_INLINE = ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd'];
const parser = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: UNUSED_INLINE } }]);

/**
 * remark takes time quadratic in the lines of a list or quote (it moves all its events at each
 * new item) and nests a container per marker: the text is read in pieces of a few dozen lines,
 * cut where Markdown starts afresh, and quotes and list markers are read to a bounded depth.
 */
const MIN_PIECE_LINES = 64;
/**
 * A piece is cut here even where no line starts afresh, before a word at the margin if there is one
 * (which reads alike unless it continues a paragraph inside a quote or a list item): only a text with
 * no blank line, heading, bullet item or item 1 in this many lines.
 */
const MAX_PIECE_LINES = 512;

/**
 * Reads lines `from` on with remark, in pieces, until a piece ends at or after `until` on a line
 * that starts afresh (or at the end), or at a fence at the margin, which the line classifier reads
 * without remark (markdown-fence.ts): returns that line. `from` must start afresh (or be 0).
 * `counts.remarkLines` counts the lines parsed, those read again included.
 */
export function readWithRemark(
  text: string, lines: readonly TextLine[], from: number, until: number, info: MarkdownLineInfo, counts = { remarkLines: 0 },
): number {
  const start = from;
  let atLeast = MIN_PIECE_LINES;
  let retrying = false;
  while (from < lines.length && (from < until || !startsAfresh(lines, from))) {
    // A fence left unclosed runs to the end of the text: remark would read it again and again as its pieces grow.
    if (from > start && isFenceLine(lines[from].text)) return from;
    // A retry reads past `until`: the block open at the cut runs on beyond it.
    const to = pieceEnd(lines, from, atLeast, retrying ? 0 : until, retrying);
    // One line more than is kept: the next piece's first line closes what stands open above it as it does in the whole text.
    const end = Math.min(to + 1, lines.length);
    const tree = parser.parse(pieceText(text, lines, from, end));
    counts.remarkLines += end - from;
    const open = to < lines.length ? openBlockAt(tree, from, to) : undefined;
    const next = open === undefined ? to : restartBefore(tree, lines, from, open);
    retrying = next === from;
    if (next > from) {
      describe(tree, from, next, lines, info);
      from = next;
      atLeast = MIN_PIECE_LINES;
    } else {
      // A fence or an HTML block opened at the start runs on past the cut: read twice as far.
      atLeast = 2 * (to - from);
    }
  }
  return from;
}

/** The whole text read with remark in pieces, as before the line classifier: what tests and the bench compare with. */
export function readAllWithRemark(text: string, lines: readonly TextLine[]): MarkdownLineInfo {
  const info: MarkdownLineInfo = { headingDepth: new Map(), opaque: new Set(), listItemStart: new Map(), blocks: [] };
  // Each run stops at a fence at the margin, where the next one starts.
  for (let l = 0; l < lines.length; ) l = readWithRemark(text, lines, l, lines.length, info);
  return info;
}

/**
 * Where the piece from `from` ends: at a fence at the margin, unless `retrying` (the block open at the
 * start holds it); else the first line at least `atLeast` on (or `cut`, if sooner) that starts afresh.
 */
function pieceEnd(lines: readonly TextLine[], from: number, atLeast: number, cut: number, retrying: boolean): number {
  const first = cut > from ? Math.min(from + atLeast, cut) : from + atLeast;
  for (let f = from + 1; !retrying && f < first && f < lines.length; f++) if (isFenceLine(lines[f].text)) return f;
  const hardEnd = from + Math.max(MAX_PIECE_LINES, 2 * atLeast);
  let word = -1;
  for (let to = first; to < lines.length; to++) {
    if (to >= hardEnd) return word > 0 ? word : to;
    if (startsAfresh(lines, to)) return to;
    if (LETTER.test(lines[to].text)) word = to;
  }
  return lines.length;
}

/** First and last line (0-based, in the piece) of a node; a block left open ends before the line whose start closes it. */
function nodeLines(pos: Position): [number, number] {
  const last = pos.end.column === 1 && pos.end.line > pos.start.line ? pos.end.line - 1 : pos.end.line;
  return [pos.start.line - 1, last - 1];
}

const isOpaqueNode = (node: Nodes) => node.type === 'code' || node.type === 'html';

/** The first line of a fenced code or HTML block of the top level that runs into line `to`, if any. */
function openBlockAt(tree: Root, from: number, to: number): number | undefined {
  const last = tree.children[tree.children.length - 1];
  if (!last?.position || !isOpaqueNode(last)) return undefined;
  const [first, end] = nodeLines(last.position);
  return from + end >= to ? from + first : undefined;
}

/**
 * Where to read again when a block that starts at line `open` runs past the cut: the last line at
 * or before it that starts afresh outside the top-level code and HTML blocks; `from` when none does.
 */
function restartBefore(tree: Root, lines: readonly TextLine[], from: number, open: number): number {
  let k = tree.children.length - 1;
  for (let r = open; r > from; r--) {
    while (k >= 0 && from + nodeLines(tree.children[k].position!)[0] > r) k--;
    const node = tree.children[k];
    const inside = node !== undefined && isOpaqueNode(node) && from + nodeLines(node.position!)[1] >= r && r !== open;
    if (!inside && startsAfresh(lines, r)) return r;
  }
  return from;
}

const isBlank = (text: string) => /^[ \t]*$/.test(text);
// A bullet item, or an ordered item numbered 1, opening with a word: it opens a list item whatever
// stood above (`2.` does not interrupt a paragraph), and its content reads alike (`* 1.` does not).
const ITEM = /^(?:[-+*]|1[.)]) {1,4}\p{L}/u;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;

const LETTER = /^\p{L}/u;
/** A fence at the margin: it ends every list and quote above and is never a lazy line. */
const isFenceLine = (text: string) => fenceRunAt(text, 0) > 0;

/**
 * Whether Markdown reads line `l` the same when its parse starts there: the line opens at the
 * margin, nothing above reaches into it or past it, and what it opens reads alike whether or not it
 * interrupts something. A heading, a fence, or a bullet item or item 1 with a word, at the margin closes
 * every quote, list item and paragraph above (a fence is never a lazy line); after a blank line none is
 * open, and a word opens a paragraph.
 * (A word after a line of text might continue a paragraph inside a quote or a list item, lazily, and
 * the lines after it would read otherwise: `2. …` opens an item there and continues a paragraph at
 * the top.) A fenced code or HTML block left open above is caught after the parse.
 */
export function startsAfresh(lines: readonly TextLine[], l: number): boolean {
  const text = lines[l].text;
  if (ATX_HEADING.test(text) || ITEM.test(text) || isFenceLine(text)) return true;
  return LETTER.test(text) && isBlank(lines[l - 1].text);
}

/** The lines `[from, to)` as remark reads them: a line nested deeper than the bound keeps its outer markers only. */
function pieceText(text: string, lines: readonly TextLine[], from: number, to: number): string {
  const parts: string[] = [];
  let at = lines[from].start;
  for (let l = from; l < to; l++) {
    const keep = boundedPrefix(lines[l].text);
    if (keep === undefined) continue;
    parts.push(text.slice(at, lines[l].start), lines[l].text.slice(0, keep), 'x');
    at = lines[l].end;
  }
  parts.push(text.slice(at, lines[to - 1].end));
  return parts.join('');
}

/** Records the headings, opaque lines and list items that start before line `before`. */
function describe(tree: Root, from: number, before: number, lines: readonly TextLine[], info: MarkdownLineInfo): void {
  // A stack rather than recursion: a tree is as deep as the text nests, and a text can nest deep.
  const stack: { node: Nodes; ordered: boolean; flow: boolean }[] = [{ node: tree, ordered: false, flow: false }];
  while (stack.length > 0) {
    const { node, ordered, flow } = stack.pop()!;
    if (node.position) {
      const [first, last] = nodeLines(node.position).map((l) => from + l);
      if (first >= before) continue;
      if (node.type === 'heading') {
        if (/^\s{0,3}#/.test(lines[first]?.text ?? '')) info.headingDepth.set(first, node.depth);
      } else if (isOpaqueNode(node)) {
        for (let l = first; l <= last && l < before; l++) info.opaque.add(l);
        if (flow) info.blocks.push(blockOf(node as Code | Html, first, last, lines));
      } else if (node.type === 'listItem') {
        info.listItemStart.set(first, { ordered });
      }
    }
    if ('children' in node) {
      const childOrdered = node.type === 'list' ? node.ordered === true : ordered;
      const childFlow = FLOW_PARENTS.has(node.type);
      for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], ordered: childOrdered, flow: childFlow });
    }
  }
}

function blockOf(node: Code | Html, firstLine: number, lastLine: number, lines: readonly TextLine[]): MarkdownBlock {
  const fenced = node.type === 'code' && FENCE_LINE.test((lines[firstLine]?.text ?? '').replace(/^\uFEFF/, ''));
  return { kind: node.type, value: node.value, firstLine, lastLine, fenced };
}

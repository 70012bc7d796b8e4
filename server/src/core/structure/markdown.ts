import type { TextLine } from '../text/lines';
import { indentedCodeAt, newLineState, readLine, type LineState } from './markdown-lines';
import { readWithRemark, startsAfresh } from './markdown-remark';
import { fenceOpenedBy, readFence, readIndentedCode } from './markdown-fence';
import { opensHtmlBlock, readHtmlBlock } from './markdown-html';

/** What the Markdown parse tells about each physical line. */
export interface MarkdownLineInfo {
  /** ATX heading depth (`## I. …` = 2); setext underlines in pasted headers are not headings here. */
  readonly headingDepth: Map<number, number>;
  /** Lines inside fenced or indented code and raw HTML (comments): never prose. */
  readonly opaque: Set<number>;
  /** Lines that start a list item, with whether the list is ordered. */
  readonly listItemStart: Map<number, { ordered: boolean }>;
  /** Code and HTML blocks (not inline HTML), in line order: what fixes must not insert into, what export prints verbatim. */
  readonly blocks: MarkdownBlock[];
}

/** A code or raw HTML block with its 0-based first and last lines. */
export interface MarkdownBlock {
  readonly kind: 'code' | 'html';
  readonly value: string;
  readonly firstLine: number;
  readonly lastLine: number;
  /** A ``` or ~~~ fence, rather than code indented by four spaces. */
  readonly fenced: boolean;
}

/** How many lines the line classifier read, of how many, and how often it handed a run to remark: for the bench and the tests. */
export interface MarkdownReadStats {
  classified: number;
  lines: number;
  /** Runs of lines handed to remark. */
  remarkRuns: number;
  /** Lines remark parsed, those it read again included. */
  remarkLines: number;
}

/**
 * The line maps of the text. The line classifier (markdown-lines.ts) reads the lines it is sure
 * of; where it is unsure of a line, the run from the last line that starts afresh to one that
 * starts afresh after it (eight lines on at least) goes to remark, read in pieces as a whole-text
 * parse would read it, and the classifier reads on from there.
 */
export function readMarkdown(text: string, lines: readonly TextLine[]): MarkdownLineInfo {
  return readMarkdownCounting(text, lines, { classified: 0, lines: 0, remarkRuns: 0, remarkLines: 0 });
}

export function readMarkdownCounting(text: string, lines: readonly TextLine[], stats: MarkdownReadStats): MarkdownLineInfo {
  const info: MarkdownLineInfo = { headingDepth: new Map(), opaque: new Set(), listItemStart: new Map(), blocks: [] };
  let state = newLineState();
  let fresh = 0;
  let resumed = -Infinity; // no remark run yet
  let reach = MIN_REMARK_LINES;
  let l = 0;
  while (l < lines.length) {
    // What the classifier found since `fresh` is kept only if it reads on to the next such line.
    if (l > fresh && startsAfresh(lines, l)) fresh = l;
    // remark drops the text's BOM before it reads the first line.
    const lineText = l === 0 && lines[0].text.startsWith('\uFEFF') ? lines[0].text.slice(1) : lines[l].text;
    // A fence at the margin is short of every open item's content and interrupts any paragraph (no lazy line
    // of a quote either): it ends the lists and the quotes.
    const fence = fenceOpenedBy(lineText);
    if (fence) {
      // Nothing above reaches past a fence closed at the top level: the line after it starts afresh.
      l = fresh = readFence(text, lines, l, fence, info);
      state = newLineState();
      continue;
    }
    const html = opensHtmlBlock(lineText, state);
    if (html) {
      // It ends at a blank line or a comment's end, where nothing above reaches on.
      l = fresh = readHtmlBlock(text, lines, l, info, html);
      state = newLineState();
      continue;
    }
    const opens = lineText === lines[l].text ? indentedCodeAt(lineText, state) : undefined;
    const code = opens && readIndentedCode(text, lines, l, info, opens.base);
    if (code !== undefined) {
      // The line after the code is not read alike on its own (see LineState.afterCode): a run handed
      // to remark from here on starts no later than the code, which is read again.
      l = code;
      state.lists.length = opens!.level;
      state.paragraph = false;
      state.afterCode = true;
      continue;
    }
    const next = classify(l, lineText, state, info) ? lineAfter(text, lines, l, state, info) : undefined;
    if (next !== undefined) {
      l = next;
      continue;
    }
    forget(info, fresh, l + 1);
    // Each remark parse costs about as much as a few lines: where the classifier is soon unsure again, remark reads further.
    reach = l - resumed < reach ? Math.min(2 * reach, MAX_REMARK_LINES) : MIN_REMARK_LINES;
    l = readWithRemark(text, lines, fresh, nextFresh(lines, Math.max(l + 1, fresh + reach)), info, stats);
    stats.classified -= l - fresh;
    stats.remarkRuns++;
    fresh = l;
    resumed = l;
    state = newLineState();
  }
  stats.classified += lines.length;
  stats.lines += lines.length;
  return info;
}

/** Records what the classifier reads of `line`; false when it is unsure. */
function classify(index: number, text: string, state: LineState, info: MarkdownLineInfo): boolean {
  const reading = readLine(text, state);
  if (reading === undefined) return false;
  // As remark's reading is recorded: a heading indented four or more (in a list item) is not one here.
  if (reading.kind === 'heading' && ATX_LINE.test(text)) info.headingDepth.set(index, reading.depth);
  else if (reading.kind === 'item') info.listItemStart.set(index, reading.ordered ? ORDERED : UNORDERED);
  else if (reading.kind === 'html') info.opaque.add(index);
  else if (reading.kind === 'html-block') {
    info.opaque.add(index);
    info.blocks.push({ kind: 'html', value: text, firstLine: index, lastLine: index, fenced: false });
  }
  return true;
}

/**
 * The line to read after line `l`, which the classifier read: past the code an item's content opens
 * (`-      mã`), which runs on over the lines indented past that content; undefined where a tab (or the
 * BOM of the first line) leaves the code to remark.
 */
function lineAfter(text: string, lines: readonly TextLine[], l: number, state: LineState, info: MarkdownLineInfo): number | undefined {
  const item = state.codeItem;
  if (item === undefined) return l + 1;
  return l === 0 && text.startsWith('\uFEFF') ? undefined : readIndentedCode(text, lines, l, info, item, true);
}

const ATX_LINE = /^\s{0,3}#/;
/** Shared by every item of their kind: a plan has thousands. */
const ORDERED = Object.freeze({ ordered: true });
const UNORDERED = Object.freeze({ ordered: false });

/** The fewest lines a run handed to remark spans, and the most, when the classifier is unsure again and again. */
const MIN_REMARK_LINES = 8;
const MAX_REMARK_LINES = 64;

function forget(info: MarkdownLineInfo, from: number, to: number): void {
  for (let l = from; l < to; l++) {
    info.headingDepth.delete(l);
    info.listItemStart.delete(l);
    info.opaque.delete(l);
  }
  // Indented code read by the classifier since `from` (fences leave `from` after them).
  while (info.blocks.length > 0 && info.blocks[info.blocks.length - 1].firstLine >= from) info.blocks.pop();
}

function nextFresh(lines: readonly TextLine[], from: number): number {
  let l = from;
  while (l < lines.length && !startsAfresh(lines, l)) l++;
  return l;
}

/**
 * A line-level reading of Markdown for the lines whose reading is certain from the line itself and
 * a small state (the lists open around it, whether a paragraph is open): blank lines, paragraph
 * text, ATX headings, thematic breaks, list items with plain content, code or none, quotes (nested or
 * not) of paragraphs, a tag alone on a paragraph's line. It follows micromark's container rules
 * (remark's parser); fences, indented code and HTML blocks are read beside it (markdown-fence.ts,
 * markdown-html.ts); anything else (lists in quotes, quotes in lists, other inline HTML, a label that
 * may define a link, setext underlines, tabs in the indent) is left unsure, for remark to read.
 */
import {
  BLANK, BREAK, HEADINGS, isEmptyItemLine, itemAt, MAX_COLUMN, openItem, TEXT, type LineReading, type OpenList,
} from './markdown-items';
import { readTagLine } from './markdown-html';
import {
  atxDepth, cutLine, HASH_FIRST, isBlankFrom, isPlainStart, isSetextUnderline, isThematicBreak, labelEnd, labelOpenedBy, mayOpenHtml,
} from './markdown-marks';

export type { LineReading } from './markdown-items';

/** What the lines read so far leave open. */
export interface LineState {
  readonly lists: OpenList[];
  paragraph: boolean;
  /** The open paragraph's first line starts with `#` (three spaces at most before it): as a setext heading it would count as an ATX line. */
  hashFirst: boolean;
  /**
   * Indented code came last, blank lines aside: micromark counts it open until the next line with text,
   * so that line interrupts it (`2. x` there is a paragraph, `- 2. x` one item reading `2. x`).
   */
  afterCode: boolean;
  /**
   * How many quotes are open at the top level (`> >` nests two), holding paragraphs only; `paragraph` is
   * then the innermost's, which a line with fewer marks may continue lazily.
   */
  quote: number;
  /** The innermost item opened empty (`-` alone) and nothing has come in it since. */
  emptyItem: boolean;
  /**
   * The open paragraph starts with `[` and its label has not closed: `]:` on a line it goes on to may
   * make it a link definition ('opened': on the line just read, 'open': on an earlier one).
   */
  label: 'none' | 'opened' | 'open';
  /** A backtick stands in the open paragraph: a code span may run over its lines and hold a tag. */
  ticked: boolean;
  /** A tag alone on a lazy line opened an HTML block in the innermost item or quote: the lines that go on in it are the block's. */
  lazyHtml: boolean;
  /** The line just read opened an item whose content is indented code: the column its code is indented from (markdown.ts reads it). */
  codeItem?: number;
}

export const newLineState = (afterCode = false): LineState => ({
  lists: [], paragraph: false, hashFirst: false, afterCode, quote: 0, emptyItem: false, label: 'none', ticked: false, lazyHtml: false,
});

/**
 * How Markdown reads `text`, given what the lines above left open (`state`, updated); undefined
 * when the line is not certain here. A line where HTML may open is certain only as a tag alone on a
 * paragraph's line (inline HTML, opaque: the reading `html`).
 */
export function readLine(written: string, state: LineState): LineReading | undefined {
  const labelled = state.paragraph && state.label === 'open';
  // remark reads a line nested past its bound with its deep markers cut (markdown-remark.ts pieceText): so does this.
  const text = cutLine(written);
  state.codeItem = undefined;
  const continuing = state.paragraph;
  const reading = readBlock(text, state);
  if (reading !== undefined) noteTicks(text, reading, continuing, state);
  // Code in an item in a quote goes on over lines that repeat the quote's marks: remark's to read.
  if (state.codeItem !== undefined && state.quote) return undefined;
  if (state.label === 'opened') state.label = 'open';
  else if (reading !== TEXT || !state.paragraph || !labelled) state.label = 'none';
  else {
    // The line goes on with the label: a line holds no bracket before its text, so it is read whole.
    const end = labelEnd(text, 0);
    if (end === 'definition') return undefined;
    if (end === 'plain') state.label = 'none';
  }
  return reading;
}

/** Keeps LineState.ticked: a paragraph goes on over text lines; an item, a heading or a break ends it. */
function noteTicks(text: string, reading: LineReading, continuing: boolean, state: LineState): void {
  const goesOn = continuing && (reading.kind === 'text' || reading.kind === 'html');
  if (!state.paragraph) state.ticked = false;
  else if (!goesOn || !state.ticked) state.ticked = text.includes('`');
}

function readBlock(text: string, state: LineState): LineReading | undefined {
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  if (indent === text.length || isBlankFrom(text, indent)) {
    // What micromark makes of the lines after an empty item and a blank line (the item ends, in part) is left to remark.
    if (state.emptyItem) return undefined;
    state.paragraph = false;
    state.quote = 0;
    state.lazyHtml = false;
    return BLANK;
  }
  state.emptyItem = false;
  if (text[indent] === '\t') return undefined;
  if (state.lazyHtml) {
    // The HTML block goes on over the lines that continue its item or quote (remark's to read); a line short of it
    // ends the block, and a quote with it (no lazy line after a block).
    if (state.quote ? text[indent] === '>' : indent >= state.lists[state.lists.length - 1].content) return undefined;
    state.lazyHtml = false;
    state.quote = 0;
  }
  if (mayOpenHtml(text)) return readTagLine(text, indent, state);
  // Far past every item's content (or lazily), indented code cannot interrupt an open paragraph: its text goes on.
  if (indent > MAX_COLUMN) return state.paragraph ? TEXT : undefined;
  const interrupting = state.paragraph || state.afterCode;
  state.afterCode = false;
  if (indent <= 3 && text[indent] === '>' && (state.lists.length === 0 || indent < state.lists[0].content)) {
    // A quote short of every open item's content ends the lists: it opens a container, no lazy line.
    state.lists.length = 0;
    return readQuoted(text, indent, state);
  }
  if (state.quote) return readAfterQuote(text, indent, state);
  // The lists whose item goes on: the line is indented at least to its content.
  let level = 0;
  while (level < state.lists.length && indent >= state.lists[level].content) level++;
  const relative = indent - (level > 0 ? state.lists[level - 1].content : 0);
  return level < state.lists.length ? readLazy(text, indent, relative, level, state) : readContinued(text, indent, relative, state, interrupting);
}

/**
 * Where no paragraph is open, a line four spaces or more past the content of the innermost item (or past
 * the margin, no list open) opens indented code there: the column the code's lines are indented from,
 * and how many lists stay open around it.
 */
export function indentedCodeAt(written: string, state: LineState): { base: number; level: number } | undefined {
  if (state.paragraph || state.quote || state.emptyItem || state.lazyHtml) return undefined;
  // A line nested past remark's bound is read as cut, as in readLine.
  const text = cutLine(written);
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  if (indent > MAX_COLUMN || indent === text.length || text[indent] === '\t' || isBlankFrom(text, indent)) return undefined;
  // Inside the innermost item, or at the top level with no list open: where lists end around it is remark's to tell.
  const level = state.lists.length;
  const base = level > 0 ? state.lists[level - 1].content : 0;
  return indent - base >= 4 ? { base, level } : undefined;
}

/**
 * A line of a quote at the top level (`> …`), certain when what it holds is paragraph text or nothing:
 * a quote interrupts a paragraph, and inside it a line reads as at the top level.
 */
function readQuoted(text: string, indent: number, state: LineState): LineReading | undefined {
  const marks = quoteMarks(text, indent);
  if (marks === undefined) return undefined;
  const { depth, start } = marks;
  // Fewer marks than quotes open: the paragraph of the innermost may go on lazily.
  if (depth < state.quote && state.paragraph) {
    const lazy = goesOnLazily(text, start);
    if (lazy !== false) return lazy ? TEXT : undefined;
  }
  // More marks open quotes, which interrupt a paragraph; fewer, not lazily, end the quotes past them.
  if (depth !== state.quote) state.paragraph = false;
  state.quote = depth;
  if (isBlankFrom(text, start)) {
    state.paragraph = false;
    return TEXT;
  }
  let content = start;
  while (text.charCodeAt(content) === 32) content++;
  if (text[content] === '\t') return undefined;
  return readContinued(text, content, content - start, state, state.paragraph) === TEXT ? TEXT : undefined;
}

/** The `>` marks from `indent` on (nested quotes, one space after each at most) and where their content starts. */
function quoteMarks(text: string, indent: number): { depth: number; start: number } | undefined {
  let depth = 0;
  let i = indent;
  while (text[i] === '>') {
    depth++;
    i++;
    if (text[i] === ' ') i++;
    else if (text[i] === '\t') return undefined; // a tab after `>` counts partly as the mark's space
  }
  return { depth, start: i };
}

/**
 * Whether what stands at `i` (after the marks of the quotes that go on) continues the innermost
 * paragraph lazily: no block opens there (an item, a heading, a rule, a fence); undefined where unsure.
 */
function goesOnLazily(text: string, i: number): boolean | undefined {
  let k = i;
  while (text.charCodeAt(k) === 32) k++;
  if (k === text.length || isBlankFrom(text, k)) return false;
  if (text[k] === '\t') return undefined;
  if (k - i >= 4) return true;
  if (isThematicBreak(text, k) || atxDepth(text, k) > 0) return false;
  const item = itemAt(text, k);
  if (item !== undefined) return item === 'unsure' ? undefined : false;
  return isPlainStart(text, k, true) ? true : undefined;
}

/**
 * A line without `>` after a quote. On the quote's open paragraph it goes on lazily unless it opens a
 * block: an item of any number (micromark does not count it as interrupting when the quote is not
 * continued), a heading or a rule; an underline never goes lazily, so `===` is text. Otherwise the
 * quote ends and the line reads at the top level, where nothing interrupts.
 */
function readAfterQuote(text: string, indent: number, state: LineState): LineReading | undefined {
  const lazy = state.paragraph ? goesOnLazily(text, 0) : false;
  if (lazy !== false) return lazy ? TEXT : undefined;
  state.quote = 0;
  state.paragraph = false;
  return readContinued(text, indent, indent, state, false);
}

/** A line inside every open list item. */
function readContinued(text: string, indent: number, relative: number, state: LineState, interrupting: boolean): LineReading | undefined {
  // Indented code cannot interrupt a paragraph: four spaces more continue it.
  if (relative >= 4) return state.paragraph ? TEXT : undefined;
  if (state.paragraph && isSetextUnderline(text, indent)) {
    // The paragraph becomes a setext heading, which is not recorded, unless it reads as an ATX line.
    if (state.hashFirst) return undefined;
    state.paragraph = false;
    return BREAK;
  }
  if (isThematicBreak(text, indent)) {
    state.paragraph = false;
    return BREAK;
  }
  const item = itemAt(text, indent, interrupting);
  if (item === 'unsure') return undefined;
  if (item !== undefined) {
    // Only an item numbered 1 interrupts a paragraph (or indented code); `2.` continues it (or opens one).
    if (interrupting && item.number !== '' && item.number !== '1') {
      if (!state.paragraph) state.hashFirst = false;
      state.paragraph = true;
      return TEXT;
    }
    return openItem(item, state);
  }
  const depth = atxDepth(text, indent);
  if (depth > 0) {
    state.paragraph = false;
    return HEADINGS[depth - 1];
  }
  // An empty item cannot interrupt: `18.` or `*` alone under a paragraph is its text.
  if (!isPlainStart(text, indent, state.paragraph) && !(interrupting && isEmptyItemLine(text, indent))) return undefined;
  if (!state.paragraph) {
    state.hashFirst = HASH_FIRST.test(text);
    state.label = labelOpenedBy(text, indent);
  }
  state.paragraph = true;
  return TEXT;
}

/**
 * A line indented less than the content of the list at `level`: a next item of that list or a new
 * list there (no paragraph is interrupted then, so any number starts one), a heading that closes
 * the lists from `level` on, or text that continues an open paragraph lazily or opens one there.
 */
function readLazy(text: string, indent: number, relative: number, level: number, state: LineState): LineReading | undefined {
  // Indented code cannot interrupt a paragraph: an open one goes on lazily, whatever the indent.
  if (relative >= 4) return state.paragraph ? TEXT : undefined;
  // A rule is never a lazy line (nor an underline then): it closes the lists from `level` on and any paragraph.
  if (isThematicBreak(text, indent)) {
    state.lists.length = level;
    state.paragraph = false;
    return BREAK;
  }
  const item = itemAt(text, indent);
  if (item === 'unsure') return undefined;
  if (item !== undefined) {
    state.lists.length = level;
    return openItem(item, state);
  }
  const depth = atxDepth(text, indent);
  if (depth > 0) {
    state.lists.length = level;
    state.paragraph = false;
    return HEADINGS[depth - 1];
  }
  if (!isPlainStart(text, indent, state.paragraph)) return undefined;
  if (!state.paragraph) {
    state.lists.length = level;
    state.hashFirst = HASH_FIRST.test(text);
    state.label = labelOpenedBy(text, indent);
  }
  state.paragraph = true;
  return TEXT;
}


/**
 * A line-level reading of Markdown for the lines whose reading is certain from the line itself and
 * a small state (the lists open around it, whether a paragraph is open): blank lines, paragraph
 * text, ATX headings, thematic breaks, list items with plain content and top-level quotes of
 * paragraphs. It follows micromark's container rules (remark's parser); anything else (other quotes,
 * fences, HTML, indented code, setext underlines, tabs in the indent, empty items, deep nesting) is
 * left unsure, for remark to read.
 */
import {
  atxDepth, boundedPrefix, HASH_FIRST, isBlankFrom, isDigit, isPlainStart, isSetextUnderline, isThematicBreak, MAX_PREFIX_COLUMNS, mayOpenHtml,
} from './markdown-marks';

/** A list open around the line: its kind, its marker (`-`, `*`, `+`, or `.`/`)` after the number) and its item's content column. */
interface OpenList {
  readonly ordered: boolean;
  readonly marker: string;
  readonly content: number;
}

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
   * A quote is open at the top level, holding paragraphs only; `paragraph` is then its paragraph's, which
   * a line without `>` may continue lazily.
   */
  quote: boolean;
  /** The innermost item opened empty (`-` alone) and nothing has come in it since. */
  emptyItem: boolean;
}

export type LineReading =
  /** `comment`: an HTML comment opening and closing on the line, a block of its own (`<!-- kehoach-disable … -->`). */
  | { readonly kind: 'blank' | 'text' | 'break' | 'comment' }
  | { readonly kind: 'heading'; readonly depth: number }
  | { readonly kind: 'item'; readonly ordered: boolean };

export const newLineState = (afterCode = false): LineState => ({ lists: [], paragraph: false, hashFirst: false, afterCode, quote: false, emptyItem: false });

const BLANK: LineReading = { kind: 'blank' };
const TEXT: LineReading = { kind: 'text' };
const BREAK: LineReading = { kind: 'break' };
const COMMENT: LineReading = { kind: 'comment' };
const ORDERED_ITEM: LineReading = { kind: 'item', ordered: true };
const BULLET_ITEM: LineReading = { kind: 'item', ordered: false };
const HEADINGS: readonly LineReading[] = [1, 2, 3, 4, 5, 6].map((depth) => ({ kind: 'heading', depth }));

/** Beyond this column a line is left to remark: past the bound its markers are cut to (a marker and a few spaces beyond). */
const MAX_COLUMN = MAX_PREFIX_COLUMNS + 16;

/**
 * How Markdown reads `text`, given what the lines above left open (`state`, updated); undefined
 * when the line is not certain here. A line where HTML may open is never certain: inline HTML is opaque.
 */
export function readLine(written: string, state: LineState): LineReading | undefined {
  // remark reads a line nested past its bound with its deep markers cut (markdown-remark.ts pieceText): so does this.
  const keep = boundedPrefix(written);
  const text = keep === undefined ? written : `${written.slice(0, keep)}x`;
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  if (indent === text.length || isBlankFrom(text, indent)) {
    // What micromark makes of the lines after an empty item and a blank line (the item ends, in part) is left to remark.
    if (state.emptyItem) return undefined;
    state.paragraph = false;
    state.quote = false;
    return BLANK;
  }
  state.emptyItem = false;
  if (isCommentLine(text, indent, state)) {
    // It interrupts a paragraph and ends every list and quote it does not stand in; the block ends on the line.
    Object.assign(state, newLineState());
    return COMMENT;
  }
  if (text[indent] === '\t' || indent > MAX_COLUMN || mayOpenHtml(text)) return undefined;
  const interrupting = state.paragraph || state.afterCode;
  state.afterCode = false;
  if (state.lists.length === 0 && indent <= 3 && text[indent] === '>') return readQuoted(text, indent, state);
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
export function indentedCodeAt(text: string, state: LineState): { base: number; level: number } | undefined {
  // A line nested past remark's bound is read as cut (readLine), never as code.
  if (state.paragraph || state.quote || state.emptyItem || boundedPrefix(text) !== undefined) return undefined;
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  if (indent > MAX_COLUMN || indent === text.length || text[indent] === '\t' || isBlankFrom(text, indent)) return undefined;
  // Inside the innermost item, or at the top level with no list open: where lists end around it is remark's to tell.
  const level = state.lists.length;
  const base = level > 0 ? state.lists[level - 1].content : 0;
  return indent - base >= 4 ? { base, level } : undefined;
}

/** `<!-- … -->` at the margin (three spaces at most), outside every open list item: remark's HTML block of one line. */
function isCommentLine(text: string, indent: number, state: LineState): boolean {
  return indent <= 3 && text.startsWith('<!--', indent) && text.indexOf('-->', indent + 2) >= 0
    && (state.lists.length === 0 || indent < state.lists[0].content);
}

/**
 * A line of a quote at the top level (`> …`), certain when what it holds is paragraph text or nothing:
 * a quote interrupts a paragraph, and inside it a line reads as at the top level.
 */
function readQuoted(text: string, indent: number, state: LineState): LineReading | undefined {
  let start = indent + 1;
  if (text[start] === ' ') start++;
  else if (text[start] === '\t') return undefined; // a tab after `>` counts partly as the mark's space
  if (!state.quote) state.paragraph = false;
  state.quote = true;
  if (isBlankFrom(text, start)) {
    state.paragraph = false;
    return TEXT;
  }
  let content = start;
  while (text.charCodeAt(content) === 32) content++;
  if (text[content] === '\t') return undefined;
  return readContinued(text, content, content - start, state, state.paragraph) === TEXT ? TEXT : undefined;
}

/**
 * A line without `>` after a quote. On the quote's open paragraph it goes on lazily unless it opens a
 * block: an item of any number (micromark does not count it as interrupting when the quote is not
 * continued), a heading or a rule; an underline never goes lazily, so `===` is text. Otherwise the
 * quote ends and the line reads at the top level.
 */
function readAfterQuote(text: string, indent: number, state: LineState): LineReading | undefined {
  if (!state.paragraph) {
    state.quote = false;
    return readContinued(text, indent, indent, state, false);
  }
  if (indent >= 4) return TEXT;
  state.quote = false;
  state.paragraph = false;
  if (isThematicBreak(text, indent)) return BREAK;
  const item = itemAt(text, indent);
  if (item === 'unsure') return undefined;
  if (item !== undefined) return openItem(item, state);
  const depth = atxDepth(text, indent);
  if (depth > 0) return HEADINGS[depth - 1];
  if (!isPlainStart(text, indent)) return undefined;
  state.quote = true;
  state.paragraph = true;
  return TEXT;
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
  if (!isPlainStart(text, indent)) return undefined;
  if (!state.paragraph) state.hashFirst = HASH_FIRST.test(text);
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
  if (!isPlainStart(text, indent)) return undefined;
  if (!state.paragraph) {
    state.lists.length = level;
    state.hashFirst = HASH_FIRST.test(text);
  }
  state.paragraph = true;
  return TEXT;
}

interface ItemStart {
  /** Whether the innermost item is ordered: remark records a line's innermost item. */
  readonly ordered: boolean;
  /** The digits of the outermost item, if ordered: only it can interrupt a paragraph. */
  readonly number: string;
  /** The lists the line opens, outermost first: `1. - Nội dung` opens two. */
  readonly lists: readonly OpenList[];
  /** The innermost item has nothing on the line (`-`, `1. - `). */
  readonly empty?: boolean;
}

/** A list item opens: its list is the innermost, and its content starts a paragraph. */
function openItem(item: ItemStart, state: LineState): LineReading {
  state.lists.push(...item.lists);
  state.paragraph = !item.empty;
  state.emptyItem = item.empty === true;
  state.hashFirst = false;
  return item.ordered ? ORDERED_ITEM : BULLET_ITEM;
}

/**
 * The list items whose markers start at `i`, if their content is plain text after one to four spaces;
 * 'unsure' for any other item (a tab, indented code, a rule or another block in it, an empty one that would interrupt).
 */
function itemAt(text: string, i: number, interrupting = false): ItemStart | 'unsure' | undefined {
  const j = markerEnd(text, i);
  if (typeof j !== 'number') return j;
  const c = text[i];
  let k = j;
  while (text.charCodeAt(k) === 32) k++;
  const ordered = c !== '-' && c !== '+' && c !== '*';
  const number = ordered ? text.slice(i, j - 1) : '';
  // An empty item cannot interrupt a paragraph; its content, on the lines after, starts a column past the marker.
  if (k === text.length) return interrupting ? 'unsure' : { ordered, number, lists: [{ ordered, marker: text[j - 1], content: j + 1 }], empty: true };
  if (k - j > 4 || k > MAX_COLUMN || isThematicBreak(text, k)) return 'unsure';
  const list: OpenList = { ordered, marker: text[j - 1], content: k };
  // An item whose content opens an item at once nests it (`1. 1. Nội dung`, `- - a`). micromark keeps the
  // line's interrupting for the inner markers too: under an open paragraph `- 2. x` is one item reading `2. x`.
  const inner = itemAt(text, k, interrupting);
  if (inner === 'unsure') return 'unsure';
  if (inner !== undefined && !(interrupting && inner.number !== '' && inner.number !== '1')) {
    return { ordered: inner.ordered, number, lists: [list, ...inner.lists], empty: inner.empty };
  }
  return inner !== undefined || isPlainStart(text, k) ? { ordered, number, lists: [list] } : 'unsure';
}

/** Just past the list marker at `i` (`-`, `*`, `+`, `12.`, `3)`) followed by a space; undefined for no marker, 'unsure' for an odd one. */
function markerEnd(text: string, i: number): number | 'unsure' | undefined {
  const c = text[i];
  let j = i;
  if (c === '-' || c === '+' || c === '*') j++;
  else {
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    if (j === i || (text[j] !== '.' && text[j] !== ')')) return undefined;
    if (j - i > 9) return 'unsure';
    j++;
  }
  if (j === text.length) return j; // an empty item
  if (text[j] !== ' ') return text[j] !== '\t' ? undefined : 'unsure';
  return j;
}

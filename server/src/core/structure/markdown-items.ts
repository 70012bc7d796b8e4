/**
 * What a line of Markdown can read as for the line classifier (markdown-lines.ts), and the list items
 * that open on a line, as micromark reads their markers.
 */
import type { LineState } from './markdown-lines';
import { isDigit, isPlainStart, isThematicBreak, labelOpenedBy, MAX_PREFIX_COLUMNS } from './markdown-marks';

/** A list open around the line: its kind, its marker (`-`, `*`, `+`, or `.`/`)` after the number) and its item's content column. */
export interface OpenList {
  readonly ordered: boolean;
  readonly marker: string;
  readonly content: number;
}

export type LineReading =
  | { readonly kind: 'blank' | 'text' | 'break' }
  /** Paragraph text that is inline HTML (a tag alone on the line): opaque. */
  | { readonly kind: 'html' }
  /** A tag alone on a lazy line: an HTML block of its own line (markdown-lines.ts readTagLine). */
  | { readonly kind: 'html-block' }
  | { readonly kind: 'heading'; readonly depth: number }
  | { readonly kind: 'item'; readonly ordered: boolean };

export const BLANK: LineReading = { kind: 'blank' };
export const TEXT: LineReading = { kind: 'text' };
export const INLINE_HTML: LineReading = { kind: 'html' };
export const HTML_BLOCK: LineReading = { kind: 'html-block' };
export const BREAK: LineReading = { kind: 'break' };
const ORDERED_ITEM: LineReading = { kind: 'item', ordered: true };
const BULLET_ITEM: LineReading = { kind: 'item', ordered: false };
export const HEADINGS: readonly LineReading[] = [1, 2, 3, 4, 5, 6].map((depth) => ({ kind: 'heading', depth }));

/** Beyond this column a line is left to remark: past the bound its markers are cut to (a marker and a few spaces beyond). */
export const MAX_COLUMN = MAX_PREFIX_COLUMNS + 16;

interface ItemStart {
  /** Whether the innermost item is ordered: remark records a line's innermost item. */
  readonly ordered: boolean;
  /** The digits of the outermost item, if ordered: only it can interrupt a paragraph. */
  readonly number: string;
  /** The lists the line opens, outermost first: `1. - Nội dung` opens two. */
  readonly lists: readonly OpenList[];
  /** The innermost item has nothing on the line (`-`, `1. - `). */
  readonly empty?: boolean;
  /** Its content opens a label that the line leaves open (LineState.label). */
  readonly label?: LineState['label'];
  /** Its content is indented code (five spaces or more after the marker): the content column, one past the marker. */
  readonly code?: number;
}

/** A list item opens: its list is the innermost, and its content starts a paragraph (or code). */
export function openItem(item: ItemStart, state: LineState): LineReading {
  state.lists.push(...item.lists);
  state.paragraph = !item.empty && item.code === undefined;
  state.emptyItem = item.empty === true;
  state.hashFirst = false;
  state.label = item.label ?? 'none';
  state.codeItem = item.code;
  if (item.code !== undefined) state.afterCode = true;
  return item.ordered ? ORDERED_ITEM : BULLET_ITEM;
}

/**
 * The list items whose markers start at `i`, if their content is plain text after one to four spaces;
 * 'unsure' for any other item (a tab, indented code, a rule or another block in it, an empty one that would interrupt).
 */
export function itemAt(text: string, i: number, interrupting = false): ItemStart | 'unsure' | undefined {
  const j = markerEnd(text, i);
  if (typeof j !== 'number') return j;
  const c = text[i];
  let k = j;
  while (text.charCodeAt(k) === 32) k++;
  const ordered = c !== '-' && c !== '+' && c !== '*';
  const number = ordered ? text.slice(i, j - 1) : '';
  // An empty item cannot interrupt a paragraph (the line is text then); its content, on the lines after, starts a column past the marker.
  if (k === text.length) return interrupting ? undefined : { ordered, number, lists: [{ ordered, marker: text[j - 1], content: j + 1 }], empty: true };
  // Five spaces or more after the marker: the content starts one past it, and what stands further is indented code.
  if (k - j > 4) return j + 1 > MAX_COLUMN ? 'unsure' : { ordered, number, lists: [{ ordered, marker: text[j - 1], content: j + 1 }], code: j + 1 };
  if (k > MAX_COLUMN || isThematicBreak(text, k)) return 'unsure';
  const list: OpenList = { ordered, marker: text[j - 1], content: k };
  // An item whose content opens an item at once nests it (`1. 1. Nội dung`, `- - a`). micromark keeps the
  // line's interrupting for the inner markers too: under an open paragraph `- 2. x` is one item reading `2. x`.
  const inner = itemAt(text, k, interrupting);
  if (inner === 'unsure') return 'unsure';
  if (inner !== undefined && !(interrupting && inner.number !== '' && inner.number !== '1')) {
    return { ordered: inner.ordered, number, lists: [list, ...inner.lists], empty: inner.empty, label: inner.label, code: inner.code };
  }
  // An empty item cannot interrupt (`- 80847.` under a paragraph): its marker is the outer item's text.
  if (inner === undefined && !isPlainStart(text, k) && !(interrupting && isEmptyItemLine(text, k))) return 'unsure';
  return { ordered, number, lists: [list], label: inner === undefined ? labelOpenedBy(text, k) : 'none' };
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

/** A list marker at `i` with nothing but spaces after it: an empty item, where one can open. */
export function isEmptyItemLine(text: string, i: number): boolean {
  const j = markerEnd(text, i);
  if (typeof j !== 'number') return false;
  let k = j;
  while (text.charCodeAt(k) === 32) k++;
  return k === text.length;
}

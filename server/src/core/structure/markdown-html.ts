/**
 * HTML blocks at the margin that run to the next blank line, read without remark: `<div>`, `<table>`
 * (CommonMark's kind 6, which interrupts a paragraph) and a tag alone on its line such as `<br>` or
 * `</p>` (kind 7, which does not). Pasted web pages carry them; remark would read each run of lines
 * around them. Other HTML (script, pre, multi-line comments, tags with attributes alone) stays remark's.
 */
import type { TextLine } from '../text/lines';
import type { MarkdownLineInfo } from './markdown';
import type { LineState } from './markdown-lines';

/** The tag names of kind 6 (CommonMark 0.31, as micromark lists them). */
const BLOCK_NAMES = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt '
  + 'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem '
  + 'nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul').split(' '));
/** Kind 1: these run to their closing tag, not to a blank line. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);

const KIND_6 = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)(?:[ \t>]|\/>|$)/;
const KIND_7 = /^ {0,3}(?:<([A-Za-z][A-Za-z0-9-]*)[ \t]*\/?>|<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>)[ \t]*$/;

/**
 * Whether the line opens an HTML block read here: at the margin (short of every open item's content,
 * so it ends the lists, as it is no lazy line), outside a quote; a kind 7 tag only where no paragraph
 * (nor indented code, to be safe) is open.
 */
export function opensHtmlBlock(text: string, state: LineState): boolean {
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  if (state.quote || (state.lists.length > 0 && indent >= state.lists[0].content)) return false;
  const block = KIND_6.exec(text);
  if (block && BLOCK_NAMES.has(block[1].toLowerCase())) return true;
  const tag = KIND_7.exec(text);
  return tag !== null && !state.paragraph && !state.afterCode && !RAW_NAMES.has((tag[1] ?? tag[2]).toLowerCase());
}

const isBlank = (text: string) => /^[ \t]*$/.test(text);

/**
 * Records the block that line `first` opens (its lines opaque, its value the lines as written) and
 * returns the line after it: the blank line that ends it, or the end of the text.
 */
export function readHtmlBlock(text: string, lines: readonly TextLine[], first: number, info: MarkdownLineInfo): number {
  let end = first + 1;
  while (end < lines.length && !isBlank(lines[end].text)) end++;
  const last = end - 1;
  // remark reads the text without its BOM; as CommonMark asks, it gives U+0000 as U+FFFD.
  const start = lines[first].start + (first === 0 && text.startsWith('\uFEFF') ? 1 : 0);
  const value = text.slice(start, lines[last].end).replace(/\0/g, '\uFFFD');
  for (let l = first; l <= last; l++) info.opaque.add(l);
  info.blocks.push({ kind: 'html', value, firstLine: first, lastLine: last, fenced: false });
  return end;
}

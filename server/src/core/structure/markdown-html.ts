/**
 * HTML blocks at the margin that run to the next blank line, read without remark: `<div>`, `<table>`
 * (CommonMark's kind 6, which interrupts a paragraph) and a tag alone on its line such as `<br>` or
 * `</p>` (kind 7, which does not). Pasted web pages carry them; remark would read each run of lines
 * around them. Other HTML (script, pre, multi-line comments, tags with attributes alone) stays remark's.
 */
import type { TextLine } from '../text/lines';
import type { MarkdownLineInfo } from './markdown';
import type { LineState } from './markdown-lines';
import { HTML_BLOCK, INLINE_HTML, type LineReading } from './markdown-items';

/** The tag names of kind 6 (CommonMark 0.31, as micromark lists them). */
const BLOCK_NAMES = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt '
  + 'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem '
  + 'nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul').split(' '));
/** Kind 1: these run to their closing tag, not to a blank line. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);

const KIND_6 = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)(?:[ \t>]|\/>|$)/;
/** Kind 2, a comment, runs to the line with `-->` (its own, as the `kehoach-disable` comments). */
const OPENS_COMMENT = /^ {0,3}<!--/;
const KIND_7 = /^ {0,3}(?:<([A-Za-z][A-Za-z0-9-]*)[ \t]*\/?>|<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>)[ \t]*$/;

/**
 * Whether the line opens an HTML block read here: at the margin (short of every open item's content,
 * so it ends the lists, as it is no lazy line), outside a quote; a kind 7 tag only where no paragraph
 * (nor indented code, to be safe) is open.
 */
export function opensHtmlBlock(text: string, state: LineState): 'comment' | 'to-blank' | undefined {
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  if (state.quote || (state.lists.length > 0 && indent >= state.lists[0].content)) return undefined;
  if (OPENS_COMMENT.test(text)) return 'comment';
  const block = KIND_6.exec(text);
  if (block && BLOCK_NAMES.has(block[1].toLowerCase())) return 'to-blank';
  const name = tagAloneName(text);
  return name !== undefined && !state.paragraph && !state.afterCode && !RAW_NAMES.has(name) ? 'to-blank' : undefined;
}

/** The lower-case name of the tag that stands alone on the line after at most three spaces (kind 7's shape), if one does. */
function tagAloneName(text: string): string | undefined {
  const tag = KIND_7.exec(text);
  return tag === null ? undefined : (tag[1] ?? tag[2]).toLowerCase();
}

/**
 * Whether the line is a tag alone after its `indent` spaces that cannot interrupt a paragraph (kind 7,
 * not 1 or 6): on an open paragraph it goes on as the paragraph's inline HTML, as a lazy line too.
 */
function isInlineTagLine(text: string, indent: number): boolean {
  const name = tagAloneName(text.slice(indent));
  return name !== undefined && !RAW_NAMES.has(name) && !BLOCK_NAMES.has(name);
}

/**
 * A tag alone on the line (`<br>`), on an open paragraph: not in a label left open, and only where no
 * backtick above may open a code span that holds it. Within the innermost item (or with no list or quote
 * open) it goes on with the paragraph as its inline HTML; on a lazy line at the margin, micromark makes it
 * an HTML block in the innermost item or quote, which ends the paragraph. Anything else is remark's.
 */
export function readTagLine(text: string, indent: number, state: LineState): LineReading | undefined {
  if (!state.paragraph || state.label !== 'none' || state.ticked || !isInlineTagLine(text, indent)) return undefined;
  const inner = state.lists[state.lists.length - 1];
  if (!state.quote && (inner === undefined || indent >= inner.content)) return INLINE_HTML;
  if (indent > 0) return undefined;
  state.paragraph = false;
  state.lazyHtml = true;
  return HTML_BLOCK;
}

const isBlank = (text: string) => /^[ \t]*$/.test(text);

/** Whether the comment that opens the line ends on it: `-->` after `<!` (`<!-->` is a whole comment too). */
function closesOnItsLine(text: string): boolean {
  return text.includes('-->', text.indexOf('<!--') + 2);
}

/**
 * Records the block that line `first` opens (its lines opaque, its value the lines as written) and
 * returns the line after it: the blank line that ends it (after a comment, the line with `-->`), or the end of the text.
 */
export function readHtmlBlock(text: string, lines: readonly TextLine[], first: number, info: MarkdownLineInfo, kind: 'comment' | 'to-blank'): number {
  let end = first + 1;
  let open = false;
  if (kind === 'to-blank') while (end < lines.length && !isBlank(lines[end].text)) end++;
  else if (!closesOnItsLine(lines[first].text)) {
    // The first line with `-->` after it closes it.
    while (end < lines.length && !lines[end].text.includes('-->')) end++;
    open = end === lines.length;
    if (!open) end++;
  }
  // A comment left open runs to the end of the text, its last line break in its value; the empty line after it is not its own.
  let last = end - 1;
  if (open && last > first && lines[last].text === '' && lines[last].start === text.length) last--;
  // remark reads the text without its BOM; as CommonMark asks, it gives U+0000 as U+FFFD.
  const start = lines[first].start + (first === 0 && text.startsWith('\uFEFF') ? 1 : 0);
  const value = text.slice(start, open ? text.length : lines[last].end).replace(/\0/g, '\uFFFD');
  for (let l = first; l <= last; l++) info.opaque.add(l);
  info.blocks.push({ kind: 'html', value, firstLine: first, lastLine: last, fenced: false });
  return end;
}

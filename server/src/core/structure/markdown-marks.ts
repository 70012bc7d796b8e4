/**
 * The marks that open a block at a given place of a line, as micromark reads them: what the line
 * classifier (markdown-lines.ts) asks of every line.
 */

export const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Whether a `<` of the line may open HTML, a block or inline: a comment, a declaration or an
 * instruction (`<!`, `<?`), a tag whose name ends where a tag name can end (`<b>`, `</b`, `<a href`).
 * `< 5%`, `<3` and `đ<oạn` open none (an autolink is a link, not HTML: no line is opaque for it).
 * After text on the line only a tag is inline HTML: `Ba<n Bí thư` breaks off at `í` and opens none.
 */
export function mayOpenHtml(text: string): boolean {
  // An HTML block may start where nothing but spaces, quote marks and list markers stand before it, and
  // needs no whole tag there: found once, not again for each `<` of a long line.
  const blockStart = prefixEnd(text);
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const next = text[i + 1];
    if (next === '!' || next === '?') return true;
    const name = tagNameEnd(text, next === '/' ? i + 2 : i + 1);
    if (name === undefined || !(name === text.length || ' \t/>'.includes(text[name]))) continue;
    if (i === blockStart || inlineTagGoesOn(text, name, next === '/')) return true;
  }
  return false;
}

/** Just past the tag name at `j` (a letter, then letters, digits and `-`), or undefined. */
function tagNameEnd(text: string, j: number): number | undefined {
  if (!isAsciiLetter(text.charCodeAt(j))) return undefined;
  while (isAsciiLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)) || text[j] === '-') j++;
  return j;
}

/** Where the line's spaces, quote marks and list markers (and digits) end. */
function prefixEnd(text: string): number {
  let k = 0;
  while (k < text.length && ' \t>-+*.)0123456789'.includes(text[k])) k++;
  return k;
}

const isSpaceOrTab = (c: string | undefined) => c === ' ' || c === '\t';
const isAttributeStart = (code: number) => isAsciiLetter(code) || code === 95 || code === 58; // _ :
const isAttributeChar = (code: number) => isAttributeStart(code) || isDigit(code) || code === 46 || code === 45; // . -
const isUnquotedValueChar = (c: string | undefined) => c !== undefined && !' \t"\'=<>`'.includes(c);

/**
 * Whether the tag whose name ends at `j` reads as CommonMark's raw HTML to a `>` on the line, or may
 * go on past the line (white space and quoted values may hold a line break): false where a character
 * breaks it off.
 */
function inlineTagGoesOn(text: string, j: number, closing: boolean): boolean {
  if (closing) {
    while (isSpaceOrTab(text[j])) j++;
    return j === text.length || text[j] === '>';
  }
  for (;;) {
    const spaced = j;
    while (isSpaceOrTab(text[j])) j++;
    if (j === text.length || text[j] === '>') return true;
    if (text[j] === '/') return text[j + 1] === '>';
    // An attribute needs white space before it.
    if (j === spaced || !isAttributeStart(text.charCodeAt(j))) return false;
    while (isAttributeChar(text.charCodeAt(j))) j++;
    let k = j;
    while (isSpaceOrTab(text[k])) k++;
    if (k === text.length) return true;
    if (text[k] !== '=') continue;
    k++;
    while (isSpaceOrTab(text[k])) k++;
    if (k === text.length) return true;
    if (text[k] === '"' || text[k] === "'") {
      const end = text.indexOf(text[k], k + 1);
      if (end < 0) return true;
      j = end + 1;
    } else {
      if (!isUnquotedValueChar(text[k])) return false;
      while (isUnquotedValueChar(text[k])) k++;
      j = k;
    }
  }
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Whether the text from `i` on is spaces and tabs only. */
export function isBlankFrom(text: string, i: number): boolean {
  for (; i < text.length; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** `===` or `---` from `i` on, with nothing but spaces and tabs after: under a paragraph, it makes the paragraph a heading. */
export function isSetextUnderline(text: string, i: number): boolean {
  const mark = text[i];
  if (mark !== '=' && mark !== '-') return false;
  let j = i;
  while (text[j] === mark) j++;
  return isBlankFrom(text, j);
}

/** `---`, `***`, `_ _ _` from `i` on: three or more of one mark, spaces and tabs between. */
export function isThematicBreak(text: string, i: number): boolean {
  const mark = text[i];
  if (mark !== '-' && mark !== '*' && mark !== '_') return false;
  let count = 0;
  for (let j = i; j < text.length; j++) {
    if (text[j] === mark) count++;
    else if (text[j] !== ' ' && text[j] !== '\t') return false;
  }
  return count >= 3;
}

/** The depth of the ATX heading whose `#` run starts at `i`, or 0. */
export function atxDepth(text: string, i: number): number {
  let j = i;
  while (text[j] === '#') j++;
  const depth = j - i;
  return depth >= 1 && depth <= 6 && (j === text.length || text[j] === ' ' || text[j] === '\t') ? depth : 0;
}

/**
 * Whether text at `i` can only be paragraph text. Only these ASCII characters can start another block
 * (remark-parse reads no tables); any other character, a letter, a mark or a BOM inside the text, opens
 * a paragraph. `*`, `-`, `+`, `_` and `=` start one too when they are not a rule, an item or an underline,
 * which the callers have ruled out (`**Mục tiêu**`, `-5%`); a run of fewer than three `` ` `` or `~` is no fence,
 * nor is a run of backticks with another backtick after it on the line (code spans).
 * `continuing`: the line goes on with an open paragraph, which a link definition cannot interrupt.
 */
export function isPlainStart(text: string, i: number, continuing = false): boolean {
  const c = text[i];
  if (isDigit(text.charCodeAt(i))) {
    let j = i;
    while (isDigit(text.charCodeAt(j))) j++;
    const after = text[j + 1];
    return !((text[j] === '.' || text[j] === ')') && (after === undefined || after === ' ' || after === '\t'));
  }
  if (c === '#') return atxDepth(text, i) === 0;
  // `[a]: /url` defines a link where it starts a paragraph (it cannot interrupt one); a label left open goes on in LineState.label.
  if (c === '[') return continuing || labelEnd(text, i + 1) !== 'definition';
  if (c === '`' || c === '~') return fenceRunAt(text, i) === 0;
  return !BLOCK_STARTS.has(c);
}

/** How many backticks or tildes open a fence at `i`: three or more, and for backticks none after them on the line; else 0. */
export function fenceRunAt(text: string, i: number): number {
  const mark = text[i];
  if (mark !== '`' && mark !== '~') return 0;
  let n = i + 1;
  while (text[n] === mark) n++;
  return n - i < 3 || (mark === '`' && text.includes('`', n)) ? 0 : n - i;
}

/**
 * A paragraph's first line that remark's reading records as an ATX line if it turns into a setext
 * heading: up to three characters of JavaScript's `\s` then `#`, so a U+2029 or a no-break space counts.
 */
export const HASH_FIRST = /^\s{0,3}#/;

/**
 * What can open a block other than a paragraph at the start of a line, besides digits and the marks
 * above, once the callers have read rules, items and underlines (`-+*_=` are not here) and HTML (mayOpenHtml).
 */
const BLOCK_STARTS = new Set(' \t>');

/**
 * How the label of a paragraph that opens with `[` reads from `from` on the line, as micromark's
 * label reads: closed by `]` then `:`, the paragraph may define a link ('definition', left to remark);
 * closed otherwise, or broken by another `[`, it is plain text; with no bracket it is still 'open'.
 */
export function labelEnd(text: string, from: number): 'open' | 'plain' | 'definition' {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\\' && (text[j + 1] === '[' || text[j + 1] === ']' || text[j + 1] === '\\')) j++;
    else if (c === '[') return 'plain';
    else if (c === ']') return text[j + 1] === ':' ? 'definition' : 'plain';
  }
  return 'open';
}

/** What a paragraph's first line leaves of its label: open when it starts with `[` not closed on the line (LineState.label). */
export const labelOpenedBy = (text: string, i: number): 'opened' | 'none' => (text[i] === '[' && labelEnd(text, i + 1) === 'open' ? 'opened' : 'none');

/**
 * Quotes and list markers nest no deeper than this many columns in what remark reads: a plan nests a
 * few (none of the real plans of the fixtures past 16), and remark's time per line grows with the depth
 * (a staircase of 30 items read 1.4 s per MB at 64 columns; past this bound the classifier reads it).
 */
export const MAX_PREFIX_COLUMNS = 32;

/**
 * For a line whose leading spaces, `>` and list markers reach past MAX_PREFIX_COLUMNS with a marker
 * there: how much of it to keep (what fits within the bound), the rest read as plain text. A line
 * indented with spaces alone nests nothing and is kept, and so is one whose spaces alone run past the
 * bound (`-` and seventy spaces) and a rule (`- - - …`).
 */
export function boundedPrefix(line: string): number | undefined {
  let column = 0;
  let i = 0;
  let keep: number | undefined;
  let deep = false;
  while (i < line.length) {
    const space = line[i] === ' ' || line[i] === '\t';
    const marker = space ? 0 : markerLength(line, i);
    if (!space && marker === 0) break;
    column += line[i] === ' ' ? 1 : line[i] === '\t' ? 4 - (column % 4) : marker;
    if (column > MAX_PREFIX_COLUMNS) {
      keep ??= i;
      if (marker > 0) deep = true;
    }
    i += Math.max(1, marker);
  }
  return deep && !isRuleLine(line) ? keep : undefined;
}

/** The line as remark reads it in pieces (markdown-remark.ts pieceText): nested past the bound, its deep markers cut. */
export function cutLine(line: string): string {
  const keep = boundedPrefix(line);
  return keep === undefined ? line : `${line.slice(0, keep)}x`;
}

/** Length of the quote mark or list marker (`>`, `-`, `12.`) at i, or 0. */
function markerLength(line: string, i: number): number {
  const c = line[i];
  if (c === '>') return 1;
  let j = i;
  if (c === '-' || c === '+' || c === '*') j++;
  else {
    while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j === i || (line[j] !== '.' && line[j] !== ')')) return 0;
    j++;
  }
  const after = line[j];
  return after === undefined || after === ' ' || after === '\t' ? j - i : 0;
}

/** A whole line of `- - -`, `***`, `_ _ _`: three or more of one mark, spaces between. */
function isRuleLine(text: string): boolean {
  let mark = '';
  let count = 0;
  for (const c of text) {
    if (c === ' ' || c === '\t') continue;
    if (mark === '' && (c === '-' || c === '*' || c === '_')) mark = c;
    if (c !== mark) return false;
    count++;
  }
  return count >= 3;
}

/**
 * A JSON catalog read in pieces (issue 13: 200,000 documents): where each element of the entries
 * array lies in the file's UTF-8 bytes, so that the elements can be parsed a few thousand at a time
 * and no text of the whole file, nor a tree of all its rows, is ever held at once. Brackets, quotes,
 * commas and backslashes are ASCII, which no byte of a multi-byte UTF-8 character can be.
 */

/** The entries array's elements: where each starts, and the `,` or `]` that ends it (byte offsets). */
export interface ElementSpans {
  readonly rootIsArray: boolean;
  readonly starts: number[];
  readonly ends: number[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const ENTRIES = [...'entries'].map((c) => c.charCodeAt(0));

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Where a file's JSON text starts: after a UTF-8 byte order mark. */
export const bodyStart = (bytes: Uint8Array) => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

/** The index of the quote closing the string that opens at i (escapes skipped). */
function stringEnd(bytes: Uint8Array, i: number): number {
  let j = i + 1;
  while (j < bytes.length && bytes[j] !== QUOTE) j += bytes[j] === BACKSLASH ? 2 : 1;
  return j;
}

/** Whether the string between the quotes at i and j is `entries`, as written (an escaped one is left to JSON.parse). */
function isEntriesKey(bytes: Uint8Array, i: number, j: number): boolean {
  return j - i - 1 === ENTRIES.length && ENTRIES.every((b, k) => bytes[i + 1 + k] === b);
}

interface Walk {
  readonly spans: ElementSpans;
  /** The depth of the entries array: 1 for a bare array, 2 under `"entries"`. */
  readonly target: number;
  depth: number;
  inTarget: boolean;
  awaiting: boolean;
  done: boolean;
  lastIsEntries: boolean;
  keyIsEntries: boolean;
}

function onOpen(w: Walk, b: number): void {
  w.depth++;
  if (b === OPEN_ARRAY && w.depth === w.target && !w.done && (w.spans.rootIsArray || w.keyIsEntries)) w.inTarget = w.awaiting = true;
}

function onClose(w: Walk, at: number): void {
  if (w.depth === w.target && w.inTarget) {
    if (w.spans.starts.length > w.spans.ends.length) w.spans.ends.push(at);
    w.inTarget = false;
    w.done = true;
  }
  w.depth--;
}

/** Reads the byte at i (a whole string when it opens one); returns the index of the last byte read. */
function step(w: Walk, bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (w.awaiting && !isSpace(b)) {
    w.awaiting = false;
    if (b !== CLOSE_ARRAY) w.spans.starts.push(i);
  }
  if (b === QUOTE) {
    const j = stringEnd(bytes, i);
    if (w.depth === 1) w.lastIsEntries = isEntriesKey(bytes, i, j);
    return j;
  }
  if (b === COLON && w.depth === 1) w.keyIsEntries = w.lastIsEntries;
  else if (b === OPEN_ARRAY || b === OPEN_OBJECT) onOpen(w, b);
  else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) onClose(w, i);
  else if (b === COMMA && w.depth === w.target && w.inTarget) {
    // `[,` or `,,` is no element: the spans stop matching, and the whole text is parsed instead.
    if (w.spans.starts.length > w.spans.ends.length) w.spans.ends.push(i);
    w.awaiting = true;
  }
  return i;
}

/**
 * The elements of the entries array (the root array, or the first `"entries"` of the root object).
 * Undefined when the root is neither; on a text that is not JSON the spans may be wrong, which the
 * parse of the pieces then tells.
 */
export function elementSpans(bytes: Uint8Array): ElementSpans | undefined {
  let i = bodyStart(bytes);
  while (i < bytes.length && isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_ARRAY && bytes[i] !== OPEN_OBJECT) return undefined;
  const rootIsArray = bytes[i] === OPEN_ARRAY;
  const w: Walk = { spans: { rootIsArray, starts: [], ends: [] }, target: rootIsArray ? 1 : 2, depth: 0, inTarget: false, awaiting: false, done: false, lastIsEntries: false, keyIsEntries: false };
  for (; i < bytes.length; i++) i = step(w, bytes, i);
  return w.spans;
}

/** 1-based lines of ascending byte offsets, in one pass. */
export function linesAtBytes(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (let nl = bytes.indexOf(0x0a, i); nl >= 0 && nl < offset; nl = bytes.indexOf(0x0a, i)) {
      line++;
      i = nl + 1;
    }
    lines.push(line);
  }
  return lines;
}

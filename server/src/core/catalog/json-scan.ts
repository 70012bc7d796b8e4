/**
 * A JSON catalog read in pieces, for a file the one-pass reading (json-rows.ts) cannot vouch for:
 * where each element of the entries array lies in the file's UTF-8 bytes, found a block at a time,
 * so that the elements can then be parsed a chunk at a time and neither the file's text nor a tree of
 * all its rows is ever held at once. Brackets, quotes, commas and backslashes are ASCII, which no
 * byte of a multi-byte UTF-8 character can be.
 */

/** Bytes read by position: a file on disk a block at a time, or bytes already in memory. */
export interface ByteSource {
  readonly size: number;
  /** The bytes from `start` to `end` (end excluded, at most `size`). */
  read(start: number, end: number): Uint8Array;
}

export const bytesSource = (bytes: Uint8Array): ByteSource => ({ size: bytes.length, read: (start, end) => bytes.subarray(start, end) });

/** The entries array's elements: where each starts, its 1-based line, and the `,` or `]` that ends it (byte offsets). */
export interface ElementSpans {
  readonly rootIsArray: boolean;
  /** Where the JSON text starts: after a UTF-8 byte order mark. */
  readonly bodyStart: number;
  readonly starts: number[];
  readonly lines: number[];
  readonly ends: number[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const ENTRIES = [...'entries'].map((c) => c.charCodeAt(0));
/** How much of the file is read at once while scanning. */
const BLOCK = 1 << 20;

const isSpace = (b: number) => b === 0x20 || b === NEWLINE || b === 0x0d || b === 0x09;

interface Walk {
  readonly spans: ElementSpans;
  /** The depth of the entries array: 1 for a bare array, 2 under `"entries"`. */
  readonly target: number;
  depth: number;
  line: number;
  inTarget: boolean;
  awaiting: boolean;
  done: boolean;
  /** Inside a string, and just after its backslash. */
  inString: boolean;
  escaped: boolean;
  /** For a string at the top level: how many of its bytes, and whether they are so far `entries`. */
  keyLength: number;
  keyMatches: boolean;
  lastIsEntries: boolean;
  keyIsEntries: boolean;
}

/** A byte inside a string: only its end, and at the top level whether it spells `entries` (an escaped one is left to JSON.parse). */
function inString(w: Walk, b: number): void {
  if (b === NEWLINE) w.line++;
  if (w.escaped) w.escaped = false;
  else if (b === BACKSLASH) w.escaped = true;
  else if (b === QUOTE) {
    w.inString = false;
    if (w.depth === 1) w.lastIsEntries = w.keyMatches && w.keyLength === ENTRIES.length;
    return;
  }
  if (w.depth === 1) {
    w.keyMatches &&= ENTRIES[w.keyLength] === b;
    w.keyLength++;
  }
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

/** A byte outside strings, at offset `at` of the file. */
function outside(w: Walk, b: number, at: number): void {
  if (w.awaiting && !isSpace(b)) {
    w.awaiting = false;
    if (b !== CLOSE_ARRAY) {
      w.spans.starts.push(at);
      w.spans.lines.push(w.line);
    }
  }
  if (b === QUOTE) {
    w.inString = true;
    w.keyLength = 0;
    w.keyMatches = true;
  } else if (b === COLON && w.depth === 1) w.keyIsEntries = w.lastIsEntries;
  else if (b === OPEN_ARRAY || b === OPEN_OBJECT) onOpen(w, b);
  else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) onClose(w, at);
  else if (b === COMMA && w.depth === w.target && w.inTarget) {
    // `[,` or `,,` is no element: the spans stop matching, and the whole text is parsed instead.
    if (w.spans.starts.length > w.spans.ends.length) w.spans.ends.push(at);
    w.awaiting = true;
  } else if (b === NEWLINE) w.line++;
}

/**
 * The bytes of one block, `from` being its offset in the file. Inside a string below the top level
 * only its end matters: the bytes up to the next quote or backslash are skipped at once (a raw newline
 * there is no JSON, which the parse of the pieces then tells).
 */
function scanBlock(w: Walk, block: Uint8Array, from: number, begin: number): void {
  for (let i = begin; i < block.length; i++) {
    let b = block[i];
    if (w.inString && !w.escaped && w.depth !== 1) {
      while (b !== QUOTE && b !== BACKSLASH && ++i < block.length) b = block[i];
      if (i === block.length) return;
    }
    if (w.inString) inString(w, b);
    else outside(w, b, from + i);
  }
}

/** The root's first byte (`[` or `{`) and where the text starts, or undefined when it is neither. */
function rootOf(source: ByteSource): { rootIsArray: boolean; bodyStart: number } | undefined {
  const head = source.read(0, Math.min(source.size, 4096));
  const bodyStart = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  let i = bodyStart;
  while (i < head.length && isSpace(head[i])) i++;
  if (head[i] !== OPEN_ARRAY && head[i] !== OPEN_OBJECT) return undefined;
  return { rootIsArray: head[i] === OPEN_ARRAY, bodyStart };
}

/**
 * The elements of the entries array (the root array, or the first `"entries"` of the root object).
 * Undefined when the root is neither; on a text that is not JSON the spans may be wrong, which the
 * parse of the pieces then tells.
 */
export function elementSpans(source: ByteSource, block = BLOCK): ElementSpans | undefined {
  const root = rootOf(source);
  if (!root) return undefined;
  const w: Walk = {
    spans: { ...root, starts: [], lines: [], ends: [] }, target: root.rootIsArray ? 1 : 2, depth: 0, line: 1,
    inTarget: false, awaiting: false, done: false, inString: false, escaped: false, keyLength: 0, keyMatches: false, lastIsEntries: false, keyIsEntries: false,
  };
  for (let from = 0; from < source.size; from += block) {
    scanBlock(w, source.read(from, Math.min(source.size, from + block)), from, from === 0 ? root.bodyStart : 0);
  }
  return w.spans;
}

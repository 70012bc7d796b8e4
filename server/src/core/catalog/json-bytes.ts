/**
 * A JSON text checked byte by byte, strictly: what this reader accepts JSON.parse accepts (anything
 * it is unsure of throws NOT_PLAIN, and the file is then parsed whole as before). Structural bytes
 * are ASCII, which no byte of a multi-byte UTF-8 character can be; invalid UTF-8 inside a string is
 * no error (the decoder replaces it, as for JSON.parse of the decoded text).
 */

/** Thrown when the quick reading cannot vouch for the text: the caller falls back to JSON.parse. */
export const NOT_PLAIN = new Error('not plain JSON');

// The bytes are repeated in json-rows.ts: a constant read from another module costs a call per byte once transpiled.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const isHex = (b: number) => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
const SIMPLE_ESCAPES = new Set([...'"\\/bfnrt'].map((c) => c.charCodeAt(0)));
const LITERALS = ['true', 'false', 'null'].map((w) => [...w].map((c) => c.charCodeAt(0)));

export class JsonBytes {
  /** The offset of the next byte to read. */
  at: number;
  /** The 1-based line of `at` (line feeds counted, as the catalog's lines are). */
  line = 1;
  /** Whether the last string read had an escape. */
  escaped = false;

  constructor(readonly bytes: Uint8Array, start: number) {
    this.at = start;
  }

  /** The byte at `at` after white space (-1 at the end). */
  peek(): number {
    const b = this.bytes;
    for (;;) {
      const c = this.at < b.length ? b[this.at] : -1;
      if (c === 0x20 || c === 0x09 || c === 0x0d) this.at++;
      else if (c === NEWLINE) {
        this.at++;
        this.line++;
      } else return c;
    }
  }

  expect(byte: number): void {
    if (this.peek() !== byte) throw NOT_PLAIN;
    this.at++;
  }

  /** A string from its opening quote; `at` ends past its closing quote. */
  string(): void {
    const b = this.bytes;
    let i = this.at + 1;
    this.escaped = false;
    for (;;) {
      // The plain bytes of a trích yếu at a time: past the end, `b[i]` is undefined and stops the run.
      let c = b[i];
      while (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) c = b[++i];
      if (c === QUOTE) break;
      if (c !== BACKSLASH) throw NOT_PLAIN;
      this.escaped = true;
      i = this.escapeEnd(i);
    }
    this.at = i + 1;
  }

  /** Past the escape at `i`: one of `"\/bfnrt`, or `u` and four hex digits. */
  private escapeEnd(i: number): number {
    const b = this.bytes;
    const c = b[i + 1];
    if (SIMPLE_ESCAPES.has(c)) return i + 2;
    if (c !== 0x75 || !isHex(b[i + 2]) || !isHex(b[i + 3]) || !isHex(b[i + 4]) || !isHex(b[i + 5])) throw NOT_PLAIN;
    return i + 6;
  }

  /** Any value, from its first byte. */
  value(): void {
    const c = this.peek();
    if (c === QUOTE) this.string();
    else if (c === OPEN_OBJECT) this.object();
    else if (c === OPEN_ARRAY) this.array();
    else if (c === 0x2d || isDigit(c)) this.number();
    else this.literal();
  }

  private object(): void {
    this.at++;
    if (this.peek() === CLOSE_OBJECT) {
      this.at++;
      return;
    }
    for (;;) {
      if (this.peek() !== QUOTE) throw NOT_PLAIN;
      this.string();
      this.expect(COLON);
      this.value();
      if (this.afterItem(CLOSE_OBJECT)) return;
    }
  }

  private array(): void {
    this.at++;
    if (this.peek() === CLOSE_ARRAY) {
      this.at++;
      return;
    }
    do this.value();
    while (!this.afterItem(CLOSE_ARRAY));
  }

  /** After an item: true past the closing bracket, false past a comma. */
  afterItem(close: number): boolean {
    const c = this.peek();
    this.at++;
    if (c === close) return true;
    if (c !== COMMA) throw NOT_PLAIN;
    return false;
  }

  /** `-? (0 | [1-9] digits) (. digits)? ([eE] [+-]? digits)?` */
  private number(): void {
    const b = this.bytes;
    let i = this.at;
    if (b[i] === 0x2d) i++;
    if (b[i] === 0x30) i++;
    else if (isDigit(b[i])) while (isDigit(b[i])) i++;
    else throw NOT_PLAIN;
    if (b[i] === 0x2e) i = this.digits(i + 1);
    if (b[i] === 0x65 || b[i] === 0x45) i = this.digits(b[i + 1] === 0x2b || b[i + 1] === 0x2d ? i + 2 : i + 1);
    this.at = i;
  }

  /** Past one or more digits from `i`. */
  private digits(i: number): number {
    if (!isDigit(this.bytes[i])) throw NOT_PLAIN;
    while (isDigit(this.bytes[i])) i++;
    return i;
  }

  private literal(): void {
    const word = LITERALS.find((w) => w.every((c, k) => this.bytes[this.at + k] === c));
    if (!word) throw NOT_PLAIN;
    this.at += word.length;
  }
}

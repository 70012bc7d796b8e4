/**
 * A JSON catalog read in one pass over its bytes (issue 13 §1): the whole text checked as JSON, and
 * for each element of the entries array the fields that can keep a row out (symbol, date, type,
 * status) read and checked, the rest left as bytes until a lookup asks for the entry. A row whose
 * fields are not plain text (an escape in them, a number, a status written as an object) is built at
 * once, exactly as before. Anything else unusual (a syntax error, a second `entries`) gives up, and
 * the caller parses the whole text as before.
 */
import { ByteTexts, utf8 } from './byte-texts';
import type { EntryReading, RawEntry } from './entry';
import { JsonBytes, NOT_PLAIN } from './json-bytes';
import { LazyRows } from './rows';
import { rowChecker } from './row-check';
import type { CatalogEntry, CatalogProblem } from './types';

const QUOTE = 0x22;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** The fields read at load, by their byte length and bytes. */
const CHECKED = ['symbol', 'date', 'type', 'status'] as const;
type Checked = (typeof CHECKED)[number];
const CHECKED_BYTES = CHECKED.map((name) => [...name].map((c) => c.charCodeAt(0)));
const ENTRIES_BYTES = [...'entries'].map((c) => c.charCodeAt(0));

/** What the reading of one file needs besides its bytes. */
export interface JsonRowsContext {
  readonly file: string;
  readonly reading: EntryReading;
  /** An element parsed with JSON.parse into an entry or a problem (the way every row was read before). */
  readonly parsed: (value: unknown, line: number) => { entry: CatalogEntry } | { problem: CatalogProblem };
}

const NULL_BYTES = [0x6e, 0x75, 0x6c, 0x6c];

class EntriesReader {
  private readonly json: JsonBytes;
  private readonly texts: ByteTexts;
  readonly problems: CatalogProblem[] = [];
  /** The plain text fields of the element being read (undefined: absent or null). */
  private readonly fields = new Map<Checked, string | undefined>();
  private readonly check: ReturnType<typeof rowChecker>;

  constructor(readonly bytes: Uint8Array, start: number, readonly rows: LazyRows, private readonly ctx: JsonRowsContext) {
    this.json = new JsonBytes(bytes, start);
    this.texts = new ByteTexts(bytes);
    this.check = rowChecker(ctx.reading);
  }

  /** The root: the entries array itself, or an object with exactly one `entries` key holding it. */
  root(): void {
    const json = this.json;
    const c = json.peek();
    if (c === OPEN_ARRAY) this.entries();
    else if (c === OPEN_OBJECT) this.rootObject();
    else throw NOT_PLAIN;
    if (json.peek() !== -1) throw NOT_PLAIN;
  }

  private rootObject(): void {
    const json = this.json;
    json.at++;
    let found = false;
    if (json.peek() === CLOSE_OBJECT) throw NOT_PLAIN;
    do {
      if (json.peek() !== QUOTE) throw NOT_PLAIN;
      const keyStart = json.at + 1;
      json.string();
      if (json.escaped) throw NOT_PLAIN;
      const isEntries = this.spells(keyStart, json.at - 1, ENTRIES_BYTES);
      json.expect(COLON);
      if (isEntries && found) throw NOT_PLAIN;
      if (isEntries) {
        found = true;
        if (json.peek() !== OPEN_ARRAY) throw NOT_PLAIN;
        this.entries();
      } else json.value();
    } while (!json.afterItem(CLOSE_OBJECT));
    if (!found) throw NOT_PLAIN;
  }

  private spells(start: number, end: number, word: readonly number[]): boolean {
    if (end - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (this.bytes[start + k] !== word[k]) return false;
    return true;
  }

  private entries(): void {
    const json = this.json;
    json.at++;
    if (json.peek() === CLOSE_ARRAY) {
      json.at++;
      return;
    }
    do this.element();
    while (!json.afterItem(CLOSE_ARRAY));
  }

  /** One element: checked from its plain fields, or parsed whole when it has others. */
  private element(): void {
    const json = this.json;
    json.peek();
    const start = json.at;
    const line = json.line;
    const plain = this.bytes[start] === OPEN_OBJECT && this.plainObject();
    if (!plain) {
      if (this.bytes[start] !== OPEN_OBJECT) json.value();
      const end = json.at;
      const result = this.ctx.parsed(JSON.parse(utf8.decode(this.bytes.subarray(start, end))), line);
      if ('entry' in result) this.rows.addBuilt(result.entry);
      else this.problems.push(result.problem);
      return;
    }
    const f = this.fields;
    const raw: RawEntry = { type: f.get('type'), symbol: f.get('symbol'), date: f.get('date'), status: f.get('status') };
    const checked = this.check(raw);
    if ('problem' in checked) this.problems.push({ file: this.ctx.file, line, ...checked.problem });
    else this.rows.add(checked, start, json.at, line);
  }

  /**
   * An object's members read; true when each of the checked fields is plain text (no escape), null or
   * absent. The object is read to its end either way.
   */
  private plainObject(): boolean {
    const json = this.json;
    this.fields.clear();
    let plain = true;
    json.at++;
    if (json.peek() === CLOSE_OBJECT) {
      json.at++;
      return true;
    }
    do {
      if (json.peek() !== QUOTE) throw NOT_PLAIN;
      const keyStart = json.at + 1;
      json.string();
      const field = json.escaped ? -1 : this.checkedField(keyStart, json.at - 1);
      // A key written with an escape may be one of the checked fields: JSON.parse tells.
      if (json.escaped) plain = false;
      json.expect(COLON);
      if (field < 0) json.value();
      else plain = this.fieldValue(field) && plain;
    } while (!json.afterItem(CLOSE_OBJECT));
    return plain;
  }

  /** The number of the checked field a key names, or -1. */
  private checkedField(start: number, end: number): number {
    for (let k = 0; k < CHECKED.length; k++) if (this.spells(start, end, CHECKED_BYTES[k])) return k;
    return -1;
  }

  /** A checked field's value read (the last of a repeated key wins, as in JSON.parse); false unless plain text or null. */
  private fieldValue(k: number): boolean {
    const field = CHECKED[k];
    const json = this.json;
    const c = json.peek();
    const start = json.at;
    json.value();
    if (c === QUOTE && !json.escaped) {
      this.fields.set(field, this.texts.text(start + 1, json.at - 1, k));
      return true;
    }
    const isNull = json.at - start === 4 && this.spells(start, json.at, NULL_BYTES);
    this.fields.set(field, undefined);
    return isNull;
  }
}

/**
 * The rows of a JSON catalog's bytes (`start`: after a byte order mark), or undefined when the text is
 * not plain enough to be read so (then JSON.parse of the whole text decides, as before).
 */
export function readJsonRows(bytes: Uint8Array, start: number, rows: LazyRows, ctx: JsonRowsContext): { problems: CatalogProblem[] } | undefined {
  const reader = new EntriesReader(bytes, start, rows, ctx);
  try {
    reader.root();
  } catch {
    // NOT_PLAIN, a nesting too deep for the stack, a JSON.parse of an element that disagrees: the whole text decides.
    return undefined;
  }
  return { problems: reader.problems };
}

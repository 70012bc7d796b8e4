/**
 * A CSV file's records found in its bytes, as eachCsvRecord (csv.ts) finds them in its text: the
 * same records, cells and lines (quotes, separators and line ends are ASCII, which no byte of a
 * multi-byte UTF-8 character can be). For each cell, where it lies and whether its text is the
 * bytes themselves, the bytes inside one pair of quotes, or something only the text reader can tell.
 */

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * How a cell's text is had: 0 its bytes as they are, 1 those inside its quotes, 2 only by reading its
 * record as text (numbers, not an enum imported in each reader: a hot loop reads them).
 */
export type CellKind = 0 | 1 | 2;
const BARE = 0;
const QUOTED = 1;
const COMPLEX = 2;

/** One record's place in the file and its cells' (the arrays are reused from one record to the next). */
export class CsvRecordSpans {
  start = 0;
  /** Past the record's line end. */
  end = 0;
  line = 1;
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  kinds = new Uint8Array(16);

  push(start: number, end: number, kind: CellKind): void {
    if (this.count === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      this.starts = grow(this.starts, new Int32Array(this.count * 2));
      this.ends = grow(this.ends, new Int32Array(this.count * 2));
      this.kinds = grow(this.kinds, new Uint8Array(this.count * 2));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.kinds[this.count++] = kind;
  }
}

/** Past a quoted segment opening at `i` (-1 when it never closes), with the lines it spans. */
function quotedEnd(b: Uint8Array, i: number): { end: number; lines: number; doubled: boolean } {
  let lines = 0;
  let doubled = false;
  for (let j = i + 1; j < b.length; j++) {
    const c = b[j];
    if (c === QUOTE) {
      if (b[j + 1] !== QUOTE) return { end: j + 1, lines, doubled };
      doubled = true;
      j++;
    } else if (c === LF) lines++;
  }
  return { end: -1, lines, doubled };
}

/**
 * Each record of the bytes from `from` (after a byte order mark), handed to `onRecord` as read;
 * `unterminated`: the line of a quote never closed (its record and the rest are lost, as in eachCsvRecord).
 */
export function eachRecordSpans(b: Uint8Array, from: number, separator: number, onRecord: (r: CsvRecordSpans) => void): { unterminated?: number } {
  const r = new CsvRecordSpans();
  let line = 1;
  let i = from;
  let cellStart = from;
  let cellEmpty = true;
  let kind: CellKind = BARE;
  r.start = from;
  while (i < b.length) {
    const c = b[i];
    if (c === QUOTE && cellEmpty) {
      const q = quotedEnd(b, i);
      if (q.end < 0) return { unterminated: line };
      line += q.lines;
      kind = kind === BARE && !q.doubled ? QUOTED : COMPLEX;
      cellEmpty = q.end === i + 2;
      i = q.end;
    } else if (c === separator) {
      r.push(cellStart, i, kind);
      cellStart = ++i;
      cellEmpty = true;
      kind = BARE;
    } else if (c === CR || c === LF) {
      r.push(cellStart, i, kind);
      i += c === CR && b[i + 1] === LF ? 2 : 1;
      r.end = i;
      onRecord(r);
      r.line = ++line;
      r.start = cellStart = i;
      r.count = 0;
      cellEmpty = true;
      kind = BARE;
    } else {
      // An unquoted run, to the next separator or line end; after a quoted segment it makes the cell complex.
      let j = i + 1;
      while (j < b.length && b[j] !== separator && b[j] !== LF && b[j] !== CR) j++;
      if (kind === QUOTED) kind = COMPLEX;
      cellEmpty = false;
      i = j;
    }
  }
  if (!cellEmpty || r.count > 0) {
    r.push(cellStart, b.length, kind);
    r.end = b.length;
    onRecord(r);
  }
  return {};
}

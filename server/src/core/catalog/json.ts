/**
 * A user catalog in JSON, the shape of the built-in one: `{ "version": 1, "entries": [ { "type",
 * "symbol", "date", "issuer", "summary", "status", "scope", "sources" } ] }` or a bare array of
 * entries. Each problem names the line of its entry; the other entries keep working.
 */
import { utf8 } from './byte-texts';
import { entryReading, makeEntry, type EntryReading, type RawEntry } from './entry';
import { readJsonRows } from './json-rows';
import { LazyRows, lazilyLoaded, type BuildRow } from './rows';
import { bytesSource, elementSpans, type ByteSource, type ElementSpans } from './json-scan';
import type { CatalogEntry, CatalogProblem, EntryOrigin, LoadedCatalog } from './types';

/** 1-based lines of ascending offsets, in one pass over the text. */
function linesAt(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (let nl = text.indexOf('\n', i); nl >= 0 && nl < offset; nl = text.indexOf('\n', i)) {
      line++;
      i = nl + 1;
    }
    lines.push(line);
  }
  return lines;
}

const TEXT_FIELDS = ['type', 'symbol', 'date', 'issuer', 'summary', 'scope'] as const;

function asRaw(value: unknown): RawEntry | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
  // The usual row (text fields as text, no sources) is read as it is: no copy made for each of 200,000.
  if (o.sources === undefined && TEXT_FIELDS.every((k) => o[k] === undefined || typeof o[k] === 'string')) return o as RawEntry;
  const str = (k: string) => {
    const v = o[k];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  };
  const sources = Array.isArray(o.sources) ? o.sources.filter((s): s is string => typeof s === 'string')
    : typeof o.sources === 'string' ? [o.sources] : undefined;
  return {
    type: str('type'), symbol: str('symbol'), date: str('date'), issuer: str('issuer'), summary: str('summary'),
    status: (o.status as RawEntry['status']) ?? undefined, scope: str('scope'), sources,
  };
}

/**
 * The parser's complaint without the excerpt of the file V8 quotes in it (`Unexpected token 'r', "root:x:0:0"…`):
 * a workspace can point a catalog path at any file, and the warning must not print that file's first bytes.
 */
function syntaxDetail(message: string): string {
  if (message.includes('is not valid JSON')) return 'Unexpected token';
  return message.replace(/"[^"]*"/g, '…');
}

/** The pieces' decoder as it always was (a byte order mark opening a piece dropped). */
const leadingBomDropped = new TextDecoder('utf-8');

/** How many elements are parsed at once: a small tree at a time, few calls. */
const CHUNK = 1000;

/**
 * Each element of the entries array handed to `visit` as parsed, a chunk at a time (no tree of every
 * row is held at once). False, after some calls maybe, unless the pieces and the text around them
 * (the array as `[0]`) are each JSON that says what the whole would: anything odd is then left to one
 * JSON.parse of the whole text, as before.
 */
function visitInChunks(source: ByteSource, spans: ElementSpans, visit: (value: unknown, k: number) => void): boolean {
  const { starts, ends } = spans;
  if (starts.length === 0 || starts.length !== ends.length) return false;
  const text = (start: number, end: number) => leadingBomDropped.decode(source.read(start, end));
  let around: unknown;
  try {
    around = JSON.parse(text(spans.bodyStart, starts[0]) + '0' + text(ends[ends.length - 1], source.size));
  } catch {
    return false;
  }
  const list = spans.rootIsArray ? around : (around as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list) || list.length !== 1 || list[0] !== 0) return false;
  for (let k = 0; k < starts.length; k += CHUNK) {
    const last = Math.min(k + CHUNK, starts.length) - 1;
    let chunk: unknown;
    try {
      chunk = JSON.parse(`[${text(starts[k], ends[last])}]`);
    } catch {
      return false;
    }
    if (!Array.isArray(chunk) || chunk.length !== last - k + 1) return false;
    chunk.forEach((value, i) => visit(value, k + i));
  }
  return true;
}

/** The whole text parsed at once: a syntax error names its line; the entries array, if there is one. */
function elementsOfWhole(source: ByteSource, file: string): { list: unknown[] } | { problem: CatalogProblem } {
  const whole = source.read(0, source.size);
  const body = leadingBomDropped.decode(whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf ? whole.subarray(3) : whole);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    return { problem: { file, line: at ? linesAt(body, [Number(at[1])])[0] : 1, code: 'json-syntax', data: { detail: syntaxDetail((e as Error).message) } } };
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { entries?: unknown } | null)?.entries;
  return Array.isArray(list) ? { list } : { problem: { file, line: 1, code: 'json-shape' } };
}
/** Entries and problems of one file, as its elements are handed in with their lines. */
function collector(file: string, lines: readonly number[]): { loaded: { entries: CatalogEntry[]; problems: CatalogProblem[] }; add: (value: unknown, k: number) => void } {
  const loaded = { entries: [] as CatalogEntry[], problems: [] as CatalogProblem[] };
  const reading = entryReading();
  const add = (value: unknown, k: number) => {
    const line = lines[k] ?? 1;
    const raw = asRaw(value);
    if (!raw) {
      loaded.problems.push({ file, line, code: 'json-shape' });
      return;
    }
    const origin: EntryOrigin = { kind: 'user', file, line };
    const result = makeEntry(raw, origin, reading);
    if ('entry' in result) loaded.entries.push(result.entry);
    else loaded.problems.push({ file, line, ...result.problem });
  };
  return { loaded, add };
}

/** The entry of one element's bytes, built when a lookup asks for it, as the whole file would have built it. */
function rowBuilder(bytes: Uint8Array, file: string, reading: EntryReading): BuildRow {
  return (start, end, line) => {
    const raw = asRaw(JSON.parse(utf8.decode(bytes.subarray(start, end))))!;
    const result = makeEntry(raw, { kind: 'user', file, line }, reading);
    // Checked at load with the same reading: it cannot fail now.
    if ('problem' in result) throw new Error(`${file}:${line}: catalog row changed since it was read`);
    return result.entry;
  };
}

/** The file read in one pass, its rows built on demand; undefined when only JSON.parse of the whole can say. */
function lazily(bytes: Uint8Array, file: string): LoadedCatalog | undefined {
  const reading = entryReading();
  const rows = new LazyRows(rowBuilder(bytes, file, reading));
  const parsed = (value: unknown, line: number) => {
    const raw = asRaw(value);
    if (!raw) return { problem: { file, line, code: 'json-shape' as const } };
    const result = makeEntry(raw, { kind: 'user', file, line }, reading);
    return 'entry' in result ? result : { problem: { file, line, ...result.problem } };
  };
  const read = readJsonRows(bytes, hasBom(bytes) ? 3 : 0, rows, { file, reading, parsed });
  if (!read) return undefined;
  return rows.size === 0 ? { entries: [], problems: read.problems } : lazilyLoaded(rows, read.problems);
}

const hasBom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/**
 * A catalog file's text or bytes (a ByteSource is read whole). Its rows are checked at load and built
 * into entries when asked for; a file that is not plain JSON throughout is parsed whole, in pieces where
 * it can be, and a syntax error names its line. A read that fails throws.
 */
export function parseJsonCatalog(input: string | Uint8Array | ByteSource, file: string): LoadedCatalog {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input instanceof Uint8Array ? input : input.read(0, input.size);
  return lazily(bytes, file) ?? parseJsonCatalogWhole(bytes, file);
}

/**
 * Every row parsed and built at load, in pieces where the text allows (the way a file that is not plain
 * JSON throughout is read; tests hold the quick reading to it).
 */
export function parseJsonCatalogWhole(bytes: Uint8Array, file: string): LoadedCatalog {
  const source = bytesSource(bytes);
  const spans = elementSpans(source);
  const lines = spans?.lines ?? [];
  const inChunks = collector(file, lines);
  if (spans && visitInChunks(source, spans, inChunks.add)) return inChunks.loaded;
  const whole = elementsOfWhole(source, file);
  if ('problem' in whole) return { entries: [], problems: [whole.problem] };
  const once = collector(file, lines);
  whole.list.forEach(once.add);
  return once.loaded;
}

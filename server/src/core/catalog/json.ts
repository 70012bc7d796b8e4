/**
 * A user catalog in JSON, the shape of the built-in one: `{ "version": 1, "entries": [ { "type",
 * "symbol", "date", "issuer", "summary", "status", "scope", "sources" } ] }` or a bare array of
 * entries. Each problem names the line of its entry; the other entries keep working.
 */
import { entryReading, makeEntry, type RawEntry } from './entry';
import { bodyStart, elementSpans, linesAtBytes, type ElementSpans } from './json-scan';
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

function asRaw(value: unknown): RawEntry | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
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

/** How many elements are parsed at once: a small tree at a time, few calls. */
const CHUNK = 1000;
const utf8 = new TextDecoder('utf-8');

/**
 * Each element of the entries array handed to `visit` as parsed, a chunk at a time from the bytes (no
 * tree of every row is held at once). False, after some calls maybe, unless the pieces and the text
 * around them (the array as `[0]`) are each JSON that says what the whole would: anything odd is then
 * left to one JSON.parse of the whole text, as before.
 */
function visitInChunks(bytes: Uint8Array, spans: ElementSpans, visit: (value: unknown, k: number) => void): boolean {
  const { starts, ends } = spans;
  if (starts.length === 0 || starts.length !== ends.length) return false;
  try {
    const around = JSON.parse(utf8.decode(bytes.subarray(bodyStart(bytes), starts[0])) + '0' + utf8.decode(bytes.subarray(ends[ends.length - 1])));
    const list = spans.rootIsArray ? around : around?.entries;
    if (!Array.isArray(list) || list.length !== 1 || list[0] !== 0) return false;
    for (let k = 0; k < starts.length; k += CHUNK) {
      const last = Math.min(k + CHUNK, starts.length) - 1;
      const chunk: unknown = JSON.parse(`[${utf8.decode(bytes.subarray(starts[k], ends[last]))}]`);
      if (!Array.isArray(chunk) || chunk.length !== last - k + 1) return false;
      chunk.forEach((value, i) => visit(value, k + i));
    }
    return true;
  } catch {
    return false;
  }
}

/** The whole text parsed at once: a syntax error names its line; the entries array, if there is one. */
function elementsOfWhole(bytes: Uint8Array, file: string): { list: unknown[] } | { problem: CatalogProblem } {
  const body = utf8.decode(bytes.subarray(bodyStart(bytes)));
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

/** A catalog file's text, or its bytes as read from disk (UTF-8: then no text of the whole file is made). */
export function parseJsonCatalog(input: string | Uint8Array, file: string): LoadedCatalog {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const spans = elementSpans(bytes);
  const lines = spans ? linesAtBytes(bytes, spans.starts) : [];
  const inChunks = collector(file, lines);
  if (spans && visitInChunks(bytes, spans, inChunks.add)) return inChunks.loaded;
  const whole = elementsOfWhole(bytes, file);
  if ('problem' in whole) return { entries: [], problems: [whole.problem] };
  const once = collector(file, lines);
  whole.list.forEach(once.add);
  return once.loaded;
}

/**
 * A user catalog in JSON, the shape of the built-in one: `{ "version": 1, "entries": [ { "type",
 * "symbol", "date", "issuer", "summary", "status", "scope", "sources" } ] }` or a bare array of
 * entries. Each problem names the line of its entry; the other entries keep working.
 */
import { entryReading, makeEntry, type RawEntry } from './entry';
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

/** Where a scan of a JSON text stands: its depth, the last key read at the top level, whether an element is awaited. */
interface JsonWalk {
  readonly rootIsArray: boolean;
  /** The depth of the entries array: 1 for a bare array, 2 under `"entries"`. */
  readonly target: number;
  readonly starts: number[];
  depth: number;
  inTarget: boolean;
  awaiting: boolean;
  lastString: string;
  key: string;
}

const QUOTE = 34;
const BACKSLASH = 92;
const isJsonSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9 || code === 0xfeff;

/** The index of the quote closing the string that opens at i (escapes skipped). */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (let code = text.charCodeAt(j); j < text.length && code !== QUOTE; code = text.charCodeAt(j)) j += code === BACKSLASH ? 2 : 1;
  return j;
}

/** A bracket opens or closes a level; the first `[` at the target depth is the entries array. */
function onBracket(w: JsonWalk, ch: string): void {
  if (ch === '{' || ch === '[') {
    w.depth++;
    if (ch === '[' && w.depth === w.target && w.starts.length === 0 && (w.rootIsArray || w.key === 'entries')) w.inTarget = w.awaiting = true;
    return;
  }
  if (w.depth === w.target) w.inTarget = false;
  w.depth--;
}

/**
 * Offsets where each element of the entries array starts, read from text that JSON.parse accepted.
 * Only a top-level key is kept as text: a catalog of 200,000 rows has millions of strings to skip.
 */
function elementStarts(text: string, rootIsArray: boolean): number[] {
  const w: JsonWalk = { rootIsArray, target: rootIsArray ? 1 : 2, starts: [], depth: 0, inTarget: false, awaiting: false, lastString: '', key: '' };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (w.awaiting && !isJsonSpace(code)) {
      w.awaiting = false;
      if (code !== 93) w.starts.push(i);
    }
    if (code === QUOTE) {
      const j = stringEnd(text, i);
      if (w.depth === 1) w.lastString = text.slice(i + 1, j);
      i = j;
    } else if (code === 58 && w.depth === 1) w.key = w.lastString;
    else if (code === 123 || code === 91 || code === 125 || code === 93) onBracket(w, text[i]);
    else if (code === 44 && w.depth === w.target && w.inTarget) w.awaiting = true;
  }
  return w.starts;
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

export function parseJsonCatalog(text: string, file: string): LoadedCatalog {
  const body = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    return { entries: [], problems: [{ file, line: at ? linesAt(body, [Number(at[1])])[0] : 1, code: 'json-syntax', data: { detail: syntaxDetail((e as Error).message) } }] };
  }
  const rootIsArray = Array.isArray(parsed);
  const list = rootIsArray ? parsed : (parsed as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return { entries: [], problems: [{ file, line: 1, code: 'json-shape' }] };
  const lines = linesAt(body, elementStarts(body, rootIsArray));
  const entries: CatalogEntry[] = [];
  const problems: CatalogProblem[] = [];
  const reading = entryReading();
  list.forEach((value, k) => {
    const line = lines[k] ?? 1;
    const raw = asRaw(value);
    if (!raw) {
      problems.push({ file, line, code: 'json-shape' });
      return;
    }
    const origin: EntryOrigin = { kind: 'user', file, line };
    const result = makeEntry(raw, origin, reading);
    if ('entry' in result) entries.push(result.entry);
    else problems.push({ file, line, ...result.problem });
  });
  return { entries, problems };
}

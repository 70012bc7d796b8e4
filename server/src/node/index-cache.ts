/**
 * The workspace index kept across restarts: one file in the extension's storage holding, for every
 * file the index read, its size, its modification time and its summary (null when it is no plan). On
 * the next start a file whose size and time match is not read again. The file says its format and the
 * settings that decide what is a plan; a file of another format, of other settings, damaged or
 * unreadable is ignored (everything is read, as on a first start), never an error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PlanCitation, PlanSelf, PlanSummary } from '../core/catalog/plan-summary';
import type { FileStamp } from './workspace-scan';

/** Raised whenever what a summary holds, or how it is read, changes: older files are then ignored. */
export const INDEX_CACHE_FORMAT = 1;

declare const __KEHOACH_VERSION__: string | undefined;
/** The version that wrote the file: another version may read plans otherwise, so its summaries are not used. */
const WRITER = typeof __KEHOACH_VERSION__ === 'string' ? __KEHOACH_VERSION__ : 'dev';

/** How long after a file change the cache file is written again. */
const SAVE_DELAY_MS = 2000;

export interface CachedFile extends FileStamp {
  readonly summary: PlanSummary | null;
}

type Row = [path: string, size: number, mtimeMs: number, summary: PlanSummary | null];

/** The cache file of these workspace folders in `storageDir`: one per workspace, even in a shared (global) storage. */
export function indexCachePath(storageDir: string, folders: readonly string[]): string {
  const id = createHash('sha256').update(folders.join('\n')).digest('hex').slice(0, 16);
  return join(storageDir, `workspace-index-${id}.json`);
}

export class IndexCache {
  /** What the file held at start, by path; each entry is taken at most once. */
  private previous = new Map<string, CachedFile>();
  /** What the next save writes: every file read or reused since start. */
  private readonly current = new Map<string, CachedFile>();
  private settingsKey = '';
  /** Files read from disk, and files taken from the cache, since start (the log line and tests count them). */
  reads = 0;
  reused = 0;

  private writing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  /** `file` undefined: nothing is kept across restarts (no storage given by the client). A failed write goes to `onError`. */
  constructor(private readonly file: string | undefined, private readonly onError: (error: unknown) => void = () => undefined) {}

  /** Reads the file; only entries saved under the same format and `settingsKey` are used. */
  async load(settingsKey: string): Promise<void> {
    this.settingsKey = settingsKey;
    this.previous = new Map();
    if (!this.file) return;
    try {
      this.previous = parseCache(await readFile(this.file, 'utf8'), settingsKey);
    } catch {
      // No cache yet, or one that cannot be read: everything is read from disk.
    }
  }

  /** The saved entry of a file that has not changed since (same size and time), else undefined. */
  reuse(path: string, stamp: FileStamp): CachedFile | undefined {
    const hit = this.previous.get(path);
    if (!hit || hit.size !== stamp.size || hit.mtimeMs !== stamp.mtimeMs) return undefined;
    this.previous.delete(path);
    this.current.set(path, hit);
    this.reused++;
    return hit;
  }

  /** A file just read from disk. */
  record(path: string, stamp: FileStamp, summary: PlanSummary | null): void {
    this.current.set(path, { size: stamp.size, mtimeMs: stamp.mtimeMs, summary });
    this.reads++;
  }

  forget(path: string): void {
    this.current.delete(path);
  }

  /** Indexing ended: what was not reused is of files gone (or changed), and is let go. */
  scanned(): void {
    this.previous = new Map();
  }

  /** Saves in a while: changes of files often come in bursts. A pending save never keeps the process running. */
  saveSoon(delayMs = SAVE_DELAY_MS): void {
    if (this.timer || !this.file) return;
    this.timer = setTimeout(() => void this.saveNow(), delayMs);
    this.timer.unref();
  }

  /** Saves now, after any save under way; never throws (see onError). */
  saveNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(() => this.write()).catch(this.onError);
    return this.writing;
  }

  /** Before the process ends: a pending save is made, and waited for with any under way. */
  flush(): Promise<void> {
    return this.timer ? this.saveNow() : this.writing;
  }

  /** Writes what was read or reused (a temporary file renamed over the old one, so a crash leaves either whole). */
  private async write(): Promise<void> {
    if (!this.file) return;
    const rows: Row[] = [];
    for (const [path, entry] of this.current) rows.push([path, entry.size, entry.mtimeMs, entry.summary]);
    const temporary = `${this.file}.${process.pid}.tmp`;
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(temporary, JSON.stringify({ format: INDEX_CACHE_FORMAT, writer: WRITER, settings: this.settingsKey, files: rows }));
    await rename(temporary, this.file);
  }
}

/** The entries of a cache file's text; empty when its format, writer or settings differ, or it is not what this file writes. */
export function parseCache(text: string, settingsKey: string): Map<string, CachedFile> {
  const entries = new Map<string, CachedFile>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return entries;
  }
  if (!isObject(data) || data.format !== INDEX_CACHE_FORMAT || data.writer !== WRITER || data.settings !== settingsKey || !Array.isArray(data.files)) return entries;
  const shared = new Map<string, string>();
  for (const row of data.files as unknown[]) {
    // One bad row makes the whole file suspect: none of it is used.
    if (!isRow(row)) return new Map();
    entries.set(row[0], { size: row[1], mtimeMs: row[2], summary: row[3] && withSharedStrings(row[3], shared) });
  }
  return entries;
}

/** Citations repeat a few symbols across thousands of plans: one string each, as summaries made from texts have. */
function withSharedStrings(summary: PlanSummary, shared: Map<string, string>): PlanSummary {
  const one = (s: string) => {
    const known = shared.get(s);
    if (known !== undefined) return known;
    shared.set(s, s);
    return s;
  };
  const citations = summary.citations.map((c) => ({ ...c, key: one(c.key), symbol: one(c.symbol), ...(c.date ? { date: one(c.date) } : {}) }));
  return { ...summary, citations };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isOptional = (x: unknown, check: (y: unknown) => boolean) => x === undefined || check(x);

function isRow(row: unknown): row is Row {
  return Array.isArray(row) && row.length === 4 && isString(row[0]) && isNumber(row[1]) && isNumber(row[2]) && (row[3] === null || isSummary(row[3]));
}

function isSpan(x: Record<string, unknown>): boolean {
  return isNumber(x.line) && isNumber(x.character) && isNumber(x.endLine) && isNumber(x.endCharacter);
}

function isCitation(x: unknown): x is PlanCitation {
  return isObject(x) && isSpan(x) && isString(x.key) && isString(x.symbol) && isOptional(x.date, isString) && isOptional(x.year, isNumber);
}

function isSelf(x: unknown): x is PlanSelf {
  return isObject(x) && isSpan(x) && isString(x.key) && isString(x.symbol)
    && isOptional(x.type, isString) && isOptional(x.date, isString) && isOptional(x.year, isNumber)
    && isOptional(x.issuer, isString) && isOptional(x.summary, isString)
    && Array.isArray(x.issuerLines) && x.issuerLines.every(isString);
}

function isSummary(x: unknown): x is PlanSummary {
  return isObject(x) && isOptional(x.self, isSelf) && Array.isArray(x.citations) && x.citations.every(isCitation);
}

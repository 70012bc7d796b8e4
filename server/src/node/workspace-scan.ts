/**
 * The plans of a workspace folder on disk: Markdown and text files that are plans by name or by
 * their first lines (core/detect.ts), found by walking the folder without following links and
 * without entering folders that never hold plans (node_modules, .git, build output).
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isPlan, type DetectOptions } from '../core/detect';

export interface ScanOptions extends DetectOptions {
  /** Larger files are skipped, as the editor skips linting them. */
  readonly maxFileSize?: number;
  /** Stop after looking at this many files (a workspace opened on a home folder must not hang the server). */
  readonly maxFiles?: number;
  /** Asked between files; scanning stops when it says so. */
  readonly isCancelled?: () => boolean;
  /** Whether the caller already knows this file as it is on disk (same size and time): then it is not read. */
  readonly known?: (path: string, stamp: FileStamp) => boolean;
}

/** What tells a file changed without reading it. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

/** A candidate file as read: its stamp, and its text when it is a plan. */
export interface ScannedFile extends FileStamp {
  readonly path: string;
  readonly text?: string;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '.cache', '__pycache__']);
const PLAN_EXTENSIONS = ['.md', '.markdown', '.txt'];
const DEFAULT_MAX_SIZE = 2 * 1024 * 1024;
const DEFAULT_MAX_FILES = 100_000;

export const isCandidateFile = (name: string) => PLAN_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * Whether a file on disk is a plan, and its text when it is. Like the scan, a link is not followed (it
 * could lead out of the workspace) and only a regular file is read (a FIFO would block for ever).
 */
export async function readPlanFile(path: string, options: ScanOptions = {}): Promise<string | undefined> {
  return (await readScannedFile(path, options))?.text;
}

/**
 * A file as the scan reads it: undefined when it is no regular file or cannot be read; its stamp and no
 * text when it is not a plan (or too large); not read at all when `options.known` knows its stamp.
 */
export async function readScannedFile(path: string, options: ScanOptions = {}): Promise<ScannedFile | undefined> {
  try {
    const info = await lstat(path);
    if (!info.isFile()) return undefined;
    const stamped = { path, size: info.size, mtimeMs: info.mtimeMs };
    if (options.known?.(path, stamped)) return undefined;
    if (info.size > (options.maxFileSize ?? DEFAULT_MAX_SIZE)) return stamped;
    const text = await readFile(path, 'utf8');
    return isPlan(path, text, options) ? { ...stamped, text } : stamped;
  } catch {
    return undefined;
  }
}

/** Every plan under `folder`, with its text, in a stable order (folders depth-first, names sorted). */
export async function* scanPlans(folder: string, options: ScanOptions = {}): AsyncGenerator<{ path: string; text: string }> {
  for await (const { path, text } of scanFiles(folder, options)) if (text !== undefined) yield { path, text };
}

/** Every candidate file under `folder` that was read, plan or not, in the order of scanPlans; the files `options.known` knows are skipped. */
export async function* scanFiles(folder: string, options: ScanOptions = {}): AsyncGenerator<ScannedFile> {
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  let seen = 0;
  const stack = [folder];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) subdirs.push(join(dir, entry.name));
        continue;
      }
      if (!entry.isFile() || !isCandidateFile(entry.name)) continue;
      if (++seen > maxFiles || options.isCancelled?.()) return;
      const file = await readScannedFile(join(dir, entry.name), options);
      if (file) yield file;
    }
    stack.push(...subdirs.reverse());
  }
}

/** How long indexing may run before it lets the server answer a request. */
const SLICE_MS = 20;

/**
 * Every candidate file of the folders that was read (see scanFiles), handed to `onFile` one at a time,
 * in slices of about 20 ms between which pending requests are answered: a large workspace never
 * freezes hover or diagnostics.
 */
export async function indexPlans(folders: readonly string[], how: {
  readonly options: (folder: string) => ScanOptions;
  readonly onFile: (file: ScannedFile) => void;
  readonly onProgress?: (count: number) => void;
}): Promise<number> {
  let count = 0;
  let sliceStart = Date.now();
  for (const folder of folders) {
    for await (const file of scanFiles(folder, how.options(folder))) {
      how.onFile(file);
      if (file.text !== undefined) count++;
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        how.onProgress?.(count);
        sliceStart = Date.now();
      }
    }
  }
  return count;
}

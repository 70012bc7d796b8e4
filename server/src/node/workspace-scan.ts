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
  try {
    const info = await lstat(path);
    if (!info.isFile() || info.size > (options.maxFileSize ?? DEFAULT_MAX_SIZE)) return undefined;
    const text = await readFile(path, 'utf8');
    return isPlan(path, text, options) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Every plan under `folder`, with its text, in a stable order (folders depth-first, names sorted). */
export async function* scanPlans(folder: string, options: ScanOptions = {}): AsyncGenerator<{ path: string; text: string }> {
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
      const path = join(dir, entry.name);
      const text = await readPlanFile(path, options);
      if (text !== undefined) yield { path, text };
    }
    stack.push(...subdirs.reverse());
  }
}

/** How long indexing may run before it lets the server answer a request. */
const SLICE_MS = 20;

/**
 * Every plan of the folders, handed to `onPlan` one at a time, in slices of about 20 ms between
 * which pending requests are answered: a large workspace never freezes hover or diagnostics.
 */
export async function indexPlans(folders: readonly string[], how: {
  readonly options: (folder: string) => ScanOptions;
  readonly onPlan: (path: string, text: string) => void;
  readonly onProgress?: (count: number) => void;
}): Promise<number> {
  let count = 0;
  let sliceStart = Date.now();
  for (const folder of folders) {
    for await (const { path, text } of scanPlans(folder, how.options(folder))) {
      how.onPlan(path, text);
      count++;
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        how.onProgress?.(count);
        sliceStart = Date.now();
      }
    }
  }
  return count;
}

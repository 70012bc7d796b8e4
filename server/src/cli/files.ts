import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globToRegExp } from '../core/detect';
import { problemOfError, type ReadProblem } from './read';

/** Plans in folders and globs: text files and Word files (not Word's `~$name.docx` lock files). */
const TEXT_FILE = /\.(md|markdown|txt|docx)$/i;
const WORD_LOCK_FILE = /^~\$/;
const SKIP_DIR = new Set(['node_modules', '.git']);

export interface ExpandedPath {
  readonly file: string;
  /** Named on the command line itself, rather than found in a folder or by a glob. */
  readonly explicit: boolean;
}

/** A path given or met that cannot be used; `path` as given on the command line, or the folder found. */
export interface PathProblem {
  readonly path: string;
  readonly problem: ReadProblem;
}

/**
 * Plan files under a folder, sorted; symbolic links, FIFOs and other special entries are not followed.
 * A sub-folder that cannot be listed is a problem for that folder, not the end of the walk.
 */
function walk(dir: string, out: string[], problems: PathProblem[], cwd: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: relative(cwd, dir) || dir, problem: problemOfError(e, dir) });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || SKIP_DIR.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, problems, cwd);
    else if (entry.isFile() && TEXT_FILE.test(entry.name) && !WORD_LOCK_FILE.test(entry.name)) out.push(full);
  }
}

function expandGlob(arg: string, cwd: string, problems: PathProblem[]): ExpandedPath[] {
  const staticPart = arg.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?]/.test(p))).join('/');
  const base = resolve(cwd, staticPart || '.');
  const pattern = globToRegExp(relative(base, resolve(cwd, arg)).split(sep).join('/'));
  const found: string[] = [];
  // A glob under a folder that is not there matches nothing: that is reported as the glob not found.
  const walkProblems: PathProblem[] = [];
  walk(base, found, walkProblems, cwd);
  const matched = found.filter((f) => pattern.test(relative(base, f).split(sep).join('/')));
  problems.push(...walkProblems.filter((p) => p.problem.reason !== 'missing'));
  if (matched.length === 0) problems.push({ path: arg, problem: { reason: 'missing' } });
  return matched.map((file) => ({ file, explicit: false }));
}

/**
 * Files, folders (searched for .md/.txt/.docx) and globs (`plans/**\/*.md`) → files. Whatever cannot be used
 * (missing, a link loop, a folder that cannot be listed) is a problem naming it; the rest still counts.
 * A path that is not a folder is handed on as a file: reading it tells a FIFO or a device apart.
 */
export function expandPaths(args: readonly string[], cwd: string): { files: ExpandedPath[]; problems: PathProblem[] } {
  const files: ExpandedPath[] = [];
  const problems: PathProblem[] = [];
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      files.push(...expandGlob(arg, cwd, problems));
      continue;
    }
    const full = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(full);
    } catch (e) {
      problems.push({ path: arg, problem: problemOfError(e, full) });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(full, found, problems, cwd);
      files.push(...found.map((file) => ({ file, explicit: false })));
    } else files.push({ file: full, explicit: true });
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.file) && seen.add(f.file)), problems };
}

import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globToRegExp } from '../core/detect';

const TEXT_FILE = /\.(md|markdown|txt)$/i;
const SKIP_DIR = new Set(['node_modules', '.git']);

export interface ExpandedPath {
  readonly file: string;
  /** Named on the command line itself, rather than found in a folder or by a glob. */
  readonly explicit: boolean;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || SKIP_DIR.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && TEXT_FILE.test(entry.name)) out.push(full);
  }
}

/** Files, folders (searched for .md/.txt) and globs (`plans/**\/*.md`) → files; missing paths are reported. */
export function expandPaths(args: readonly string[], cwd: string): { files: ExpandedPath[]; missing: string[] } {
  const files: ExpandedPath[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      const staticPart = arg.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?]/.test(p))).join('/');
      const base = resolve(cwd, staticPart || '.');
      const pattern = globToRegExp(relative(base, resolve(cwd, arg)).split(sep).join('/'));
      const found: string[] = [];
      try { walk(base, found); } catch { /* no such folder: nothing matches */ }
      const matched = found.filter((f) => pattern.test(relative(base, f).split(sep).join('/')));
      if (matched.length === 0) missing.push(arg);
      files.push(...matched.map((file) => ({ file, explicit: false })));
      continue;
    }
    const full = resolve(cwd, arg);
    let stat;
    try { stat = statSync(full); } catch { missing.push(arg); continue; }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(full, found);
      files.push(...found.map((file) => ({ file, explicit: false })));
    } else files.push({ file: full, explicit: true });
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.file) && seen.add(f.file)), missing };
}

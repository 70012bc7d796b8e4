import { foldKey } from './text/fold';
import { cleanSlice } from './text/clean';
import { splitLines } from './text/lines';
import { isTitleKey } from './structure/header';

export const DEFAULT_PLAN_GLOBS = ['**/*.kh.md', '**/*.kehoach.md'];
const MARKER_LINES = 40;
/** `Số: 52/KH-UBND`, `Số:    /KH-UBND`, `Số 201-KH/TU`. */
const PLAN_NUMBER = /^Số\s*[:.]?\s*[\d\s.…_]*(?:\/\s*KH\s*-|-\s*KH\s*\/)/u;

export interface DetectOptions {
  /** Globs (on `/`-separated paths) of files that are always plans. */
  readonly planGlobs?: readonly string[];
  /** Whether a file is a plan when its first 40 lines show a `KẾ HOẠCH` title or a KH number. */
  readonly detectByContent?: boolean;
}

/** Which files get diagnostics: plans by name, or by the markers of their first lines. */
export function isPlan(path: string, text: string, options: DetectOptions = {}): boolean {
  const globs = options.planGlobs ?? DEFAULT_PLAN_GLOBS;
  const normalizedPath = path.replace(/\\/g, '/');
  if (globs.some((g) => globToRegExp(g).test(normalizedPath))) return true;
  if (options.detectByContent === false) return false;
  const head = text.slice(0, 20000);
  const lines = splitLines(head).slice(0, MARKER_LINES);
  return lines.some((line) => {
    for (const cell of line.text.split('|')) {
      const clean = cleanSlice(cell, 0).text.normalize('NFC');
      if (isTitleKey(foldKey(clean)) || PLAN_NUMBER.test(clean)) return true;
    }
    return false;
  });
}

/** `**` any folders, `*` within one name, `?` one character; matched against the path's tail. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${source}$`, 'u');
}

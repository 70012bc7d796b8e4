import { foldKey } from './text/fold';
import { cleanSlice } from './text/clean';
import { splitLines } from './text/lines';
import { isPlanNumberText, isTitleKey } from './header/index';
import { compileGlob } from './text/glob';

export { compileGlob, matchGlob, type GlobMatcher } from './text/glob';

export const DEFAULT_PLAN_GLOBS = ['**/*.kh.md', '**/*.kehoach.md'];
const MARKER_LINES = 40;

export interface DetectOptions {
  /** Globs (on `/`-separated paths) of files that are always plans. */
  readonly planGlobs?: readonly string[];
  /** Whether a file is a plan when its first 40 lines show a `KẾ HOẠCH` title or a KH number. */
  readonly detectByContent?: boolean;
}

/** The globs to use: settings reach here unchecked from the editor, so anything but strings is ignored. */
function planGlobsOf(options: DetectOptions): readonly string[] {
  const globs: unknown = options.planGlobs;
  if (!Array.isArray(globs)) return DEFAULT_PLAN_GLOBS;
  return globs.filter((g): g is string => typeof g === 'string' && g !== '');
}

/** Which files get diagnostics: plans by name, or by the markers of their first lines. */
export function isPlan(path: string, text: string, options: DetectOptions = {}): boolean {
  const normalizedPath = path.replace(/\\/g, '/');
  if (planGlobsOf(options).some((g) => compileGlob(g).test(normalizedPath))) return true;
  if (options.detectByContent === false) return false;
  const head = text.slice(0, 20000);
  const lines = splitLines(head).slice(0, MARKER_LINES);
  return lines.some((line) => {
    for (const cell of line.text.split('|')) {
      const clean = cleanSlice(cell, 0).text.normalize('NFC');
      if (isTitleKey(foldKey(clean)) || isPlanNumberText(clean)) return true;
    }
    return false;
  });
}

/**
 * @deprecated The name is historical: the matcher is no RegExp (a backtracking one took exponential time
 * on globs such as `**\/**\/…`); use {@link compileGlob}. Kept because callers only call `.test(path)`.
 */
export const globToRegExp = compileGlob;

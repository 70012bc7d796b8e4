/**
 * Globs on `/`-separated paths (`planGlobs` in `.kehoach.json` and settings, globs on the command line),
 * matched without regular expressions: a glob is a small automaton run over the path once, keeping the
 * set of places in the glob the path can have reached. The work is at most (glob length × path length)
 * steps whatever the pattern; a backtracking RegExp for `**\/**\/**\/…` takes exponential time on a deep
 * path that fails to match, and a glob comes from a file any pull request can change.
 *
 * Semantics (as before): `**\/` any number of folders (also none), `**` elsewhere any characters,
 * `/` included; `*` any characters within one name; `?` one character other than `/`; everything else
 * literally, case-sensitive. A glob matches a path when it matches the whole path or a tail of it that
 * starts after a `/`. Characters are code points: `?` matches one astral character, not half of it.
 */

/** Something that says whether a path matches; `RegExp`-compatible where callers only call `test`. */
export interface GlobMatcher {
  /** `counter.steps` grows by the number of automaton steps taken, for tests that check the growth. */
  test(path: string, counter?: { steps: number }): boolean;
}

const enum Token { Literal, One, Star, Any, Folders }

interface Part {
  readonly token: Token;
  /** The code point a Literal stands for. */
  readonly char?: string;
}

const SLASH = '/';

function tokenize(glob: string): Part[] {
  const chars = Array.from(glob);
  const parts: Part[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*' && chars[i + 1] === '*') {
      const folders = chars[i + 2] === SLASH;
      parts.push({ token: folders ? Token.Folders : Token.Any });
      i += folders ? 2 : 1;
    } else if (c === '*') parts.push({ token: Token.Star });
    else if (c === '?') parts.push({ token: Token.One });
    else parts.push({ token: Token.Literal, char: c });
  }
  return parts;
}

/**
 * States: `k` (0 ≤ k ≤ n) is "before part k", state n accepts; a Folders part k also has an inner
 * state n + 1 + k, "inside a folder name it is skipping". Parts that can match nothing (`*`, `**`,
 * `**\/`) let a state reach the next one without reading a character.
 */
class GlobAutomaton implements GlobMatcher {
  private readonly n: number;
  private readonly seen: Int32Array;
  private stamp = 0;
  /** States visited by the current `test`, reading or not: the measure the scaling tests compare. */
  private work = 0;

  constructor(private readonly parts: readonly Part[]) {
    this.n = parts.length;
    this.seen = new Int32Array(2 * this.n + 1);
  }

  test(path: string, counter?: { steps: number }): boolean {
    let current: number[] = [];
    let previous = '';
    this.work = 0;
    this.nextStamp();
    this.enter(0, current);
    for (const c of path) {
      if (previous === SLASH) this.enter(0, current);
      previous = c;
      this.nextStamp();
      const next: number[] = [];
      for (const state of current) this.advance(state, c, next);
      current = next;
    }
    if (previous === SLASH) this.enter(0, current);
    if (counter) counter.steps += this.work;
    return current.includes(this.n);
  }

  /** A new mark for "already in this step's set", without clearing the array each step. */
  private nextStamp(): void {
    if (++this.stamp === 0x3fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds `state` and every state it reaches without reading, each once per step. */
  private enter(state: number, into: number[]): void {
    for (let k = state; ; k++) {
      this.work++;
      if (this.seen[k] === this.stamp) return;
      this.seen[k] = this.stamp;
      into.push(k);
      if (k === this.n) return;
      const token = this.parts[k].token;
      if (token !== Token.Star && token !== Token.Any && token !== Token.Folders) return;
    }
  }

  private enterInner(part: number, into: number[]): void {
    const state = this.n + 1 + part;
    this.work++;
    if (this.seen[state] === this.stamp) return;
    this.seen[state] = this.stamp;
    into.push(state);
  }

  private advance(state: number, c: string, next: number[]): void {
    this.work++;
    if (state > this.n) {
      // Inside a folder name skipped by `**/`: more of the name, or its `/`.
      const part = state - this.n - 1;
      if (c === SLASH) this.enter(part, next);
      else this.enterInner(part, next);
      return;
    }
    if (state === this.n) return;
    const { token, char } = this.parts[state];
    switch (token) {
      case Token.Literal: if (c === char) this.enter(state + 1, next); return;
      case Token.One: if (c !== SLASH) this.enter(state + 1, next); return;
      case Token.Star: if (c !== SLASH) this.enter(state, next); return;
      case Token.Any: this.enter(state, next); return;
      case Token.Folders: if (c === SLASH) this.enter(state, next); else this.enterInner(state, next); return;
    }
  }
}

const compiled = new Map<string, GlobMatcher>();
const CACHE_LIMIT = 256;

/** The matcher for `glob`; the same glob asked for again (a workspace scan asks per file) is compiled once. */
export function compileGlob(glob: string): GlobMatcher {
  let matcher = compiled.get(glob);
  if (!matcher) {
    matcher = new GlobAutomaton(tokenize(glob));
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    compiled.set(glob, matcher);
  }
  return matcher;
}

/** Whether `path` (with `/` separators) matches `glob`. */
export function matchGlob(glob: string, path: string): boolean {
  return compileGlob(glob).test(path);
}

/** A physical line of the original text; `end` excludes the line break. */
export interface TextLine {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column in UTF-16 code units, as LSP counts them. */
  readonly character: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Maps offsets to positions by binary search over line starts. */
export function positionAt(lines: readonly TextLine[], offset: number): Position {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: Math.max(0, offset - lines[lo].start) };
}

/** Where two versions of a text differ: they share their first `head` and their last `tail` characters. */
export interface TextChange {
  readonly head: number;
  readonly tail: number;
}

export function changeBetween(old: string, text: string): TextChange {
  const limit = Math.min(old.length, text.length);
  // Blocks compared as strings first (a native comparison), then characters within the block that differs.
  let head = 0;
  while (head + BLOCK <= limit && old.substring(head, head + BLOCK) === text.substring(head, head + BLOCK)) head += BLOCK;
  while (head < limit && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  const endsMatch = (n: number) => old.substring(old.length - n, old.length - n + BLOCK) === text.substring(text.length - n, text.length - n + BLOCK);
  while (tail + BLOCK <= limit - head && endsMatch(tail + BLOCK)) tail += BLOCK;
  while (tail < limit - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  return { head, tail };
}

const BLOCK = 1024;

/**
 * The lines of `text`, given those of an earlier version of it: the lines before the first changed
 * character are the same objects, those after the last are moved copies holding the same strings (so a
 * memo keyed by a line's text finds it without hashing it again); only the changed lines are split anew.
 */
export function splitLinesSince(
  before: { readonly text: string; readonly lines: readonly TextLine[] }, text: string, change = changeBetween(before.text, text),
): TextLine[] {
  const old = before.text;
  const lines = before.lines;
  const { head, tail } = change;
  if (head === old.length && head === text.length) return lines as TextLine[];
  // A line is kept when its line break is unchanged and so is the character after it (a `\r` followed by
  // a new `\n` becomes one break): the line before the one holding the first change, and the line after
  // the one holding the last, are split anew with the changed ones.
  const first = Math.max(0, positionAt(lines, head).line - 1);
  const last = Math.min(lines.length - 1, positionAt(lines, old.length - tail).line + 1);
  const delta = text.length - old.length;
  const from = lines[first].start;
  const to = last === lines.length - 1 ? text.length : lines[last + 1].start + delta;
  const kept = lines.slice(0, first);
  for (const line of splitLines(text.slice(from, last === lines.length - 1 ? to : to - breakBefore(text, to)))) {
    kept.push({ index: kept.length, start: from + line.start, end: from + line.end, text: line.text });
  }
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i];
    kept.push({ index: kept.length, start: l.start + delta, end: l.end + delta, text: l.text });
  }
  return kept;
}

/** Length of the line break ending just before `at`. */
function breakBefore(text: string, at: number): number {
  if (text.charCodeAt(at - 1) === 10) return text.charCodeAt(at - 2) === 13 ? 2 : 1;
  return text.charCodeAt(at - 1) === 13 ? 1 : 0;
}

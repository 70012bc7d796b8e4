/** Replace [start, end) of the original text with `text`; an insertion has start === end. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What every fix needs to write into a document the way it is already written: its own line
 * break, the offset where its content starts (after a BOM), and edit boundaries that never cut a
 * CRLF, a surrogate pair or a letter from its combining marks.
 */

export type LineBreak = '\r\n' | '\r' | '\n';

/**
 * The line break the document uses most (CRLF, CR alone or LF), so that inserted lines match it;
 * LF for a text of one line. A tie goes to the break met first.
 */
export function lineBreakOf(text: string, lineEnds?: readonly { readonly end: number }[]): LineBreak {
  const counts = { '\r\n': 0, '\r': 0, '\n': 0 };
  let first: LineBreak | undefined;
  const count = (i: number) => {
    const c = text.charCodeAt(i);
    const kind: LineBreak = c === 10 ? '\n' : text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    counts[kind]++;
    first ??= kind;
    return kind;
  };
  // With the text's lines at hand, only the character at each line's end is read.
  if (lineEnds) for (let l = 0; l < lineEnds.length - 1; l++) count(lineEnds[l].end);
  else {
    for (let i = text.search(/[\r\n]/); i >= 0 && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c === 10 || c === 13) && count(i) === '\r\n') i++;
    }
  }
  if (!first) return '\n';
  let best: LineBreak = first;
  for (const kind of ['\r\n', '\r', '\n'] as const) if (counts[kind] > counts[best]) best = kind;
  return best;
}

/** Where the content begins: after a byte-order mark, which the editor may send along with the text. */
export function contentStart(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

const isCombining = (code: number) => (code >= 0x300 && code <= 0x36f) || (code >= 0x1dc0 && code <= 0x1dff);
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether an edit may begin or end at `at`: not before a BOM (which must stay first), not inside a
 * CRLF or a surrogate pair, not between a letter and its combining marks.
 */
export function isEditBoundary(text: string, at: number): boolean {
  if (at === 0) return contentStart(text) === 0;
  if (at >= text.length) return true;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (before === 13 && after === 10) return false;
  if (isHigh(before) && isLow(after)) return false;
  return !isCombining(after);
}

/**
 * A fix's edits are sound for `text` when each lies inside it, begins and ends on an edit boundary,
 * and no two touch the same text (two insertions at one offset would have no defined order).
 */
export function editsAreSound(text: string, edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previous: TextEdit | undefined;
  for (const e of sorted) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length)) return false;
    if (!isEditBoundary(text, e.start) || !isEditBoundary(text, e.end)) return false;
    const bothInsertAt = previous && previous.start === previous.end && e.start === e.end && e.start === previous.start;
    if (previous && (e.start < previous.end || bothInsertAt)) return false;
    previous = e;
  }
  return true;
}

/**
 * The text with `edits` made, in one pass built from pieces so that many edits stay linear in the
 * text. The edits must not overlap (see {@link editsAreSound}); their order does not matter.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * A long text read piece by piece: the citations and dates of a plan are found section by section, so
 * that after an edit only the edited section is read again (see ScanMemo). A piece ends where a line
 * opens with `#` (a Markdown heading) or with a Roman numeral (`II. NHIỆM VỤ`, a section of a plan
 * written as plain text) after a line that does not lead into it: no citation, date or
 * list of them runs on across a section's heading, so the pieces read alone give what the whole text
 * gives. The same cut is made with a memo and without, so that the editor's checks and the command
 * line's agree.
 */
import type { ScanMemo } from './memo';

export interface Piece {
  readonly start: number;
  readonly end: number;
}

/** Pieces of `text` in order, together covering it; each after the first starts at a `#` line or a Roman-numbered section. */
export function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) {
    if (!opensHeading(text, i + 1) && !opensRomanSection(text, i + 1)) continue;
    pieces.push({ start, end: i + 1 });
    start = i + 1;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

/** Where a line's text starts after up to three spaces. */
function afterIndent(text: string, at: number): number {
  let j = at;
  while (j < at + 3 && text.charCodeAt(j) === 32) j++;
  return j;
}

/** `#` after up to three spaces. */
function opensHeading(text: string, at: number): boolean {
  return text.charCodeAt(afterIndent(text, at)) === 35;
}

const ROMAN_SECTION = /^ {0,3}[IVX]{1,5}[.)] +\p{Lu}/u;
const ENDS_WITH_COMMA = /,[ \t]*\r?$/;
const ENDS_WITH_COLON = /[:：][ \t]*\r?$/;

/**
 * `II. NHIỆM VỤ` on its own line, unless the line before leads into it: it ends with a comma, or with
 * a colon while this line is no all-capital title (`… như sau:` then `I. MỤC TIÊU` is a section).
 */
function opensRomanSection(text: string, at: number): boolean {
  const c = text.charCodeAt(afterIndent(text, at));
  if (c !== 73 && c !== 86 && c !== 88) return false; // I, V, X
  if (!ROMAN_SECTION.test(text.slice(at, at + 16))) return false;
  const previous = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  if (ENDS_WITH_COMMA.test(previous)) return false;
  if (!ENDS_WITH_COLON.test(previous)) return true;
  const lineEnd = text.indexOf('\n', at);
  return !/\p{Ll}/u.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * What `read` finds in each piece (offsets within the piece), moved to where the piece stands in the
 * text. With a memo, a piece read before is not read again, and one that has not moved since (any piece
 * before an edit) is not even copied.
 */
export function readByPieces<T>(
  text: string, kind: string, read: (piece: string) => T, memo?: ScanMemo, shift: (value: T, delta: number) => T = shiftOffsets,
): T[] {
  if (!memo) return piecesOf(text).map(({ start, end }) => shift(read(text.slice(start, end)), start));
  return memo.derive<PieceText[]>('pieces', text, (before) => piecesSince(before, text, memo)).map(({ start, text: piece }) => {
    const known = memo.get(kind, piece, (): Placed<T> => {
      const reading = read(piece);
      return { reading, at: start, placed: shift(reading, start) };
    });
    if (known.at !== start) {
      known.at = start;
      known.placed = shift(known.reading, start);
    }
    return known.placed;
  });
}

interface PieceText extends Piece {
  readonly text: string;
}

/**
 * The pieces of `text` with their text; a piece that lies wholly before or after the change since the
 * text before keeps that text's string, whose hash V8 has kept: finding it in the memo costs nothing.
 */
function piecesSince(before: { readonly text: string; readonly value: readonly PieceText[] } | undefined, text: string, memo: ScanMemo): PieceText[] {
  const cut = piecesOf(text);
  if (!before) return cut.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
  const { head, tail } = memo.change(before.text, text);
  const delta = text.length - before.text.length;
  const old = before.value;
  // Both lists are in order: one walk finds, for each piece, the piece of the text before it matches.
  let k = 0;
  return cut.map(({ start, end }) => {
    const was = end <= head ? start : start >= text.length - tail ? start - delta : -1;
    while (k < old.length && old[k].start < was) k++;
    const same = was >= 0 && k < old.length && old[k].start === was && old[k].end - was === end - start;
    return { start, end, text: same ? old[k].text : text.slice(start, end) };
  });
}

/** A piece's reading, and its copy placed where the piece stood when last asked for. */
interface Placed<T> {
  readonly reading: T;
  at: number;
  placed: T;
}

/**
 * A copy of `value` with every `start` and `end` offset in it, at any depth, moved by `delta`: the
 * results of a piece read alone, placed where the piece stands in the whole text. An object met twice
 * (a deadline's date is also among the mentions) is copied once, so that the copies share it as well.
 */
export function shiftOffsets<T>(value: T, delta: number): T {
  return delta === 0 ? value : shifted(value, delta, new Map());
}

/**
 * {@link shiftOffsets} for data whose parts nothing compares by identity (citations): an object met twice
 * is copied twice, which spares a map of every object copied.
 */
export function shiftTree<T>(value: T, delta: number): T {
  return delta === 0 ? value : shifted(value, delta, undefined);
}

function shifted<T>(value: T, delta: number, copies: Map<object, unknown> | undefined): T {
  if (value === null || typeof value !== 'object') return value;
  const known = copies?.get(value);
  if (known) return known as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies?.set(value, copy);
    for (const v of value) copy.push(shifted(v, delta, copies));
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  copies?.set(value, copy);
  const from = value as Record<string, unknown>;
  for (const key in from) {
    const v = from[key];
    if (typeof v === 'number') copy[key] = key === 'start' || key === 'end' ? v + delta : v;
    else copy[key] = typeof v === 'object' ? shifted(v, delta, copies) : v;
  }
  return copy as T;
}

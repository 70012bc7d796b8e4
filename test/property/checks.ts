/**
 * The properties of issue 16 as plain functions over one text, each returning the violations it
 * finds (never throwing), so that the mocha properties, the CLI test and the long fuzz run share them:
 * ranges and edits inside the text, no boundary splitting a CRLF, a surrogate pair or a letter and its
 * combining mark, edits of one fix disjoint, and fixing that keeps the text outside its edits.
 */
import { RuleError, type Finding, type TextEdit } from '../../server/src/core/lint';

export type Kind =
  | 'exception' | 'outside' | 'split' | 'overlap' | 'not-fixed-point' | 'text-lost' | 'line-endings' | 'bom-lost';
export type Where = 'lint' | 'fix-all' | 'fix-safe' | 'parse' | 'outline' | 'folding' | 'date-hover' | 'catalog-hover' | 'citations';

export interface Violation {
  readonly kind: Kind;
  readonly where: Where;
  /** The rule whose finding or fix it is, or that threw. */
  readonly ruleId?: string;
  readonly detail: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly ruleId?: string;
  /** What the span is, for the message: `finding`, `edit`, `outline item` … */
  readonly what: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
export const isCombiningMark = (c: number) => c >= 0x300 && c <= 0x36f;
/** The letter (or digit) a combining mark belongs to; a mark after a space, a symbol or a line break has none. */
const LETTER = /[\p{L}\p{N}]/u;

/** Why a range boundary at `offset` cuts something that belongs together, or undefined. */
export function splitAt(text: string, offset: number): string | undefined {
  if (offset <= 0 || offset >= text.length) return undefined;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 13 && after === 10) return 'CRLF';
  if (isHigh(before) && isLow(after)) return 'surrogate pair';
  if (!isCombiningMark(after)) return undefined;
  let k = offset - 1;
  while (k >= 0 && isCombiningMark(text.charCodeAt(k))) k--;
  if (k < 0) return undefined;
  const base = isLow(text.charCodeAt(k)) && k > 0 && isHigh(text.charCodeAt(k - 1)) ? text.slice(k - 1, k + 1) : text[k];
  return LETTER.test(base) ? 'combining mark' : undefined;
}

export const near = (text: string, at: number) => JSON.stringify(text.slice(Math.max(0, at - 12), at + 12));

/** (b) every span inside [0, length] with start ≤ end; (c) no boundary that splits. */
export function checkSpans(text: string, spans: Iterable<Span>, where: Where): Violation[] {
  const out: Violation[] = [];
  for (const s of spans) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
    if (!ok) {
      out.push({ kind: 'outside', where, ruleId: s.ruleId, detail: `${s.what} [${s.start}, ${s.end}) in a text of ${text.length}` });
      continue;
    }
    for (const at of s.start === s.end ? [s.start] : [s.start, s.end]) {
      const reason = splitAt(text, at);
      if (reason) out.push({ kind: 'split', where, ruleId: s.ruleId, detail: `${s.what} [${s.start}, ${s.end}) splits a ${reason} at ${at}: ${near(text, at)}` });
    }
  }
  return out;
}

/** Two edits conflict when they share a character, or one inserts strictly inside the other. */
export function overlappingEdits(edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let widest: TextEdit | undefined;
  for (const e of sorted) {
    if (widest && e.start < widest.end) return [widest, e];
    if (!widest || e.end > widest.end) widest = e;
  }
  return undefined;
}

/** (b), (c) and (d) over the findings of one lint of `text`, fixes included. */
export function checkFindings(text: string, findings: readonly Finding[], where: Where, withRanges = true): Violation[] {
  const spans: Span[] = [];
  const out: Violation[] = [];
  for (const f of findings) {
    if (withRanges) spans.push({ start: f.start, end: f.end, ruleId: f.ruleId, what: 'finding' });
    for (const e of f.fix?.edits ?? []) spans.push({ start: e.start, end: e.end, ruleId: f.ruleId, what: `edit ${JSON.stringify(e.text.slice(0, 40))}` });
    const pair = f.fix && overlappingEdits(f.fix.edits);
    if (pair) {
      const [a, b] = pair;
      out.push({ kind: 'overlap', where, ruleId: f.ruleId, detail: `edits [${a.start}, ${a.end}) and [${b.start}, ${b.end}) of “${f.fix!.title}” overlap: ${near(text, b.start)}` });
    }
  }
  return [...checkSpans(text, spans, where), ...out];
}

/** The parts of `text` no edit range touches, in order (an insertion splits the part it falls in). */
export function untouchedParts(text: string, edits: readonly TextEdit[]): { start: number; end: number }[] {
  const ranges = edits
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end)
    .map((e) => [e.start, e.end] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const parts: { start: number; end: number }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    // Empty parts count too: text inserted at 0 comes before the first part, not inside it.
    if (start >= at) parts.push({ start: at, end: start });
    at = Math.max(at, end);
  }
  parts.push({ start: at, end: text.length });
  return parts;
}

/**
 * (f) The text outside the edits of one pass comes through in order: the first part opens the result,
 * the last closes it, and the others follow in order between them.
 */
export function checkPreserved(before: string, after: string, edits: readonly TextEdit[], where: Where): Violation[] {
  const parts = untouchedParts(before, edits);
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lost = (p: { start: number; end: number }, how: string): Violation[] => [{
    kind: 'text-lost', where,
    detail: `${how}: [${p.start}, ${p.end}) ${JSON.stringify(before.slice(p.start, p.end).slice(0, 60))} is not kept; edits ${JSON.stringify(edits.map((e) => [e.start, e.end, e.text.slice(0, 30)]))}`,
  }];
  const head = before.slice(first.start, first.end);
  if (!after.startsWith(head)) return lost(first, 'the start');
  let cursor = head.length;
  if (parts.length > 1) {
    const tail = before.slice(last.start, last.end);
    if (!after.endsWith(tail) || after.length - tail.length < cursor) return lost(last, 'the end');
    const limit = after.length - tail.length;
    for (const p of parts.slice(1, -1)) {
      const piece = before.slice(p.start, p.end);
      const found = after.indexOf(piece, cursor);
      if (found < 0 || found + piece.length > limit) return lost(p, 'a part between edits');
      cursor = found + piece.length;
    }
  }
  return [];
}

export type LineStyle = 'CRLF' | 'CR' | 'LF' | 'mixed' | 'none';

export function lineStyleOf(text: string): LineStyle {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) { crlf++; i++; }
    else if (c === 13) cr++;
    else if (c === 10) lf++;
  }
  const kinds = [crlf && 'CRLF', cr && 'CR', lf && 'LF'].filter(Boolean) as LineStyle[];
  return kinds.length === 0 ? 'none' : kinds.length > 1 ? 'mixed' : kinds[0];
}

/** (g) a text with one kind of line break keeps it, and a leading BOM stays. */
export function checkKept(before: string, after: string, where: Where): Violation[] {
  const out: Violation[] = [];
  const style = lineStyleOf(before);
  const now = lineStyleOf(after);
  if (style !== 'mixed' && style !== 'none' && now !== style && now !== 'none') {
    out.push({ kind: 'line-endings', where, detail: `a ${style}-only text comes back ${now}` });
  }
  if (before.startsWith('\uFEFF') && !after.startsWith('\uFEFF')) {
    out.push({ kind: 'bom-lost', where, detail: `the BOM is no longer first: ${near(after, 0)}` });
  }
  return out;
}

export const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** A violation for a thrown error, naming the rule when a RuleError says which. */
export function thrown(e: unknown, where: Where): Violation {
  const ruleId = e instanceof RuleError ? e.ruleId : undefined;
  const cause = e instanceof RuleError ? e.cause : e;
  const stack = cause instanceof Error ? (cause.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' ← ') : '';
  return { kind: 'exception', where, ruleId, detail: `${errorText(e)}${stack ? ` (${stack})` : ''}` };
}

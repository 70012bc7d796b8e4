/**
 * Text that knows where it came from. Every piece of text the preview shows carries, per UTF-16 unit,
 * the offset of that unit in the plan's text (or -1 where the shown text has no source unit, such as the
 * space that replaces a soft line break). Findings are given as offset ranges, so the marks are placed
 * from offsets alone and the renderer stays pure: no editor, no positions, no fs.
 */

export type MarkSeverity = 'error' | 'warning' | 'information' | 'hint';

/** A finding to mark: its range in the plan's text (offsets, end exclusive) and what it says. */
export interface PreviewMark {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity?: MarkSeverity;
  /** The rule id, shown after the message. */
  readonly rule?: string;
}

/** Shown text and, for each of its code units, the source offset (-1: none). */
export interface SourcedText {
  readonly text: string;
  readonly at: readonly number[];
}

/** How far the char-by-char alignment looks ahead for a unit before giving it up (keeps it linear). */
const LOOKAHEAD = 256;

const sameUnit = (shown: string, source: string) =>
  shown === source || (shown === ' ' && (source === '\n' || source === '\r' || source === '\t'));

/**
 * Aligns shown strings (in order) with the source region `text[from, to)`: each string is found whole
 * where it can be (the usual case: a text node as typed), else unit by unit, skipping what Markdown
 * hides (`**`, `\`, `](url)`, the `\r` of CRLF). Linear: every search is bounded by the region or by
 * LOOKAHEAD.
 */
export function alignShown(shown: readonly string[], text: string, from: number, to: number): SourcedText[] {
  const region = text.slice(from, to);
  let cursor = 0;
  return shown.map((s) => {
    if (s.length === 0) return { text: s, at: [] };
    const whole = region.indexOf(s, cursor);
    if (whole >= 0 && whole - cursor <= LOOKAHEAD) {
      cursor = whole + s.length;
      return { text: s, at: Array.from({ length: s.length }, (_, i) => from + whole + i) };
    }
    const at: number[] = [];
    for (const unit of s) {
      let found = -1;
      const limit = Math.min(region.length, cursor + LOOKAHEAD);
      for (let q = cursor; q < limit; q++) {
        if (sameUnit(unit, region[q])) { found = q; break; }
      }
      // An astral character is two units: both get the offset of its first unit.
      for (let k = 0; k < unit.length; k++) at.push(found < 0 ? -1 : from + found + k);
      if (found >= 0) cursor = found + unit.length;
    }
    return { text: s, at };
  });
}

/** Text shown with no source (a bullet glyph, a footnote number): never marked. */
export function unsourced(text: string): SourcedText {
  return { text, at: new Array<number>(text.length).fill(-1) };
}

/** Text shown exactly as it stands at `start` in the source. */
export function sourcedAt(text: string, start: number): SourcedText {
  return { text, at: Array.from({ length: text.length }, (_, i) => start + i) };
}

/**
 * Each mark made to cover shown text: a mark over text the preview does not show (a Markdown `#`, a
 * comment, an empty range where something is missing) moves to the first shown unit at or after its
 * start, or the last one before it, so that every finding has a visible place.
 */
export function placeMarks(marks: readonly PreviewMark[], shownOffsets: readonly number[]): PreviewMark[] {
  const sorted = [...new Set(shownOffsets.filter((o) => o >= 0))].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return marks.map((mark) => {
    const i = lowerBound(sorted, mark.start);
    if (i < sorted.length && sorted[i] < Math.max(mark.end, mark.start + 1) && mark.end > mark.start) return mark;
    const at = i < sorted.length ? sorted[i] : sorted[sorted.length - 1];
    return { ...mark, start: at, end: at + 1 };
  });
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped for HTML: nothing in a plan is ever read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const SEVERITY_ORDER: readonly MarkSeverity[] = ['error', 'warning', 'information', 'hint'];

function markElement(text: string, active: readonly PreviewMark[]): string {
  const severity = SEVERITY_ORDER.find((s) => active.some((m) => (m.severity ?? 'warning') === s)) ?? 'warning';
  const title = active.map((m) => (m.rule ? `${m.message} (${m.rule})` : m.message)).join('\n');
  return `<mark class="finding sev-${severity}" title="${escapeHtml(title)}">${escapeHtml(text)}</mark>`;
}

/** The HTML of a sourced text: escaped, NFC (as the export writes), each marked stretch in a `<mark>`. */
export function markedHtml(piece: SourcedText, marks: readonly PreviewMark[]): string {
  let lo = Infinity;
  let hi = -1;
  for (const o of piece.at) if (o >= 0) { lo = Math.min(lo, o); hi = Math.max(hi, o); }
  const near = hi >= 0 ? marks.filter((m) => m.start <= hi && m.end > lo) : [];
  if (near.length === 0) return escapeHtml(piece.text.normalize('NFC'));
  let out = '';
  let from = 0;
  let current: PreviewMark[] = [];
  const flush = (to: number) => {
    const text = piece.text.slice(from, to).normalize('NFC');
    if (text) out += current.length > 0 ? markElement(text, current) : escapeHtml(text);
    from = to;
  };
  for (let i = 0; i < piece.text.length; i++) {
    const o = piece.at[i];
    const active = o < 0 ? [] : near.filter((m) => m.start <= o && o < m.end);
    if (!sameMarks(active, current)) {
      flush(i);
      current = active;
    }
  }
  flush(piece.text.length);
  return out;
}

function sameMarks(a: readonly PreviewMark[], b: readonly PreviewMark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

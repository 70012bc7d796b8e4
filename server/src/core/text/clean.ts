/**
 * A line's words without Markdown decoration: `## **I. MỤC ĐÍCH**  ` → `I. MỤC ĐÍCH`, with the
 * offsets of what is kept, so that a range found in the clean text is a range in the original.
 */
export interface CleanText {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SPACE = new Set([' ', '\t', '\u00a0', '\uFEFF']);
const EMPHASIS = new Set(['*', '_']);

/** Hand-written scans: decoration runs can be long, and nested regex quantifiers would backtrack. */
function leadLength(text: string): number {
  let i = 0;
  for (;;) {
    const c = text[i];
    if (c === undefined) return i;
    // `* item` is a bullet, not emphasis: keep it so the line still reads as a list item.
    if (c === '*' && SPACE.has(text[i + 1] ?? '')) return i;
    if (SPACE.has(c) || c === '>' || EMPHASIS.has(c)) { i++; continue; }
    if (c === '#') {
      let j = i;
      while (text[j] === '#') j++;
      if (j - i <= 6 && (j === text.length || text[j] === ' ' || text[j] === '\t')) { i = j; continue; }
    }
    return i;
  }
}

function trailStart(text: string, from: number): number {
  let i = text.length;
  for (;;) {
    if (i <= from) return from;
    const c = text[i - 1];
    if (SPACE.has(c) || c === '\\' || EMPHASIS.has(c)) { i--; continue; }
    if (c === '#') {
      let j = i;
      while (j > from && text[j - 1] === '#') j--;
      if (j > from && SPACE.has(text[j - 1])) { i = j; continue; }
    }
    return i;
  }
}

export function cleanSlice(text: string, start: number): CleanText {
  const from = leadLength(text);
  const to = Math.max(from, trailStart(text, from));
  return { text: text.slice(from, to), start: start + from, end: start + to };
}

/** Cells of a pasted table row (`| ỦY BAN NHÂN DÂN | CỘNG HÒA … |`), or the whole line. */
export function cellsOf(text: string, start: number): CleanText[] {
  if (!text.includes('|')) return [cleanSlice(text, start)];
  const cells: CleanText[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '|') {
      const cell = cleanSlice(text.slice(from, i), start + from);
      if (cell.text && !/^:?-{2,}:?$/.test(cell.text)) cells.push(cell);
      from = i + 1;
    }
  }
  return cells;
}

/** Rules, setext underlines and separators such as `--------` or `* * *`. */
export function isDecoration(text: string): boolean {
  return /^[-_=*~.\s\u00a0–—]*$/.test(text) && text.trim() !== './.';
}

/**
 * "Nothing in the plan is dropped": the words of a plan's source against the words of its exported
 * .docx, in order. A word is a run of letters, marks and digits (NFC), so punctuation and Markdown
 * markup never count. The source's Markdown comments, link targets and footnote labels are not
 * printed text and are left out of the source side; footnote definitions are compared with Word's
 * footnotes.
 *
 * Order: the header and the closing are tables whose cells Word lays out side by side, so their text
 * comes in another order than the draft's (issuer, Số | Quốc hiệu, Tiêu ngữ, date). Each paragraph of
 * a table must be found whole, word for word, in the source after the point the text has reached;
 * every other paragraph must continue the source exactly where it left off.
 */
import type { DocxText } from './docx-text';
import { isLineDirective } from '../../server/src/core/suppressions';

export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/;

/** The source's printed text (main flow) and its footnote definitions. */
export function sourceParts(source: string): { main: string; footnotes: string[] } {
  const text = source.replace(/^\uFEFF/, '').replace(/<!--[\s\S]*?-->/g, ' ');
  const main: string[] = [];
  const footnotes: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    // A plain-text disable comment (`// kehoach-disable …`) does not print, as an HTML comment does not.
    if (isLineDirective(lines[i])) continue;
    const def = FOOTNOTE_DEF.exec(lines[i]);
    if (!def) { main.push(lines[i]); continue; }
    const parts = [def[2]];
    while (i + 1 < lines.length && /^(?: {2,}|\t)\S/.test(lines[i + 1])) parts.push(lines[++i]);
    footnotes.push(parts.join(' '));
  }
  const printed = main.join('\n').replace(/\]\([^)\s]*\)/g, ']').replace(/\[\^[^\]\s]+\]/g, ' ');
  return { main: printed, footnotes };
}

/** Problems found, empty when the .docx holds the source's words in order; at most a few, with context. */
export function compareWords(source: string, docx: DocxText): string[] {
  const { main, footnotes } = sourceParts(source);
  const src = wordsOf(main);
  const cut = new Array<boolean>(src.length).fill(false);
  let cursor = 0;
  const problems: string[] = [];
  const around = (i: number) => src.slice(Math.max(0, i - 4), i + 5).join(' ');
  for (const p of docx.paragraphs) {
    const words = wordsOf(p.text);
    if (words.length === 0) continue;
    if (p.table !== undefined) {
      const at = findRun(src, cut, words, cursor);
      if (at < 0) problems.push(`table paragraph not found in the source after “${around(cursor)}”: “${p.text}”`);
      else for (let k = 0; k < words.length; k++) cut[at + k] = true;
      continue;
    }
    for (const w of words) {
      while (cursor < src.length && cut[cursor]) cursor++;
      if (src[cursor] !== w) {
        problems.push(`word ${cursor}: the .docx has “${w}” where the source has “${src[cursor] ?? '(end)'}” (source: “${around(cursor)}”; paragraph: “${p.text.slice(0, 120)}”)`);
        return problems;
      }
      cursor++;
    }
  }
  while (cursor < src.length && cut[cursor]) cursor++;
  if (cursor < src.length) problems.push(`dropped from word ${cursor} on: “${around(cursor)}”`);
  const notesSource = footnotes.flatMap(wordsOf).join(' ');
  const notesDocx = docx.footnotes.flatMap(wordsOf).join(' ');
  if (notesSource !== notesDocx) problems.push(`footnotes differ: source “${notesSource}”, .docx “${notesDocx}”`);
  return problems.slice(0, 5);
}

/** First index ≥ from where `words` stand in `src` one after another, none of them cut yet; -1 if none. */
function findRun(src: readonly string[], cut: readonly boolean[], words: readonly string[], from: number): number {
  outer: for (let i = from; i + words.length <= src.length; i++) {
    for (let k = 0; k < words.length; k++) if (cut[i + k] || src[i + k] !== words[k]) continue outer;
    return i;
  }
  return -1;
}

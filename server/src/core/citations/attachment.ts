/**
 * `(Ban hành kèm theo Quyết định số 123/QĐ-UBND ngày … của …)`, `Kèm theo Kế hoạch số …` at the
 * head of a line: a note naming the document that issues the text under it (a plan issued with a
 * decision, an appendix of a plan). When that document's own header opens the file, the note must
 * carry its number and date (issuingHeaderOf in of-document.ts reads them).
 */
import { foldLetters } from '../text/fold';
import { asciiBefore, normalizeSlice } from '../text/normalized';

/** How far before a citation the note's opening words are looked for. */
const WINDOW = 48;
/** The opening of a note, after what may start its line (spaces, a quote mark, emphasis, a bracket). */
const NOTE_OPENING = /[ \t>*_([]*(?:ban hanh )?kem theo\s*$/;

/** How far after a citation the end of its line is looked for. */
const LINE_REST = 200;
/** What may close a note's line: brackets, emphasis, a full stop. */
const NOTE_CLOSING = /^[ \t)\]*_.]*(?:\r?\n|\r|$)/;

/**
 * Whether the citation at `start`–`end` (offsets in `text`) is named by a note opening its line. Without
 * its parenthesis the note must stand alone on its line: `Kèm theo Quyết định số …, Sở Tư pháp gửi …`
 * is a sentence.
 */
export function opensAttachmentNote(text: string, start: number, end: number): boolean {
  // Most citations follow `số`, a comma or a date: their last letter shows that no `kèm theo` can end there.
  const last = asciiBefore(text, start);
  if (last !== undefined && last !== 'o' && last !== 'O') return false;
  const from = Math.max(0, start - WINDOW);
  const before = foldLetters(normalizeSlice(text, from, start).text).replace(/[ \t]+/g, ' ');
  const m = NOTE_OPENING.exec(before);
  if (!m || (m.index === 0 ? from > 0 : before[m.index - 1] !== '\n')) return false;
  return m[0].includes('(') || m[0].includes('[') || NOTE_CLOSING.test(text.slice(end, end + LINE_REST));
}

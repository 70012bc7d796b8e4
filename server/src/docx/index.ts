/**
 * Reading a Word draft (.docx) for the checks: its text, laid out as `parsePlan` reads a plan, and the
 * map from every offset of that text back to its paragraph and run. Pure: bytes or parts in; the file
 * system is file.ts's business. See docs/word-reading.md.
 */
import { DocxError } from './errors';
import { unpackDocx } from './package';
import { readDocxParts } from './read';
import type { DocxParagraph, DocxReading, DocxRun } from './types';

export type * from './types';
export { DocxError, describeDocxProblem, fixRefusedMessage, type DocxProblem } from './errors';
export { readDocxParts } from './read';
export { unpackDocx } from './package';

/** The text path's limit (the editor's `kehoach.maxFileSize` default) applies to the text read out. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;

/** A .docx's bytes → its reading. Throws {@link DocxError} for a file that is not a readable .docx. */
export function readDocx(bytes: Uint8Array, maxTextLength = MAX_TEXT_LENGTH): DocxReading {
  const reading = readDocxParts(unpackDocx(bytes));
  if (reading.text.length > maxTextLength) {
    throw new DocxError({ reason: 'textTooLarge', sizeKb: Math.round(reading.text.length / 1024), limitKb: Math.round(maxTextLength / 1024) });
  }
  return reading;
}

/** Binary search over ranges sorted by start: the last whose start is at or before `offset`. */
function lastStartingAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/**
 * The paragraph an offset of the text belongs to: the one whose text holds it, or, for an offset in
 * the blank line between two paragraphs (where a finding about what is missing may point), the one
 * before it; the first paragraph with text for an offset before any.
 */
const paragraphsWithText = new WeakMap<DocxReading, readonly DocxParagraph[]>();

export function paragraphAt(reading: DocxReading, offset: number): DocxParagraph | undefined {
  let withText = paragraphsWithText.get(reading);
  if (!withText) paragraphsWithText.set(reading, (withText = reading.paragraphs.filter((p) => p.end > p.start)));
  const i = lastStartingAtOrBefore(withText, offset);
  return withText[Math.max(0, i)];
}

/** The run (or generated text) an offset falls in, if any. */
export function runAt(reading: DocxReading, offset: number): DocxRun | undefined {
  const i = lastStartingAtOrBefore(reading.runs, offset);
  const run = reading.runs[i];
  return run && offset < run.end ? run : undefined;
}

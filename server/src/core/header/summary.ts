/** What follows the title: the trích yếu, and `(Ban hành kèm theo …)` for a plan issued with a decision. */
import type { TextLine } from '../text/lines';
import { cellsOf, isDecoration } from '../text/clean';
import { foldKey, foldKeyPrefix, isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import type { MarkdownLineInfo } from '../structure/markdown';
import { fieldOf, type Cell } from './cells';
import type { HeaderField } from './types';

/** `(Ban hành kèm theo Quyết định số … )`: a plan issued with a decision carries no number of its own. */
export function readAttachment(text: string, lines: readonly TextLine[], info: MarkdownLineInfo, from: number, to: number): HeaderField | undefined {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    if (info.opaque.has(i)) continue;
    for (const c of cellsOf(lines[i].text, lines[i].start)) {
      // Normalizing leaves a bracket where it is: a cell that does not open with one is not read whole.
      if (text[c.start] !== '(' && text[c.start] !== '[') continue;
      const nfc = normalizeSlice(text, c.start, c.end).text;
      if (/^[(\[]/.test(nfc) && /^(?:ban hanh )?kem theo\b/.test(foldKeyPrefix(nfc))) return { text: nfc, start: c.start, end: c.end, line: i };
    }
  }
  return undefined;
}

/** A line of the trích yếu: its key is never asked for, and a pasted line can be long. */
type SummaryPart = Omit<Cell, 'key'>;

const SUMMARY_MAX_LINES = 6;
const NUMBERED = /^(?:[IVX]+|\d+)\s*[.\-–)]/u;

function readsLikeSummary(text: string): boolean {
  const trimmed = text.trim();
  return !/[.:;,…]$/.test(trimmed) && wordsAtMost(trimmed, 60) && !foldKey(trimmed).includes('nhu sau');
}

/** Whether the text has `max` words or fewer, counted no further than that. */
function wordsAtMost(text: string, max: number): boolean {
  const spaces = /\s+/g;
  for (let words = 1; spaces.exec(text) !== null; words++) if (words >= max) return false;
  return true;
}

/**
 * Pasted text without blank lines: the trích yếu ends where the body visibly begins; a line of
 * digits only (`2020` of `MÙA KHÔ NĂM 2019 -` / `2020`) still belongs to a trích yếu in capitals.
 */
function endsSummary(parts: readonly SummaryPart[], nfc: string): boolean {
  return NUMBERED.test(nfc) || /^(?:can cu|thuc hien|tren co so)\b/.test(foldKeyPrefix(nfc))
    || (parts.every((p) => isUpperCaseText(p.nfc)) && !isUpperCaseText(nfc) && /\p{L}/u.test(nfc)) || parts.length >= SUMMARY_MAX_LINES;
}

/** The lines of the trích yếu from `from`, and the line after them; undefined when the body starts at once. */
/** The first line from `from` that can hold a trích yếu: past blank, decoration and code lines. */
export function firstContentLine(lines: readonly TextLine[], info: MarkdownLineInfo, from: number): number {
  let i = from;
  while (i < lines.length && (info.opaque.has(i) || isDecoration(lines[i].text))) i++;
  return i;
}

function summaryLines(text: string, lines: readonly TextLine[], info: MarkdownLineInfo, from: number): { parts: SummaryPart[]; next: number } | undefined {
  let i = firstContentLine(lines, info, from);
  const parts: SummaryPart[] = [];
  for (; i < lines.length; i++) {
    if (info.opaque.has(i)) break;
    const [cell] = cellsOf(lines[i].text, lines[i].start);
    if (!cell || isDecoration(cell.text)) break;
    const nfc = normalizeSlice(text, cell.start, cell.end).text;
    if (parts.length === 0 && NUMBERED.test(nfc)) return undefined;
    if (parts.length > 0 && endsSummary(parts, nfc)) break;
    parts.push({ ...cell, line: i, nfc });
  }
  return { parts, next: i };
}

/** The trích yếu: the first paragraph after the title, unless the body already starts there. */
export function readSummary(text: string, lines: readonly TextLine[], info: MarkdownLineInfo, from: number): { field: HeaderField; endLine: number } | undefined {
  const found = summaryLines(text, lines, info, from);
  if (!found || found.parts.length === 0) return undefined;
  const field = fieldOf(found.parts);
  // `Thực hiện Kết luận số 65-KL/TW …` is a trích yếu when it reads like one: short, no closing
  // punctuation, or written in capitals however long (`THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP … TỈNH ĐỒNG
  // THÁP`); the body's own `Căn cứ …;` and `Thực hiện …, như sau:` paragraphs are not.
  if (/^(can cu|thuc hien)\b/.test(foldKeyPrefix(field.text)) && !isUpperCaseText(field.text) && !readsLikeSummary(field.text)) return undefined;
  return { field, endLine: found.next };
}

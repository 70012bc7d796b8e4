/** The header's cells: the lines (and `|` cells) above the title, read once as NFC text. */
import type { TextLine } from '../text/lines';
import { cellsOf, isDecoration, type CleanText } from '../text/clean';
import { foldKey, isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import type { MarkdownLineInfo } from '../structure/markdown';
import { readNumberText } from './number';
import type { HeaderField } from './types';

/** A plan's header lies in its first lines; a long pasted preamble of web-page chrome is allowed for. */
export const HEADER_SCAN_LINES = 80;
/** Cells of one line that can belong to the header (a web page's table of properties has two a row). */
const MAX_CELLS_PER_LINE = 16;

export interface Cell extends CleanText {
  readonly line: number;
  readonly nfc: string;
  /** foldKey of the cell, made once: each recogniser of the table compares it. */
  readonly key: string;
}

/** One field made of one or more cells (a field wrapped over lines spans them). */
export function fieldOf(cells: readonly Omit<Cell, 'key'>[], value?: string): HeaderField {
  const first = cells[0];
  const last = cells[cells.length - 1];
  return { text: cells.map((c) => c.nfc).join(' '), start: first.start, end: last.end, line: first.line, value };
}

export function isTitleKey(key: string): boolean {
  return key === 'ke hoach';
}

/**
 * `| Loại văn bản | Kế hoạch |` or `Loại văn bản:` / `Kế hoạch`: a web page's table of properties
 * names the type after a label; the title stands alone or beside upper-case cells.
 */
function isTitleCell(cell: Cell, previousOnLine: Cell | undefined, previous: Cell | undefined): boolean {
  const afterLabel = (previousOnLine !== undefined && !isUpperCaseText(previousOnLine.nfc))
    || (previous !== undefined && previous.nfc.endsWith(':') && !isUpperCaseText(previous.nfc));
  if (afterLabel) return false;
  const key = cell.key;
  return isTitleKey(key) || (key.startsWith('ke hoach ') && isUpperCaseText(cell.nfc) && !readNumberText(cell.nfc));
}

/**
 * The NFC text and key of cells, by their text: a fix that inserts lines has the header read again
 * over the same lines moved (once per section a small plan misses), and the readings share them.
 */
export type CellKeys = Map<string, { readonly nfc: string; readonly key: string }>;

/** The cells of the header's lines up to and including the `KẾ HOẠCH` title, and the title's line (-1 without one). */
export function headerCells(
  text: string, lines: readonly TextLine[], info: MarkdownLineInfo, known: CellKeys = new Map(),
): { cells: Cell[]; titleLine: number } {
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  const cells: Cell[] = [];
  for (let i = 0; i < limit; i++) {
    if (info.opaque.has(i)) continue;
    let previousOnLine: Cell | undefined;
    let onLine = 0;
    for (const c of cellsOf(lines[i].text, lines[i].start)) {
      if (isDecoration(c.text)) continue;
      // A header row holds two or three cells; a row of dozens is a data table, read no further.
      if (++onLine > MAX_CELLS_PER_LINE) break;
      let keys = known.get(c.text);
      if (!keys) {
        const nfc = normalizeSlice(text, c.start, c.end).text;
        known.set(c.text, (keys = { nfc, key: foldKey(nfc) }));
      }
      const cell: Cell = { ...c, line: i, nfc: keys.nfc, key: keys.key };
      const title = isTitleCell(cell, previousOnLine, cells[cells.length - 1]);
      cells.push(cell);
      if (title) return { cells, titleLine: i };
      previousOnLine = cell;
    }
  }
  return { cells, titleLine: -1 };
}

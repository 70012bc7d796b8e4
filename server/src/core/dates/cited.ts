/**
 * The date inside a citation: a day right after a document's number-symbol (`Quyết định số
 * 1719/QĐ-TTg ngày 14/10/2021`, `Nghị quyết số 12-NQ/TU, ngày 09/6/2022`). Used where the citation
 * recognizer (core/citations) is not consulted.
 */
import type { RawMention } from './read';
import { isDigit, isLetter, skipGapBack, wordBefore, type ScanText } from './scan';
import type { Span } from './deadline';

/** The symbol right before a cited date, or undefined. */
export function symbolBefore(scan: ScanText, raw: RawMention): Span | undefined {
  if (raw.kind !== 'day' || !raw.hadNgay) return undefined;
  const s = scan.cased;
  let j = skipGapBack(s, raw.lead);
  if (s[j - 1] === ',') j = skipGapBack(s, j - 1);
  const end = j;
  while (j > 0 && end - j < 40 && !/\s/.test(s[j - 1])) j--;
  const token = s.slice(j, end);
  if (!looksLikeSymbol(token)) return undefined;
  // `số 1719/QĐ-TTg`, or a type word right before the symbol (`Quyết định 1719/QĐ-TTg`).
  const before = wordBefore(scan.text, j);
  if (!before || !isLetter(scan.text[before.start])) return undefined;
  return { start: scan.toOriginal(j), end: scan.toOriginal(end) };
}

/** `1719/QĐ-TTg`, `65-KL/TW`, `05/2011/NĐ-CP`, `1301/UBDT-KHTC`: digits, a slash, capitals. */
function looksLikeSymbol(token: string): boolean {
  if (!isDigit(token[0]) || !token.includes('/')) return false;
  let capitals = 0;
  for (const ch of token) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2 && !token.endsWith('/');
}

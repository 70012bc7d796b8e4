/**
 * Every citation of a text in one linear pass: each digit that can open a number-symbol is read
 * forward a bounded distance, its `số` and type word backwards a bounded distance, its date, issuer
 * and trích yếu forwards; then the capitalized type words not yet used are read as references.
 */
import { cursorOf, gapBackward, gapForward, isDigitCode, isLetterAt, isWordAt, type Cursor } from '../text/scanner';
import { breaksBlock, partOf } from '../text/scanner-words';
import { leadBefore, typeWordAt } from './lead';
import { opensAttachmentNote } from './attachment';
import { readReferencesAt } from './references';
import { describeSymbol, readSymbol, type RawSymbol } from './symbol';
import { amendingTitleDate, NAMED_LAWS } from './law-names';
import { issuerNamedBefore } from './subject';
import { issuerAt, readTail, type Tail } from './tail';
import { canonicalCode, typeByName, type DocumentType } from './tables';
import type { Citation, Part } from './types';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Characters that glue a digit to something else: `14/10/2021`, `Covid-19`, `1.250`, `.../1719-QD-TTg` in a link. */
const GLUE_BEFORE = new Set(['/', '.', ',', '_', '\\', '&', '%', '#', '=', '@', '-', '–', '+', '…']);

interface Found {
  readonly citation: Citation;
  /** NFC indexes of the whole citation and of the symbol's end. */
  readonly start: number;
  readonly end: number;
  readonly symbolEnd: number;
  /** The date ends the trích yếu, an amending law's title, rather than following the symbol. */
  readonly titleDate?: boolean;
}

function isSoBefore(c: Cursor, i: number): boolean {
  const o = c.cased[i - 1];
  return i >= 2 && c.scan.text[i - 2] === 's' && (o === 'ố' || o === 'Ố');
}

/** A bare symbol (no `số`, no type word) must look like one beyond doubt. */
function plausibleBare(raw: RawSymbol): boolean {
  if (raw.lowerCase || raw.spaced) return false;
  if (!raw.year && raw.groups.length < 2) return false;
  return raw.groups.every((g) => g.text === g.text.toUpperCase() || canonicalCode(g.text) !== undefined);
}

/**
 * The tail after a symbol; for a law cited by its number whose title amends others (`Luật số
 * 03/2022/QH15 sửa đổi, bổ sung một số điều của Luật Đầu tư công … ngày 11 tháng 01 năm 2022`), the
 * date that ends the title.
 */
function symbolTail(c: Cursor, end: number, joint: boolean, type: string | undefined): { tail: Tail; titleDate: boolean } {
  const tail = readTail(c, end, joint);
  const titleDate = !tail.date && type && NAMED_LAWS.has(type) ? amendingTitleDate(c, end) : undefined;
  return titleDate ? { tail: { ...tail, date: titleDate }, titleDate: true } : { tail, titleDate: false };
}

function symbolCitationAt(c: Cursor, i: number): Found | undefined {
  const prev = c.cased[i - 1];
  if (i > 0 && (isDigitCode(c.folded.charCodeAt(i - 1)) || GLUE_BEFORE.has(prev))) return undefined;
  if (i > 0 && isLetterAt(c.folded, i - 1) && !isSoBefore(c, i)) return undefined;
  const raw = readSymbol(c, i);
  if (!raw) return undefined;
  const lead = leadBefore(c, i);
  if (!lead.so && !lead.typeWord && !plausibleBare(raw)) return undefined;
  const described = describeSymbol(c, raw);
  const { tail, titleDate } = symbolTail(c, raw.end, described.style === 'joint', lead.typeWord?.type);
  const start = lead.typeWord?.start ?? lead.so?.start ?? raw.start;
  // Built by assignment: a citation per few bytes of a dense list, and spreading optional parts cost more than reading them.
  const citation: Writable<Citation> = { start: c.scan.toOriginal(start), end: c.scan.toOriginal(tail.end), kind: 'symbol', hasSo: lead.so !== undefined, gluedSo: lead.gluedSo };
  // Object.assign onto the fresh part, not a spread: `described` comes in many shapes, and spreading those took the slow path.
  if (lead.typeWord) citation.typeWord = Object.assign(partOf(c, lead.typeWord.start, lead.typeWord.end), { type: lead.typeWord.type });
  citation.numberSymbol = Object.assign(partOf(c, raw.start, raw.end), described);
  if (lead.so) citation.so = { start: c.scan.toOriginal(lead.so.start), end: c.scan.toOriginal(lead.so.end) };
  if (tail.date) citation.date = tail.date;
  if (tail.dateAfterComma) citation.dateAfterComma = true;
  if (tail.issuer) citation.issuer = tail.issuer;
  if (tail.summary) citation.summary = tail.summary;
  const found: Writable<Found> = { citation, start, end: tail.end, symbolEnd: raw.end };
  if (titleDate) found.titleDate = true;
  return found;
}

/**
 * `Quyết định số 755/QĐ-TTg, Quyết định số 293/QĐ-TTg của Thủ tướng Chính phủ`: the issuer after the
 * last of a list belongs to each citation of the list that has none and carries the same code.
 */
function shareIssuers(c: Cursor, found: Found[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k];
    const b = found[k + 1];
    if (a.citation.issuer || !b.citation.issuer) continue;
    if (a.citation.numberSymbol?.issuerCode !== b.citation.numberSymbol?.issuerCode) continue;
    let j = gapForward(c.folded, a.end);
    if (c.folded[j] === ',') j = gapForward(c.folded, j + 1);
    if (c.scan.text.startsWith('và', j)) j = gapForward(c.folded, j + 2);
    if (j !== b.start) continue;
    found[k] = { ...a, citation: { ...a.citation, issuer: b.citation.issuer, issuerShared: true } };
  }
}

/** How far before a list's colon its lead-in (`các Quyết định của Thủ tướng Chính phủ:`) may start. */
const LEAD_IN_WINDOW = 160;
/** How far apart two citations of one list may stand (the first one's trích yếu lies between). */
const LIST_GAP = 600;

/** `các Quyết định của Thủ tướng Chính phủ:` right before the citation: the type and issuer of a list. */
function leadInBefore(c: Cursor, f: Found): { type: DocumentType; issuer: Part } | undefined {
  const colon = gapBackward(c.folded, f.start, true) - 1;
  if (colon < 0 || c.folded[colon] !== ':') return undefined;
  const from = Math.max(0, colon - LEAD_IN_WINDOW);
  const window = c.folded.slice(from, colon);
  for (let w = window.lastIndexOf('cac'); w >= 0; w = w === 0 ? -1 : window.lastIndexOf('cac', w - 1)) {
    const at = from + w;
    if ((at > 0 && isWordAt(c.folded, at - 1)) || isWordAt(c.folded, at + 3)) continue;
    const word = typeWordAt(c, gapForward(c.folded, at + 3));
    const type = word && typeByName(word.type);
    if (!word || !type) continue;
    const read = issuerAt(c, word.end);
    if (!read || gapForward(c.folded, read.end) !== colon) return undefined;
    return { type, issuer: read.issuer };
  }
  return undefined;
}

/** Whether b follows a in one list: after a's trích yếu, one `;` (or just a comma) and nothing else that ends the list. */
function listContinues(c: Cursor, aEnd: number, bStart: number): boolean {
  if (bStart - aEnd > LIST_GAP) return false;
  const between = c.folded.slice(aEnd, bStart);
  const semicolons = between.split(';').length - 1;
  if (semicolons === 1) return !between.includes(':') && !/\n[ \t]*\r?\n/.test(between) && !breaksBlock(c, aEnd, bStart);
  return semicolons === 0 && /^[ \t\r\n]*,[ \t\r\n]*$/.test(between);
}

/**
 * `Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1400/QĐ-TTg …; Quyết định số 2080/QĐ-TTg …`:
 * the issuer named once before a list belongs to each citation of the list that names none and
 * whose symbol is of the type the lead-in names.
 */
function shareLeadingIssuers(c: Cursor, found: Found[]): void {
  for (let k = 0; k < found.length; k++) {
    if (found[k].citation.issuer) continue;
    const lead = leadInBefore(c, found[k]);
    if (!lead) continue;
    for (let m = k; m < found.length; m++) {
      const f = found[m];
      if (m > k && !listContinues(c, found[m - 1].end, f.start)) break;
      const abbr = f.citation.numberSymbol?.typeAbbr;
      if (f.citation.issuer || !abbr || !(lead.type.state.includes(abbr) || lead.type.party.includes(abbr))) break;
      found[m] = { ...f, citation: { ...f.citation, issuer: lead.issuer, issuerShared: true } };
      k = m;
    }
  }
}

export function findCitationsIn(c: Cursor): Citation[] {
  const found: Found[] = [];
  for (let i = 0; i < c.length; i++) {
    if (!isDigitCode(c.folded.charCodeAt(i))) continue;
    const f = symbolCitationAt(c, i);
    if (!f) {
      while (i + 1 < c.length && isDigitCode(c.folded.charCodeAt(i + 1))) i++;
      continue;
    }
    found.push(f);
    i = f.symbolEnd - 1;
  }
  shareIssuers(c, found);
  shareLeadingIssuers(c, found);
  const citations = found.map((f) => f.citation);
  const claimed = new Set(found.flatMap((f) => (f.titleDate && f.citation.date ? [f.citation.date.start] : [])));
  // References: capitalized type words outside the symbol citations.
  let next = 0;
  for (let i = 0; i < c.length; i++) {
    while (next < found.length && found[next].symbolEnd <= i) next++;
    if (next < found.length && found[next].start <= i) { i = found[next].symbolEnd - 1; continue; }
    if (!isLetterAt(c.folded, i) || (i > 0 && isLetterAt(c.folded, i - 1))) continue;
    const refs = readReferencesAt(c, i, claimed);
    if (!refs) continue;
    citations.push(...refs.citations);
    i = Math.max(i, refs.end - 1);
  }
  return citations.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every citation of a text, in order. Ranges are offsets in `text` itself. */
export function findCitations(text: string): Citation[] {
  return findCitationsIn(cursorOf(text)).map((c) => {
    if (c.kind !== 'symbol') return c;
    const note = opensAttachmentNote(text, c.start, c.end);
    const before = !c.issuer && issuerNamedBefore(text, c.start);
    return note || before ? { ...c, ...(note ? { attachmentNote: true } : {}), ...(before ? { issuerBefore: true } : {}) } : c;
  });
}

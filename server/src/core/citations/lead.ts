/**
 * What stands before a number-symbol: `số` (`Số:`, `số:`, glued `Quyết địnhsố`) and the type word,
 * perhaps with a qualifier between (`Chỉ thị chuyên đề số`, `Thông báo kết luận số`). Read
 * backwards over a bounded number of words.
 */
import { gapBackward, isLetterAt, isUpperAt, isWordAt, type Cursor } from '../text/scanner';
import { phraseAt, wordStart } from '../text/scanner-words';
import { foldWords } from '../text/fold';
import { DOCUMENT_TYPES } from './tables';

export interface TypePhrase {
  readonly type: string;
  /** Folded words: `['nghi', 'quyet']`. */
  readonly words: readonly string[];
}

const PHRASES: readonly TypePhrase[] = DOCUMENT_TYPES.flatMap((t) =>
  [t.name, ...(t.variants ?? [])].map((name) => ({ type: t.name, words: foldWords(name) })),
).sort((a, b) => b.words.length - a.words.length);

function indexBy(pick: (p: TypePhrase) => string): Map<string, TypePhrase[]> {
  const map = new Map<string, TypePhrase[]>();
  for (const p of PHRASES) map.set(pick(p), [...(map.get(pick(p)) ?? []), p]);
  return map;
}

const BY_LAST_WORD = indexBy((p) => p.words[p.words.length - 1]);
const BY_FIRST_WORD = indexBy((p) => p.words[0]);

/** Words that never stand between a type word and `số` (lower-cased NFC: `đề` is not `để`). */
const NOT_QUALIFIER = new Set([
  'và', 'của', 'hoặc', 'theo', 'tại', 'các', 'những', 'với', 'về', 'cho', 'đến', 'từ', 'là', 'trong', 'ngày', 'năm',
  'số', 'thực', 'hiện', 'được', 'đã', 'để', 'như', 'trên', 'căn', 'cứ', 'triển', 'khai', 'sau', 'trước', 'này',
]);

const MAX_QUALIFIER_WORDS = 3;
const MAX_WORDS = 8;

interface Word { readonly start: number; readonly end: number; readonly text: string }

/** Words ending at p, nearest first, joined only by spaces and one line break (no punctuation). */
function wordsBefore(c: Cursor, p: number): Word[] {
  const words: Word[] = [];
  let end = p;
  for (let n = 0; n < MAX_WORDS; n++) {
    if (n > 0 || !isLetterAt(c.folded, end - 1)) {
      const k = gapBackward(c.folded, end, true);
      if (n > 0 && k === end) break;
      end = k;
    }
    const start = wordStart(c.folded, end, 24);
    if (start === end || !isLetterAt(c.folded, start)) break;
    words.push({ start, end, text: c.folded.slice(start, end) });
    end = start;
  }
  return words;
}

export interface TypeMatch {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** The type word ending before p (directly, or with a lower-case qualifier between). */
export function typeWordBefore(c: Cursor, p: number): TypeMatch | undefined {
  const words = wordsBefore(c, p);
  let fallback: TypeMatch | undefined;
  for (let m = 0; m <= MAX_QUALIFIER_WORDS && m < words.length; m++) {
    if (m > 0) {
      const q = words[m - 1];
      if (NOT_QUALIFIER.has(c.scan.text.slice(q.start, q.end)) || isUpperAt(c.cased, q.start)) break;
    }
    for (const phrase of BY_LAST_WORD.get(words[m].text) ?? []) {
      const L = phrase.words.length;
      if (m + L > words.length) continue;
      let ok = true;
      for (let k = 0; k < L && ok; k++) ok = words[m + k].text === phrase.words[L - 1 - k];
      if (!ok) continue;
      const match = { type: phrase.type, start: words[m + L - 1].start, end: words[m].end };
      if (isUpperAt(c.cased, match.start)) return match;
      if (m === 0 && !fallback) fallback = match;
      break;
    }
  }
  return fallback;
}

/** The capitalized type phrase starting at i, for references (`Nghị quyết Trung ương 7`). */
export function typeWordAt(c: Cursor, i: number): TypeMatch | undefined {
  if (!isUpperAt(c.cased, i) || (i > 0 && isWordAt(c.folded, i - 1))) return undefined;
  let e = i;
  while (e < c.length && isLetterAt(c.folded, e) && e - i < 12) e++;
  for (const phrase of BY_FIRST_WORD.get(c.folded.slice(i, e)) ?? []) {
    const end = phraseAt(c, i, phrase.words);
    if (end >= 0) return { type: phrase.type, start: i, end };
  }
  return undefined;
}

export interface Lead {
  readonly so?: { readonly start: number; readonly end: number };
  readonly gluedSo: boolean;
  readonly typeWord?: TypeMatch;
}

function isSoAt(c: Cursor, at: number): boolean {
  const o = c.cased[at + 1];
  return c.scan.text[at] === 's' && (o === 'ố' || o === 'Ố') && !isWordAt(c.folded, at + 2);
}

/** `số` and the type word before the symbol starting at i. */
export function leadBefore(c: Cursor, i: number): Lead {
  let j = gapBackward(c.folded, i, true);
  if (c.folded[j - 1] === ':') j = gapBackward(c.folded, j - 1, true);
  if (j >= 2 && isSoAt(c, j - 2)) {
    const soStart = j - 2;
    if (isLetterAt(c.folded, soStart - 1)) {
      // `Quyết địnhsố`: a type word must end right there, or this is some other word ending in `số`.
      const glued = typeWordBefore(c, soStart);
      if (glued && glued.end === soStart) return { so: { start: soStart, end: j }, gluedSo: true, typeWord: glued };
      return { gluedSo: false };
    }
    return { so: { start: soStart, end: j }, gluedSo: false, typeWord: typeWordBefore(c, soStart) };
  }
  const direct = typeWordBefore(c, i);
  return { gluedSo: false, typeWord: direct && direct.end === gapBackward(c.folded, i, true) ? direct : undefined };
}

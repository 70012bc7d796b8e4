/**
 * The names of laws (Luật, Bộ luật, Pháp lệnh are cited by type and name), and an amending law's title:
 * `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương
 * ngày 22/11/2019` is one law of 2019, not a Luật Tổ chức chính quyền địa phương dated 2019.
 */
import { gapForward, isLetterAt, isUpperAt, isWordAt, type Cursor } from '../text/scanner';
import { phraseAt, wordEnd } from '../text/scanner-words';
import type { DateMention } from '../dates/read';
import { typeWordAt, type TypeMatch } from './lead';
import { readTail, type Tail } from './tail';

/** Words that end a law's name, compared on the lower-cased NFC copy (`tư` in `Đầu tư` is not `từ`). */
const NAME_STOPS = new Set([
  'số', 'năm', 'ngày', 'của', 'và', 'về', 'được', 'đã', 'theo', 'tại', 'thì', 'là', 'có', 'để', 'trong', 'này', 'hiện',
  'các', 'những', 'trên', 'với', 'cho', 'đến', 'từ', 'khi', 'thực',
]);
const MAX_NAME_WORDS = 10;

/**
 * `Luật Ngân sách nhà nước`: capitalized first word, then words up to a stop, a digit or punctuation.
 * `lowerFirst`: a name inside an amending title, where `Luật tổ chức Chính phủ` is written in lower case too.
 */
export function lawNameEnd(c: Cursor, i: number, lowerFirst = false): number {
  if (lowerFirst ? NAME_STOPS.has(c.scan.text.slice(i, wordEnd(c.folded, i))) : !isUpperAt(c.cased, i)) return -1;
  let end = -1;
  let k = i;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    if (!isLetterAt(c.folded, k)) break;
    const e = wordEnd(c.folded, k);
    if (n > 0 && NAME_STOPS.has(c.scan.text.slice(k, e)) && !isUpperAt(c.cased, k)) break;
    if (n > 0 && phraseAt(c, k, ['quy', 'dinh']) >= 0 && !isUpperAt(c.cased, k)) break;
    end = e;
    const next = gapForward(c.folded, e);
    if (next === e) break;
    k = next;
  }
  return end;
}

/** The types cited by their name. */
export const NAMED_LAWS: ReadonlySet<string> = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);

/** How an amending law's title opens after its type word or number (compared folded, commas allowed between words). */
const AMENDING: readonly (readonly string[])[] = [
  ['sua', 'doi', 'bo', 'sung', 'mot', 'so', 'dieu', 'cua'],
  ['sua', 'doi', 'mot', 'so', 'dieu', 'cua'],
  ['sua', 'doi', 'bo', 'sung', 'cua'],
];
const MAX_AMENDED = 12;
const MAX_SYMBOL = 40;

/** The end of `sửa đổi, bổ sung một số điều của` at i, or -1. */
export function amendingPhraseEnd(c: Cursor, i: number): number {
  for (const words of AMENDING) {
    const end = phraseAt(c, i, words, true);
    if (end >= 0) return end;
  }
  return -1;
}

/** `số 45/2013/QH13` after a law's name: its own number, read by the symbol pass; here only passed over. */
function ownNumberEnd(c: Cursor, i: number): number {
  const so = phraseAt(c, gapForward(c.folded, i), ['so']);
  if (so < 0) return -1;
  const start = gapForward(c.folded, so);
  let end = start;
  while (end < c.length && end - start < MAX_SYMBOL && (isWordAt(c.folded, end) || '/-.'.includes(c.folded[end]))) end++;
  return end > start && /\d/.test(c.folded[start]) ? end : -1;
}

export interface AmendedLaw { readonly type: TypeMatch; readonly nameStart: number; readonly nameEnd: number }

export interface AmendedLaws {
  readonly laws: readonly AmendedLaw[];
  /** After the last law's name, or after its own number. */
  readonly end: number;
  /** The last law is followed by its own number: a date after that is the number's. */
  readonly numbered: boolean;
}

/** `Luật A, Luật B và Luật C` from i; a law's own `số …` is passed over. */
export function amendedLawsAt(c: Cursor, i: number): AmendedLaws | undefined {
  const laws: AmendedLaw[] = [];
  let at = i;
  let end = -1;
  let numbered = false;
  for (let n = 0; n < MAX_AMENDED; n++) {
    const type = typeWordAt(c, at);
    if (!type || !NAMED_LAWS.has(type.type)) break;
    const k = gapForward(c.folded, type.end);
    const nameEnd = k > type.end ? lawNameEnd(c, k, true) : -1;
    if (nameEnd < 0) break;
    laws.push({ type, nameStart: k, nameEnd });
    const numberEnd = ownNumberEnd(c, nameEnd);
    numbered = numberEnd >= 0;
    end = numbered ? numberEnd : nameEnd;
    let next = gapForward(c.folded, end);
    if (c.folded[next] === ',') next = gapForward(c.folded, next + 1);
    else if (phraseAt(c, next, ['va']) >= 0) next = gapForward(c.folded, next + 2);
    else break;
    at = next;
  }
  return laws.length > 0 ? { laws, end, numbered } : undefined;
}

/**
 * What follows the laws an amending title names, when it is the amending law's: a day (`ngày
 * 22/11/2019`) and an issuer. A year alone (`Luật Đất đai năm 2013`) is the last law's, and so is
 * anything after that law's own number.
 */
export function amendingTail(c: Cursor, list: AmendedLaws): Tail | undefined {
  if (list.numbered) return undefined;
  const tail = readTail(c, list.end);
  return tail.end > list.end && (tail.date === undefined || tail.date.kind === 'day') ? tail : undefined;
}

/** The date ending the title of an amending law cited by its number (`Luật số 03/2022/QH15 sửa đổi … ngày …`), read from i after the number. */
export function amendingTitleDate(c: Cursor, i: number): DateMention | undefined {
  let k = gapForward(c.folded, i, true);
  if (c.folded[k] === ',') k = gapForward(c.folded, k + 1);
  const phraseEnd = amendingPhraseEnd(c, k);
  const list = phraseEnd >= 0 ? amendedLawsAt(c, gapForward(c.folded, phraseEnd)) : undefined;
  return list && amendingTail(c, list)?.date;
}

/**
 * Documents named without a number-symbol: `Nghị quyết Trung ương 7 (khóa IX)`, `Quy định 217, 218
 * của Bộ Chính trị`, `Luật Ngân sách nhà nước năm 2015`, `Hiến pháp năm 2013`. Recognized so that
 * hover and the `citations` list know them; never checked by a rule.
 */
import { gapBackward, gapForward, isDash, isDigitCode, isWordAt, type Cursor } from '../text/scanner';
import { partOf, phraseAt, wordEnd, wordStart } from '../text/scanner-words';
import { amendedLawsAt, amendingPhraseEnd, amendingTail, lawNameEnd } from './law-names';
import { typeWordAt, type TypeMatch } from './lead';
import { readTail, type Tail } from './tail';
import { typeByName } from './tables';
import type { Citation } from './types';

/** The number of a reference: digits not followed by a symbol's separator and code. */
function bareNumberAt(c: Cursor, i: number): number {
  let e = i;
  while (e < c.length && isDigitCode(c.folded.charCodeAt(e)) && e - i < 5) e++;
  if (e === i || e - i > 4 || isWordAt(c.folded, e)) return -1;
  const next = c.folded[e];
  if ((next === '/' || isDash(next) || next === '.') && isWordAt(c.folded, e + 1)) return -1;
  return e;
}

const ROMAN = /^[ivx]{1,5}$/;

/** `Trung ương 7`, `Hội nghị Trung ương lần thứ 7`, then `(khóa IX)` or `khóa IX`. */
function centralCommitteeAt(c: Cursor, i: number): { numberStart: number; numberEnd: number; end: number } | undefined {
  let k = i;
  const conference = phraseAt(c, k, ['hoi', 'nghi']);
  if (conference >= 0) k = gapForward(c.folded, conference);
  const tw = phraseAt(c, k, ['trung', 'uong']);
  if (tw < 0) return undefined;
  k = gapForward(c.folded, tw);
  const nth = phraseAt(c, k, ['lan', 'thu']);
  if (nth >= 0) k = gapForward(c.folded, nth);
  const numberEnd = isDigitCode(c.folded.charCodeAt(k)) ? bareNumberAt(c, k) : ROMAN.test(c.folded.slice(k, wordEnd(c.folded, k, 6))) ? wordEnd(c.folded, k, 6) : -1;
  if (numberEnd < 0 || numberEnd === k) return undefined;
  let end = numberEnd;
  let after = gapForward(c.folded, end);
  const paren = c.folded[after] === '(';
  if (paren) after = gapForward(c.folded, after + 1);
  const khoa = phraseAt(c, after, ['khoa']);
  if (khoa >= 0) {
    const termEnd = wordEnd(c.folded, gapForward(c.folded, khoa), 6);
    if (termEnd > khoa) {
      end = termEnd;
      if (paren && c.folded[end] === ')') end++;
    }
  }
  return { numberStart: k, numberEnd, end };
}

/** The folded word just before i (across a gap or one line break), or ''. */
function wordBefore(c: Cursor, i: number): string {
  const end = gapBackward(c.folded, i);
  return c.folded.slice(wordStart(c.folded, end), end);
}

function citation(c: Cursor, type: TypeMatch, start: number, end: number, reference: Citation['reference']): Citation {
  return {
    start: c.scan.toOriginal(start), end: c.scan.toOriginal(end), kind: 'reference',
    typeWord: { ...partOf(c, type.start, type.end), type: type.type }, reference, hasSo: false, gluedSo: false,
  };
}

/** The reference with the parts its tail found (absent parts stay absent, not undefined). */
function withTail(ref: Citation, tail: Tail): Citation {
  return {
    ...ref,
    ...(tail.date ? { date: tail.date } : {}),
    ...(tail.issuer ? { issuer: tail.issuer } : {}),
    ...(tail.summary ? { summary: tail.summary } : {}),
  };
}

/**
 * Types whose `số N` is as often an item of a list as a document: `Dự án số 1` of a national programme,
 * `Phương án số 2` of the alternatives, a contract or memorandum numbered without a symbol.
 */
const NUMBERED_ITEMS = new Set(['Chương trình', 'Phương án', 'Đề án', 'Dự án', 'Hợp đồng', 'Bản ghi nhớ', 'Bản thỏa thuận']);

/**
 * `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày …`: the amending law, whose title runs to
 * its date and issuer, then each law its title names (no date of their own: the title's is the amending law's).
 */
function readAmendingLaw(c: Cursor, type: TypeMatch, k: number): { citations: Citation[]; end: number } | undefined {
  const phraseEnd = amendingPhraseEnd(c, k);
  const list = phraseEnd >= 0 ? amendedLawsAt(c, gapForward(c.folded, phraseEnd)) : undefined;
  if (!list) return undefined;
  const tail = amendingTail(c, list);
  const law = citation(c, type, type.start, tail?.end ?? list.end, { name: partOf(c, k, list.end).text });
  const named = list.laws.map((l) => citation(c, l.type, l.type.start, l.nameEnd, { name: partOf(c, l.nameStart, l.nameEnd).text }));
  // `… của Luật Đất đai năm 2013`: a year alone names which Luật Đất đai, the last law's.
  const year = tail || list.numbered ? undefined : readTail(c, list.end);
  const last = named.length - 1;
  if (year?.date) named[last] = withTail({ ...named[last], end: c.scan.toOriginal(year.end) }, year);
  const end = tail?.end ?? (year?.date ? year.end : list.end);
  return { citations: [tail ? withTail(law, tail) : law, ...named], end };
}

const NO_DATES: ReadonlySet<number> = new Set();

/**
 * The references whose type word starts at i, and where reading stopped; undefined when none is there.
 * `claimed`: starts of dates a symbol citation's title already took.
 */
export function readReferencesAt(c: Cursor, i: number, claimed: ReadonlySet<number> = NO_DATES): { citations: Citation[]; end: number } | undefined {
  const type = typeWordAt(c, i);
  if (!type) return undefined;
  const info = typeByName(type.type);
  if (!info) return undefined;
  const k = gapForward(c.folded, type.end);
  if (k === type.end) return undefined;
  if (info.named) {
    if (type.type === 'Hiến pháp') {
      const tail = readTail(c, type.end);
      if (!tail.date) return undefined;
      return { citations: [withTail(citation(c, type, type.start, tail.end, {}), tail)], end: tail.end };
    }
    // `PHỔ BIẾN PHÁP LUẬT CHO …` in a title written in capitals is the law in general, not a Luật.
    if (type.type === 'Luật' && wordBefore(c, type.start) === 'phap') return undefined;
    const amending = readAmendingLaw(c, type, k);
    if (amending) return amending;
    const nameEnd = lawNameEnd(c, k);
    if (nameEnd < 0) return undefined;
    const tail = readTail(c, nameEnd);
    const name = { name: partOf(c, k, nameEnd).text };
    // The last law named in `Luật số 03/2022/QH15 sửa đổi … của Luật Đầu tư công ngày …`: the date is the amending law's.
    if (tail.date && claimed.has(tail.date.start)) return { citations: [citation(c, type, type.start, nameEnd, name)], end: tail.end };
    return { citations: [withTail(citation(c, type, type.start, tail.end, name), tail)], end: tail.end };
  }
  // `Kế hoạch số 87 của Tỉnh ủy`: with `số`, a bare number is a document's, its symbol left out.
  const so = NUMBERED_ITEMS.has(type.type) ? -1 : phraseAt(c, k, ['so']);
  if (so >= 0 && bareNumberAt(c, gapForward(c.folded, so)) > 0) {
    const read = readNumbers(c, type, gapForward(c.folded, so));
    if (read) read.citations[0] = { ...read.citations[0], hasSo: true };
    return read;
  }
  if (!info.numbered) return undefined;
  const central = centralCommitteeAt(c, k);
  if (central) {
    const tail = readTail(c, central.end);
    const ref = citation(c, type, type.start, tail.end, { number: c.cased.slice(central.numberStart, central.numberEnd) });
    return { citations: [withTail(ref, tail)], end: tail.end };
  }
  return readNumbers(c, type, k);
}

/** `Quy định 217, 218 của Bộ Chính trị`: one reference per number from `k`, the issuer shared. */
function readNumbers(c: Cursor, type: TypeMatch, k: number): { citations: Citation[]; end: number } | undefined {
  const numbers: { start: number; end: number }[] = [];
  let at = k;
  for (let n = 0; n < 8; n++) {
    const e = bareNumberAt(c, at);
    if (e < 0) break;
    numbers.push({ start: at, end: e });
    let next = gapForward(c.folded, e);
    if (c.folded[next] === ',') next = gapForward(c.folded, next + 1);
    else if (phraseAt(c, next, ['va']) >= 0) next = gapForward(c.folded, next + 2);
    else break;
    if (!isDigitCode(c.folded.charCodeAt(next))) break;
    at = next;
  }
  if (numbers.length === 0) return undefined;
  const last = numbers[numbers.length - 1];
  const tail = readTail(c, last.end);
  const citations = numbers.map((num, n): Citation => {
    const isLast = n === numbers.length - 1;
    const ref = citation(c, type, n === 0 ? type.start : num.start, isLast ? tail.end : num.end, { number: c.cased.slice(num.start, num.end) });
    if (isLast) return withTail(ref, tail);
    return tail.issuer ? { ...withTail(ref, { ...tail, date: undefined }), issuerShared: true } : ref;
  });
  return { citations, end: tail.end };
}

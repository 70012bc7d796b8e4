/**
 * What follows a number-symbol (or a reference's name): its date (`ngày 14/10/2021`, `, ngày …`,
 * `năm 2014`), its issuer after `của` up to the clause's end, and the trích yếu (`về …`, `phê duyệt
 * …`, `ban hành …`). Each part is read a bounded distance.
 */
import { readRaw, toMention, type DateMention } from '../dates/read';
import { gapForward, isDash, isLetterAt, isUpperAt, isWordAt, type Cursor } from '../text/scanner';
import { breaksBlock, partOf, phraseAt, wordEnd } from '../text/scanner-words';
import { MULTIWORD_ISSUERS } from './tables';
import { typeWordAt } from './lead';
import type { Part } from './types';

export interface Tail {
  readonly date?: DateMention;
  readonly issuer?: Part;
  readonly summary?: Part;
  /** The date stood after a comma (`12-NQ/TU, ngày 09/6/2022`): usually the citation's, sometimes the sentence's. */
  readonly dateAfterComma?: boolean;
  /** End of the date or issuer, whichever is last (NFC index); the symbol's end when neither is there. */
  readonly end: number;
}

const MAX_ISSUER_WORDS = 16;
const MAX_SUMMARY = 400;

/** Words that end an issuer: the trích yếu or the sentence goes on from there. */
const ISSUER_STOPS: readonly (readonly string[])[] = [
  've', 'phe duyet', 'ban hanh', 'quy dinh', 'huong dan', 'sua doi', 'bo sung', 'thuc hien', 'trien khai', 'da', 'va', 'ngay',
  'nam', 'nham', 'tai', 'theo', 'trong', 'voi', 'cho', 'tu', 'den', 'la', 'thi', 'co', 'duoc', 'de', 'giai doan', 'so', 'gom',
  'nhu', 'doi voi', 'tren', 'khi', 'nay', 'se', 'deu', 'cung', 'can', 'phai', 'ma', 'hoac', 'hay', 'nen', 'sau', 'truoc', 'tiep tuc',
].map((w) => w.split(' '));

/** How a trích yếu opens (read on the lower-cased NFC copy, so `về` is not `vẽ`). */
const SUMMARY_OPENERS = ['về', 'v/v', 'phê duyệt', 'ban hành', 'quy định', 'hướng dẫn', 'sửa đổi', 'bổ sung'];

/** Phrases by their first word, longest first, so that each word is looked up once. */
function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const map = new Map<string, (readonly string[])[]>();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) map.set(p[0], [...(map.get(p[0]) ?? []), p]);
  return map;
}

const STOPS = byFirstWord(ISSUER_STOPS);
const OPENER_STOPS = byFirstWord(['ve', 'phe duyet', 'ban hanh', 'quy dinh', 'huong dan', 'sua doi'].map((w) => w.split(' ')));
const MULTIWORD = byFirstWord(MULTIWORD_ISSUERS.map((n) => n.split(' ')));

function anyPhraseAt(c: Cursor, i: number, phrases: Map<string, (readonly string[])[]>, inner = false): number {
  const candidates = phrases.get(c.folded.slice(i, wordEnd(c.folded, i, 16)));
  for (const words of candidates ?? []) {
    const end = phraseAt(c, i, words, inner);
    if (end >= 0) return end;
  }
  return -1;
}

/** A date right after the symbol: `ngày …` in any form the date reader knows, or `năm 2014`. */
function dateAt(c: Cursor, i: number): { date: DateMention; end: number; comma: boolean } | undefined {
  let k = gapForward(c.folded, i, true);
  const comma = c.folded[k] === ',';
  if (comma) k = gapForward(c.folded, k + 1);
  const raw = readRaw(c.scan.text, k);
  if (!raw || raw.lead !== k) return undefined;
  if (!(raw.kind === 'day' && raw.hadNgay) && !(raw.kind === 'year' && !raw.hadNgay)) return undefined;
  return { date: toMention(raw, c.scan), end: raw.end, comma };
}

/** Start of the issuer's name when `của` follows at i (after an optional comma). */
function issuerStartAt(c: Cursor, i: number): number {
  let k = gapForward(c.folded, i, true);
  if (c.folded[k] === ',') k = gapForward(c.folded, k + 1);
  if (c.scan.text.startsWith('của', k) && !isWordAt(c.folded, k + 3)) {
    const s = gapForward(c.folded, k + 3);
    return s > k + 3 && isLetterAt(c.folded, s) ? s : -1;
  }
  return -1;
}

/** The issuer that `của` at i introduces (`của Thủ tướng Chính phủ`) and its end, or undefined. */
export function issuerAt(c: Cursor, i: number): { issuer: Part; end: number } | undefined {
  const start = issuerStartAt(c, i);
  if (start < 0) return undefined;
  const end = issuerFrom(c, start, false);
  return end > start ? { issuer: partOf(c, start, end), end } : undefined;
}

/**
 * `và` between two bodies (`Bộ Nông nghiệp và PTNT`, `Bộ Chính trị và Ban Bí thư`) goes on; before a
 * document (`… và Kế hoạch số …`) or a lower-case word it ends the issuer.
 */
function jointBody(c: Cursor, i: number): boolean {
  if (!c.scan.text.startsWith('và', i) || isWordAt(c.folded, i + 2)) return false;
  const next = gapForward(c.folded, i + 2);
  return next > i + 2 && isUpperAt(c.cased, next) && typeWordAt(c, next) === undefined;
}

/** The end of the issuer's word or known name at i, or -1 when the issuer ends before it. */
function nameWordEnd(c: Cursor, i: number, first: boolean): number {
  const known = anyPhraseAt(c, i, MULTIWORD, true);
  if (known >= 0) return known;
  // A trích yếu may open with a capital (`của Chính phủ Quy định cơ chế …`); other stops only in lower case.
  if (!first && anyPhraseAt(c, i, isUpperAt(c.cased, i) ? OPENER_STOPS : STOPS) >= 0 && !jointBody(c, i)) return -1;
  return isWordAt(c.folded, i) ? wordEnd(c.folded, i) : -1;
}

/** After a name's word: where its next word starts (none when the name ends), and a new end when more was taken. */
interface AfterWord { readonly next?: number; readonly end?: number }

/** `(khóa XII)` belongs to a Party body; `(sau đây gọi tắt là …)` does not. */
function afterTerm(c: Cursor, open: number): AfterWord {
  const inner = gapForward(c.folded, open + 1);
  if (phraseAt(c, inner, ['khoa']) < 0) return {};
  let close = inner;
  while (close < inner + 30 && close < c.length && c.folded[close] !== ')' && c.folded[close] !== '\n') close++;
  if (c.folded[close] !== ')') return {};
  const end = close + 1;
  const after = gapForward(c.folded, end);
  return !isWordAt(c.folded, after) || after === end ? { end } : { end, next: after };
}

/** What stands after the word ending at i decides whether the name goes on. */
function afterWord(c: Cursor, i: number, joint: boolean): AfterWord {
  const gap = gapForward(c.folded, i);
  if (breaksBlock(c, i, gap)) return {};
  const ch = c.folded[gap];
  if (isWordAt(c.folded, gap)) return gap === i ? {} : { next: gap };
  if (ch === '(') return afterTerm(c, gap);
  if (isDash(ch) && gap > i) {
    // `Bộ Lao động - Thương binh và Xã hội`: a spaced dash goes on only before a capital.
    const next = gapForward(c.folded, gap + 1);
    return next > gap + 1 && isUpperAt(c.cased, next) ? { next } : {};
  }
  if (ch === ',' && joint) {
    const next = gapForward(c.folded, gap + 1);
    if (isUpperAt(c.cased, next)) return { next };
  }
  return {};
}

/** The issuer from `start` to the end of its clause. `joint`: a joint symbol lists several bodies. */
function issuerFrom(c: Cursor, start: number, joint: boolean): number {
  let end = start;
  let i = start;
  for (let words = 0; words < MAX_ISSUER_WORDS && i < c.length; words++) {
    const nameEnd = nameWordEnd(c, i, words === 0);
    if (nameEnd < 0) break;
    end = i = nameEnd;
    const after = afterWord(c, i, joint);
    if (after.end !== undefined) end = after.end;
    if (after.next === undefined) break;
    i = after.next;
  }
  return end;
}

function summaryFrom(c: Cursor, start: number): number {
  const limit = Math.min(c.length, start + MAX_SUMMARY);
  let end = start;
  let i = start;
  while (i < limit) {
    const ch = c.folded[i];
    if (ch === ';' || ch === ':' || ch === '!' || ch === '?') break;
    if (ch === '.' && (i + 1 >= c.length || /[\s.]/.test(c.folded[i + 1]))) break;
    if (ch === '\n' || ch === '\r') {
      const gap = gapForward(c.folded, i);
      if (gap === i || breaksBlock(c, i, gap)) break;
    }
    if (ch === '(' && phraseAt(c, gapForward(c.folded, i + 1), ['sau', 'day']) >= 0) break;
    if (ch === ',' && isUpperAt(c.cased, gapForward(c.folded, i + 1))) break;
    if (isWordAt(c.folded, i) || ch === ')') end = i + 1;
    i++;
  }
  return end;
}

function summaryStartAt(c: Cursor, i: number): number {
  let k = gapForward(c.folded, i);
  if (c.folded[k] === ',') k = gapForward(c.folded, k + 1);
  for (const opener of SUMMARY_OPENERS) {
    if (c.scan.text.startsWith(opener, k) && !isWordAt(c.folded, k + opener.length)) return k;
  }
  return -1;
}

/** Date, issuer and trích yếu after index i (the end of a symbol or a reference). */
export function readTail(c: Cursor, i: number, joint = false): Tail {
  let end = i;
  let date: DateMention | undefined;
  let dateAfterComma = false;
  const first = dateAt(c, end);
  if (first) { date = first.date; end = first.end; dateAfterComma = first.comma; }
  let issuer: Part | undefined;
  const issuerStart = issuerStartAt(c, end);
  if (issuerStart >= 0) {
    const issuerEnd = issuerFrom(c, issuerStart, joint);
    if (issuerEnd > issuerStart) {
      issuer = partOf(c, issuerStart, issuerEnd);
      end = issuerEnd;
      // `… của Thủ tướng Chính phủ ngày 14/10/2021`: the date may come after the issuer.
      const late = date ? undefined : dateAt(c, end);
      if (late && late.date.kind === 'day') { date = late.date; end = late.end; dateAfterComma = late.comma; }
    }
  }
  const summaryStart = summaryStartAt(c, end);
  let summary: Part | undefined;
  if (summaryStart >= 0) {
    const summaryEnd = summaryFrom(c, summaryStart);
    if (summaryEnd > summaryStart) summary = partOf(c, summaryStart, summaryEnd);
  }
  return { date, issuer, summary, end, ...(date && dateAfterComma ? { dateAfterComma } : {}) };
}


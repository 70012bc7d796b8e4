/**
 * Issuers named before a citation rather than after it: `UBND Thành phố đã ban hành Chương trình
 * hành động số 34/CTr-UBND …` (the subject issued it), `Theo đề nghị của Sở Khoa học và Công nghệ
 * tại Tờ trình số 164/TTr-SKHCN` (the body before `tại` sent it). The finder records it on the
 * citation, so that no rule reads the text before a citation again.
 */
import { asciiBefore, normalizeSlice } from '../text/normalized';
import { foldWords } from '../text/fold';
import { ISSUER_CLASSES, type IssuerClass } from './tables';
import { keepingRecent } from '../text/recent';

const BY_NAME = ISSUER_CLASSES.flatMap((cls) => cls.names.map((name) => ({ cls, words: name.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** The class of body an issuer's text opens with (`Thủ tướng Chính phủ` → TTg), if known; several rules ask for each citation. */
export const issuerClassOf = keepingRecent(readIssuerClass);

function readIssuerClass(issuer: string): IssuerClass | undefined {
  const words = foldWords(issuer);
  for (const { cls, words: name } of BY_NAME) {
    if (name.length <= words.length && name.every((w, k) => words[k] === w)) return cls;
  }
  return undefined;
}

/** How far before a citation its subject or sender is looked for. */
const WINDOW = 120;
/** `… đã ban hành`, `… vừa thông qua` right before a citation: the words before name its issuer, if any. */
const ISSUED_BY_SUBJECT = /(?:(?:đã|vừa|mới)\s+)?(?:ban hành|thông qua)\s*$/u;
/** `Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr-SKHCN`: the body before `tại` sent it. */
const SENT_BY = /(?:của|do) ([^;.]{1,80}?) tại ?$/u;

const isCapital = (text: string) => text.charAt(0) !== text.charAt(0).toLowerCase();

/** Whether the words right before `start` (an offset in `text`) name the cited document's issuer. */
export function issuerNamedBefore(text: string, start: number): boolean {
  // Both patterns end a word (`tại`, `hành`, `qua`): any other last letter rules them out at once.
  const last = asciiBefore(text, start);
  if (last !== undefined && last !== 'i' && last !== 'h' && last !== 'a') return false;
  const before = normalizeSlice(text, Math.max(0, start - WINDOW), start).text.replace(/\s+/g, ' ');
  const sender = SENT_BY.exec(before);
  // A body's name starts with a capital (Sở, Ban, Phòng …): `của mình tại …` names nobody.
  if (sender && (issuerClassOf(sender[1]) !== undefined || isCapital(sender[1]))) return true;
  const verb = ISSUED_BY_SUBJECT.exec(before);
  if (!verb) return false;
  const words = before.slice(0, verb.index).trim().split(' ').slice(-6);
  return words.some((_, k) => issuerClassOf(words.slice(k).join(' ')) !== undefined);
}

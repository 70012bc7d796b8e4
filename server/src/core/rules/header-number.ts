import type { HeaderField, PlanDocument, Profile } from '../document';
import { documentTypeCode } from '../abbreviations/common';
import { hasPlanHeader, headerAnchor } from '../header/index';
import { foldKey } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import { insertHeaderLinesEdit } from './fix-edits';
import type { Rule, RuleContext, TextEdit } from './types';

/** A run of letters or digits of the symbol, and the separator written before it. */
interface Part {
  readonly sep: string;
  readonly word: string;
  /** Normalized offsets: the separator's start and the word's end. */
  readonly sepStart: number;
  readonly end: number;
}

interface NumberLine {
  /** `Số` as written, and where the text after it (colon, number) starts. */
  readonly label: string;
  readonly colon: string;
  readonly digits: string;
  readonly digitsStart: number;
  readonly parts: Part[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Reads `Số: 52/KH-UBND`, `Số 201-KH/TU`, `Số:     /KH-UBND`, `Số: 52 / kh - ubnd` on an NFC copy. */
function parseNumberLine(s: string): NumberLine | undefined {
  const head = /^(Số)[ \t]*([:：.]?)/iu.exec(s);
  if (!head) return undefined;
  let i = head[0].length;
  // `Số:` and its number may sit in separate cells or lines of a pasted header.
  while (i < s.length && /[\s|*>]/.test(s[i])) i++;
  const digitsStart = i;
  while (i < s.length && /\d/.test(s[i])) i++;
  const digits = s.slice(digitsStart, i);
  if (!digits) while (i < s.length && /[\s.…_]/.test(s[i])) i++;
  const parts: Part[] = [];
  while (i < s.length) {
    const sepStart = i;
    while (i < s.length && !LETTER_OR_DIGIT.test(s[i])) i++;
    const wordStart = i;
    while (i < s.length && LETTER_OR_DIGIT.test(s[i])) i++;
    if (wordStart === i) break;
    const sep = s.slice(sepStart, wordStart);
    // The place-date line pasted onto the same line (`… /KH-UBND Lạng Sơn, ngày …`) is not the symbol.
    if (/[\s,]/.test(sep) && /^\p{Lu}\p{Ll}+$/u.test(s.slice(wordStart, i).normalize('NFC'))) break;
    parts.push({ sep: s.slice(sepStart, wordStart), word: s.slice(wordStart, i), sepStart, end: i });
  }
  return { label: head[1], colon: head[2], digits, digitsStart, parts };
}

/** The symbol after the number in the profile's style: `/KH-UBND` (state) or `-KH/TU` (Party). */
function canonicalSymbol(parts: readonly Part[], profile: Profile, type: string): string {
  const words = parts.map((p, i) => (i === 0 ? type : upperIfLower(p.word)));
  const [first, second, ...rest] = words;
  const body = [second, ...rest].join('-');
  return profile === 'party' ? `-${first}/${body}` : `/${first}-${body}`;
}

function upperIfLower(word: string): string {
  return word === word.toLowerCase() ? word.toUpperCase() : word;
}

/** Whether this part of the text is an attached plan or not a plan, where the number is another document's. */
function numberBelongsToPlan(doc: PlanDocument): boolean {
  return doc.header.title !== undefined && doc.header.attachedTo === undefined;
}

type Reason = 'word' | 'colon' | 'partyColon' | 'pad' | 'incomplete' | 'notKh' | 'noKh' | 'upper' | 'spaces' | 'noNumber' | 'stateStyle' | 'partyStyle';

/** Edits in the normalized copy's offsets, mapped back to the original when reported. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BLANK_NUMBER = '     ';

function checkLine(doc: PlanDocument, field: HeaderField, ctx: RuleContext): void {
  const norm = normalizeSlice(doc.text, field.start, field.end);
  const line = parseNumberLine(norm.text);
  if (!line) return;
  const party = ctx.profile === 'party';
  const reasons = new Set<Reason>();
  const edits: Edit[] = [];
  let fixable = true;
  let typeWritten = '';
  const labelEnd = line.label.length;

  if (line.label !== 'Số') {
    reasons.add('word');
    edits.push({ start: 0, end: labelEnd, text: 'Số' });
  }
  if (party && line.colon === ':') {
    // Hướng dẫn 36-HD/VPTW writes `Số 127-QĐ/TW`: a colon is a small deviation (information on its own).
    reasons.add('partyColon');
    const colonAt = norm.text.indexOf(':', labelEnd);
    const spaced = /\s/.test(norm.text.charAt(colonAt + 1));
    edits.push({ start: colonAt, end: colonAt + 1, text: spaced ? '' : ' ' });
  }
  if (!party && line.colon !== ':') {
    reasons.add('colon');
    const colonAt = norm.text.indexOf(line.colon, labelEnd);
    edits.push(line.colon ? { start: colonAt, end: colonAt + 1, text: ':' } : { start: labelEnd, end: labelEnd, text: ':' });
  }
  if (!party && line.digits.length === 1 && line.digits !== '0') {
    reasons.add('pad');
    edits.push({ start: line.digitsStart, end: line.digitsStart + 1, text: '0' + line.digits });
  }

  const parts = line.parts;
  // `52/2023/KH-UBND` puts a year in the symbol: not a Kế hoạch's form, but not one to rewrite blindly.
  if (parts.some((p) => /^\d{4}$/.test(p.word))) return;
  if (parts.length < 2) {
    reasons.add('incomplete');
    fixable = false;
  } else {
    typeWritten = parts[0].word;
    const known = documentTypeCode(typeWritten);
    let type = known ?? upperIfLower(typeWritten);
    // `KHLT` (kế hoạch liên tịch) and `KHPH` (kế hoạch phối hợp) are plans too.
    const isPlan = typeWritten.toUpperCase().startsWith('KH');
    if (!isPlan && numberBelongsToPlan(doc)) {
      if (known) {
        reasons.add('notKh');
        type = 'KH';
      } else {
        reasons.add('noKh');
        fixable = false;
      }
    }
    const want = canonicalSymbol(parts, ctx.profile, type);
    const start = parts[0].sepStart;
    const end = parts[parts.length - 1].end;
    if (norm.text.slice(start, end) !== want) {
      const seps = parts.map((p) => p.sep.trim());
      const stateLike = seps[0] === '/' && seps.slice(1).every((x) => x === '-' || x === '–');
      const partyLike = (seps[0] === '-' || seps[0] === '–') && seps[1] === '/' && seps.slice(2).every((x) => x === '-');
      const noNumber = !line.digits && seps[0] === '';
      if (noNumber) reasons.add('noNumber');
      else if (party ? !partyLike : !stateLike) reasons.add(party ? 'partyStyle' : 'stateStyle');
      if (parts.some((p) => /\s/.test(p.sep))) reasons.add('spaces');
      if ((isPlan && type !== typeWritten) || parts.slice(1).some((p) => p.word !== upperIfLower(p.word))) reasons.add('upper');
      edits.push({ start, end, text: (noNumber ? BLANK_NUMBER : '') + want });
    }
  }
  if (reasons.size === 0) return;
  const written = oneLine(field.text);
  const because = [...reasons].map((r) => ctx.t(r, { number: line.digits, type: typeWritten })).join('; ');
  if (!fixable || edits.length === 0) {
    ctx.report({ message: ctx.t('malformed', { written, reasons: because }), start: field.start, end: field.end });
    return;
  }
  const suggestion = oneLine(applyTo(norm.text, edits));
  const original = edits.map((e) => ({ start: norm.toOriginal(e.start), end: norm.toOriginal(e.end), text: e.text }));
  ctx.report({
    message: ctx.t('malformedFix', { written, reasons: because, suggestion }),
    start: field.start, end: field.end,
    severity: reasons.size === 1 && reasons.has('partyColon') ? 'information' : undefined,
    fix: { title: ctx.t('fixTitle', { text: suggestion }), edits: original },
  });
}

function applyTo(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The field as one line: the cells or lines of a pasted header joined by one space. */
function oneLine(text: string): string {
  return text.split(/[\r\n|*>]/).map((part) => part.trim()).filter((part) => part !== '').join(' ');
}

/** The body code of a number line, when the issuer's name says it plainly. */
function bodyCode(doc: PlanDocument, profile: Profile): string | undefined {
  const keys = doc.header.issuer.map((f) => foldKey(f.text));
  if (profile === 'party') {
    const last = keys[keys.length - 1] ?? '';
    const codes: Record<string, string> = { 'tinh uy': 'TU', 'huyen uy': 'HU', 'quan uy': 'QU' };
    return codes[last] ?? (last.startsWith('dang uy') ? 'ĐU' : undefined);
  }
  const place = /^(?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran) /;
  const named = (start: string) => keys.some((k) => k.startsWith(start)) && keys.every((k) => k.startsWith(start) || place.test(k));
  if (named('uy ban nhan dan')) return 'UBND';
  if (named('hoi dong nhan dan')) return 'HĐND';
  return undefined;
}

function checkMissing(doc: PlanDocument, ctx: RuleContext): void {
  const h = doc.header;
  const code = bodyCode(doc, ctx.profile);
  const blank = ctx.profile === 'party' ? `Số     -KH/${code ?? '…'}` : `Số:     /KH-${code ?? '…'}`;
  const anchorLine = (h.placeDate ?? h.title)?.line;
  let fix: { title: string; edits: TextEdit[] } | undefined;
  const edit = code && anchorLine !== undefined && !doc.lines[anchorLine].text.includes('|')
    ? insertHeaderLinesEdit(doc, anchorLine, [blank], (h) => h.number !== undefined) : undefined;
  if (edit) fix = { title: ctx.t('insertFix', { text: blank }), edits: [edit] };
  const where = headerAnchor(h)!;
  ctx.report({ message: ctx.t('missing', { example: blank }), start: where.start, end: where.end, fix });
}

export const headerNumber: Rule = {
  id: 'header-number',
  description: {
    vi: 'Dòng số, ký hiệu (“Số: 52/KH-UBND”, văn bản của Đảng “Số 201-KH/TU”) bị thiếu, sai thể thức hoặc không phải ký hiệu Kế hoạch.',
    en: 'The number line (“Số: 52/KH-UBND”, Party “Số 201-KH/TU”) is missing, malformed, of the other style or not a Kế hoạch symbol.',
  },
  messages: {
    missing: { vi: 'Kế hoạch thiếu dòng số, ký hiệu (ví dụ “{example}”).', en: 'The plan lacks its number line (e.g. “{example}”).' },
    malformed: { vi: 'Dòng số, ký hiệu “{written}” chưa đúng: {reasons}.', en: 'The number line “{written}” is not right: {reasons}.' },
    malformedFix: {
      vi: 'Dòng số, ký hiệu “{written}” chưa đúng: {reasons}. Nên ghi: “{suggestion}”.',
      en: 'The number line “{written}” is not right: {reasons}. Write: “{suggestion}”.',
    },
    word: { vi: 'từ “Số” viết chữ in thường (“Số”)', en: 'the word “Số” is written in lower case (“Số”)' },
    colon: { vi: 'sau từ “Số” có dấu hai chấm', en: 'a colon follows the word “Số”' },
    partyColon: { vi: 'văn bản của Đảng ghi “Số” không có dấu hai chấm', en: 'a Party document writes “Số” without a colon' },
    pad: { vi: 'số nhỏ hơn 10 phải ghi thêm số 0 phía trước (“0{number}”)', en: 'a number below 10 takes a leading zero (“0{number}”)' },
    incomplete: { vi: 'thiếu chữ viết tắt tên loại văn bản hoặc tên cơ quan ban hành', en: 'the abbreviation of the document type or of the issuing body is missing' },
    notKh: { vi: 'ký hiệu tên loại là “{type}”, không phải “KH” (Kế hoạch)', en: 'the type in the symbol is “{type}”, not “KH” (Kế hoạch)' },
    noKh: { vi: 'ký hiệu không có chữ viết tắt tên loại “KH” (Kế hoạch)', en: 'the symbol lacks the type abbreviation “KH” (Kế hoạch)' },
    upper: { vi: 'ký hiệu viết chữ in hoa', en: 'the symbol is written in capitals' },
    spaces: { vi: 'giữa số và ký hiệu, giữa các nhóm chữ viết tắt không có dấu cách', en: 'no spaces between the number and the symbol or between its groups' },
    stateStyle: {
      vi: 'văn bản nhà nước có dấu gạch chéo (/) giữa số và ký hiệu, dấu gạch nối (-) giữa các nhóm chữ (“52/KH-UBND”)',
      en: 'a state document has a slash (/) between the number and the symbol and hyphens (-) between its groups (“52/KH-UBND”)',
    },
    partyStyle: {
      vi: 'văn bản của Đảng có dấu gạch nối (-) giữa số và tên loại, dấu gạch chéo (/) trước tên cơ quan ban hành (“201-KH/TU”)',
      en: 'a Party document has a hyphen (-) between the number and the type and a slash (/) before the issuing body (“201-KH/TU”)',
    },
    noNumber: { vi: 'thiếu số và dấu phân cách trước ký hiệu (để trống số nếu chưa đăng ký)', en: 'the number and its separator before the symbol are missing (leave the number blank until registration)' },
    fixTitle: { vi: 'Sửa thành “{text}”', en: 'Change to “{text}”' },
    insertFix: { vi: 'Thêm “{text}”', en: 'Insert “{text}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3 (Party: Hướng dẫn 36-HD/VPTW, Mục II, khoản 1, điểm 1.3)', since: '2020-03-05' },
  check(doc, ctx) {
    const h = doc.header;
    if (!hasPlanHeader(h)) return;
    const field = h.number ?? h.numberLike;
    if (field) checkLine(doc, field, ctx);
    else if (numberBelongsToPlan(doc)) checkMissing(doc, ctx);
  },
};

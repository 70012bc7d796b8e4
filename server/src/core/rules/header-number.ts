import type { NumberField, NumberFields, PlanDocument, Profile } from '../document';
import { documentTypeCode } from '../abbreviations/common';
import type { SymbolPart } from '../header/index';
import { hasPlanHeader, headerAnchor } from '../header/index';
import { oneLine } from '../header/number';
import { applyEdits } from '../text/edits';
import { foldKey } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import { insertHeaderLinesEdit } from './fix-edits';
import type { Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

/** The number line's style: the state's, or the Party's, which the Đoàn's numbers share (`225-KH/TWĐTN-CTTN`). */
const hyphenFirst = (profile: Profile) => profile === 'party' || profile === 'doan';

/** The symbol after the number in the profile's style: `/KH-UBND` (state) or `-KH/TU` (Party, Đoàn). */
function canonicalSymbol(parts: readonly SymbolPart[], profile: Profile, type: string): string {
  const words = parts.map((p, i) => (i === 0 ? type : upperIfLower(p.word)));
  const [first, second, ...rest] = words;
  const body = [second, ...rest].join('-');
  return hyphenFirst(profile) ? `-${first}/${body}` : `/${first}-${body}`;
}

/**
 * Spaces around the hyphen after the number, which the Đoàn's own documents write (`Số: 225 - KH/TWĐTN-CTTN`,
 * `Số: 367 - QĐ/TWĐTN-VP`) beside `Số: 29-HD/TWĐTN-VP`: either is left as written.
 */
function toleratedFirstSep(line: NumberFields, profile: Profile): string | undefined {
  const sep = line.parts[0]?.sep;
  return profile === 'doan' && line.digits !== '' && sep !== undefined && sep.trim() === '-' ? sep : undefined;
}

function upperIfLower(word: string): string {
  return word === word.toLowerCase() ? word.toUpperCase() : word;
}

/** Whether this part of the text is an attached plan or not a plan, where the number is another document's. */
function numberBelongsToPlan(doc: PlanDocument): boolean {
  return doc.header.title !== undefined && doc.header.attachedTo === undefined;
}

type Reason = 'word' | 'colon' | 'partyColon' | 'doanColon' | 'pad' | 'incomplete' | 'notKh' | 'noKh' | 'upper' | 'spaces' | 'noNumber' | 'stateStyle' | 'partyStyle' | 'doanStyle';

/** What is wrong with a number line, and the edits (in the original) that set it right. */
interface Diagnosis {
  readonly reasons: Set<Reason>;
  readonly edits: TextEdit[];
  fixable: boolean;
  typeWritten: string;
}

const BLANK_NUMBER = '     ';

/** `Số` with its capital, the colon of the profile (state and Đoàn `Số:`, Party `Số`), a padded number (state). */
function diagnoseLabel(line: NumberFields, profile: Profile, out: Diagnosis): void {
  const { label, colon } = line;
  const party = profile === 'party';
  if (label.text !== 'Số') {
    out.reasons.add('word');
    out.edits.push({ start: label.start, end: label.end, text: 'Số' });
  }
  if (party && colon?.text === ':') {
    // Hướng dẫn 36-HD/VPTW writes `Số 127-QĐ/TW`: a colon is a small deviation (information on its own).
    out.reasons.add('partyColon');
    out.edits.push({ start: colon.start, end: colon.end, text: line.spaceAfterColon ? '' : ' ' });
  }
  if (!party && colon?.text !== ':') {
    // The Đoàn's documents write `Số:` (29-HD/TWĐTN-VP's own number); no rule text was read: information.
    out.reasons.add(profile === 'doan' ? 'doanColon' : 'colon');
    out.edits.push(colon ? { start: colon.start, end: colon.end, text: ':' } : { start: label.end, end: label.end, text: ':' });
  }
  // Padding is the decree's (mục II.3); the Party's and the Đoàn's numbers were not seen padded.
  if (profile === 'state' && line.digits.length === 1 && line.digits !== '0') {
    out.reasons.add('pad');
    out.edits.push({ start: line.digitsStart, end: line.digitsStart + 1, text: '0' + line.digits });
  }
}

/** Why the written symbol differs from the canonical one: no number, the other style, spaces, case. */
function symbolReasons(line: NumberFields, profile: Profile, isPlan: boolean, type: string, out: Diagnosis): boolean {
  const parts = line.parts;
  const party = hyphenFirst(profile);
  const tolerated = toleratedFirstSep(line, profile) !== undefined;
  const seps = parts.map((p) => p.sep.trim());
  const stateLike = seps[0] === '/' && seps.slice(1).every((x) => x === '-' || x === '–');
  const partyLike = (seps[0] === '-' || seps[0] === '–') && seps[1] === '/' && seps.slice(2).every((x) => x === '-');
  const noNumber = !line.digits && seps[0] === '';
  if (noNumber) out.reasons.add('noNumber');
  else if (party ? !partyLike : !stateLike) out.reasons.add(profile === 'doan' ? 'doanStyle' : party ? 'partyStyle' : 'stateStyle');
  if (parts.some((p, i) => p.spaced && !(i === 0 && tolerated))) out.reasons.add('spaces');
  if ((isPlan && type !== out.typeWritten) || parts.slice(1).some((p) => p.word !== upperIfLower(p.word))) out.reasons.add('upper');
  return noNumber;
}

/** The symbol: a type `KH` (the number of a plan), groups in the profile's style, in capitals. */
function diagnoseSymbol(doc: PlanDocument, line: NumberFields, profile: Profile, out: Diagnosis): void {
  const parts = line.parts;
  if (parts.length < 2) {
    out.reasons.add('incomplete');
    out.fixable = false;
    return;
  }
  out.typeWritten = parts[0].word;
  const known = documentTypeCode(out.typeWritten);
  let type = known ?? upperIfLower(out.typeWritten);
  // `KHLT` (kế hoạch liên tịch) and `KHPH` (kế hoạch phối hợp) are plans too.
  const isPlan = out.typeWritten.toUpperCase().startsWith('KH');
  if (!isPlan && numberBelongsToPlan(doc)) {
    if (known) out.reasons.add('notKh');
    else {
      out.reasons.add('noKh');
      out.fixable = false;
    }
    if (known) type = 'KH';
  }
  const kept = toleratedFirstSep(line, profile);
  const want = kept === undefined ? canonicalSymbol(parts, profile, type) : kept + canonicalSymbol(parts, profile, type).slice(1);
  if (parts.map((p) => p.sep + p.word).join('') === want) return;
  const noNumber = symbolReasons(line, profile, isPlan, type, out);
  out.edits.push({ start: parts[0].sepStart, end: parts[parts.length - 1].end, text: (noNumber ? BLANK_NUMBER : '') + want });
}

function diagnose(doc: PlanDocument, line: NumberFields, profile: Profile): Diagnosis | undefined {
  const out: Diagnosis = { reasons: new Set(), edits: [], fixable: true, typeWritten: '' };
  diagnoseLabel(line, profile, out);
  // `52/2023/KH-UBND` puts a year in the symbol: not a Kế hoạch's form, but not one to rewrite blindly.
  if (line.yearInSymbol) return undefined;
  diagnoseSymbol(doc, line, profile, out);
  return out.reasons.size === 0 ? undefined : out;
}

function checkLine(doc: PlanDocument, field: NumberField, ctx: RuleContext): void {
  const line = field.parsed;
  const found = line && diagnose(doc, line, ctx.profile);
  if (!line || !found) return;
  const written = line.written;
  const because = [...found.reasons].map((r) => ctx.t(r, { number: line.digits, type: found.typeWritten })).join('; ');
  if (!found.fixable || found.edits.length === 0) {
    ctx.report({ message: ctx.t('malformed', { written, reasons: because }), start: field.start, end: field.end });
    return;
  }
  const local = found.edits.map((e) => ({ ...e, start: e.start - field.start, end: e.end - field.start }));
  const fixed = applyEdits(doc.text.slice(field.start, field.end), local);
  const suggestion = oneLine(normalizeSlice(fixed, 0, fixed.length).text);
  ctx.report({
    message: ctx.t('malformedFix', { written, reasons: because, suggestion }),
    start: field.start, end: field.end,
    severity: found.reasons.size === 1 && (found.reasons.has('partyColon') || found.reasons.has('doanColon')) ? 'information' : undefined,
    fix: { title: ctx.t('fixTitle', { text: suggestion }), edits: found.edits },
  });
}


/** The words that open a place's name in an issuer line (`tỉnh Lạng Sơn` under `ỦY BAN NHÂN DÂN`). */
const PLACE_WORDS = ['tinh ', 'huyen ', 'quan ', 'thi xa ', 'thanh pho ', 'xa ', 'phuong ', 'thi tran '];

/** The body code of a number line, when the issuer's name says it plainly. */
function bodyCode(doc: PlanDocument, profile: Profile): string | undefined {
  const keys = doc.header.issuer.map((f) => foldKey(f.text));
  // Trung ương Đoàn writes `TWĐTN` (its documents); a province's or a school's code was not confirmed.
  if (profile === 'doan') return keys[keys.length - 1] === 'ban chap hanh trung uong' ? 'TWĐTN' : undefined;
  if (profile === 'party') {
    const last = keys[keys.length - 1] ?? '';
    const codes: Record<string, string> = { 'tinh uy': 'TU', 'huyen uy': 'HU', 'quan uy': 'QU' };
    return codes[last] ?? (last.startsWith('dang uy') ? 'ĐU' : undefined);
  }
  const named = (start: string) => keys.some((k) => k.startsWith(start)) && keys.every((k) => k.startsWith(start) || PLACE_WORDS.some((w) => k.startsWith(w)));
  if (named('uy ban nhan dan')) return 'UBND';
  if (named('hoi dong nhan dan')) return 'HĐND';
  return undefined;
}

function checkMissing(doc: PlanDocument, ctx: RuleContext): void {
  const h = doc.header;
  const code = bodyCode(doc, ctx.profile);
  const blank = ctx.profile === 'party' ? `Số     -KH/${code ?? '…'}` : ctx.profile === 'doan' ? `Số:     -KH/${code ?? '…'}` : `Số:     /KH-${code ?? '…'}`;
  const anchorLine = (h.placeDate ?? h.title)?.line;
  let fix: { title: string; edits: TextEdit[] } | undefined;
  const edit = code && anchorLine !== undefined && !doc.lines[anchorLine].text.includes('|')
    ? insertHeaderLinesEdit(doc, anchorLine, [blank], (h) => h.number !== undefined) : undefined;
  if (edit) fix = { title: ctx.t('insertFix', { text: blank }), edits: [edit] };
  const where = headerAnchor(h)!;
  ctx.report({ message: ctx.t('missing', { example: blank }), start: where.start, end: where.end, fix });
}

export const headerNumber: Rule = defineRule({
  id: 'header-number',
  description: {
    vi: 'Dòng số, ký hiệu (“Số: 52/KH-UBND”, văn bản của Đảng “Số 201-KH/TU”, của Đoàn “Số: 225-KH/TWĐTN-CTTN”) bị thiếu, sai thể thức hoặc không phải ký hiệu Kế hoạch.',
    en: 'The number line (“Số: 52/KH-UBND”, Party “Số 201-KH/TU”, Đoàn “Số: 225-KH/TWĐTN-CTTN”) is missing, malformed, of the other style or not a Kế hoạch symbol.',
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
    doanColon: { vi: 'văn bản của Đoàn ghi “Số:” có dấu hai chấm', en: 'a Đoàn document writes “Số:” with a colon' },
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
    doanStyle: {
      vi: 'văn bản của Đoàn có dấu gạch nối (-) giữa số và tên loại, dấu gạch chéo (/) trước tên cấp bộ đoàn ban hành (“225-KH/TWĐTN-CTTN”)',
      en: 'a Đoàn document has a hyphen (-) between the number and the type and a slash (/) before the issuing committee (“225-KH/TWĐTN-CTTN”)',
    },
    noNumber: { vi: 'thiếu số và dấu phân cách trước ký hiệu (để trống số nếu chưa đăng ký)', en: 'the number and its separator before the symbol are missing (leave the number blank until registration)' },
    fixTitle: { vi: 'Sửa thành “{text}”', en: 'Change to “{text}”' },
    insertFix: { vi: 'Thêm “{text}”', en: 'Insert “{text}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3 (Party: Hướng dẫn 36-HD/VPTW, Mục II, khoản 1, điểm 1.3; '
      + 'Đoàn: Hướng dẫn 29-HD/TWĐTN-VP, số và ký hiệu văn bản)',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    const h = doc.header;
    if (!hasPlanHeader(h)) return;
    const field = h.number ?? h.numberLike;
    if (field) checkLine(doc, field, ctx);
    else if (numberBelongsToPlan(doc)) checkMissing(doc, ctx);
  },
});

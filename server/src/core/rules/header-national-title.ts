import type { HeaderField, PlanDocument } from '../document';
import { hasPlanHeader, headerAnchor, type PlanHeader, type TitleField, type TitleWord } from '../header/index';
import { foldKey, foldWords, stripTones, toneMarksOf } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import { breakOf, headerReadsAfter, insertHeaderLinesEdit, lineStart } from './fix-edits';
import type { Fix, Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';
/** The Đoàn's heading as Hướng dẫn 29-HD/TWĐTN-VP and its documents write it (the name in full is read as it too). */
export const DOAN_TITLE = 'ĐOÀN TNCS HỒ CHÍ MINH';
const DOAN_FULL_NAME = 'ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH';

/**
 * A syllable as its letters and its tone. Where the tone mark sits (`HOÀ`/`HÒA`, `Uỷ`/`Ủy`) is
 * left out: both placements are correct.
 */
function syllable(word: string): { letters: string; tone: string } {
  return { letters: stripTones(word), tone: toneMarksOf(word) };
}

type Verdict = 'ok' | 'case' | 'spelling';

function judge(written: string, want: string): Verdict {
  const a = syllable(written);
  const b = syllable(want);
  if (a.tone !== b.tone || a.letters.toLowerCase() !== b.letters.toLowerCase()) return 'spelling';
  return a.letters === b.letters ? 'ok' : 'case';
}

interface Problem {
  /** The range shown in the message and the finding. */
  readonly start: number;
  readonly end: number;
  readonly edits: TextEdit[];
}

const DASHES = new Set(['-', '–', '—', '‐', '−']);

/** Whether the text between two words is only spaces and dashes (`Độc lập - Tự do`). */
function onlySpacesAndDashes(gap: string): boolean {
  return [...gap].every((c) => DASHES.has(c) || c.trim() === '');
}

/** Edit distance between two short strings (a field of a few words): how many letters differ. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * Whether the words are the field's own words misspelled, so that rewriting them all loses nothing:
 * only spaces and dashes between them, about as many letters as the canonical text and at most one
 * in five of them wrong. `Độc lập - Tự do - ngày 08 tháng 07 năm 2009` holds a date: it is not.
 */
function onlyItsWords(words: readonly TitleWord[], canonical: string): boolean {
  if (words.some((w, i) => i > 0 && !onlySpacesAndDashes(w.gapBefore))) return false;
  const letters = (s: string) => foldWords(s).join('');
  const written = letters(words.map((w) => w.text).join(' '));
  const want = letters(canonical);
  return written.length <= want.length * 2 && distance(written, want) <= Math.floor(want.length / 5);
}

/**
 * Compares the words of `field` with `canonical`. Returns undefined when they are right, else the
 * edits that make them right: one per wrong word, or the whole field when the words do not line up.
 */
function compare(field: TitleField, canonical: string, dashesBetween: readonly number[] = []): Problem | undefined {
  const want = canonical.split(/[\s-]+/);
  const words = field.words;
  const wantKey = foldKey(canonical);
  let at = -1;
  for (let i = 0; i + want.length <= words.length && at < 0; i++) {
    if (foldKey(words.slice(i, i + want.length).map((w) => w.text).join(' ')) === wantKey) at = i;
  }
  if (at < 0) {
    if (words.length === 0) return undefined;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    return { start, end, edits: onlyItsWords(words, canonical) ? [{ start, end, text: canonical }] : [] };
  }
  const span = words.slice(at, at + want.length);
  const edits: TextEdit[] = [];
  span.forEach((w, i) => {
    if (judge(w.text, want[i]) !== 'ok') edits.push({ start: w.start, end: w.end, text: want[i] });
  });
  for (const i of dashesBetween) {
    if (![...span[i + 1].gapBefore].some((c) => DASHES.has(c))) edits.push({ start: span[i].end, end: span[i + 1].start, text: ' - ' });
  }
  if (edits.length === 0) return undefined;
  return { start: span[0].start, end: span[span.length - 1].end, edits: edits.sort((a, b) => a.start - b.start) };
}

/** Lines inserted into the header keep the header's layout; a header laid out as a table is left alone. */
function insertBefore(doc: PlanDocument, line: number, text: string, reads: (h: PlanHeader) => boolean): TextEdit | undefined {
  if (doc.lines[line]?.text.includes('|')) return undefined;
  return insertHeaderLinesEdit(doc, line, [text], reads);
}

/** `edit` when the header reads it as meant (see {@link headerReadsAfter}). */
function readEdit(doc: PlanDocument, edit: TextEdit | undefined, reads: (h: PlanHeader) => boolean): TextEdit | undefined {
  return edit && headerReadsAfter(doc, edit, reads) ? edit : undefined;
}

const hasStateTitle = (h: PlanHeader) => h.nationalTitle !== undefined && h.motto !== undefined;

function insertionLine(doc: PlanDocument): number | undefined {
  const h = doc.header;
  const anchor = h.placeDate ?? h.title;
  if (anchor) return anchor.line;
  const last = [...h.issuer, h.number, h.numberLike].filter((f): f is HeaderField => f !== undefined).pop();
  return last ? last.line + 1 : undefined;
}

function report(ctx: RuleContext, where: { start: number; end: number }, message: string, fixTitle: string, edits: (TextEdit | undefined)[]): void {
  const valid = edits.filter((e): e is TextEdit => e !== undefined);
  const fix: Fix | undefined = valid.length === edits.length && valid.length > 0 ? { title: fixTitle, edits: valid } : undefined;
  ctx.report({ message, start: where.start, end: where.end, fix });
}

function checkState(doc: PlanDocument, ctx: RuleContext): void {
  const h = doc.header;
  const eol = breakOf(doc);
  const anchor = headerAnchor(h)!;
  if (!h.nationalTitle && !h.motto) {
    const line = insertionLine(doc);
    const edit = line === undefined ? undefined : insertBefore(doc, line, `${NATIONAL_TITLE}${eol}${MOTTO}`, hasStateTitle);
    report(ctx, anchor, ctx.t('missingBoth', { title: NATIONAL_TITLE, motto: MOTTO }), ctx.t('insertFix', { text: `${NATIONAL_TITLE} / ${MOTTO}` }), [edit]);
    return;
  }
  if (h.nationalTitle) {
    const p = compare(h.nationalTitle, NATIONAL_TITLE);
    if (p) report(ctx, p, ctx.t('misspelledTitle', { written: slice(doc, p), title: NATIONAL_TITLE }), ctx.t('replaceFix', { text: NATIONAL_TITLE }), p.edits);
  } else {
    const m = h.motto!;
    const edit = m.line === doc.lines.length || doc.lines[m.line].text.includes('|') ? undefined
      : readEdit(doc, { start: lineStart(doc, m.line), end: lineStart(doc, m.line), text: NATIONAL_TITLE + eol }, hasStateTitle);
    report(ctx, m, ctx.t('missingTitle', { title: NATIONAL_TITLE }), ctx.t('insertFix', { text: NATIONAL_TITLE }), [edit]);
  }
  // The Tiêu ngữ may share the Quốc hiệu's line or cell when pasted.
  const mottoField = h.motto ?? (h.nationalTitle && foldKey(h.nationalTitle.text).includes('doc lap') ? h.nationalTitle : undefined);
  if (mottoField) {
    const p = compare(mottoField, MOTTO, [1, 3]);
    if (p) report(ctx, p, ctx.t('misspelledMotto', { written: slice(doc, p), motto: MOTTO }), ctx.t('replaceFix', { text: MOTTO }), p.edits);
  } else {
    const t = h.nationalTitle!;
    const line = doc.lines[t.line];
    const edit = line.text.includes('|') ? undefined : readEdit(doc, { start: line.end, end: line.end, text: eol + MOTTO }, hasStateTitle);
    report(ctx, t, ctx.t('missingMotto', { motto: MOTTO }), ctx.t('insertFix', { text: MOTTO }), [edit]);
  }
}

function checkParty(doc: PlanDocument, ctx: RuleContext): void {
  const h = doc.header;
  if (h.partyTitle) {
    const p = compare(h.partyTitle, PARTY_TITLE);
    if (p) report(ctx, p, ctx.t('misspelledParty', { written: slice(doc, p), title: PARTY_TITLE }), ctx.t('replaceFix', { text: PARTY_TITLE }), p.edits);
    return;
  }
  const line = insertionLine(doc);
  const edit = line === undefined ? undefined : insertBefore(doc, line, PARTY_TITLE, (h) => h.partyTitle !== undefined);
  report(ctx, headerAnchor(h)!, ctx.t('missingParty', { title: PARTY_TITLE }), ctx.t('insertFix', { text: PARTY_TITLE }), [edit]);
}

/**
 * A Đoàn plan: its heading present and spelled right; no Quốc hiệu, Tiêu ngữ or Party title is asked
 * for. Where the heading goes is not checked: the 2013 guidance's own words on it were not read.
 */
function checkDoan(doc: PlanDocument, ctx: RuleContext): void {
  const h = doc.header;
  if (h.doanTitle) {
    const full = foldKey(h.doanTitle.text) === foldKey(DOAN_FULL_NAME);
    const p = compare(h.doanTitle, full ? DOAN_FULL_NAME : DOAN_TITLE);
    if (p) report(ctx, p, ctx.t('misspelledDoan', { written: slice(doc, p), title: DOAN_TITLE }), ctx.t('replaceFix', { text: full ? DOAN_FULL_NAME : DOAN_TITLE }), p.edits);
    return;
  }
  const line = insertionLine(doc);
  const edit = line === undefined ? undefined : insertBefore(doc, line, DOAN_TITLE, (h) => h.doanTitle !== undefined);
  report(ctx, headerAnchor(h)!, ctx.t('missingDoan', { title: DOAN_TITLE }), ctx.t('insertFix', { text: DOAN_TITLE }), [edit]);
}

function slice(doc: PlanDocument, range: { start: number; end: number }): string {
  return normalizeSlice(doc.text, range.start, range.end).text;
}

export const headerNationalTitle: Rule = defineRule({
  id: 'header-national-title',
  description: {
    vi: 'Quốc hiệu, Tiêu ngữ (văn bản nhà nước), tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản của Đảng) hoặc “ĐOÀN TNCS HỒ CHÍ MINH” (văn bản của Đoàn) bị thiếu hoặc viết sai.',
    en: 'The Quốc hiệu and Tiêu ngữ (state documents), the title “ĐẢNG CỘNG SẢN VIỆT NAM” (Party documents) or “ĐOÀN TNCS HỒ CHÍ MINH” (Đoàn documents) is missing or misspelled.',
  },
  messages: {
    missingBoth: {
      vi: 'Kế hoạch thiếu Quốc hiệu và Tiêu ngữ: “{title}” và “{motto}” ở phía trên, bên phải trang đầu.',
      en: 'The plan lacks the Quốc hiệu and Tiêu ngữ: “{title}” and “{motto}” at the top right of the first page.',
    },
    missingTitle: { vi: 'Thiếu Quốc hiệu “{title}” phía trên Tiêu ngữ.', en: 'The Quốc hiệu “{title}” is missing above the Tiêu ngữ.' },
    missingMotto: { vi: 'Thiếu Tiêu ngữ “{motto}” dưới Quốc hiệu.', en: 'The Tiêu ngữ “{motto}” is missing under the Quốc hiệu.' },
    misspelledTitle: { vi: 'Quốc hiệu viết chưa đúng: “{written}”; phải là “{title}” (chữ in hoa).', en: 'The Quốc hiệu is misspelled: “{written}”; it is “{title}” (in capitals).' },
    misspelledMotto: {
      vi: 'Tiêu ngữ viết chưa đúng: “{written}”; phải là “{motto}” (viết hoa chữ cái đầu mỗi cụm từ, giữa các cụm từ có gạch nối).',
      en: 'The Tiêu ngữ is misspelled: “{written}”; it is “{motto}” (each phrase capitalized, hyphens between the phrases).',
    },
    missingParty: {
      vi: 'Văn bản của Đảng thiếu tiêu đề “{title}” ở góc phải, dòng đầu trang đầu.',
      en: 'The Party document lacks the title “{title}” at the top right of the first page.',
    },
    misspelledParty: { vi: 'Tiêu đề viết chưa đúng: “{written}”; phải là “{title}”.', en: 'The title is misspelled: “{written}”; it is “{title}”.' },
    missingDoan: {
      vi: 'Văn bản của Đoàn thiếu tiêu đề “{title}” (thành phần thể thức bắt buộc theo Hướng dẫn 29-HD/TWĐTN-VP).',
      en: 'The Đoàn document lacks its heading “{title}” (a required part under Guidance 29-HD/TWĐTN-VP).',
    },
    misspelledDoan: { vi: 'Tiêu đề của Đoàn viết chưa đúng: “{written}”; phải là “{title}”.', en: 'The Đoàn heading is misspelled: “{written}”; it is “{title}”.' },
    insertFix: { vi: 'Thêm “{text}”', en: 'Insert “{text}”' },
    replaceFix: { vi: 'Sửa thành “{text}”', en: 'Change to “{text}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1 (Party: Hướng dẫn 36-HD/VPTW, Mục II, khoản 1, điểm 1.1; '
      + 'Đoàn: Hướng dẫn 29-HD/TWĐTN-VP, tiêu đề)',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    if (!hasPlanHeader(doc.header)) return;
    if (ctx.profile === 'party') checkParty(doc, ctx);
    else if (ctx.profile === 'doan') checkDoan(doc, ctx);
    else checkState(doc, ctx);
  },
});

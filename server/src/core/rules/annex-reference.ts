import { issuingHeaderOf } from '../citations/of-document';
import { padDay, padMonth } from '../dates/words';
import type { PlanDocument } from '../document';
import { toRoman } from '../structure/numbering';
import { annexHeadings, annexMentions, closingLineOf, type AnnexHeading, type AnnexMention, type AnnexNumber } from './annexes';
import type { Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

/** The note the decree's model puts under an annex's title, with this plan's own number and date when known. */
function noteOf(doc: PlanDocument): string {
  const own = issuingHeaderOf(doc);
  const d = own?.date;
  const date = d ? `${padDay(d.day)}/${padMonth(d.month)}/${d.year}` : '…';
  return `(Kèm theo Kế hoạch số ${own?.numberSymbol.symbol ?? '…'} ngày ${date} của …)`;
}

/** `Phụ lục 3` as the text numbers it, `phụ lục` for `phụ lục kèm theo`. */
const nameOf = (doc: PlanDocument, n?: AnnexNumber) => (n === undefined ? 'phụ lục' : `Phụ lục ${doc.text.slice(n.start, n.end)}`);

/**
 * A mention that says an annex goes with the plan, where the text has no such annex: information only,
 * since annexes are often sent as files of their own. Each annex is reported once, at its first mention.
 */
function checkMentions(doc: PlanDocument, ctx: RuleContext, mentions: readonly AnnexMention[], headings: readonly AnnexHeading[]): void {
  const present = new Set(headings.map((h) => h.number?.value));
  const reported = new Set<number | undefined>();
  for (const m of mentions) {
    const missing = m.numbers.length
      ? m.numbers.filter((n) => !present.has(n.value) && !reported.has(n.value))
      : headings.length || reported.has(undefined) ? [] : [undefined];
    if (!missing.length) continue;
    missing.forEach((n) => reported.add(n?.value));
    const annex = missing.map((n) => nameOf(doc, n)).join(', ');
    ctx.report({ message: ctx.t(headings.length ? 'missing' : 'noneInText', { annex }), start: m.start, end: m.end, severity: 'information' });
  }
}

/**
 * Two annexes or more are numbered in Roman numerals (the decree, Phụ lục I, Phần I, mục III.1.a): an
 * unnumbered one is a warning (its fix numbers them all when none is); an Arabic number is information,
 * fixed together with the mentions of that number; a number used twice is a warning.
 */
function checkNumbering(doc: PlanDocument, ctx: RuleContext, headings: readonly AnnexHeading[], mentions: readonly AnnexMention[]): void {
  if (headings.length < 2) return;
  const noneNumbered = headings.every((h) => !h.number);
  const seen = new Set<number>();
  headings.forEach((h, k) => {
    const n = h.number;
    if (!n) {
      const fix = noneNumbered ? { title: ctx.t('fixNumber', { want: toRoman(k + 1) }), edits: [{ start: h.wordEnd, end: h.wordEnd, text: ` ${toRoman(k + 1)}` }] } : undefined;
      ctx.report({ message: ctx.t('unnumbered', { count: headings.length }), start: h.start, end: h.end, fix });
      return;
    }
    if (seen.has(n.value)) ctx.report({ message: ctx.t('duplicate', { number: doc.text.slice(n.start, n.end) }), start: h.start, end: h.end });
    seen.add(n.value);
    if (n.style !== 'arabic') return;
    const want = toRoman(n.value);
    const edits: TextEdit[] = [{ start: n.start, end: n.end, text: want }];
    for (const m of mentions) for (const x of m.numbers) if (x.style === 'arabic' && x.value === n.value) edits.push({ start: x.start, end: x.end, text: want });
    ctx.report({ message: ctx.t('arabic', { want }), start: n.start, end: n.end, fix: { title: ctx.t('fixNumber', { want }), edits }, severity: 'information' });
  });
}

export const annexReference: Rule = defineRule({
  id: 'annex-reference',
  description: {
    vi: 'Phụ lục: phụ lục được nêu là kèm theo mà không có trong văn bản; hai phụ lục trở lên không đánh số La Mã; phụ lục thiếu dòng “(Kèm theo Kế hoạch số … ngày … của …)”.',
    en: 'Annexes: an annex said to be attached that the text lacks; two annexes or more not numbered in Roman numerals; an annex without its “(Kèm theo Kế hoạch số … ngày … của …)” note.',
  },
  messages: {
    noneInText: {
      vi: 'Kế hoạch nêu {annex} kèm theo nhưng trong văn bản không có phụ lục nào; nếu phụ lục được gửi thành tệp riêng thì không sao.',
      en: 'The plan says {annex} is attached, but the text holds no annex; if the annex is sent as a file of its own, that is fine.',
    },
    missing: {
      vi: 'Kế hoạch nêu {annex} kèm theo nhưng trong văn bản không có phụ lục mang số này.',
      en: 'The plan says {annex} is attached, but no annex of the text bears that number.',
    },
    unnumbered: {
      vi: 'Kế hoạch có {count} phụ lục: các phụ lục phải được đánh số thứ tự bằng chữ số La Mã (Phụ lục I, Phụ lục II …).',
      en: 'The plan has {count} annexes: they must be numbered in Roman numerals (Phụ lục I, Phụ lục II …).',
    },
    arabic: {
      vi: 'Văn bản có từ hai phụ lục trở lên thì đánh số phụ lục bằng chữ số La Mã: “{want}”.',
      en: 'A document with two annexes or more numbers them in Roman numerals: “{want}”.',
    },
    duplicate: { vi: 'Hai phụ lục cùng mang số “{number}”.', en: 'Two annexes are both numbered “{number}”.' },
    noNote: {
      vi: 'Dưới tên phụ lục ghi thông tin chỉ dẫn kèm theo văn bản: “{note}” (số, ký hiệu, ngày ban hành và cơ quan ban hành kế hoạch).',
      en: 'Under the annex’s title goes the note naming the document it belongs to: “{note}” (the plan’s number, date and issuer).',
    },
    fixNumber: { vi: 'Đánh số “{want}”', en: 'Number it “{want}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.a, III.1.c; Phụ lục III, mục II.2, Mẫu 2.1',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    // Annexes follow the signing block: without it the end of the plan is not in sight (a draft, a copy cut short).
    const closing = closingLineOf(doc);
    if (closing === undefined) return;
    const headings = annexHeadings(doc, closing);
    const mentions = annexMentions(doc, closing);
    checkMentions(doc, ctx, mentions, headings);
    // The numbering and the note are the decree's; the Party's rules on annexes were not found.
    if (ctx.profile !== 'state') return;
    checkNumbering(doc, ctx, headings, mentions);
    for (const h of headings) {
      if (!h.hasNote) ctx.report({ message: ctx.t('noNote', { note: noteOf(doc) }), start: h.start, end: h.end, severity: 'information' });
    }
  },
});

import { checkedCitations, documentKey, issuerClassOf, mentionText } from '../citations/identity';
import { citationsOf, issuingHeaderOf } from '../citations/of-document';
import type { Citation, DateMention } from '../citations/types';
import { padDay, padMonth } from '../dates/words';
import type { PlanDocument } from '../document';
import { foldLetters } from '../text/fold';
import { positionAt } from '../text/lines';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';
import { keepingRecent } from '../text/recent';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: DateMention) => `${pad(d.day!)}/${pad(d.month!)}/${d.year}`;

/** Bodies whose symbol code is shared by every province or district: two issuers there may be two bodies. */
const LOCAL_CODES = new Set(['UBND', 'HĐND', 'TU', 'ThU', 'HU', 'QU', 'ĐU']);

const issuerKey = keepingRecent((text: string) => foldLetters(text)
  .replace(/\bubnd\b/g, 'uy ban nhan dan').replace(/\bhdnd\b/g, 'hoi dong nhan dan').replace(/[^a-z0-9]+/g, ' ').trim());

/** Whether two mentions of one symbol may name two documents of different local bodies (`UBND tỉnh` and `UBND huyện`). */
function mayBeTwoBodies(a: Citation, b: Citation): boolean {
  const code = a.numberSymbol!.issuerCode;
  if (a.numberSymbol!.style === 'cong-van' || (code && LOCAL_CODES.has(code))) {
    if (!a.issuer || !b.issuer) return false;
    const ka = issuerKey(a.issuer.text);
    const kb = issuerKey(b.issuer.text);
    return !(ka.startsWith(kb) || kb.startsWith(ka));
  }
  return false;
}

function lineOf(doc: PlanDocument, offset: number): number {
  return positionAt(doc.lines, offset).line + 1;
}

/** A date after a comma may belong to the next clause: it is not held against another mention. */
const comparedDate = (c: Citation) => (c.dateAfterComma ? undefined : c.date);

/** Two days for one symbol: one document dated twice, or (another year, no year in the symbol) perhaps two documents. */
function checkDates(doc: PlanDocument, earlier: Citation, c: Citation, cited: string, ctx: RuleContext): boolean {
  const a = comparedDate(earlier);
  const b = comparedDate(c);
  if (a?.kind !== 'day' || b?.kind !== 'day') return false;
  // A legal normative symbol carries its year, so it names one document whatever the dates say.
  const oneDocument = c.numberSymbol!.year !== undefined || a.year === b.year;
  if ((oneDocument && dayOf(a) === dayOf(b)) || mayBeTwoBodies(earlier, c)) return false;
  const data = { cited, line: lineOf(doc, earlier.start), first: mentionText(doc.text, a), here: mentionText(doc.text, b) };
  if (oneDocument) ctx.report({ message: ctx.t('date', data), start: b.start, end: b.end });
  // Numbers restart every year (state) and every term (party): two years may well be two documents.
  else ctx.report({ message: ctx.t('otherYear', data), start: b.start, end: b.end, severity: 'hint' });
  return true;
}

/** Two issuers for one symbol, both bodies the symbol allows. */
function checkIssuers(doc: PlanDocument, earlier: Citation, c: Citation, cited: string, ctx: RuleContext): boolean {
  if (!earlier.issuer || !c.issuer || c.issuerShared) return false;
  const ns = c.numberSymbol!;
  const a = comparedDate(earlier);
  const b = comparedDate(c);
  if (a && b && a.year !== b.year && ns.year === undefined) return false;
  const ca = issuerClassOf(earlier.issuer.text);
  const cb = issuerClassOf(c.issuer.text);
  const code = ns.issuerCode ?? '';
  // Only bodies both valid for the symbol: a body the symbol excludes is citation-issuer-mismatch's finding.
  if (!ca || !cb || ca === cb || !ca.codes.includes(code) || !cb.codes.includes(code)) return false;
  ctx.report({
    message: ctx.t('issuer', { cited, line: lineOf(doc, earlier.start), first: earlier.issuer.text, here: c.issuer.text }),
    start: c.issuer.start, end: c.issuer.end,
  });
  return true;
}

/** Whether mention c disagrees with an earlier one (then reported once). */
function checkPair(doc: PlanDocument, earlier: Citation, c: Citation, ctx: RuleContext): boolean {
  const cited = `${c.typeWord ? c.typeWord.text + ' ' : ''}số ${c.numberSymbol!.symbol}`;
  return checkDates(doc, earlier, c, cited, ctx) || checkIssuers(doc, earlier, c, cited, ctx);
}

type Day = { readonly year: number; readonly month: number; readonly day: number };
const SEPARATORS: Readonly<Record<string, string>> = { slash: '/', dash: '-', dot: '.' };

/** A day written in the form a mention used: `06/02/2023`, `06-02-2023` or `06 tháng 02 năm 2023`. */
function dateLike(d: Day, form: string): string {
  const sep = SEPARATORS[form];
  return sep ? [padDay(d.day), padMonth(d.month), d.year].join(sep) : `${padDay(d.day)} tháng ${padMonth(d.month)} năm ${d.year}`;
}

/**
 * `(Ban hành kèm theo Quyết định số … ngày …)` below the header of that very decision (pasted above
 * the plan it issues), or `(Kèm theo Kế hoạch số …)` heading a plan's appendix: the note must carry the
 * header's number and date, which are the document's own, so the fix writes them.
 */
function checkAttachmentNotes(doc: PlanDocument, ctx: RuleContext): void {
  const header = issuingHeaderOf(doc);
  if (!header) return;
  const own = header.numberSymbol;
  for (const note of citationsOf(doc)) {
    const ns = note.numberSymbol;
    if (!note.attachmentNote || !ns || note.start < header.start) continue;
    // Another type or another body's code: the header is not the document the note names.
    if (ns.typeAbbr !== own.typeAbbr || ns.issuerCode !== own.issuerCode) continue;
    const cited = `${note.typeWord ? note.typeWord.text + ' ' : ''}số ${ns.symbol}`;
    if (ns.symbol.toUpperCase() !== own.symbol.toUpperCase()) {
      ctx.report({
        message: ctx.t('attachedNumber', { cited, line: lineOf(doc, header.start), own: own.symbol }), start: ns.start, end: ns.end,
        fix: { title: ctx.t('fixNumber', { want: own.symbol }), edits: [{ start: ns.start, end: ns.end, text: own.symbol }] },
      });
      continue;
    }
    const d = note.date;
    const h = header.date;
    if (d?.kind !== 'day' || !h || (d.day === h.day && d.month === h.month && d.year === h.year)) continue;
    const want = dateLike(h, d.form);
    ctx.report({
      message: ctx.t('attachedDate', { cited, line: lineOf(doc, h.start), own: dateLike(h, 'slash'), here: mentionText(doc.text, d) }), start: d.start, end: d.end,
      fix: { title: ctx.t('fixDate', { want }), edits: [{ start: d.start, end: d.end, text: want }] },
    });
  }
}

export const citationInconsistent: Rule = defineRule({
  id: 'citation-inconsistent',
  description: {
    vi: 'Cùng một văn bản được viện dẫn với ngày ban hành hoặc cơ quan ban hành khác nhau trong cùng kế hoạch.',
    en: 'One document is cited with different dates or issuers in the same plan.',
  },
  messages: {
    date: {
      vi: '“{cited}” ở dòng {line} ghi ngày {first}, ở đây ghi ngày {here}: hãy thống nhất ngày ban hành.',
      en: '“{cited}” is dated {first} on line {line} but {here} here: make the dates agree.',
    },
    otherYear: {
      vi: '“{cited}” ở dòng {line} ghi ngày {first}, ở đây ghi ngày {here}: nếu đây là hai văn bản khác nhau (số văn bản bắt đầu lại mỗi năm, mỗi nhiệm kỳ) thì không sao; nếu là một văn bản, hãy thống nhất ngày.',
      en: '“{cited}” is dated {first} on line {line} but {here} here: fine if these are two documents (numbers restart every year or term); if it is one document, make the dates agree.',
    },
    issuer: {
      vi: '“{cited}” ở dòng {line} ghi “của {first}”, ở đây ghi “của {here}”: hãy thống nhất cơ quan ban hành.',
      en: '“{cited}” is issued by “{first}” on line {line} but by “{here}” here: make the issuers agree.',
    },
    attachedNumber: {
      vi: 'Dòng “kèm theo” ghi “{cited}”, nhưng chính văn bản ấy ở đầu tệp mang số {own} (dòng {line}): hãy thống nhất số, ký hiệu.',
      en: 'The “kèm theo” note names “{cited}”, but that very document, at the top of the file, is numbered {own} (line {line}): make them agree.',
    },
    attachedDate: {
      vi: 'Dòng “kèm theo” ghi “{cited}” ngày {here}, nhưng chính văn bản ấy ở đầu tệp ghi ngày {own} (dòng {line}): hãy thống nhất ngày ban hành.',
      en: 'The “kèm theo” note dates “{cited}” {here}, but that very document, at the top of the file, is dated {own} (line {line}): make the dates agree.',
    },
    fixNumber: { vi: 'Sửa thành “{want}” như ở đầu văn bản', en: 'Change to “{want}”, as at the top of the document' },
    fixDate: { vi: 'Sửa ngày thành “{want}” như ở đầu văn bản', en: 'Change the date to “{want}”, as at the top of the document' },
  },
  defaultSeverity: 'error',
  fixable: true,
  // The header and the note are both the drafter's; either may hold the typo, so a quick fix only.
  fixAll: false,
  basis: 'convention',
  check(doc, ctx) {
    // Per symbol, one earlier mention of each distinct date and issuer: repeats add nothing to compare.
    const seen = new Map<string, Map<string, Citation>>();
    for (const c of checkedCitations(doc)) {
      const key = documentKey(c)!;
      const earlier = seen.get(key) ?? new Map<string, Citation>();
      // One finding per mention, against the first earlier mention it disagrees with.
      for (const e of earlier.values()) if (checkPair(doc, e, c, ctx)) break;
      const signature = `${c.date?.kind === 'day' ? dayOf(c.date) : ''}|${c.issuer ? issuerKey(c.issuer.text) : ''}`;
      if (!earlier.has(signature)) earlier.set(signature, c);
      seen.set(key, earlier);
    }
    checkAttachmentNotes(doc, ctx);
  },
});

import { checkedCitations } from '../citations/identity';
import { NATIONAL_ASSEMBLY_TERMS } from '../citations/tables';
import type { Citation } from '../citations/types';
import type { PlanDocument } from '../document';
import { normativeLawOn } from './normative-law';
import { planDateWords, planWhen } from './plan-when';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';

const ROMAN: readonly [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) while (n >= value) { out += digits; n -= value; }
  return out;
}

function termsOf(year: number): number[] {
  return Object.entries(NATIONAL_ASSEMBLY_TERMS).filter(([, [from, to]]) => from <= year && year <= to).map(([term]) => Number(term));
}

type LawBasis = { readonly law: string; readonly when: string };

/**
 * The law the finding rests on, as a message names it: the one in force on the document's own date
 * (today for a draft with no date), or undefined when that date falls under no confirmed law.
 */
function lawInForce(doc: PlanDocument, ctx: RuleContext): LawBasis | undefined {
  const when = planWhen(doc);
  const law = when && normativeLawOn(when.period);
  if (!law) return undefined;
  return { law: law.provision, when: when.date ? ctx.t('whenDated', { plan: planDateWords(when.date, ctx.locale) }) : ctx.t('whenToday') };
}

/** `27/2022/NĐ-CP ngày 19/4/2021`: the year in a legal normative symbol is the year of issue. */
function checkDateYear(c: Citation, basisOf: () => LawBasis | undefined, ctx: RuleContext): void {
  const ns = c.numberSymbol!;
  const date = c.date;
  if (ns.year === undefined || !date || date.year === ns.year || c.dateAfterComma) return;
  const data = { symbol: ns.symbol, year: ns.year, dateYear: date.year };
  const basis = basisOf();
  ctx.report({
    message: basis ? ctx.t('dateYearLaw', { ...data, ...basis }) : ctx.t('dateYear', data),
    start: ns.start,
    end: date.end,
  });
}

/** `88/2019/QH13`: 2019 falls in the 14th National Assembly (2016–2021). */
function checkTerm(c: Citation, ctx: RuleContext): void {
  const ns = c.numberSymbol!;
  if (ns.term === undefined || ns.year === undefined || !ns.termRange) return;
  const years = NATIONAL_ASSEMBLY_TERMS[ns.term];
  if (!years) return;
  const year = ns.year;
  if (years[0] <= year && year <= years[1]) return;
  const fitting = termsOf(year);
  let fix: Fix | undefined;
  // Only when the date (if any) agrees with the symbol's year and exactly one term holds that year.
  if (fitting.length === 1 && (!c.date || c.date.year === year)) {
    const symbol = ns.symbol.replace(/\d+$/u, String(fitting[0]));
    fix = { title: ctx.t('fixTerm', { symbol }), edits: [{ ...ns.termRange, text: String(fitting[0]) }] };
  }
  ctx.report({
    message: ctx.t('term', { symbol: ns.symbol, year, term: roman(ns.term), from: years[0], to: years[1] }),
    start: ns.start,
    end: ns.end,
    fix,
  });
}

export const citationYearMismatch: Rule = defineRule({
  id: 'citation-year-mismatch',
  description: {
    vi: 'Năm trong số, ký hiệu văn bản quy phạm pháp luật không khớp với ngày ban hành hoặc với khóa Quốc hội: “27/2022/NĐ-CP ngày 19/4/2021”.',
    en: 'The year in a legal normative symbol disagrees with its date or with the National Assembly term: “27/2022/NĐ-CP ngày 19/4/2021”.',
  },
  messages: {
    dateYear: {
      vi: 'Số, ký hiệu “{symbol}” ghi năm ban hành {year} nhưng ngày ban hành ghi năm {dateYear}; hãy kiểm tra lại số, ký hiệu hoặc ngày.',
      en: 'Number-symbol “{symbol}” says it was issued in {year} but its date is in {dateYear}; check the symbol or the date.',
    },
    dateYearLaw: {
      vi: 'Số, ký hiệu “{symbol}” ghi năm ban hành {year} nhưng ngày ban hành ghi năm {dateYear}; hãy kiểm tra lại số, ký hiệu hoặc ngày. Căn cứ: {law} ({when}).',
      en: 'Number-symbol “{symbol}” says it was issued in {year} but its date is in {dateYear}; check the symbol or the date. Basis: {law} ({when}).',
    },
    whenDated: { vi: 'luật có hiệu lực khi ban hành văn bản này, {plan}', en: 'the law in force when this document was issued, {plan}' },
    whenToday: { vi: 'luật đang có hiệu lực; văn bản chưa ghi ngày', en: 'the law in force today; the document has no date yet' },
    term: {
      vi: 'Năm {year} trong “{symbol}” không thuộc Quốc hội khóa {term} ({from}–{to}).',
      en: 'The year {year} in “{symbol}” is outside the term of National Assembly {term} ({from}–{to}).',
    },
    fixTerm: { vi: 'Sửa thành “{symbol}”', en: 'Change to “{symbol}”' },
  },
  defaultSeverity: 'error',
  fixable: true,
  // The law in force on the document's date: its message names the one that applied.
  basis: {
    provision: 'Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 10 (văn bản ngày đến 31/3/2025); '
      + 'số 64/2025/QH15, Điều 7, khoản 3 (từ 01/4/2025)',
    since: '2016-07-01',
  },
  check(doc, ctx) {
    // Read once, and only for a document that has such a finding.
    let basis: LawBasis | undefined | null = null;
    const basisOf = () => (basis === null ? (basis = lawInForce(doc, ctx)) : basis);
    for (const c of checkedCitations(doc)) {
      checkDateYear(c, basisOf, ctx);
      checkTerm(c, ctx);
    }
  },
});

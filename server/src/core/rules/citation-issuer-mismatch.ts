import { checkedCitations, isExactlyClassName, issuerClassOf } from '../citations/identity';
import { ISSUER_CLASSES, type IssuerClass } from '../citations/tables';
import type { Citation } from '../citations/types';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';

/** Codes used by bodies all over the country: the name alone does not say which one, so no fix is offered. */
const LOCAL_CODES = new Set(['UBND', 'HĐND', 'TU', 'ThU', 'HU', 'QU', 'ĐU', 'TW']);

function classesOf(code: string): IssuerClass[] {
  return ISSUER_CLASSES.filter((cls) => cls.codes.includes(code));
}

function check(c: Citation, ctx: RuleContext): void {
  const ns = c.numberSymbol!;
  const issuer = c.issuer;
  // A joint symbol lists several bodies; a shared issuer is checked once, on the citation it follows.
  if (!issuer || c.issuerShared || !ns.issuerCode || ns.style === 'joint') return;
  const expected = classesOf(ns.issuerCode);
  if (expected.length === 0) return;
  const written = issuerClassOf(issuer.text);
  if (!written || expected.includes(written)) return;
  const want = expected.map((cls) => cls.canonical).join(ctx.t('or'));
  let fix: Fix | undefined;
  // Replace only an issuer that is exactly the wrong body's name, by the one body the code names.
  if (expected.length === 1 && !LOCAL_CODES.has(ns.issuerCode) && isExactlyClassName(issuer.text, written)) {
    fix = { title: ctx.t('fix', { issuer: expected[0].canonical }), edits: [{ start: issuer.start, end: issuer.end, text: expected[0].canonical }] };
  }
  ctx.report({
    message: ctx.t('mismatch', { symbol: ns.symbol, code: ns.issuerCode, issuer: issuer.text, want }),
    start: issuer.start,
    end: issuer.end,
    fix,
  });
}

export const citationIssuerMismatch: Rule = defineRule({
  id: 'citation-issuer-mismatch',
  description: {
    vi: 'Cơ quan ban hành ghi sau “của” không khớp với ký hiệu văn bản: “…/QĐ-TTg … của Chính phủ”.',
    en: 'The issuer written after “của” disagrees with the symbol: “…/QĐ-TTg … của Chính phủ”.',
  },
  messages: {
    or: { vi: '” hoặc “', en: '” or “' },
    mismatch: {
      vi: 'Ký hiệu “{symbol}” cho biết văn bản do “{want}” ban hành (“{code}”), nhưng ở đây ghi “của {issuer}”.',
      en: 'Symbol “{symbol}” says the document was issued by “{want}” (“{code}”), but the text says “của {issuer}”.',
    },
    fix: { vi: 'Sửa thành “của {issuer}”', en: 'Change to “của {issuer}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.b', since: '2020-03-05' },
  check(doc, ctx) {
    for (const c of checkedCitations(doc)) check(c, ctx);
  },
});

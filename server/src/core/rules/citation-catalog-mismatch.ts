import { catalogOption, resolvedCitationsOf, } from '../catalog/for-rules';
import { citedName, shortDate, sourceLabel } from '../catalog/describe';
import type { ResolvedCitation } from '../catalog/resolve';
import { mentionIso, parseIso, sameType, typeFitsSymbol } from '../catalog/symbols';
import type { CatalogEntry } from '../catalog/types';
import { isExactlyClassName, issuerClassOf } from '../citations/identity';
import { ISSUER_CLASSES, typeByName } from '../citations/tables';
import { padDay, padMonth } from '../dates/words';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';

/** The entry's date written in the form the citation used: `14/10/2021` or `14 tháng 10 năm 2021`. */
function dateLike(entry: CatalogEntry, form: string): string {
  const d = parseIso(entry.date)!;
  return form === 'words' ? `${padDay(d.day)} tháng ${padMonth(d.month)} năm ${d.year}` : shortDate(entry.date, 'vi');
}

function checkDate(r: ResolvedCitation, entry: CatalogEntry, cited: string, ctx: RuleContext): void {
  const date = r.citation.date;
  const iso = mentionIso(date);
  if (!date || !iso || r.cited.dateCarried || iso === entry.date) return;
  // A year that disagrees with the symbol's own year is citation-year-mismatch's finding.
  const ns = r.citation.numberSymbol!;
  if (ns.year !== undefined && ns.year !== date.year) return;
  const want = dateLike(entry, date.form);
  ctx.report({
    message: ctx.t('date', { cited, want: shortDate(entry.date, ctx.locale), written: shortDate(iso, ctx.locale), source: sourceLabel(entry, ctx.locale) }),
    start: date.start,
    end: date.end,
    fix: { title: ctx.t('fixDate', { want }), edits: [{ start: date.start, end: date.end, text: want }] },
  });
}

function checkIssuer(r: ResolvedCitation, entry: CatalogEntry, cited: string, ctx: RuleContext): void {
  const issuer = r.citation.issuer;
  if (!issuer || r.citation.issuerShared || !entry.issuer || r.citation.numberSymbol!.style === 'joint') return;
  const written = issuerClassOf(issuer.text);
  const wanted = issuerClassOf(entry.issuer);
  if (!written || !wanted || written === wanted) return;
  // A body the symbol's code rules out is citation-issuer-mismatch's finding; here the code allows both (TW: Bộ Chính trị, Ban Bí thư …).
  const code = r.citation.numberSymbol!.issuerCode ?? '';
  const allowed = ISSUER_CLASSES.filter((cls) => cls.codes.includes(code));
  if (allowed.length > 0 && !allowed.includes(written)) return;
  let fix: Fix | undefined;
  if (isExactlyClassName(issuer.text, written)) {
    fix = { title: ctx.t('fixIssuer', { want: entry.issuer }), edits: [{ start: issuer.start, end: issuer.end, text: entry.issuer }] };
  }
  ctx.report({
    message: ctx.t('issuer', { cited, want: entry.issuer, written: issuer.text, source: sourceLabel(entry, ctx.locale) }),
    start: issuer.start,
    end: issuer.end,
    fix,
  });
}

function checkType(r: ResolvedCitation, entry: CatalogEntry, ctx: RuleContext): void {
  const word = r.citation.typeWord;
  const ns = r.citation.numberSymbol!;
  if (!word || !entry.type || sameType(word.type, entry.type) || typeByName(word.type)?.generic) return;
  // A type word the symbol's abbreviation rules out is citation-type-mismatch's finding.
  if (!typeFitsSymbol(word.type, ns) || !typeByName(entry.type)) return;
  const original = word.text.normalize('NFC');
  const want = original[0] === original[0].toLowerCase() ? entry.type[0].toLowerCase() + entry.type.slice(1) : entry.type;
  ctx.report({
    message: ctx.t('type', { symbol: ns.symbol, want: entry.type, written: original, source: sourceLabel(entry, ctx.locale) }),
    start: word.start,
    end: word.end,
    fix: { title: ctx.t('fixType', { want }), edits: [{ start: word.start, end: word.end, text: want }] },
  });
}

export const citationCatalogMismatch: Rule = defineRule({
  id: 'citation-catalog-mismatch',
  description: {
    vi: 'Ngày ban hành, cơ quan ban hành hoặc tên loại của văn bản được viện dẫn khác với danh mục văn bản.',
    en: 'The date, issuer or type of a cited document disagrees with the catalog’s record of it.',
  },
  messages: {
    date: {
      vi: '“{cited}” ban hành ngày {want}, không phải ngày {written} (theo {source}).',
      en: '“{cited}” was issued on {want}, not {written} (per {source}).',
    },
    issuer: {
      vi: '“{cited}” do {want} ban hành, không phải “{written}” (theo {source}).',
      en: '“{cited}” was issued by {want}, not “{written}” (per {source}).',
    },
    type: {
      vi: 'Văn bản số {symbol} là {want}, không phải {written} (theo {source}).',
      en: 'Document {symbol} is a {want}, not a {written} (per {source}).',
    },
    fixDate: { vi: 'Sửa ngày thành “{want}”', en: 'Change the date to “{want}”' },
    fixIssuer: { vi: 'Sửa thành “của {want}”', en: 'Change to “của {want}”' },
    fixType: { vi: 'Sửa tên loại thành “{want}”', en: 'Change the type to “{want}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  // The catalog may hold another document of the same number (issue 13): a date or issuer taken from it needs the drafter's eye.
  fixAll: false,
  basis: 'convention',
  check(doc, ctx) {
    for (const r of resolvedCitationsOf(doc, catalogOption(ctx.options.catalog))) {
      const res = r.resolution;
      if (res.kind !== 'exact' && res.kind !== 'same') continue;
      const cited = citedName(res.entry);
      checkType(r, res.entry, ctx);
      checkDate(r, res.entry, cited, ctx);
      checkIssuer(r, res.entry, cited, ctx);
    }
  },
});

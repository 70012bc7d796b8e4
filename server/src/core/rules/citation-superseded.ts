import { catalogOption, resolvedCitationsOf } from '../catalog/for-rules';
import { citedName, shortDate, sourceLabel, statusDate } from '../catalog/describe';
import { catalogKey, parseIso } from '../catalog/symbols';
import type { CatalogEntry, CatalogLookup } from '../catalog/types';
import { dayNumber } from '../dates/calendar';
import { datesOf } from '../dates/index';
import { periodOf } from '../dates/plan-date';
import type { PlanDocument } from '../document';
import type { Rule } from './types';
import { defineRule } from './types';

function replacingEntry(lookup: CatalogLookup, entry: CatalogEntry): CatalogEntry | undefined {
  if (entry.status?.state !== 'replaced') return undefined;
  const by = entry.status.by;
  const list = lookup.candidates(catalogKey(by.symbol));
  return by.date ? list.find((e) => e.date === by.date) : list.length === 1 ? list[0] : undefined;
}

/**
 * Whether the plan was written after the status took effect. A plan dated before it cited a document
 * then in force; a plan with no date is a draft written now. An unknown status date with a dated plan
 * decides nothing, and nothing is said.
 */
function writtenAfter(doc: PlanDocument, entry: CatalogEntry): boolean {
  const plan = datesOf(doc).plan;
  const since = statusDate(entry.status);
  if (!plan || !plan.valid) return true;
  const day = since ? parseIso(since) : undefined;
  if (!day) return false;
  return periodOf(plan).first >= dayNumber(day.year, day.month, day.day);
}

export const citationSuperseded: Rule = defineRule({
  id: 'citation-superseded',
  description: {
    vi: 'Danh mục văn bản cho biết văn bản được viện dẫn đã hết hiệu lực hoặc đã được thay thế.',
    en: 'The catalog says the cited document has expired or been replaced.',
  },
  messages: {
    replaced: {
      vi: '“{cited}” đã được thay thế bởi {by} ngày {date}{about} (theo {source}); hãy viện dẫn văn bản thay thế nếu dùng làm căn cứ.',
      en: '“{cited}” was replaced by {by} of {date}{about} (per {source}); cite the replacing document if it is a legal basis.',
    },
    replacedUndated: {
      vi: '“{cited}” đã được thay thế bởi {by}{about} (theo {source}); hãy viện dẫn văn bản thay thế nếu dùng làm căn cứ.',
      en: '“{cited}” was replaced by {by}{about} (per {source}); cite the replacing document if it is a legal basis.',
    },
    expired: {
      vi: '“{cited}” đã hết hiệu lực từ ngày {date} (theo {source}); hãy kiểm tra lại căn cứ này.',
      en: '“{cited}” has not been in force since {date} (per {source}); check this legal basis again.',
    },
    expiredUndated: {
      vi: '“{cited}” đã hết hiệu lực (theo {source}); hãy kiểm tra lại căn cứ này.',
      en: '“{cited}” is no longer in force (per {source}); check this legal basis again.',
    },
    document: { vi: 'văn bản số {symbol}', en: 'document số {symbol}' },
    issuedBy: { vi: ' của {issuer}', en: ', issued by {issuer}' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  basis: 'convention',
  check(doc, ctx) {
    const lookup = catalogOption(ctx.options.catalog);
    const reported = new Set<CatalogEntry>();
    for (const r of resolvedCitationsOf(doc, lookup)) {
      const res = r.resolution;
      if (res.kind !== 'exact' && res.kind !== 'same') continue;
      const entry = res.entry;
      const status = entry.status;
      // One finding per document: its first mention carries it.
      if (!status || status.state === 'in-force' || reported.has(entry) || !writtenAfter(doc, entry)) continue;
      reported.add(entry);
      const c = r.citation;
      const cited = `${c.typeWord ? c.typeWord.text.normalize('NFC') + ' ' : ''}số ${c.numberSymbol!.symbol}`;
      const source = sourceLabel(entry, ctx.locale);
      let message: string;
      if (status.state === 'replaced') {
        const replacing = replacingEntry(lookup, entry);
        const by = replacing ? citedName(replacing) : ctx.t('document', { symbol: status.by.symbol });
        const about = replacing?.issuer ? ctx.t('issuedBy', { issuer: replacing.issuer }) : '';
        message = status.by.date
          ? ctx.t('replaced', { cited, by, date: shortDate(status.by.date, ctx.locale), about, source })
          : ctx.t('replacedUndated', { cited, by, about, source });
      } else {
        message = status.since
          ? ctx.t('expired', { cited, date: shortDate(status.since, ctx.locale), source })
          : ctx.t('expiredUndated', { cited, source });
      }
      ctx.report({ message, start: c.start, end: c.numberSymbol!.end });
    }
  },
});

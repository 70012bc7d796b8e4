/** Words of the catalog's hovers, completions and file problems, in Vietnamese and English. */
import { defineMessages, messageOf, type Locale, type MessageData } from '../messages';

export const CATALOG_TEXTS = defineMessages({
  date: { vi: 'Ngày ban hành', en: 'Issued' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  summary: { vi: 'Trích yếu', en: 'Subject' },
  status: { vi: 'Hiệu lực', en: 'Status' },
  statusUnknown: { vi: 'chưa rõ (nguồn không ghi)', en: 'unknown (no source says)' },
  scope: { vi: 'Phạm vi', en: 'Scope' },
  national: { vi: 'toàn quốc', en: 'national' },
  source: { vi: 'Nguồn', en: 'Source' },
  userCatalog: { vi: 'danh mục {file}, dòng {line}', en: 'catalog {file}, line {line}' },
  builtinCatalog: { vi: 'danh mục có sẵn của kehoach', en: 'kehoach’s built-in catalog' },
  citedBy: { vi: 'Trong workspace: {count} kế hoạch viện dẫn văn bản này.', en: 'In the workspace: {count} plan(s) cite this document.' },
  citedByNone: { vi: 'Trong workspace: chưa kế hoạch nào viện dẫn văn bản này.', en: 'In the workspace: no plan cites this document yet.' },
  isPlan: { vi: 'Văn bản này có trong workspace: {link}.', en: 'This document is in the workspace: {link}.' },
  thisPlan: { vi: '**Kế hoạch này** ({symbol})', en: '**This plan** ({symbol})' },
  dateDiffers: { vi: 'Ở đây ghi ngày {written}; danh mục ghi ngày {want}.', en: 'Written here as {written}; the catalog says {want}.' },
  likely: {
    vi: 'Trích dẫn chưa ghi ngày: danh mục chỉ có văn bản này mang ký hiệu {symbol}, nhưng số văn bản bắt đầu lại mỗi năm (mỗi nhiệm kỳ với văn bản của Đảng), nên hãy ghi ngày ban hành để chắc chắn.',
    en: 'The citation has no date: this is the only document with symbol {symbol} in the catalog, but numbers restart every year (every term for Party documents), so give the date to be sure.',
  },
  ambiguous: {
    vi: 'Danh mục có {count} văn bản mang ký hiệu **{symbol}**; ngày ban hành cho biết là văn bản nào:',
    en: 'The catalog has {count} documents with symbol **{symbol}**; the date of issue tells which:',
  },
  ambiguousHint: { vi: 'Ghi ngày ban hành (ví dụ “ngày {date}”) để chỉ rõ văn bản.', en: 'Write the date of issue (e.g. “ngày {date}”) to say which.' },
  other: {
    vi: 'Danh mục chỉ có văn bản số {symbol} của năm khác ({years}); văn bản năm {year} được viện dẫn ở đây là một văn bản khác, chưa có trong danh mục.',
    en: 'The catalog only has document {symbol} of other years ({years}); the {year} document cited here is another one, not catalogued.',
  },
  unknown: { vi: 'Văn bản số {symbol} chưa có trong danh mục văn bản.', en: 'Document {symbol} is not in the catalog.' },
  completionFirst: { vi: 'Lần đầu viện dẫn trong kế hoạch: ghi đầy đủ số, ngày, cơ quan ban hành và trích yếu.', en: 'First mention in the plan: number, date, issuer and subject in full.' },
  completionLater: { vi: 'Đã viện dẫn đầy đủ ở trên: chỉ ghi tên loại và số, ký hiệu.', en: 'Cited in full above: type and number only.' },
  workspacePlan: { vi: 'kế hoạch trong workspace: {file}', en: 'plan in the workspace: {file}' },
});

export type TextId = keyof typeof CATALOG_TEXTS;

export function say(id: TextId, locale: Locale, data?: MessageData): string {
  return messageOf(CATALOG_TEXTS, id, locale, data, 'catalog').text;
}

/** Text shown in Markdown as written: characters Markdown would read as formatting are escaped. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

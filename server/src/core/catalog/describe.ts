/** How an entry is written in messages, hovers and completions: `Quyết định số 1719/QĐ-TTg ngày 14/10/2021 …`. */
import { dayShort } from '../dates/words';
import { defineMessages, messageOf, type Locale, type MessageData } from '../messages';
import { bySourceTrust, sourceName } from './sources';
import { parseIso } from './symbols';
import type { CatalogEntry, EntryStatus } from './types';

/** `14/10/2021` (Vietnamese, leading zeros as Phụ lục I writes them) or `14 October 2021`. */
export function shortDate(iso: string, locale: Locale): string {
  const d = parseIso(iso);
  return d ? dayShort(d.year, d.month, d.day, locale) : iso;
}

/** What naming a document takes: a catalog entry, or a workspace plan seen as one. */
export type Citable = Pick<CatalogEntry, 'type' | 'symbol' | 'date' | 'issuer' | 'summary'>;

/** Types cited by their own name (`Luật Ngân sách nhà nước`): the summary holds that name. */
const NAMED_TYPES = ['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp'];

function isNamedBySummary(entry: Pick<CatalogEntry, 'type' | 'summary'>): boolean {
  return !!entry.type && NAMED_TYPES.includes(entry.type) && !!entry.summary && entry.summary.startsWith(entry.type);
}

/** `Quyết định số 1719/QĐ-TTg`, `Luật Ngân sách nhà nước số 83/2015/QH13`; `số 1719/QĐ-TTg` when the type is unknown. */
export function citedName(entry: Pick<CatalogEntry, 'type' | 'symbol' | 'summary'>): string {
  if (isNamedBySummary(entry)) return `${entry.summary} số ${entry.symbol}`;
  return entry.type ? `${entry.type} số ${entry.symbol}` : `số ${entry.symbol}`;
}

/**
 * The first mention of a document: `Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính
 * phủ phê duyệt …`; a law: `Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015`.
 * `withType` false leaves out `Quyết định số` when the text before the cursor already has it.
 */
export function firstMention(entry: Citable, withType = true): string {
  const named = isNamedBySummary(entry);
  const parts = [withType ? citedName(entry) : entry.symbol, `ngày ${shortDate(entry.date, 'vi')}`];
  if (!named && entry.issuer) parts.push(`của ${entry.issuer}`);
  if (!named && entry.summary) parts.push(entry.summary);
  return parts.join(' ');
}

/** A later mention: `Quyết định số 1719/QĐ-TTg`, or the symbol alone after a typed `Quyết định số`. */
export function shortMention(entry: Citable, withType = true): string {
  return withType ? citedName(entry) : entry.symbol;
}

/** How a catalog entry's source and status read, in both languages. */
export const DESCRIBE_TEXTS = defineMessages({
  userCatalog: { vi: 'danh mục {file}, dòng {line}', en: 'catalog {file}, line {line}' },
  catalog: { vi: 'danh mục văn bản', en: 'the catalog' },
  catalogSource: { vi: 'danh mục văn bản, nguồn: {host}', en: 'the catalog, source: {host}' },
  inForce: { vi: 'còn hiệu lực', en: 'in force' },
  expired: { vi: 'hết hiệu lực', en: 'no longer in force' },
  expiredSince: { vi: 'hết hiệu lực từ ngày {date}', en: 'no longer in force since {date}' },
  document: { vi: 'văn bản số {symbol}', en: 'document số {symbol}' },
  replaced: { vi: 'đã được thay thế bởi {by}', en: 'replaced by {by}' },
  replacedOn: { vi: 'đã được thay thế bởi {by} ngày {date}', en: 'replaced by {by} of {date}' },
  replacedFrom: { vi: 'đã được thay thế bởi {by} ngày {date}, từ ngày {since}', en: 'replaced by {by} of {date}, from {since}' },
});

/** Where the facts come from: the most trusted source's name (`Thư viện Pháp luật`) or the user's catalog file and line. */
export function sourceLabel(entry: CatalogEntry, locale: Locale): string {
  if (entry.origin.kind === 'user') {
    const name = entry.origin.file.split(/[\\/]/).pop();
    return messageOf(DESCRIBE_TEXTS, 'userCatalog', locale, { file: name ?? '', line: entry.origin.line }).text;
  }
  const url = bySourceTrust(entry.sources ?? [])[0];
  return url ? messageOf(DESCRIBE_TEXTS, 'catalogSource', locale, { host: sourceName(url) }).text : messageOf(DESCRIBE_TEXTS, 'catalog', locale).text;
}

/** `đã được thay thế bởi … ngày …`, `hết hiệu lực từ …`, `còn hiệu lực`; undefined when no source said. */
export function statusText(status: EntryStatus | undefined, locale: Locale, replacing?: CatalogEntry): string | undefined {
  if (!status) return undefined;
  const say = (id: keyof typeof DESCRIBE_TEXTS, data?: MessageData) => messageOf(DESCRIBE_TEXTS, id, locale, data).text;
  if (status.state === 'in-force') return say('inForce');
  if (status.state === 'expired') return status.since ? say('expiredSince', { date: shortDate(status.since, locale) }) : say('expired');
  const by = replacing ? citedName(replacing) : say('document', { symbol: status.by.symbol });
  if (!status.by.date) return say('replaced', { by });
  const date = shortDate(status.by.date, locale);
  return status.since && status.since !== status.by.date
    ? say('replacedFrom', { by, date, since: shortDate(status.since, locale) })
    : say('replacedOn', { by, date });
}

/** The date a status took effect, when known. */
export function statusDate(status: EntryStatus | undefined): string | undefined {
  if (!status) return undefined;
  if (status.state === 'expired') return status.since;
  if (status.state === 'replaced') return status.since ?? status.by.date;
  return undefined;
}

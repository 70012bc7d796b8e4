/**
 * One catalog entry from the fields a file gives (JSON object or CSV row): the symbol must read as
 * one, the date must be a calendar day, a given type must fit the symbol. A row that fails is
 * reported with its line and skipped.
 */
import { findCitations } from '../citations/find';
import { foldKey } from '../text/fold';
import { canonicalType, parseDateText, readSymbolText, typeFitsSymbol, typeFromSymbol, mentionIso } from './symbols';
import type { CatalogEntry, CatalogProblem, EntryOrigin, EntryStatus } from './types';

/** What a file may give for one document; strings as written, nothing checked yet. */
export interface RawEntry {
  readonly type?: string;
  readonly symbol?: string;
  readonly date?: string;
  readonly issuer?: string;
  readonly summary?: string;
  readonly status?: EntryStatus | string;
  readonly scope?: string;
  readonly sources?: readonly string[];
}

export type EntryResult = { readonly entry: CatalogEntry } | { readonly problem: Omit<CatalogProblem, 'file' | 'line'> };

const clean = (s: string | undefined) => {
  const t = s?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

type Problem = { readonly problem: Omit<CatalogProblem, 'file' | 'line'> };
type NumberSymbol = NonNullable<ReturnType<typeof readSymbolText>>;

/** The symbol, which must read as one, and the date, a calendar day of the symbol's year when it has one. */
function symbolAndDate(raw: RawEntry): { readonly ns: NumberSymbol; readonly symbolText: string; readonly date: string } | Problem {
  const symbolText = clean(raw.symbol);
  if (!symbolText) return { problem: { code: 'missing-symbol' } };
  const ns = readSymbolText(symbolText);
  if (!ns) return { problem: { code: 'bad-symbol', data: { symbol: symbolText } } };
  const dateText = clean(raw.date);
  if (!dateText) return { problem: { code: 'missing-date', data: { symbol: symbolText } } };
  const date = parseDateText(dateText);
  if (!date || (ns.year !== undefined && ns.year !== Number(date.slice(0, 4)))) {
    return { problem: { code: 'bad-date', data: { symbol: symbolText, date: dateText } } };
  }
  return { ns, symbolText, date };
}

/** The type as given (it must fit the symbol), or as the symbol says. */
function typeOf(raw: RawEntry, ns: NumberSymbol, symbolText: string): { readonly type?: string } | Problem {
  const typeText = clean(raw.type);
  const named = typeText ? canonicalType(typeText) ?? typeText : undefined;
  // `Văn bản` names any document: the symbol says more.
  const type = named && named !== 'Văn bản' ? named : typeFromSymbol(ns);
  if (named && type === named && !typeFitsSymbol(named, ns)) {
    return { problem: { code: 'type-symbol', data: { symbol: symbolText, type: named } } };
  }
  return { type };
}

/** The status, written as a register writes it or as the JSON shape. */
function statusOf(raw: RawEntry, symbolText: string): { readonly status?: EntryStatus } | Problem {
  const status = typeof raw.status === 'string' ? statusFromText(raw.status) : checkStatus(raw.status);
  if (status !== 'bad') return { status };
  const written = typeof raw.status === 'string' ? raw.status : JSON.stringify(raw.status);
  return { problem: { code: 'bad-status', data: { symbol: symbolText, status: String(written) } } };
}

/** The fields an entry may lack, present only when given: issuer, summary, status, scope, sources. */
function optionalFields(raw: RawEntry, status: EntryStatus | undefined): Partial<CatalogEntry> {
  const sources = (raw.sources ?? []).map((s) => s.trim()).filter((s) => /^https?:\/\/\S+$/.test(s));
  return {
    ...(clean(raw.issuer) ? { issuer: clean(raw.issuer) } : {}),
    ...(clean(raw.summary) ? { summary: clean(raw.summary) } : {}),
    ...(status ? { status } : {}),
    ...(clean(raw.scope) ? { scope: clean(raw.scope) } : {}),
    ...(sources.length ? { sources } : {}),
  };
}

export function makeEntry(raw: RawEntry, origin: EntryOrigin): EntryResult {
  const key = symbolAndDate(raw);
  if ('problem' in key) return key;
  const typed = typeOf(raw, key.ns, key.symbolText);
  if ('problem' in typed) return typed;
  const status = statusOf(raw, key.symbolText);
  if ('problem' in status) return status;
  const { type } = typed;
  const entry: CatalogEntry = {
    ...(type ? { type } : {}),
    number: key.ns.number,
    symbol: key.ns.symbol,
    date: key.date,
    ...optionalFields(raw, status.status),
    origin,
  };
  return { entry };
}

function checkStatus(status: EntryStatus | undefined): EntryStatus | undefined | 'bad' {
  if (status === undefined || status === null) return undefined;
  if (typeof status !== 'object') return 'bad';
  if (status.state === 'in-force') return { state: 'in-force' };
  if (status.state === 'expired') {
    if (status.since !== undefined && !parseDateText(String(status.since))) return 'bad';
    return status.since ? { state: 'expired', since: parseDateText(status.since)! } : { state: 'expired' };
  }
  if (status.state === 'replaced') {
    const by = status.by;
    const ns = by && typeof by.symbol === 'string' ? readSymbolText(by.symbol) : undefined;
    if (!ns) return 'bad';
    const date = by.date ? parseDateText(String(by.date)) : undefined;
    const since = status.since !== undefined ? parseDateText(String(status.since)) : undefined;
    if ((by.date && !date) || (status.since !== undefined && !since)) return 'bad';
    return { state: 'replaced', by: { symbol: ns.symbol, ...(date ? { date } : {}) }, ...(since ? { since } : {}) };
  }
  return 'bad';
}

/** A date written in a status cell (`hết hiệu lực từ 01/7/2025`). */
function dateIn(text: string): string | undefined {
  const m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  return m ? parseDateText(`${m[1]}/${m[2]}/${m[3]}`) : undefined;
}

/**
 * A status as a register writes it: `còn hiệu lực`, `hết hiệu lực (từ 01/7/2025)`, `được thay thế
 * bởi Nghị định số 30/2020/NĐ-CP ngày 05/3/2020`. Empty is no status; other text is a problem.
 */
export function statusFromText(text: string): EntryStatus | undefined | 'bad' {
  const key = foldKey(text);
  if (key === '') return undefined;
  if (key.includes('thay the')) {
    const nfc = text.normalize('NFC');
    const replacing = findCitations(nfc).find((c) => c.numberSymbol);
    if (!replacing) return 'bad';
    const date = mentionIso(replacing.date);
    // `… ngày 19/02/2025, từ ngày 01/4/2025`: a law replaces another from its effective day, not its date of issue.
    const from = /từ ngày\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/iu.exec(nfc.slice(replacing.end));
    const since = from ? parseDateText(from[1]) : undefined;
    return { state: 'replaced', by: { symbol: replacing.numberSymbol!.symbol, ...(date ? { date } : {}) }, ...(since ? { since } : {}) };
  }
  if (key.includes('het hieu luc')) {
    const since = dateIn(text);
    return since ? { state: 'expired', since } : { state: 'expired' };
  }
  if (key.includes('con hieu luc') || key === 'hieu luc' || key === 'dang co hieu luc') return { state: 'in-force' };
  return 'bad';
}

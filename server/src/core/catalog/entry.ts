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

/**
 * Whether a text is already clean: every character one NFC keeps as it is (Latin below the combining
 * marks, the Vietnamese letters of Latin Extended Additional), spaces single and inside. A register's
 * trích yếu nearly always is, and 200,000 of them are read at once.
 */
function isClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (code < 0x20 || code === 0xa0 || (code >= 0x300 && (code < 0x1e00 || code > 0x1eff))) return false;
  }
  return true;
}

/** NFC, runs of white space as one space, no space at either end; undefined when nothing is left. */
export const clean = (s: string | undefined) => {
  if (!s) return undefined;
  const t = isClean(s) ? s : s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

export type Problem = { readonly problem: Omit<CatalogProblem, 'file' | 'line'> };
export type NumberSymbol = NonNullable<ReturnType<typeof readSymbolText>>;

/**
 * How one file's fields are read. A register repeats its symbols every year, its issuers, types,
 * dates and statuses on thousands of rows: `entryReading()` reads each distinct value once and
 * hands the same string or object to every entry that has it (a 200,000-row catalog then costs
 * seconds less to load and holds one `Ủy ban nhân dân tỉnh …`, not 50,000).
 */
export interface EntryReading {
  readonly symbol: (text: string) => NumberSymbol | undefined;
  readonly date: (text: string) => string | undefined;
  /** A short field that repeats (issuer, scope, type word), cleaned. */
  readonly field: (text: string | undefined) => string | undefined;
  /** Whether a type word can stand before a symbol (typeFitsSymbol). */
  readonly fits: (type: string, ns: NumberSymbol) => boolean;
  /** The canonical name of a type word, or the word as written. */
  readonly typeName: (text: string) => string;
  readonly statusText: (text: string) => EntryStatus | undefined | 'bad';
  /** What an entry keeps of a text that is a slice of the file's (CSV cells): a copy, so as not to keep the file's text alive. */
  readonly own: (text: string) => string;
}

/** Every value read afresh: for a single entry or a small file. */
const typeNameOf = (text: string) => canonicalType(text) ?? text;

const EACH_TIME: EntryReading = { symbol: readSymbolText, date: parseDateText, field: clean, fits: typeFitsSymbol, typeName: typeNameOf, statusText: statusFromText, own: (s) => s };

/** The answers of `read` for the values met so far in one file (dropped with the reading). */
function remembering<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = read(text);
    known.set(text, value);
    return value;
  };
}

/** A symbol whose number (no leading zero, four digits at most) is followed by a separator and a letter. */
const NUMBER_THEN_CODES = /^([1-9]\d{0,3})([/-]\p{L}.*)$/su;

/**
 * The reading of a symbol from the reading of the same symbol with another number of as many digits
 * (`12/KH-UBND` from `11/KH-UBND`): the recognizer reads the number as digits only, and a register's
 * thousands of numbers per series then cost one reading each, not one each (a test holds them equal).
 */
export function symbolReader(read: (text: string) => NumberSymbol | undefined): (text: string) => NumberSymbol | undefined {
  return (text) => {
    const m = NUMBER_THEN_CODES.exec(text);
    if (!m) return read(text);
    const digits = m[1].length;
    const template = read('1'.repeat(digits) + m[2]);
    if (!template) return undefined;
    return { ...template, text, number: m[1], symbol: m[1] + template.symbol.slice(digits) };
  };
}

/** A string of its own, not a slice that keeps a whole file's text in memory. */
const copyOut = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * A reading for one file: each distinct symbol, date, short field and status text read once. With
 * `copy` (the texts are slices of the file's text), what entries keep is copied out.
 */
export function entryReading(options: { readonly copy?: boolean } = {}): EntryReading {
  const own = options.copy ? copyOut : (s: string) => s;
  const field = remembering((text: string) => {
    const cleaned = clean(text);
    return cleaned === undefined ? undefined : own(cleaned);
  });
  // By the symbol's reading (one object per symbol text): a symbol nearly always comes with one type.
  const fitting = new Map<NumberSymbol, { readonly type: string; readonly fits: boolean }>();
  return {
    symbol: remembering(symbolReader(remembering((text) => readSymbolText(own(text))))),
    date: remembering((text) => {
      const date = parseDateText(text);
      return date === undefined ? undefined : own(date);
    }),
    field: (text) => (text === undefined ? undefined : field(text)),
    typeName: remembering((text) => own(typeNameOf(text))),
    own,
    fits: (type, ns) => {
      const known = fitting.get(ns);
      if (known?.type === type) return known.fits;
      const fits = typeFitsSymbol(type, ns);
      fitting.set(ns, { type, fits });
      return fits;
    },
    statusText: remembering((text) => statusFromText(own(text))),
  };
}

/** The symbol, which must read as one, and the date, a calendar day of the symbol's year when it has one. */
function symbolAndDate(raw: RawEntry, reading: EntryReading): { readonly ns: NumberSymbol; readonly symbolText: string; readonly date: string } | Problem {
  const symbolText = clean(raw.symbol);
  if (!symbolText) return { problem: { code: 'missing-symbol' } };
  const ns = reading.symbol(symbolText);
  if (!ns) return { problem: { code: 'bad-symbol', data: { symbol: symbolText } } };
  const dateText = clean(raw.date);
  if (!dateText) return { problem: { code: 'missing-date', data: { symbol: symbolText } } };
  const date = reading.date(dateText);
  if (!date || (ns.year !== undefined && ns.year !== Number(date.slice(0, 4)))) {
    return { problem: { code: 'bad-date', data: { symbol: symbolText, date: dateText } } };
  }
  return { ns, symbolText, date };
}

/** The type as given (it must fit the symbol), or as the symbol says. */
export function typeOf(raw: RawEntry, ns: NumberSymbol, symbolText: string, reading: EntryReading): { readonly type?: string } | Problem {
  const typeText = reading.field(raw.type);
  const named = typeText ? reading.typeName(typeText) : undefined;
  // `Văn bản` names any document: the symbol says more.
  const type = named && named !== 'Văn bản' ? named : typeFromSymbol(ns);
  if (named && type === named && !reading.fits(named, ns)) {
    return { problem: { code: 'type-symbol', data: { symbol: symbolText, type: named } } };
  }
  return { type };
}

/** The status, written as a register writes it or as the JSON shape. */
export function statusOf(raw: RawEntry, symbolText: string, reading: EntryReading): { readonly status?: EntryStatus } | Problem {
  const status = typeof raw.status === 'string' ? reading.statusText(raw.status) : checkStatus(raw.status);
  if (status !== 'bad') return { status };
  const written = typeof raw.status === 'string' ? raw.status : JSON.stringify(raw.status);
  return { problem: { code: 'bad-status', data: { symbol: symbolText, status: String(written) } } };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The fields an entry may lack, set only when given: issuer, summary, status, scope, sources. */
function addOptionalFields(entry: Mutable<CatalogEntry>, raw: RawEntry, status: EntryStatus | undefined, reading: EntryReading): void {
  const issuer = reading.field(raw.issuer);
  const cleaned = clean(raw.summary);
  const summary = cleaned === undefined ? undefined : reading.own(cleaned);
  const scope = reading.field(raw.scope);
  const sources = raw.sources?.map((s) => s.trim()).filter((s) => /^https?:\/\/\S+$/.test(s)).map(reading.own);
  if (issuer) entry.issuer = issuer;
  if (summary) entry.summary = summary;
  if (status) entry.status = status;
  if (scope) entry.scope = scope;
  if (sources?.length) entry.sources = sources;
}

type CheckedParts = {
  readonly key: { readonly ns: NumberSymbol; readonly symbolText: string; readonly date: string };
  readonly typed: { readonly type?: string };
  readonly status: { readonly status?: EntryStatus };
};

/** The checks a row must pass, in makeEntry's order: symbol and date, type, status. */
function checkedParts(raw: RawEntry, reading: EntryReading): CheckedParts | Problem {
  const key = symbolAndDate(raw, reading);
  if ('problem' in key) return key;
  const typed = typeOf(raw, key.ns, key.symbolText, reading);
  if ('problem' in typed) return typed;
  const status = statusOf(raw, key.symbolText, reading);
  if ('problem' in status) return status;
  return { key, typed, status };
}

/**
 * What makeEntry would say of a row, read from the fields that can keep it out (symbol, date, type,
 * status): its problem, or the symbol and date its entry will have. A large file's rows are checked so
 * at load and built into entries only when asked for.
 */
export function checkRow(raw: RawEntry, reading: EntryReading): CheckedRow | Problem {
  const checked = checkedParts(raw, reading);
  if ('problem' in checked) return checked;
  return { symbol: checked.key.ns.symbol, date: checked.key.date, type: checked.typed.type, status: checked.status.status };
}

/** What a row's entry will have of the fields checked at load. */
export interface CheckedRow {
  readonly symbol: string;
  readonly date: string;
  readonly type: string | undefined;
  readonly status: EntryStatus | undefined;
}

/**
 * One entry from a file's fields, or the problem that keeps it out; `reading` may remember what it read.
 * The entry is built field by field, not spread from parts: no intermediate objects to copy and drop
 * for each of 200,000 rows.
 */
export function makeEntry(raw: RawEntry, origin: EntryOrigin, reading: EntryReading = EACH_TIME): EntryResult {
  const checked = checkedParts(raw, reading);
  if ('problem' in checked) return checked;
  const { key, typed, status } = checked;
  const entry = {} as Mutable<CatalogEntry>;
  if (typed.type) entry.type = typed.type;
  entry.number = key.ns.number;
  entry.symbol = key.ns.symbol;
  entry.date = key.date;
  addOptionalFields(entry, raw, status.status, reading);
  entry.origin = origin;
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

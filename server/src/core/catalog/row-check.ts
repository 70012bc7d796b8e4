/**
 * The check of a large file's rows at load (checkRow), with what it found for each distinct value
 * kept: a register repeats each symbol every year, and its types, dates and statuses on thousands
 * of rows. Only the verdicts of rows that pass are kept; a row with a problem is checked again by
 * checkRow itself, so that its problem is exactly the one makeEntry gives.
 */
import { checkRow, clean, statusOf, typeOf, type CheckedRow, type EntryReading, type NumberSymbol, type Problem, type RawEntry } from './entry';
import type { EntryStatus } from './types';

interface SymbolVerdict {
  readonly ns: NumberSymbol;
  readonly symbolText: string;
  /** The type each type text gives with this symbol (null: a problem). */
  readonly types: Map<string | undefined, { readonly type: string | undefined } | null>;
}

interface DateVerdict {
  readonly date: string;
  readonly year: number;
}

export function rowChecker(reading: EntryReading): (raw: RawEntry) => CheckedRow | Problem {
  const symbols = new Map<string | undefined, SymbolVerdict | null>();
  const dates = new Map<string | undefined, DateVerdict | null>();
  const statuses = new Map<unknown, { readonly status: EntryStatus | undefined } | null>();

  const symbolOf = (text: string | undefined): SymbolVerdict | null => {
    let verdict = symbols.get(text);
    if (verdict === undefined) {
      const symbolText = clean(text);
      const ns = symbolText ? reading.symbol(symbolText) : undefined;
      symbols.set(text, (verdict = symbolText && ns ? { ns, symbolText, types: new Map() } : null));
    }
    return verdict;
  };
  const dateOf = (text: string | undefined): DateVerdict | null => {
    let verdict = dates.get(text);
    if (verdict === undefined) {
      const dateText = clean(text);
      const date = dateText ? reading.date(dateText) : undefined;
      dates.set(text, (verdict = date ? { date, year: Number(date.slice(0, 4)) } : null));
    }
    return verdict;
  };
  const typeFor = (raw: RawEntry, s: SymbolVerdict): { readonly type: string | undefined } | null => {
    let verdict = s.types.get(raw.type);
    if (verdict === undefined) {
      const typed = typeOf(raw, s.ns, s.symbolText, reading);
      s.types.set(raw.type, (verdict = 'problem' in typed ? null : { type: typed.type }));
    }
    return verdict;
  };
  const statusFor = (raw: RawEntry, s: SymbolVerdict): { readonly status: EntryStatus | undefined } | null => {
    let verdict = statuses.get(raw.status);
    if (verdict === undefined) {
      // The status's reading does not depend on the symbol; only a problem's message names it.
      const read = statusOf(raw, s.symbolText, reading);
      statuses.set(raw.status, (verdict = 'problem' in read ? null : { status: read.status }));
    }
    return verdict;
  };

  return (raw) => {
    const s = symbolOf(raw.symbol);
    const d = s && dateOf(raw.date);
    const fits = d && (s.ns.year === undefined || s.ns.year === d.year);
    const typed = fits ? typeFor(raw, s) : null;
    const status = typed ? statusFor(raw, s!) : null;
    if (!typed || !status) return checkRow(raw, reading);
    return { symbol: s!.ns.symbol, date: d!.date, type: typed.type, status: status.status };
  };
}

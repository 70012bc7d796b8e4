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
  /** The type each type text gives with this symbol (null: a problem); a symbol nearly always comes with one. */
  readonly types: Map<string | undefined, TypeVerdict | null>;
}

interface TypeVerdict {
  readonly type: string | undefined;
}

interface DateVerdict {
  readonly date: string;
  readonly year: number;
}

/**
 * The verdicts of one kind of value by the value itself, the last one asked for kept at hand: a register
 * lists its rows in series, and consecutive rows mostly share their date, type and status.
 */
class Verdicts<K, V> {
  private readonly known = new Map<K, V | null>();
  private lastKey: K | undefined;
  private lastVerdict: V | null | undefined;

  constructor(private readonly compute: (key: K) => V | null) {}

  of(key: K): V | null {
    if (this.lastVerdict !== undefined && key === this.lastKey) return this.lastVerdict;
    let verdict = this.known.get(key);
    if (verdict === undefined) this.known.set(key, (verdict = this.compute(key)));
    this.lastKey = key;
    this.lastVerdict = verdict;
    return verdict;
  }
}

export function rowChecker(reading: EntryReading): (raw: RawEntry) => CheckedRow | Problem {
  const symbols = new Verdicts<string | undefined, SymbolVerdict>((text) => {
    const symbolText = clean(text);
    const ns = symbolText ? reading.symbol(symbolText) : undefined;
    return symbolText && ns ? { ns, symbolText, types: new Map() } : null;
  });
  const dates = new Verdicts<string | undefined, DateVerdict>((text) => {
    const dateText = clean(text);
    const date = dateText ? reading.date(dateText) : undefined;
    return date ? { date, year: Number(date.slice(0, 4)) } : null;
  });
  // The status's reading does not depend on the symbol (only a problem's message names it, and a row with one is checked again).
  const statuses = new Verdicts<RawEntry['status'], { readonly status: EntryStatus | undefined }>((status) => {
    const read = statusOf({ status }, '', reading);
    return 'problem' in read ? null : { status: read.status };
  });
  const typeFor = (raw: RawEntry, s: SymbolVerdict): TypeVerdict | null => {
    let verdict = s.types.get(raw.type);
    if (verdict === undefined) {
      const typed = typeOf(raw, s.ns, s.symbolText, reading);
      s.types.set(raw.type, (verdict = 'problem' in typed ? null : { type: typed.type }));
    }
    return verdict;
  };

  return (raw) => {
    const s = symbols.of(raw.symbol);
    const d = s && dates.of(raw.date);
    const fits = d && (s.ns.year === undefined || s.ns.year === d.year);
    const typed = fits ? typeFor(raw, s) : null;
    const status = typed ? statuses.of(raw.status) : null;
    if (!typed || !status) return checkRow(raw, reading);
    return { symbol: s!.ns.symbol, date: d!.date, type: typed.type, status: status.status };
  };
}

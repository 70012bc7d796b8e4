/**
 * Results of pure readings of pieces of a text (a line, a section), kept from one parse of a document to
 * the next: after an edit the editor's plan is read again whole, but every piece the edit left alone is
 * answered from here. A reading is keyed by its kind and the piece's own text only, so that a memoized
 * parse equals a fresh one by construction. Two generations are kept: what the last parse did not ask
 * for is dropped at the next, so the memo holds about one document's pieces.
 */
import { changeBetween, splitLines, splitLinesSince, type TextChange, type TextLine } from './lines';

/** What is made of a whole text (its lines, its pieces) and the text it was made of. */
interface Derived<T> {
  readonly text: string;
  readonly value: T;
}

/** A reading, and the last parse that asked for it. */
interface Entry {
  readonly value: unknown;
  used: number;
}

export class ScanMemo {
  /** Kind → text → reading; a map per kind, so that a key is the piece's own string (its hash kept by V8). */
  private readonly readings = new Map<string, Map<string, Entry>>();
  /** Name → what was made of the last text under that name. */
  private readonly derived = new Map<string, Derived<unknown>>();
  private generation = 0;
  /** Readings added since the last sweep, and how many there were after it. */
  private added = 0;
  private kept = 0;

  /**
   * The reading of `key` under `kind`, computed once while it keeps being asked for; never undefined.
   * `compute` is given the key, so that a caller asking for every line passes one function, not a new
   * closure per line.
   */
  get<T>(kind: string, key: string, compute: (key: string) => T): T {
    let readings = this.readings.get(kind);
    if (!readings) this.readings.set(kind, (readings = new Map()));
    const known = readings.get(key);
    if (known) {
      known.used = this.generation;
      return known.value as T;
    }
    const value = compute(key);
    readings.set(key, { value, used: this.generation });
    this.added++;
    return value;
  }

  /**
   * What `make` makes of the whole text under `name`, made again only when the text changed; `make`
   * gets what it made of the text before, to keep what the change left alone.
   */
  derive<T>(name: string, text: string, make: (before: Derived<T> | undefined) => T): T {
    const before = this.derived.get(name) as Derived<T> | undefined;
    if (before && before.text === text) return before.value;
    const value = make(before);
    this.derived.set(name, { text, value });
    return value;
  }

  /** Where `text` differs from `old`: the lines and the pieces of a text ask alike, so it is kept. */
  change(old: string, text: string): TextChange {
    const last = this.lastChange;
    if (last && last.old === old && last.text === text) return last.change;
    const change = changeBetween(old, text);
    this.lastChange = { old, text, change };
    return change;
  }

  private lastChange?: { readonly old: string; readonly text: string; readonly change: TextChange };

  /** The lines of `text`, split anew only where it differs from the last text asked for. */
  lines(text: string): readonly TextLine[] {
    return this.derive<readonly TextLine[]>('lines', text, (before) =>
      before ? splitLinesSince({ text: before.text, lines: before.value }, text, this.change(before.text, text)) : splitLines(text));
  }

  /**
   * A new parse begins. Readings neither this parse nor the one before asked for are dropped, in a
   * sweep made once enough were added since the last (a sweep every parse would cost more than the
   * readings it saves): the memo stays within about twice what one version of the text needs.
   */
  nextGeneration(): void {
    this.generation++;
    if (this.added <= Math.max(64, this.kept / 2)) return;
    this.kept = 0;
    for (const readings of this.readings.values()) {
      for (const [key, entry] of readings) {
        if (entry.used < this.generation - 1) readings.delete(key);
      }
      this.kept += readings.size;
    }
    this.added = 0;
  }

  /** How many readings are kept, for tests. */
  get size(): number {
    let n = 0;
    for (const readings of this.readings.values()) n += readings.size;
    return n;
  }
}

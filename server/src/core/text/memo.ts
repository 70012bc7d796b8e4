/**
 * Results of pure readings of pieces of a text (a line, a section), kept from one parse of a document to
 * the next: after an edit the editor's plan is read again whole, but every piece the edit left alone is
 * answered from here. A reading is keyed by its kind and the piece's own text only, so that a memoized
 * parse equals a fresh one by construction. Two generations are kept: what the last parse did not ask
 * for is dropped at the next, so the memo holds about one document's pieces.
 */
import { splitLines, splitLinesSince, type TextLine } from './lines';

export class ScanMemo {
  /** The last text split into lines, and its lines. */
  private split?: { readonly text: string; readonly lines: readonly TextLine[] };

  /** Kind → text → reading; a map per kind, so that a key is the piece's own string (its hash kept by V8). */
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();

  /** The reading of `key` under `kind`, computed once while it keeps being asked for. */
  get<T>(kind: string, key: string, compute: () => T): T {
    let now = this.current.get(kind);
    if (!now) this.current.set(kind, (now = new Map()));
    if (now.has(key)) return now.get(key) as T;
    const before = this.previous.get(kind);
    const value = before?.has(key) ? (before.get(key) as T) : compute();
    now.set(key, value);
    return value;
  }

  /** The lines of `text`, split anew only where it differs from the last text asked for. */
  lines(text: string): readonly TextLine[] {
    const lines = this.split ? splitLinesSince(this.split, text) : splitLines(text);
    this.split = { text, lines };
    return lines;
  }

  /** A new parse begins: readings not asked for since the previous call are dropped. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** How many readings are kept, for tests. */
  get size(): number {
    let n = 0;
    for (const generation of [this.current, this.previous]) for (const m of generation.values()) n += m.size;
    return n;
  }
}

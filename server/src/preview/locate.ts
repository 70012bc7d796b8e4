/**
 * Where each body block of export/blocks.ts stands in the plan's text. The blocks hold their Markdown
 * source, cut from the plan's lines in order (a paragraph is whole lines, a bullet a line less its
 * marker, a heading a line less its `#`, a table cell a trimmed cut of its row); so one forward pass
 * over the lines finds each, and the marks of findings can be placed inside them.
 */
import { isTableRow, tableCells } from '../export/blocks';
import type { PlanSource } from '../export/plan-adapter';
import type { Region } from './html-out';

const BULLET_PREFIX = /^[ \t]*[-+*][ \t]+$/;
const TABLE_DELIMITER_CELL = /^:?-{1,}:?$/;
const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]*/;

export class BlockLocator {
  private cursor: number;

  constructor(
    private readonly source: PlanSource,
    private readonly starts: readonly number[],
    fromLine: number,
    /** Lines no block is read from (the closing table's). */
    private readonly skip: ReadonlySet<number>,
  ) {
    this.cursor = fromLine;
  }

  private lineEnd(i: number): number {
    return this.starts[i] + this.source.lines[i].length;
  }

  /** The first line at or after the cursor that is not skipped and passes `test`; -1 if none. */
  private find(test: (line: string, i: number) => boolean): number {
    const { lines } = this.source;
    for (let i = this.cursor; i < lines.length; i++) if (!this.skip.has(i) && test(lines[i], i)) return i;
    return -1;
  }

  /** Whole lines (a paragraph, a `(Ban hành kèm theo …)` note). */
  lines(src: string): Region | undefined {
    const own = src.split('\n');
    const { lines } = this.source;
    const at = this.find((line, i) => line === own[0] && own.every((l, k) => lines[i + k] === l));
    if (at < 0) return undefined;
    this.cursor = at + own.length;
    return { from: this.starts[at], to: this.lineEnd(at + own.length - 1) };
  }

  /** A bullet item: its first line less the marker, then whole lines. */
  bullet(src: string): Region | undefined {
    const own = src.split('\n');
    const { lines } = this.source;
    const at = this.find((line, i) => line.endsWith(own[0]) && BULLET_PREFIX.test(line.slice(0, line.length - own[0].length))
      && own.every((l, k) => k === 0 || lines[i + k] === l));
    if (at < 0) return undefined;
    this.cursor = at + own.length;
    return { from: this.starts[at] + lines[at].length - own[0].length, to: this.lineEnd(at + own.length - 1) };
  }

  /** A heading: its text within its line. */
  heading(src: string): Region | undefined {
    const at = this.find((line) => line.includes(src));
    if (at < 0) return undefined;
    this.cursor = at + 1;
    const from = this.starts[at] + this.source.lines[at].indexOf(src);
    return { from, to: from + src.length };
  }

  /** A pipe table: one region per cell of each row (delimiter rows skipped), undefined for a cell not found. */
  table(rowCount: number): (Region | undefined)[][] {
    const { lines } = this.source;
    const at = this.find((line) => isTableRow(line));
    if (at < 0) return [];
    const rows: (Region | undefined)[][] = [];
    let i = at;
    for (; i < lines.length && rows.length < rowCount && isTableRow(lines[i]); i++) {
      const cells = tableCells(lines[i]);
      if (cells.every((c) => TABLE_DELIMITER_CELL.test(c))) continue;
      let col = 0;
      rows.push(cells.map((c) => {
        const k = c ? lines[i].indexOf(c, col) : -1;
        if (k < 0) return undefined;
        col = k + c.length;
        return { from: this.starts[i] + k, to: this.starts[i] + k + c.length };
      }));
    }
    this.cursor = i;
    return rows;
  }

  /** Code lines shown as typed: the line where each starts. */
  code(own: readonly string[]): (number | undefined)[] {
    if (own.length === 0) return [];
    const { lines } = this.source;
    const at = this.find((_, i) => own.every((l, k) => lines[i + k] === l));
    if (at < 0) return own.map(() => undefined);
    this.cursor = at + own.length;
    return own.map((_, k) => this.starts[at + k]);
  }
}

/** The region of each footnote's text (after `[^label]:`, through its indented continuation lines). */
export function footnoteRegions(source: PlanSource, starts: readonly number[]): Map<string, Region> {
  const regions = new Map<string, Region>();
  const { lines } = source;
  for (let i = 0; i < lines.length; i++) {
    const def = FOOTNOTE_DEF.exec(lines[i]);
    if (!def) continue;
    let last = i;
    while (last + 1 < lines.length && /^(?: {2,}|\t)\S/.test(lines[last + 1])) last++;
    if (!regions.has(def[1])) regions.set(def[1], { from: starts[i] + def[0].length, to: starts[last] + lines[last].length });
    i = last;
  }
  return regions;
}

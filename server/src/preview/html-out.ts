/**
 * The preview's HTML as it is built: markup (trusted, written by the renderer) and sourced text (the
 * plan's, always escaped). The marks are placed only when the whole is known, so that a finding over
 * text the preview does not show can move to the nearest text it does show.
 */
import type { InlineRun } from '../export/inline';
import { alignShown, escapeHtml, markedHtml, placeMarks, unsourced, type PreviewMark, type SourcedText } from './marked-text';

export class HtmlOut {
  private readonly chunks: (string | SourcedText)[] = [];

  /** Markup written by the renderer; never the plan's text. */
  raw(html: string): this {
    this.chunks.push(html);
    return this;
  }

  text(piece: SourcedText): this {
    this.chunks.push(piece);
    return this;
  }

  /** Appends what another builder holds (a table cell built apart). */
  append(other: HtmlOut): this {
    this.chunks.push(...other.chunks);
    return this;
  }

  isEmpty(): boolean {
    return this.chunks.length === 0;
  }

  /** `<p class="…">` holding one sourced text. */
  paragraph(className: string, piece: SourcedText | undefined): this {
    this.raw(`<p class="${className}">`);
    if (piece) this.text(piece);
    return this.raw('</p>');
  }

  render(marks: readonly PreviewMark[]): string {
    const shown: number[] = [];
    for (const c of this.chunks) if (typeof c !== 'string') for (const o of c.at) if (o >= 0) shown.push(o);
    const placed = placeMarks(marks, shown);
    return this.chunks.map((c) => (typeof c === 'string' ? c : markedHtml(c, placed))).join('');
  }
}

/** Where a paragraph's Markdown stands in the plan: `text[from, to)`; undefined when it was not found. */
export interface Region {
  readonly from: number;
  readonly to: number;
}

/**
 * Inline runs (emphasis, code, links, footnote references) as HTML, each run's text aligned with the
 * paragraph's region so that findings can be marked inside it. A footnote reference shows the note's
 * number, as Word does; an unknown one stays as typed.
 */
export function writeRuns(out: HtmlOut, runs: readonly InlineRun[], text: string, region: Region | undefined, footnoteIds: ReadonlyMap<string, number>): void {
  const shown = runs.map((r) => (r.lineBreak ? '' : r.footnote !== undefined && !footnoteIds.has(r.footnote) ? `[^${r.footnote}]` : r.text));
  const sourced = region ? alignShown(shown, text, region.from, region.to) : shown.map(unsourced);
  runs.forEach((run, i) => {
    if (run.lineBreak) { out.raw('<br>'); return; }
    const id = run.footnote !== undefined ? footnoteIds.get(run.footnote) : undefined;
    if (id !== undefined) { out.raw(`<sup class="fnref">${id}</sup>`); return; }
    const open = [run.bold && 'b', run.italic && 'i', run.code && 'code'].filter((t): t is string => Boolean(t));
    if (run.link) out.raw(`<span class="link" title="${escapeHtml(run.link)}">`);
    for (const tag of open) out.raw(`<${tag}>`);
    out.text(sourced[i]);
    for (const tag of [...open].reverse()) out.raw(`</${tag}>`);
    if (run.link) out.raw('</span>');
  });
}

/**
 * The paragraphs laid out as one text, the way `parsePlan` reads a plan pasted from Word:
 * - one paragraph after another, a blank line between them (each Word paragraph is a paragraph);
 *   a soft line break (`w:br`) is a line break inside its paragraph;
 * - a table row whose cells each hold one line is one line, `| Rà soát | 31/3/2023 |`, as a Markdown
 *   table row: a numbered cell (`1. Rà soát`) is then never taken for a heading;
 * - a row whose cells hold several paragraphs (the header's `ỦY BAN NHÂN DÂN` / `HUYỆN …` beside the
 *   Quốc hiệu and Tiêu ngữ, Nơi nhận beside the signature) gives one line per paragraph, cell after
 *   cell, as text copied from such a table reads; the lines of one table follow each other;
 * - an empty paragraph adds nothing (it is spacing), but keeps its index;
 * - footnotes and endnotes follow the body, each paragraph on its own.
 * Every character of the text belongs to one paragraph's range or to the separators between them.
 */
import type { ParagraphText, TextPart } from './paragraph-text';
import { withoutUndefined, type DocxParagraph, type DocxRun, type LegacyRange } from './types';

export interface Layout {
  readonly text: string;
  readonly paragraphs: DocxParagraph[];
  readonly runs: DocxRun[];
  readonly legacy: LegacyRange[];
}

const hasText = (p: ParagraphText) => p.parts.length > 0;
const isMultiline = (p: ParagraphText) => p.parts.some((part) => part.text.includes('\n'));

/** Paragraphs of one row of a table in the body (not nested, not in a text box), or one paragraph. */
function groups(paragraphs: readonly ParagraphText[]): ParagraphText[][] {
  const out: ParagraphText[][] = [];
  for (const p of paragraphs) {
    const t = p.source.table;
    const last = out[out.length - 1];
    const lastTable = last?.[0].source.table;
    if (t && t.depth === 1 && !p.source.inTextBox && lastTable && lastTable.depth === 1 && !last[0].source.inTextBox
      && lastTable.table === t.table && lastTable.row === t.row) last.push(p);
    else out.push([p]);
  }
  return out;
}

/** A row read as one line: every cell holds at most one paragraph with text, none on two lines. */
function isOneLineRow(row: readonly ParagraphText[]): boolean {
  if (row[0].source.table?.depth !== 1 || row[0].source.inTextBox) return false;
  const cells = new Set<number>();
  for (const p of row) {
    if (!hasText(p)) continue;
    if (isMultiline(p) || cells.has(p.source.table!.cell)) return false;
    cells.add(p.source.table!.cell);
  }
  return cells.size > 0;
}

class TextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly paragraphs: DocxParagraph[] = [];
  readonly runs: DocxRun[] = [];
  readonly legacy: LegacyRange[] = [];
  /** The root table of the last text written (undefined outside tables); null before any text. */
  private previousTable: number | undefined | null = null;

  text(): string {
    return this.chunks.join('');
  }

  private append(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
  }

  /** The separator before new text: a line break inside a table, a blank line anywhere else. */
  private separate(table: number | undefined): void {
    if (this.previousTable !== null) this.append(table !== undefined && table === this.previousTable ? '\n' : '\n\n');
    this.previousTable = table;
  }

  addGroup(group: readonly ParagraphText[]): void {
    if (group.length > 0 && group[0].source.table && isOneLineRow(group)) this.addRow(group);
    else for (const p of group) this.addParagraph(p);
  }

  private addParagraph(p: ParagraphText): void {
    if (hasText(p)) this.separate(p.source.table?.root);
    const start = this.length;
    for (const part of p.parts) this.addPart(part);
    this.paragraphs.push(describe(p, this.paragraphs.length + 1, start, this.length));
  }

  /** `| a | b |`: each cell's paragraph keeps its own range; empty cells stay as `| |`. */
  private addRow(row: readonly ParagraphText[]): void {
    this.separate(row[0].source.table!.root);
    this.append('|');
    let cell = -1;
    for (const p of row) {
      const at = p.source.table!.cell;
      for (; cell < at; cell++) if (cell >= 0) this.append(' |');
      if (hasText(p)) this.append(' ');
      const start = this.length;
      for (const part of p.parts) this.addPart(part);
      this.paragraphs.push(describe(p, this.paragraphs.length + 1, start, this.length));
    }
    this.append(' |');
  }

  private addPart(part: TextPart): void {
    const start = this.length;
    this.append(part.text);
    const end = this.length;
    const paragraph = this.paragraphs.length + 1;
    this.runs.push({ start, end, paragraph, run: part.run, kind: part.kind, format: part.format, ...(part.legacy ? { legacy: part.legacy.encoding } : {}) });
    if (!part.legacy) return;
    const last = this.legacy[this.legacy.length - 1];
    if (last && last.end === start && last.encoding === part.legacy.encoding && last.font === part.legacy.font) {
      this.legacy[this.legacy.length - 1] = { ...last, end };
    } else this.legacy.push({ start, end, encoding: part.legacy.encoding, font: part.legacy.font });
  }
}

function describe(p: ParagraphText, index: number, start: number, end: number): DocxParagraph {
  const t = p.source.table;
  const out: Record<string, unknown> = {
    index, start, end,
    part: p.source.note?.kind ?? 'body',
    styleId: p.styleId,
    styleName: p.styleName,
    numberingText: p.numbering?.text || undefined,
    numbering: p.numbering && { numId: p.numbering.numId, level: p.numbering.level, format: p.numbering.format },
    table: t && { table: t.table, row: t.row, cell: t.cell, depth: t.depth },
    inTextBox: p.source.inTextBox || undefined,
    format: p.format,
    fields: p.source.fields.length > 0 ? p.source.fields : undefined,
  };
  return withoutUndefined(out) as unknown as DocxParagraph;
}

/** Body paragraphs, then those of the notes, as one text with its map. */
export function layOut(paragraphs: readonly ParagraphText[]): Layout {
  const builder = new TextBuilder();
  for (const group of groups(paragraphs)) builder.addGroup(group);
  return { text: builder.text(), paragraphs: builder.paragraphs, runs: builder.runs, legacy: builder.legacy };
}

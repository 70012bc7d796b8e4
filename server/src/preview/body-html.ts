/**
 * The body as export/body.ts lays it out for Word, from the same blocks (export/blocks.ts): headings
 * I./1./a) in their weights, paragraphs justified with the first-line indent, bullets with the typed
 * marker, pipe tables with borders, code as typed, the closing (Nơi nhận and signature) as a borderless
 * two-column table where it stands, and the footnotes after the text.
 */
import type { DocumentLayout } from '../core/format/nd30-layout';
import type { Body, BodyBlock } from '../export/blocks';
import type { Closing } from '../export/closing';
import { parseInline } from '../export/inline';
import type { PlanSource } from '../export/plan-adapter';
import { HtmlOut, writeRuns, type Region } from './html-out';
import { BlockLocator, footnoteRegions } from './locate';
import { sourcedAt, unsourced } from './marked-text';

/** The bullet glyphs of the export's numbering definitions (export/index.ts): `*` is shown as •. */
const BULLET_GLYPH = { '-': '-', '+': '+', '*': '•' } as const;

interface BodyContext {
  readonly out: HtmlOut;
  readonly source: PlanSource;
  readonly layout: DocumentLayout;
  readonly closing: Closing;
  readonly locator: BlockLocator;
  readonly starts: readonly number[];
  readonly footnoteIds: ReadonlyMap<string, number>;
}

function runsParagraph(ctx: BodyContext, className: string, markdown: string, region: Region | undefined, prefix = ''): void {
  ctx.out.raw(`<p class="${className}">`);
  if (prefix) ctx.out.text(unsourced(prefix));
  writeRuns(ctx.out, parseInline(markdown), ctx.source.text, region, ctx.footnoteIds);
  ctx.out.raw('</p>');
}

function writeTable(ctx: BodyContext, block: Extract<BodyBlock, { kind: 'table' }>): void {
  const regions = ctx.locator.table(block.rows.length);
  const columns = Math.max(...block.rows.map((r) => r.length));
  ctx.out.raw('<table class="grid">');
  block.rows.forEach((cells, r) => {
    ctx.out.raw('<tr>');
    for (let c = 0; c < columns; c++) {
      ctx.out.raw('<td>');
      runsParagraph(ctx, r < block.headerRows ? 'cell th' : 'cell', cells[c] ?? '', regions[r]?.[c]);
      ctx.out.raw('</td>');
    }
    ctx.out.raw('</tr>');
  });
  ctx.out.raw('</table>');
}

function writeBlock(ctx: BodyContext, block: BodyBlock): void {
  const { out, locator } = ctx;
  switch (block.kind) {
    case 'heading': {
      const style = block.mark.style ?? (block.mark.level === 1 ? 'roman' : block.mark.level === 2 ? 'arabic' : 'letter');
      runsParagraph(ctx, `b h h-${style}`, block.source, locator.heading(block.source));
      return;
    }
    case 'paragraph':
      runsParagraph(ctx, block.role === 'attachedTo' ? 'attached' : 'b', block.source, locator.lines(block.source));
      return;
    case 'bullet':
      runsParagraph(ctx, `bullet d${block.depth}`, block.source, locator.bullet(block.source), `${BULLET_GLYPH[block.marker]} `);
      return;
    case 'table': writeTable(ctx, block); return;
    case 'code':
      locator.code(block.lines).forEach((start, k) => {
        const line = block.lines[k];
        out.paragraph('code', line ? (start === undefined ? unsourced(line) : sourcedAt(line, start)) : undefined);
      });
      return;
    case 'closing': writeClosing(ctx); return;
  }
}

/** The closing's lines as they stand in the plan: each shown line takes the first unused line with its text. */
function closingLineFinder(ctx: BodyContext) {
  const { source, starts } = ctx;
  const used = new Set<number>();
  const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const candidates = [
    ...(source.recipients ? span(source.recipients.firstLine, source.recipients.lastLine) : []),
    ...(source.signature ? span(source.signature.firstLine, source.signature.lastLine) : []),
  ];
  return (shown: string): Region | undefined => {
    const i = candidates.find((c) => !used.has(c) && source.lines[c].trim() === shown);
    if (i === undefined) return undefined;
    used.add(i);
    return { from: starts[i], to: starts[i] + source.lines[i].length };
  };
}

/** Nơi nhận left (ô 9b), level with the signing authority right (ô 7a, 7b, 7c), as export/docx-closing.ts. */
function writeClosing(ctx: BodyContext): void {
  const { out, closing, layout } = ctx;
  const at = closingLineFinder(ctx);
  out.raw('<table class="layout closing"><colgroup><col class="col-l"><col class="col-r"></colgroup><tr><td class="cell-l">');
  if (closing.recipientsLabel !== undefined) runsParagraph(ctx, 'p-recipientsLabel closing-gap', closing.recipientsLabel, at(closing.recipientsLabel));
  for (const r of closing.recipients) runsParagraph(ctx, 'p-recipients', r, at(r));
  out.raw('</td><td class="cell-r">');
  closing.authority.forEach((a, i) => runsParagraph(ctx, `p-signingAuthority${i === 0 ? ' closing-gap' : ''}`, a, at(a)));
  // Room for the signature and the seal (ô 7c, 8); a note such as `(Đã ký)` sits in that room.
  const space = layout.signatureSpaceLines.value;
  const before = Math.max(0, Math.floor((space - closing.notes.length) / 2));
  for (let i = 0; i < before; i++) out.raw('<p class="blank"></p>');
  for (const n of closing.notes) runsParagraph(ctx, 'p-signerName sign-note', n, at(n));
  for (let i = before + closing.notes.length; i < space; i++) out.raw('<p class="blank"></p>');
  if (closing.signerName !== undefined) runsParagraph(ctx, 'p-signerName', closing.signerName, at(closing.signerName));
  out.raw('</td></tr></table>');
}

function writeNotes(ctx: BodyContext, footnotes: ReadonlyMap<string, string>): void {
  if (footnotes.size === 0) return;
  const regions = footnoteRegions(ctx.source, ctx.starts);
  ctx.out.raw('<div class="notes"><div class="notes-rule"></div>');
  for (const [label, note] of footnotes) {
    ctx.out.raw(`<p class="note"><sup class="fnref">${ctx.footnoteIds.get(label)}</sup> `);
    writeRuns(ctx.out, parseInline(note), ctx.source.text, regions.get(label), ctx.footnoteIds);
    ctx.out.raw('</p>');
  }
  ctx.out.raw('</div>');
}

export function writeBody(out: HtmlOut, source: PlanSource, body: Body, closing: Closing, layout: DocumentLayout, starts: readonly number[]): void {
  const footnoteIds = new Map([...body.footnotes.keys()].map((label, i) => [label, i + 1]));
  const locator = new BlockLocator(source, starts, source.headerEndLine, closing.lines);
  const ctx: BodyContext = { out, source, layout, closing, locator, starts, footnoteIds };
  for (const block of body.blocks) writeBlock(ctx, block);
  writeNotes(ctx, body.footnotes);
}

/**
 * The first page's header, laid out as export/header.ts lays it out for Word: a borderless table of
 * two columns (issuer with its short rule and `Số` left; Quốc hiệu, Tiêu ngữ with its rule and the
 * place-date right), then KẾ HOẠCH, the trích yếu and its rule centred across the page. Header-area
 * text that is no header part is kept as plain paragraphs before or after the table, as the export does.
 */
import type { DocumentLayout, PartStyle } from '../core/format/nd30-layout';
import { splitIssuer } from '../core/format/issuer-parts';
import { textWidthPt as measuredWidthPt } from '../core/format/text-width';
import { cellsOf } from '../core/text/clean';
import { rightTitle } from '../export/header';
import { parseInline, plainInline } from '../export/inline';
import type { FieldSpan, PlanSource } from '../export/plan-adapter';
import { HtmlOut, writeRuns } from './html-out';
import { alignShown, type SourcedText } from './marked-text';
import { columnWidthsPt, LAYOUT_CELL_PADDING_PT, textWidthPt, type PartName, type RuleWidths } from './style';

/** A header field's shown text (its Markdown removed, trimmed), aligned with where it stands. */
function fieldText(source: PlanSource, field: FieldSpan): SourcedText {
  const shown = plainInline(field.text).trim();
  return alignShown([shown], source.text, field.start, field.end)[0];
}

const part = (out: HtmlOut, name: PartName, piece: SourcedText, extra = '') => out.paragraph(`p-${name}${extra}`, piece);

const longestPt = (lines: readonly string[], style: PartStyle) =>
  Math.max(0, ...lines.map((l) => measuredWidthPt(l, style.size.value, style.bold)));

const innerWidth = (columnPt: number) => columnPt - 2 * LAYOUT_CELL_PADDING_PT;

function issuerCell(out: HtmlOut, source: PlanSource, layout: DocumentLayout, rules: { issuer?: number }): void {
  const pieces = source.header.issuer.map((f) => fieldText(source, f));
  const { superior, issuer } = splitIssuer(pieces.map((p) => p.text));
  pieces.slice(0, superior.length).forEach((p) => part(out, 'superior', p));
  pieces.slice(superior.length).forEach((p) => part(out, 'issuer', p));
  const style = layout.parts.issuer;
  if (layout.issuerMark && issuer.length > 0) {
    out.raw(`<p class="p-issuer issuer-mark">${layout.issuerMark.text}</p>`);
  } else if (style.rule && issuer.length > 0) {
    rules.issuer = Math.min(style.rule.length.value * longestPt(issuer, style), innerWidth(columnWidthsPt(layout)[0]));
    out.raw('<div class="rule rule-issuer"></div>');
  }
}

function titleCell(out: HtmlOut, source: PlanSource, layout: DocumentLayout, rules: { title?: number }): void {
  const { motto } = source.header;
  const { field: titleField, kind } = rightTitle(source.header, layout);
  const isParty = kind === 'party';
  const title = titleField && fieldText(source, titleField);
  const titleStyle = layout.parts.nationalTitle;
  if (title?.text) part(out, 'nationalTitle', title);
  const mottoStyle = layout.parts.motto;
  const mottoText = kind === 'state' && motto ? fieldText(source, motto) : undefined;
  if (mottoText?.text && mottoStyle) part(out, 'motto', mottoText);
  // The rule goes under the Tiêu ngữ (mục II.1.b), or under the Party title (HD 36, điểm 1.1.2).
  const ruled = mottoText?.text && mottoStyle ? { text: mottoText.text, style: mottoStyle }
    : isParty && title?.text ? { text: title.text, style: titleStyle } : undefined;
  if (ruled?.style.rule) {
    const width = measuredWidthPt(ruled.text, ruled.style.size.value, ruled.style.bold);
    rules.title = Math.min(ruled.style.rule.length.value * width, innerWidth(columnWidthsPt(layout)[1]));
    out.raw('<div class="rule rule-title"></div>');
  }
}

interface StrayCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Header-area cells that hold no header part, before or after the first one (as export/header.ts). */
function strayCells(source: PlanSource, lineStarts: readonly number[]): { before: StrayCell[]; after: StrayCell[] } {
  const h = source.header;
  const fields = [...h.issuer, h.nationalTitle, h.motto, h.partyTitle, h.doanTitle, h.number, h.placeDate, h.title, h.summary, h.attachedTo]
    .filter((f): f is FieldSpan => f !== undefined);
  const firstField = Math.min(...fields.map((f) => f.start));
  const before: StrayCell[] = [];
  const after: StrayCell[] = [];
  for (let i = 0; i < source.headerEndLine && i < source.lines.length; i++) {
    for (const c of cellsOf(source.lines[i], lineStarts[i])) {
      if (!/[\p{L}\p{N}]/u.test(c.text) || fields.some((f) => c.start < f.end && c.end > f.start)) continue;
      (c.start < firstField ? before : after).push(c);
    }
  }
  return { before, after };
}

function strayParagraph(out: HtmlOut, source: PlanSource, cell: StrayCell): void {
  out.raw('<p class="plain">');
  writeRuns(out, parseInline(cell.text), source.text, { from: cell.start, to: cell.end }, new Map());
  out.raw('</p>');
}

/** KẾ HOẠCH, the trích yếu with its short rule, and `(Ban hành kèm theo …)` when the header holds it. */
function titleBlock(out: HtmlOut, source: PlanSource, layout: DocumentLayout, rules: { summary?: number }): void {
  const { title, summary, attachedTo } = source.header;
  let any = false;
  if (title) { part(out, 'typeName', fieldText(source, title), ' title-line'); any = true; }
  const style = layout.parts.summary;
  if (summary) {
    const text = fieldText(source, summary);
    part(out, 'summary', text, ' summary-line');
    if (style.rule) {
      const width = Math.min(measuredWidthPt(text.text, style.size.value, style.bold), textWidthPt(layout));
      rules.summary = style.rule.length.value * width;
      out.raw('<div class="rule rule-summary"></div>');
    }
    any = true;
  }
  if (attachedTo && attachedTo.firstLine < source.headerEndLine) {
    out.raw('<p class="head-attached">');
    writeRuns(out, parseInline(attachedTo.text), source.text, { from: attachedTo.start, to: attachedTo.end }, new Map());
    out.raw('</p>');
    any = true;
  }
  if (any) out.raw('<p class="blank"></p>');
}

/** Writes the header; returns the widths of the rules it drew, for the stylesheet. */
export function writeHeader(out: HtmlOut, source: PlanSource, layout: DocumentLayout, lineStarts: readonly number[]): RuleWidths {
  const rules: { issuer?: number; title?: number; summary?: number } = {};
  const h = source.header;
  const stray = strayCells(source, lineStarts);
  for (const c of stray.before) strayParagraph(out, source, c);
  const left = new HtmlOut();
  issuerCell(left, source, layout, rules);
  const right = new HtmlOut();
  titleCell(right, source, layout, rules);
  const number = h.number && fieldText(source, h.number);
  const placeDate = h.placeDate && fieldText(source, h.placeDate);
  if (!left.isEmpty() || !right.isEmpty() || number || placeDate) {
    out.raw('<table class="layout hdr"><colgroup><col class="col-l"><col class="col-r"></colgroup><tr><td class="cell-l">');
    out.append(left).raw('</td><td class="cell-r">').append(right).raw('</td></tr><tr><td class="cell-l">');
    if (number) part(out, 'number', number, ' row-gap');
    out.raw('</td><td class="cell-r">');
    if (placeDate) part(out, 'placeDate', placeDate, ' row-gap');
    out.raw('</td></tr></table>');
  }
  for (const c of stray.after) strayParagraph(out, source, c);
  titleBlock(out, source, layout, rules);
  return rules;
}

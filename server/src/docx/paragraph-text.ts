/**
 * Raw paragraphs → the text of each paragraph as printed, in parts that each keep their run and
 * formatting: the list number Word draws first, then the runs. Hidden text (`w:vanish`) is left out,
 * a run set in capitals (`w:caps`) is read in capitals, a run in a legacy font is decoded. Spaces and
 * line breaks at the ends of a paragraph are trimmed (Word's indentation by spaces and tabs would read
 * as Markdown's indented code).
 */
import type { RawParagraph } from './body';
import { decodeLegacyRun, legacyEncodingOfFont } from './legacy-fonts';
import type { NumberingCounter } from './numbering';
import {
  isHidden, numberingReferenceOf, paragraphFormatOf, paragraphLayers, paragraphStyleOf, runFormatOf, runLayers, type StyleSheet,
} from './styles';
import type { LegacyEncoding, ParagraphFormat, RunFormat } from './types';
import { child, type XmlElement } from './xml';

export interface TextPart {
  readonly text: string;
  readonly run: number;
  readonly kind: 'text' | 'field' | 'numbering';
  readonly format: RunFormat;
  readonly legacy?: { readonly encoding: LegacyEncoding; readonly font: string };
}

export interface ParagraphText {
  readonly source: RawParagraph;
  readonly parts: readonly TextPart[];
  readonly styleId?: string;
  readonly styleName?: string;
  readonly numbering?: { readonly numId: string; readonly level: number; readonly format: string; readonly text: string };
  readonly format: ParagraphFormat;
}

/** A deleted paragraph mark (tracked): accepted, the paragraph runs on into the next one. */
export function hasDeletedMark(p: RawParagraph): boolean {
  return child(child(p.pPr, 'w:rPr'), 'w:del') !== undefined;
}

/** Paragraphs whose mark was deleted joined to the next (same table cell or none); the first one's properties kept. */
export function joinDeletedMarks(paragraphs: readonly RawParagraph[]): RawParagraph[] {
  const out: RawParagraph[] = [];
  let pending: RawParagraph | undefined;
  for (const p of paragraphs) {
    let current = p;
    if (pending && sameContainer(pending, p)) {
      const offset = pending.runs;
      current = {
        ...pending,
        pieces: [...pending.pieces, ...p.pieces.map((piece) => ({ ...piece, run: piece.run + offset }))],
        runs: pending.runs + p.runs,
        fields: [...pending.fields, ...p.fields],
        // The section break and the mark that stays are the later paragraph's.
        pPr: withMarkOf(pending.pPr, p.pPr),
      };
    } else if (pending) out.push(pending);
    pending = undefined;
    if (hasDeletedMark(current)) pending = current;
    else out.push(current);
  }
  if (pending) out.push(pending);
  return out;
}

function sameContainer(a: RawParagraph, b: RawParagraph): boolean {
  return a.note?.id === b.note?.id && a.inTextBox === b.inTextBox && a.table?.table === b.table?.table
    && a.table?.row === b.table?.row && a.table?.cell === b.table?.cell;
}

/** The first paragraph's properties with the later one's paragraph mark (`w:rPr`) and section break. */
function withMarkOf(first: XmlElement | undefined, later: XmlElement | undefined): XmlElement | undefined {
  if (!first) return later;
  const keep = first.children.filter((c) => c.name !== 'w:rPr' && c.name !== 'w:sectPr');
  const take = (later?.children ?? []).filter((c) => c.name === 'w:rPr' || c.name === 'w:sectPr');
  return { ...first, children: [...keep, ...take] };
}

const SPACE = new Set([' ', '\t', '\n', '\u00a0']);

/** Parts without the spaces and breaks at both ends of the paragraph; empty parts dropped. */
function trimParts(parts: readonly TextPart[]): TextPart[] {
  const out = parts.map((p) => ({ ...p, text: p.text.replace(/\r\n?/g, ' ') }));
  while (out.length > 0) {
    const first = out[0];
    let i = 0;
    while (i < first.text.length && SPACE.has(first.text[i])) i++;
    if (i < first.text.length) { out[0] = { ...first, text: first.text.slice(i) }; break; }
    out.shift();
  }
  while (out.length > 0) {
    const last = out[out.length - 1];
    let i = last.text.length;
    while (i > 0 && SPACE.has(last.text[i - 1])) i--;
    if (i > 0) { out[out.length - 1] = { ...last, text: last.text.slice(0, i) }; break; }
    out.pop();
  }
  return out.filter((p) => p.text !== '');
}

/** Consecutive pieces of one run (its `w:t`, `w:tab`, `w:br`) as one string, so a legacy run decodes whole. */
function runsOf(p: RawParagraph): { text: string; run: number; kind: 'text' | 'field'; rPr?: XmlElement }[] {
  const out: { text: string; run: number; kind: 'text' | 'field'; rPr?: XmlElement }[] = [];
  for (const piece of p.pieces) {
    const last = out[out.length - 1];
    if (last && last.run === piece.run && last.kind === piece.kind) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}

export class ParagraphReader {
  private readonly formats = new Map<string | undefined, Map<XmlElement | undefined, { format: RunFormat; hidden: boolean }>>();

  constructor(private readonly sheet: StyleSheet, private readonly counter: NumberingCounter) {}

  read(p: RawParagraph): ParagraphText {
    const styleId = paragraphStyleOf(this.sheet, p.pPr);
    const parts: TextPart[] = [];
    const numbering = this.numberOf(p, styleId);
    if (numbering?.text) {
      const layers = [...runLayers(this.sheet, styleId, child(p.pPr, 'w:rPr')), numbering.rPr];
      parts.push({ text: numbering.text, run: 0, kind: 'numbering', format: runFormatOf(this.sheet, layers) });
    }
    for (const run of runsOf(p)) {
      const { format, hidden } = this.formatOf(styleId, run.rPr);
      if (hidden) continue;
      parts.push(this.decoded({ text: run.text, run: run.run, kind: run.kind, format }));
    }
    return {
      source: p,
      parts: trimParts(parts),
      styleId,
      styleName: styleId === undefined ? undefined : this.sheet.styles.get(styleId)?.name,
      numbering: numbering && { numId: numbering.numId, level: numbering.level, format: numbering.format, text: numbering.text },
      format: paragraphFormatOf(paragraphLayers(this.sheet, styleId, p.pPr)),
    };
  }

  private numberOf(p: RawParagraph, styleId: string | undefined) {
    const ref = numberingReferenceOf(this.sheet, styleId, p.pPr);
    if (ref.numId === undefined) return undefined;
    // A style's list without a level: the level that names the paragraph's style (as Heading 2 → level 1).
    const level = ref.level ?? (ref.fromStyle && styleId ? this.counter.levelForStyle(ref.numId, styleId) : 0);
    const drawn = this.counter.next(ref.numId, level);
    return drawn && { ...drawn, numId: ref.numId, level };
  }

  private formatOf(styleId: string | undefined, rPr: XmlElement | undefined) {
    let byRun = this.formats.get(styleId);
    if (!byRun) this.formats.set(styleId, (byRun = new Map()));
    let found = byRun.get(rPr);
    if (!found) {
      const layers = runLayers(this.sheet, styleId, rPr);
      found = { format: runFormatOf(this.sheet, layers), hidden: isHidden(layers) };
      byRun.set(rPr, found);
    }
    return found;
  }

  /** A run in a legacy font decoded; a run formatted in capitals read in capitals. */
  private decoded(part: TextPart): TextPart {
    let out = part;
    const encoding = legacyEncodingOfFont(part.format.font);
    if (encoding) {
      const text = decodeLegacyRun(part.text, part.format.font!, encoding);
      if (text !== undefined) out = { ...out, text, legacy: { encoding, font: part.format.font! } };
    }
    if (part.format.caps) out = { ...out, text: out.text.toUpperCase() };
    return out;
  }
}

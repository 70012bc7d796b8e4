/**
 * One story of a .docx (the body, a header, the footnotes) read in a single streaming pass into raw
 * paragraphs: the text of each run with the run's own properties, in document order. What Word shows
 * once its tracked changes are accepted is what is kept:
 * - `w:ins` and `w:moveTo` are read; `w:del`, `w:moveFrom` are not (deleted text is `w:delText`); a
 *   deleted paragraph mark joins the paragraph to the next one;
 * - a field shows its result, never its instruction (`PAGE`, `DATE`: the text between
 *   `fldChar separate` and `end`, or the runs of a `w:fldSimple`); the instruction is recorded;
 * - of `mc:AlternateContent`, the first `mc:Choice` only (text boxes come twice, as DrawingML and as
 *   VML for older readers);
 * - a text box's paragraphs (`w:txbxContent`) follow the paragraph they are anchored in;
 * - comments, bookmarks, proofing marks, properties of content controls and formatting changes
 *   (`w:rPrChange` …: the formatting before the change) carry no text and are skipped.
 */
import { walkXml, type Attributes, type XmlElement } from './xml';
import type { TablePlace } from './types';

export interface RawPiece {
  readonly text: string;
  /** 1-based index of the `w:r` in its paragraph. */
  readonly run: number;
  readonly kind: 'text' | 'field';
  readonly rPr?: XmlElement;
}

export interface RawParagraph {
  pPr?: XmlElement;
  pieces: RawPiece[];
  runs: number;
  readonly table?: TablePlace & { readonly root: number };
  readonly inTextBox: boolean;
  readonly note?: { readonly kind: 'footnote' | 'endnote'; readonly id: string };
  fields: string[];
  /** Paragraphs of text boxes anchored in this one, in order. */
  readonly nested: RawParagraph[];
}

export interface RawStory {
  /** Paragraphs in document order, those of text boxes after their anchor's. */
  readonly paragraphs: RawParagraph[];
  /** The body's last `w:sectPr` (the last section's page setup). */
  readonly finalSectPr?: XmlElement;
}

/** Elements whose whole content is skipped: deleted text, and properties that carry no text. */
const SKIPPED = new Set([
  'w:del', 'w:moveFrom', 'w:sdtPr', 'w:sdtEndPr', 'w:customXmlPr', 'w:smartTagPr', 'w:tblPr', 'w:tblGrid', 'w:trPr',
  'w:tcPr', 'w:tblPrEx', 'w:fldData', 'w:ffData', 'w:delInstrText', 'w:delText', 'w:rPrChange', 'w:pPrChange',
  'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange',
]);

/** Properties read whole as small trees: the paragraph's, the run's, the body's last section. */
const CAPTURED = new Set(['w:pPr', 'w:rPr', 'w:sectPr']);

/**
 * Characters Word draws for these elements. A tab reads as a space: it is a gap on the page, and the
 * header reader splits `Số: 45/KH-UBND⇥⇥Bình Gia, ngày …` (Số and the date on one line, set apart by
 * tabs, as Word users type them) at spaces. One character either way, so offsets do not move.
 */
const SPECIAL_CHARACTERS: Readonly<Record<string, string>> = {
  'w:tab': ' ', 'w:ptab': ' ', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '-', 'w:softHyphen': '', 'w:sym': '',
};

const NOTE_SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

interface Field { instruction: string; result: boolean; paragraph?: RawParagraph; recorded: boolean }
interface Capture { readonly root: XmlElement; readonly stack: XmlElement[]; readonly owner: string }
interface Table { readonly id: number; row: number; cell: number }
interface Run { readonly index: number; rPr?: XmlElement }

class StoryReader {
  readonly paragraphs: RawParagraph[] = [];
  finalSectPr?: XmlElement;
  private readonly names: string[] = [];
  private skipDepth = 0;
  private capture?: Capture;
  private readonly open: { paragraph: RawParagraph; run?: Run }[] = [];
  private readonly fields: Field[] = [];
  private readonly tables: Table[] = [];
  private tableCount = 0;
  /** Per open text box: how many tables were open outside it. */
  private readonly textBoxes: number[] = [];
  private readonly alternates: { depth: number; chosen: boolean }[] = [];
  private note?: RawParagraph['note'];
  private inText = false;
  private inInstruction = false;

  onOpen(name: string, attributes: Attributes): void {
    const parent = this.names[this.names.length - 1];
    this.names.push(name);
    if (this.skipDepth > 0) { this.skipDepth++; return; }
    if (this.capture) { this.captureOpen(name, attributes); return; }
    if (this.alternateSkips(name)) return;
    if (SKIPPED.has(name)) { this.skipDepth = 1; return; }
    if (CAPTURED.has(name)) { this.startCapture(name, attributes, parent); return; }
    this.structureOpen(name, attributes, parent);
  }

  onClose(name: string): void {
    this.names.pop();
    if (this.skipDepth > 0) { this.skipDepth--; return; }
    if (this.capture) { this.captureClose(); return; }
    if (name === 'mc:AlternateContent' && this.alternates[this.alternates.length - 1]?.depth === this.names.length) this.alternates.pop();
    this.structureClose(name);
  }

  onText(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.capture) { this.capture.stack[this.capture.stack.length - 1].text += text; return; }
    if (this.inInstruction) {
      const field = this.fields[this.fields.length - 1];
      if (field && !field.result) field.instruction += text;
      return;
    }
    if (this.inText) this.addText(text);
  }

  /** `mc:Choice`/`mc:Fallback` after the first branch of their `mc:AlternateContent`: skipped whole. */
  private alternateSkips(name: string): boolean {
    const depth = this.names.length - 1;
    if (name === 'mc:AlternateContent') { this.alternates.push({ depth, chosen: false }); return true; }
    const alternate = this.alternates[this.alternates.length - 1];
    if (!alternate || alternate.depth !== depth - 1 || (name !== 'mc:Choice' && name !== 'mc:Fallback')) return false;
    if (alternate.chosen) this.skipDepth = 1;
    alternate.chosen = true;
    return true;
  }

  private startCapture(name: string, attributes: Attributes, parent: string | undefined): void {
    const root: XmlElement = { name, attributes, children: [], text: '' };
    this.capture = { root, stack: [root], owner: parent ?? '' };
  }

  private captureOpen(name: string, attributes: Attributes): void {
    if (SKIPPED.has(name) && name !== 'w:del') { this.skipDepth = 1; return; }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    const stack = this.capture!.stack;
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  }

  private captureClose(): void {
    const capture = this.capture!;
    capture.stack.pop();
    if (capture.stack.length > 0) return;
    this.capture = undefined;
    const top = this.open[this.open.length - 1];
    if (capture.root.name === 'w:pPr' && capture.owner === 'w:p' && top) top.paragraph.pPr = capture.root;
    else if (capture.root.name === 'w:rPr' && capture.owner === 'w:r' && top?.run) top.run.rPr = capture.root;
    else if (capture.root.name === 'w:sectPr' && capture.owner === 'w:body') this.finalSectPr = capture.root;
  }

  private structureOpen(name: string, attributes: Attributes, parent: string | undefined): void {
    const top = this.open[this.open.length - 1];
    switch (name) {
      case 'w:p': this.openParagraph(); return;
      case 'w:r':
        if (top) top.run = { index: ++top.paragraph.runs };
        else this.skipDepth = 1;
        return;
      case 'w:t': this.inText = parent === 'w:r'; return;
      case 'w:instrText': this.inInstruction = true; return;
      case 'w:fldChar': this.fieldChar(attributes.get('w:fldCharType')); return;
      case 'w:fldSimple':
        this.fields.push({ instruction: attributes.get('w:instr') ?? '', result: true, paragraph: top?.paragraph, recorded: false });
        this.recordField(this.fields[this.fields.length - 1]);
        return;
      case 'w:tbl': this.tables.push({ id: this.tableCount++, row: -1, cell: -1 }); return;
      case 'w:tr': { const t = this.tables[this.tables.length - 1]; if (t) { t.row++; t.cell = -1; } return; }
      case 'w:tc': { const t = this.tables[this.tables.length - 1]; if (t) t.cell++; return; }
      case 'w:txbxContent': this.textBoxes.push(this.tables.length); return;
      case 'w:footnote': case 'w:endnote': this.openNote(name, attributes); return;
    }
    if (parent === 'w:r' && name in SPECIAL_CHARACTERS) this.addText(SPECIAL_CHARACTERS[name]);
  }

  private structureClose(name: string): void {
    switch (name) {
      case 'w:p': this.closeParagraph(); return;
      case 'w:r': { const top = this.open[this.open.length - 1]; if (top) top.run = undefined; return; }
      case 'w:t': this.inText = false; return;
      case 'w:instrText': this.inInstruction = false; return;
      case 'w:fldSimple': this.fields.pop(); return;
      case 'w:tbl': this.tables.pop(); return;
      case 'w:txbxContent': this.textBoxes.pop(); return;
      case 'w:footnote': case 'w:endnote': this.note = undefined; return;
    }
  }

  private openNote(name: string, attributes: Attributes): void {
    if (NOTE_SEPARATORS.has(attributes.get('w:type') ?? '')) { this.skipDepth = 1; return; }
    this.note = { kind: name === 'w:footnote' ? 'footnote' : 'endnote', id: attributes.get('w:id') ?? '' };
  }

  private openParagraph(): void {
    const base = this.textBoxes[this.textBoxes.length - 1] ?? 0;
    const t = this.tables.length > base ? this.tables[this.tables.length - 1] : undefined;
    const table = t ? { table: t.id, row: Math.max(0, t.row), cell: Math.max(0, t.cell), depth: this.tables.length - base, root: this.tables[base].id } : undefined;
    const paragraph: RawParagraph = { pieces: [], runs: 0, table, inTextBox: this.textBoxes.length > 0, note: this.note, fields: [], nested: [] };
    this.open.push({ paragraph });
  }

  private closeParagraph(): void {
    const done = this.open.pop();
    if (!done) return;
    // A field's instruction does not run past its paragraph: a field left open (a damaged file) would
    // otherwise hide the rest of the document. What follows is read as the field's result.
    for (const field of this.fields) if (!field.result) { field.result = true; this.recordField(field); }
    const outer = this.open[this.open.length - 1];
    if (outer) outer.paragraph.nested.push(done.paragraph);
    else this.paragraphs.push(done.paragraph);
  }

  private fieldChar(type: string | undefined): void {
    const paragraph = this.open[this.open.length - 1]?.paragraph;
    if (type === 'begin') { this.fields.push({ instruction: '', result: false, paragraph, recorded: false }); return; }
    const field = this.fields[this.fields.length - 1];
    if (!field) return;
    if (type === 'separate') { field.result = true; this.recordField(field); }
    else if (type === 'end') { this.recordField(field); this.fields.pop(); }
  }

  private recordField(field: Field): void {
    if (field.recorded) return;
    field.recorded = true;
    const instruction = field.instruction.trim();
    if (instruction && field.paragraph) field.paragraph.fields.push(instruction);
  }

  /** Text of the open run, unless it stands in a field's instruction. */
  private addText(text: string): void {
    const top = this.open[this.open.length - 1];
    if (!top?.run || text === '' || this.fields.some((f) => !f.result)) return;
    top.paragraph.pieces.push({ text, run: top.run.index, kind: this.fields.length > 0 ? 'field' : 'text', rPr: top.run.rPr });
  }
}

/** The paragraphs of one XML part (document.xml, a header, footnotes.xml) in document order. */
export function readStory(part: string, xml: string): RawStory {
  const reader = new StoryReader();
  walkXml(part, xml, {
    open: (name, attributes) => reader.onOpen(name, attributes),
    close: (name) => reader.onClose(name),
    text: (t) => reader.onText(t),
  });
  return { paragraphs: reader.paragraphs, finalSectPr: reader.finalSectPr };
}

/** Every paragraph with those of its text boxes right after it, depth first. */
export function flattenParagraphs(paragraphs: readonly RawParagraph[]): RawParagraph[] {
  const out: RawParagraph[] = [];
  const visit = (p: RawParagraph) => { out.push(p); p.nested.forEach(visit); };
  paragraphs.forEach(visit);
  return out;
}

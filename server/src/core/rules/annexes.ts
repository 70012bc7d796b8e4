/**
 * The annexes (phụ lục) of a plan as the text shows them: the headings below the signing block
 * (`Phụ lục I`, `PHỤ LỤC 02: DANH MỤC …`) and the mentions in the content that say an annex is attached
 * (`chi tiết tại Phụ lục I kèm theo`, `các phụ lục kèm theo Kế hoạch này`). Read for annex-reference.
 */
import type { PlanDocument } from '../document';
import { romanValue, toRoman } from '../structure/numbering';
import { cleanSlice } from '../text/clean';
import { foldSameLength, isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';

/** An annex's number as written: its value, its style and its range in the original. */
export interface AnnexNumber {
  readonly value: number;
  readonly style: 'roman' | 'arabic';
  readonly start: number;
  readonly end: number;
}

export interface AnnexHeading {
  readonly line: number;
  /** `Phụ lục` and its number, and where `Phụ lục` ends (a number is inserted there). */
  readonly start: number;
  readonly end: number;
  readonly wordEnd: number;
  readonly number?: AnnexNumber;
  /** Whether a `(Kèm theo …)` note stands under it, before the annex's content. */
  readonly hasNote: boolean;
}

export interface AnnexMention {
  readonly start: number;
  readonly end: number;
  /** The numbers named (`Phụ lục I, II kèm theo`); none for `phụ lục kèm theo`. */
  readonly numbers: readonly AnnexNumber[];
}

/** A line's NFC text folded to lower-case letters without marks, one for one, and the way back to the original. */
interface FoldedLine {
  readonly nfc: string;
  readonly folded: string;
  toOriginal(i: number): number;
}

/** A line read alone: offsets within the line. */
function foldedText(text: string): FoldedLine | undefined {
  const clean = cleanSlice(text, 0);
  const n = normalizeSlice(text, clean.start, clean.end);
  const lower = n.text.toLowerCase();
  // A letter whose lower case is longer (`İ`) would shift every offset: such a line is not read.
  if (lower.length !== n.text.length) return undefined;
  return { nfc: n.text, folded: foldSameLength(lower), toOriginal: n.toOriginal };
}

function foldedLine(doc: PlanDocument, line: number): FoldedLine | undefined {
  const l = doc.lines[line];
  const f = foldedText(l.text);
  return f && { nfc: f.nfc, folded: f.folded, toOriginal: (i) => l.start + f.toOriginal(i) };
}

const NUMBER = String.raw`(?:[ivxl]+|\d{1,3})(?![\p{L}\p{N}])`;
const HEADING = new RegExp(String.raw`^phu luc(?:[ \t]+(?:so[ \t]*)?(${NUMBER}))?`, 'u');
/** `Phụ lục`, numbers joined by commas or `và`, then the word that says the annex goes with this text. */
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}])phu luc((?:[ \t]+(?:so[ \t]*)?${NUMBER}(?:[ \t]*(?:,|va)[ \t]*${NUMBER})*)?)[ \t]*(?:kem theo|dinh kem)`, 'gu');
/** What follows `kèm theo` when the annex is this text's own: the clause ends, or `Kế hoạch này`. */
const OWN_TAIL = /^[ \t]*(?:$|[).;,:]|(?:ke hoach|van ban)(?: nay)?[ \t]*(?:$|[).;,:])|day\b)/;

function numberAt(f: FoldedLine, from: number, text: string): AnnexNumber | undefined {
  const style = /^\d/.test(text) ? 'arabic' : 'roman';
  const value = style === 'arabic' ? Number(text) : romanValue(text.toUpperCase());
  // `Phụ lục lv…` is no numeral: only a Roman numeral written as toRoman writes it.
  if (value === 0 || (style === 'roman' && toRoman(value) !== text.toUpperCase())) return undefined;
  return { value, style, start: f.toOriginal(from), end: f.toOriginal(from + text.length) };
}

/** The numbers of a mention's list (`i, ii va iii`), each with its range. */
function numbersIn(f: FoldedLine, from: number, list: string): AnnexNumber[] {
  const out: AnnexNumber[] = [];
  for (const m of list.matchAll(new RegExp(NUMBER, 'gu'))) {
    const n = numberAt(f, from + m.index, m[0]);
    if (n) out.push(n);
  }
  return out;
}

const NOTE = /^[([]?[ \t]*(?:ban hanh[ \t]+)?kem theo\b/;
/** How many lines under a heading its title and note may take. */
const NOTE_WINDOW = 4;

function hasNoteBelow(doc: PlanDocument, line: number): boolean {
  let seen = 0;
  for (let i = line + 1; i < doc.lines.length && seen < NOTE_WINDOW; i++) {
    const f = foldedLine(doc, i);
    if (!f || !f.folded.trim()) continue;
    if (NOTE.test(f.folded)) return true;
    // The next annex's heading: the note below it is that annex's.
    if (HEADING.test(f.folded)) return false;
    seen++;
  }
  return false;
}

const NOTE_INSIDE = /[([][ \t]*(?:ban hanh[ \t]+)?kem theo\b/;

/**
 * The line read as an annex heading: `Phụ lục`, a number, then nothing, a separator and a title, or a title
 * in capitals; a `(Kèm theo …)` note may end it, as when a Markdown paragraph joins the three lines (and
 * the Word export writes them as one paragraph). The range is `Phụ lục` and its number.
 */
function headingOf(doc: PlanDocument, line: number): AnnexHeading | undefined {
  const f = foldedLine(doc, line);
  const m = f && HEADING.exec(f.folded);
  if (!f || !m) return undefined;
  const note = NOTE_INSIDE.exec(f.folded.slice(m[0].length));
  const rest = f.nfc.slice(m[0].length, note ? m[0].length + note.index : undefined).trim();
  if (rest && !/^[.:\-–—]/.test(rest) && !isUpperCaseText(rest)) return undefined;
  const number = m[1] ? numberAt(f, m[0].length - m[1].length, m[1]) : undefined;
  if (m[1] && !number) return undefined;
  const wordEnd = f.toOriginal('phu luc'.length);
  return {
    line, start: f.toOriginal(0), end: number?.end ?? wordEnd, wordEnd, number,
    hasNote: note !== null || hasNoteBelow(doc, line),
  };
}

/** The first line of the closing part (Nơi nhận or the signature): annexes follow it. */
export function closingLineOf(doc: PlanDocument): number | undefined {
  const lines = [doc.recipients?.firstLine, doc.signature?.firstLine].filter((l): l is number => l !== undefined);
  return lines.length ? Math.min(...lines) : undefined;
}

/** Lines of code and HTML blocks: they hold no annex. */
function opaqueLines(doc: PlanDocument): Set<number> {
  const lines = new Set<number>();
  for (const b of doc.codeAndHtml) for (let i = b.firstLine; i <= b.lastLine; i++) lines.add(i);
  return lines;
}

/** The annex headings below the closing part, in order. */
export function annexHeadings(doc: PlanDocument, closing: number): AnnexHeading[] {
  const skip = opaqueLines(doc);
  const out: AnnexHeading[] = [];
  for (let i = closing + 1; i < doc.lines.length; i++) {
    const h = skip.has(i) ? undefined : headingOf(doc, i);
    if (h) out.push(h);
  }
  return out;
}

/** The mentions of this text's own annexes in its content (between the header and `end`). */
export function annexMentions(doc: PlanDocument, end: number): AnnexMention[] {
  const skip = opaqueLines(doc);
  const out: AnnexMention[] = [];
  for (let i = doc.header.endLine; i < end && i < doc.lines.length; i++) {
    if (skip.has(i)) continue;
    const l = doc.lines[i];
    // Every line of the content is read: in the editor, each line's reading is kept until its text changes.
    const found = doc.memo.get('annex-mentions', l.text, mentionsInLine);
    for (const m of found) {
      const numbers = m.numbers.map((n) => ({ ...n, start: l.start + n.start, end: l.start + n.end }));
      out.push({ start: l.start + m.start, end: l.start + m.end, numbers });
    }
  }
  return out;
}

const NONE: readonly AnnexMention[] = [];

/** `Phụ lục` in any case, NFC or NFD, before the line is folded: most lines have none. */
const MAY_NAME_ANNEX = /[pP][hH]\S{1,3}\s+[lL]\S{1,3}[cC]/;

/** The annex mentions of one line, offsets within the line. */
function mentionsInLine(text: string): readonly AnnexMention[] {
  if (!MAY_NAME_ANNEX.test(text)) return NONE;
  const f = foldedText(text);
  if (!f || !f.folded.includes('phu luc')) return NONE;
  const out: AnnexMention[] = [];
  for (const m of f.folded.matchAll(MENTION)) {
    if (!OWN_TAIL.test(f.folded.slice(m.index + m[0].length))) continue;
    const numbers = numbersIn(f, m.index + 'phu luc'.length, m[1]);
    out.push({ start: f.toOriginal(m.index), end: f.toOriginal(m.index + m[0].length), numbers });
  }
  return out;
}

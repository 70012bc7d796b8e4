/**
 * The parts of a plan's first page and closing as the text parser found them (PlanDocument.header,
 * recipients, signature), each with its range in the text and the style the layout gives it: what
 * format-font-size and format-header-style compare with the runs of a Word file over that range.
 */
import type { HeaderField, PlanDocument } from '../document';
import type { Locale, Text } from '../messages';
import { foldKey, isUpperCaseText } from '../text/fold';
import { splitIssuer, startsBody } from './issuer-parts';
import type { DocumentLayout, PartStyle } from './nd30-layout';
import { hasLetters, overlapping, type LayoutCheck, type WordReading } from './word-source';

export type PartKey = keyof DocumentLayout['parts'];

/** Which properties of a part may be checked at its place. */
export interface PartChecks {
  readonly bold: boolean;
  /** Capitals: only where no text rule already checks the letters (the Quốc hiệu and KẾ HOẠCH have theirs). */
  readonly letterCase: boolean;
}

export interface PlacedPart {
  readonly key: PartKey;
  readonly style: PartStyle;
  readonly start: number;
  readonly end: number;
  readonly checks: PartChecks;
}

const NAMES: Readonly<Record<PartKey, Text>> = {
  superior: { vi: 'Tên cơ quan chủ quản', en: 'The superior body’s name' },
  issuer: { vi: 'Tên cơ quan ban hành', en: 'The issuing body’s name' },
  nationalTitle: { vi: 'Quốc hiệu', en: 'The Quốc hiệu' },
  motto: { vi: 'Tiêu ngữ', en: 'The Tiêu ngữ' },
  number: { vi: 'Số, ký hiệu', en: 'The number and symbol' },
  placeDate: { vi: 'Địa danh, ngày tháng năm', en: 'The place and date' },
  typeName: { vi: 'Tên loại “KẾ HOẠCH”', en: 'The type name “KẾ HOẠCH”' },
  summary: { vi: 'Trích yếu', en: 'The summary (trích yếu)' },
  recipientsLabel: { vi: '“Nơi nhận:”', en: '“Nơi nhận:”' },
  recipients: { vi: 'Danh sách nơi nhận', en: 'The list of recipients' },
  signingAuthority: { vi: 'Quyền hạn, chức vụ người ký', en: 'The signing authority and title' },
  signerName: { vi: 'Họ tên người ký', en: 'The signer’s name' },
};

/** What the right column's title is called in a Party or Đoàn document. */
const TITLE_NAMES: Readonly<Partial<Record<DocumentLayout['profile'], Text>>> = {
  party: { vi: 'Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”', en: 'The title “ĐẢNG CỘNG SẢN VIỆT NAM”' },
  doan: { vi: 'Tiêu đề “ĐOÀN TNCS HỒ CHÍ MINH”', en: 'The heading “ĐOÀN TNCS HỒ CHÍ MINH”' },
};

export function partName(key: PartKey, profile: DocumentLayout['profile'], locale: Locale): string {
  const name = (key === 'nationalTitle' ? TITLE_NAMES[profile] : undefined) ?? NAMES[key];
  return name[locale];
}

const place = (key: PartKey, style: PartStyle, range: { start: number; end: number }, checks: Partial<PartChecks> = {}): PlacedPart => ({
  key, style, start: range.start, end: range.end, checks: { bold: true, letterCase: false, ...checks },
});

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The issuer block's lines. In a Word file, every line with letters of the table cell that holds the
 * first issuer field, down to the next header part (the `Số`): the header reader takes only lines in
 * capitals for the issuer, so a name typed in lower case (`Sở Y tế`) is found here and nowhere else.
 */
function issuerLines(doc: PlanDocument, reading: WordReading | undefined): Line[] {
  const fields: Line[] = doc.header.issuer.map((f) => ({ start: f.start, end: f.end, text: f.text }));
  const cell = fields.length > 0 && reading ? overlapping(reading.paragraphs, fields[0].start, fields[0].end)[0]?.table : undefined;
  if (!reading || !cell) return fields;
  const h = doc.header;
  const others = [h.nationalTitle, h.motto, h.partyTitle, h.doanTitle, h.number, h.numberLike, h.placeDate, h.title, h.summary].filter((f) => f !== undefined);
  const lines: Line[] = [];
  for (const p of reading.paragraphs) {
    const t = p.table;
    if (!t || t.table !== cell.table || t.row !== cell.row || t.cell !== cell.cell || p.end <= p.start) continue;
    if (others.some((f) => overlaps(f, p))) break;
    let at = p.start;
    for (const raw of doc.text.slice(p.start, p.end).split('\n')) {
      const text = raw.trim();
      const start = at + raw.indexOf(text);
      if (hasLetters(text)) lines.push({ start, end: start + text.length, text: text.normalize('NFC') });
      at += raw.length + 1;
    }
  }
  return lines.length >= fields.length ? lines : fields;
}

/**
 * The issuer block's lines: the superior body's (upright) and the issuing body's (bold), split as the
 * export splits them. Where the split is a guess (no line starts with the name of a kind of body),
 * only the last line is surely the issuing body's, and only its weight is checked.
 */
function issuerParts(doc: PlanDocument, layout: DocumentLayout, reading: WordReading | undefined): PlacedPart[] {
  const lines = issuerLines(doc, reading);
  if (lines.length === 0) return [];
  const superiorCount = splitIssuer(lines.map((f) => f.text)).superior.length;
  const sure = superiorCount > 0 || startsBody(lines[0].text);
  return lines.map((line, i) => {
    const superior = i < superiorCount;
    return place(superior ? 'superior' : 'issuer', superior ? layout.parts.superior : layout.parts.issuer, line, {
      bold: sure || i === lines.length - 1, letterCase: true,
    });
  });
}

function headerParts(doc: PlanDocument, layout: DocumentLayout, reading: WordReading | undefined): PlacedPart[] {
  const h = doc.header;
  const p = layout.parts;
  const out = issuerParts(doc, layout, reading);
  const title = layout.profile === 'party' ? h.partyTitle : layout.profile === 'doan' ? h.doanTitle : h.nationalTitle;
  // A Quốc hiệu and Tiêu ngữ read as one field (one paragraph) mix two styles: neither is checked.
  const mixed = (f: HeaderField) => layout.profile === 'state' && f === h.nationalTitle && foldKey(f.text).includes('doc lap');
  if (title && !mixed(title)) out.push(place('nationalTitle', p.nationalTitle, title));
  if (layout.profile === 'state' && h.motto && p.motto) out.push(place('motto', p.motto, h.motto));
  const number = h.number ?? h.numberLike;
  if (number) out.push(place('number', p.number, number));
  if (h.placeDate) out.push(place('placeDate', p.placeDate, h.placeDate));
  if (h.title) out.push(place('typeName', p.typeName, h.title));
  if (h.summary) out.push(place('summary', p.summary, h.summary));
  return out;
}

/** A line's text without the spaces around it, as a range. */
function trimmedLine(doc: PlanDocument, index: number): { start: number; end: number; text: string } {
  const line = doc.lines[index];
  const text = line.text.trim();
  const start = line.start + line.text.indexOf(text);
  return { start, end: start + text.length, text };
}

const RECIPIENTS_LABEL = /^Nơi nhận\s*:?/iu;

function recipientParts(doc: PlanDocument, layout: DocumentLayout): PlacedPart[] {
  const block = doc.recipients;
  if (!block) return [];
  const out: PlacedPart[] = [];
  for (let i = block.firstLine; i <= block.lastLine; i++) {
    const line = trimmedLine(doc, i);
    if (!line.text || line.text.includes('|')) continue;
    const label = i === block.firstLine ? RECIPIENTS_LABEL.exec(line.text.normalize('NFC')) : null;
    if (label) out.push(place('recipientsLabel', layout.parts.recipientsLabel, { start: line.start, end: line.start + label[0].length }));
    else out.push(place('recipients', layout.parts.recipients, line));
  }
  return out;
}

const isParenthesized = (t: string) => /^[([].*[)\]]\.?$/.test(t);

/**
 * The signature block's lines read as the export reads them: capitals lines are the authority and
 * title (TM., KT. …), a note in brackets (`(Đã ký)`) is skipped, the first other line is the name.
 */
function signatureParts(doc: PlanDocument, layout: DocumentLayout): PlacedPart[] {
  const block = doc.signature;
  if (!block) return [];
  const out: PlacedPart[] = [];
  let gap = false;
  for (let i = block.firstLine; i <= block.lastLine; i++) {
    const line = trimmedLine(doc, i);
    if (line.text.includes('|')) return out;
    if (!line.text) { gap = out.length > 0; continue; }
    if (isParenthesized(line.text)) continue;
    if (isUpperCaseText(line.text) && !gap) out.push(place('signingAuthority', layout.parts.signingAuthority, line));
    else return [...out, place('signerName', layout.parts.signerName, line)];
  }
  return out;
}

/** Every part found, with the style to check it against; the closing only where the profile confirms it. */
export function placedParts(doc: PlanDocument, check: LayoutCheck, reading?: WordReading): PlacedPart[] {
  const { layout } = check;
  const parts = [...headerParts(doc, layout, reading)];
  if (check.confirmed('parts.recipientsLabel') && check.confirmed('parts.recipients')) parts.push(...recipientParts(doc, layout));
  if (check.confirmed('parts.signingAuthority') && check.confirmed('parts.signerName')) parts.push(...signatureParts(doc, layout));
  return mergeNeighbours(parts.filter((p) => check.confirmed(`parts.${p.key}`) && p.end > p.start));
}

/** Consecutive lines of one part checked alike (the recipients, a name over two lines) are one place: one finding. */
function mergeNeighbours(parts: readonly PlacedPart[]): PlacedPart[] {
  const out: PlacedPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.key === part.key && last.checks.bold === part.checks.bold && last.checks.letterCase === part.checks.letterCase) {
      out[out.length - 1] = { ...last, end: part.end };
    } else out.push(part);
  }
  return out;
}

/**
 * The closing as a borderless two-column table: `Nơi nhận:` and the recipients left (ô 9b), level with
 * the signing authority (mục II.9.d), and the signature block right (ô 7a, 7b, 7c).
 */
import { Paragraph, type Table } from 'docx';
import type { DocumentLayout } from '../core/format/nd30-layout';
import type { Closing } from './closing';
import { alignmentOf, lookOf, runsOf, TIGHT } from './docx-style';
import { twoColumnTable } from './header';
import { parseInline } from './inline';
import type { PartStyle } from '../core/format/nd30-layout';

function line(source: string, style: PartStyle, before = 0): Paragraph {
  return new Paragraph({
    ...TIGHT, spacing: { ...TIGHT.spacing, before }, alignment: alignmentOf(style.align), children: runsOf(parseInline(source), lookOf(style)),
  });
}

export function closingTable(closing: Closing, layout: DocumentLayout): Table {
  const p = layout.parts;
  const left: Paragraph[] = [];
  if (closing.recipientsLabel !== undefined) left.push(line(closing.recipientsLabel, p.recipientsLabel, 240));
  left.push(...closing.recipients.map((r) => line(r, p.recipients)));
  // `Nơi nhận:` level with the first line of the signing authority (mục II.9.d): both rows start 12 pt down.
  const right: Paragraph[] = closing.authority.map((a, i) => line(a, p.signingAuthority, i === 0 ? 240 : 0));
  // Room for the signature and the seal (ô 7c, 8); a note such as `(Đã ký)` sits in that room.
  const blank = () => new Paragraph({ ...TIGHT, children: [] });
  const space = layout.signatureSpaceLines.value;
  const notes = closing.notes.map((n) => line(n, { ...p.signerName, bold: false, italic: true }));
  const before = Math.floor((space - notes.length) / 2);
  for (let i = 0; i < Math.max(0, before); i++) right.push(blank());
  right.push(...notes);
  for (let i = Math.max(0, before) + notes.length; i < space; i++) right.push(blank());
  if (closing.signerName !== undefined) right.push(line(closing.signerName, p.signerName));
  return twoColumnTable([left], [right], layout);
}

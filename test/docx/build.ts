/**
 * .docx files for the reader's tests, built in memory:
 * - with the `docx` package, for what it writes (runs, breaks, tabs, tables, numbering, fields,
 *   tracked insertions and deletions);
 * - by hand, for the XML it cannot write or writes otherwise than Word does: text boxes in
 *   `mc:AlternateContent`, moves, deleted paragraph marks, comments, legacy-font runs, Word's own
 *   markup (rsids, proofing marks, bookmarks), zipped with fflate as Word zips them.
 */
import { zipSync, strToU8 } from 'fflate';
import { Packer, type Document } from 'docx';
import { readDocx, type DocxReading } from '../../server/src/docx';

export const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
].join(' ');

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface HandParts {
  /** The inside of `<w:body>`. */
  readonly body: string;
  /** The inside of `<w:styles>`. */
  readonly styles?: string;
  /** The inside of `<w:numbering>`. */
  readonly numbering?: string;
  /** The inside of `<w:footnotes>`. */
  readonly footnotes?: string;
  /** Header parts by relationship id (`rIdH1`): the inside of `<w:hdr>`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The inside of `<w:comments>`. */
  readonly comments?: string;
}

function relationships(parts: HandParts): string {
  const base = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = [
    parts.styles !== undefined ? `<Relationship Id="rIdS" Type="${base}/styles" Target="styles.xml"/>` : '',
    parts.numbering !== undefined ? `<Relationship Id="rIdN" Type="${base}/numbering" Target="numbering.xml"/>` : '',
    parts.footnotes !== undefined ? `<Relationship Id="rIdF" Type="${base}/footnotes" Target="footnotes.xml"/>` : '',
    parts.comments !== undefined ? `<Relationship Id="rIdC" Type="${base}/comments" Target="comments.xml"/>` : '',
    ...Object.keys(parts.headers ?? {}).map((id) => `<Relationship Id="${id}" Type="${base}/header" Target="${id}.xml"/>`),
  ];
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

/** A .docx zipped from hand-written parts, with the package relationships Word writes. */
export function handDocx(parts: HandParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    '_rels/.rels': strToU8(`${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(relationships(parts)),
    'word/document.xml': strToU8(`${XML_DECLARATION}<w:document ${NAMESPACES} mc:Ignorable="w14 wp14"><w:body>${parts.body}</w:body></w:document>`),
  };
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`${XML_DECLARATION}<w:styles ${NAMESPACES}>${parts.styles}</w:styles>`);
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`${XML_DECLARATION}<w:numbering ${NAMESPACES}>${parts.numbering}</w:numbering>`);
  if (parts.footnotes !== undefined) files['word/footnotes.xml'] = strToU8(`${XML_DECLARATION}<w:footnotes ${NAMESPACES}>${parts.footnotes}</w:footnotes>`);
  if (parts.comments !== undefined) files['word/comments.xml'] = strToU8(`${XML_DECLARATION}<w:comments ${NAMESPACES}>${parts.comments}</w:comments>`);
  for (const [id, xml] of Object.entries(parts.headers ?? {})) files[`word/${id}.xml`] = strToU8(`${XML_DECLARATION}<w:hdr ${NAMESPACES}>${xml}</w:hdr>`);
  return zipSync(files);
}

export const readHand = (parts: HandParts): DocxReading => readDocx(handDocx(parts));

export async function readBuilt(document: Document): Promise<DocxReading> {
  const buffer = await Packer.toBuffer(document);
  return readDocx(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<w:r>` with its text (spaces kept) and optional run properties. */
export function run(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** `<w:p>` of runs (or of any inline XML), with optional paragraph properties. */
export function para(inner: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
}

/** The text of each paragraph that has some, by the paragraph's range. */
export function paragraphTexts(reading: DocxReading): string[] {
  return reading.paragraphs.filter((p) => p.end > p.start).map((p) => reading.text.slice(p.start, p.end));
}

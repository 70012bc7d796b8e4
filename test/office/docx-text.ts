/**
 * Reads the text back out of a .docx for the tests: each paragraph of word/document.xml in order, with
 * the table it sits in (if any), and the footnotes. The zip is opened with fflate (the zip library the
 * `docx` package itself uses); the XML is scanned for the few elements that carry text.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
  readonly text: string;
  /** Index of the top-level table holding the paragraph (0, 1 … in document order), or undefined. */
  readonly table?: number;
  /** The paragraph's style id (`Heading1` …), if any. */
  readonly style?: string;
}

export interface DocxText {
  readonly paragraphs: readonly DocxParagraph[];
  /** Text of each footnote the document defines (Word's separator notes left out). */
  readonly footnotes: readonly string[];
  /** Every part of the package by name, as text (XML parts) for other checks. */
  readonly parts: ReadonlyMap<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Text of one `<w:p>`: its `<w:t>` runs, tabs as tabs, breaks as spaces. */
function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:br\s[^>]*\/>/g)) {
    if (m[1] !== undefined) text += decode(m[1]);
    else text += m[0].startsWith('<w:tab') ? '\t' : ' ';
  }
  return text;
}

/** Paragraphs of a body part in order, each with the top-level table it belongs to. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  let depth = 0;
  let tables = -1;
  const tokens = /<w:tbl(?:\s[^>]*)?>|<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g;
  for (const m of xml.matchAll(tokens)) {
    if (m[0].startsWith('<w:tbl')) { if (depth++ === 0) tables++; continue; }
    if (m[0] === '</w:tbl>') { depth--; continue; }
    const inner = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1];
    out.push({ text: paragraphText(inner), table: depth > 0 ? tables : undefined, style });
  }
  return out;
}

export function readDocx(bytes: Uint8Array): DocxText {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) parts.set(name, strFromU8(data));
  const document = parts.get('word/document.xml');
  if (document === undefined) throw new Error('not a Word document: no word/document.xml in the package');
  const footnotesXml = parts.get('word/footnotes.xml') ?? '';
  const footnotes: string[] = [];
  for (const m of footnotesXml.matchAll(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g)) {
    if (/w:type="(?:separator|continuationSeparator)"/.test(m[1])) continue;
    footnotes.push(paragraphsOf(m[2]).map((p) => p.text).join('\n'));
  }
  return { paragraphs: paragraphsOf(document), footnotes, parts };
}

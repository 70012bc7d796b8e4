/**
 * `readDocxParts(parts)`: the XML parts of a .docx → its text and map (types.ts). Pure (no file
 * system): the parts come from package.ts, or from a test. The relationships say which part is the
 * document and which are its styles, numbering, notes, headers and theme.
 */
import { flattenParagraphs, readStory, type RawParagraph } from './body';
import { DocxError } from './errors';
import { layOut } from './layout';
import { NumberingCounter, readNumbering } from './numbering';
import { joinDeletedMarks, ParagraphReader, type ParagraphText } from './paragraph-text';
import { isPageField, readSection, type StoryInfo } from './sections';
import { EMPTY_STYLES, readStyles, runFormatOf, styleChain, type StyleSheet } from './styles';
import type { DocxReading, DocxSection } from './types';
import { child, childValue, childrenNamed, parseXmlTree, type XmlElement } from './xml';

interface Relationship { readonly type: string; readonly target: string }

const DEFAULT_DOCUMENT = 'word/document.xml';

/** `word/` + `styles.xml`, `/word/x.xml`, `../x.xml`: a relationship's target as a part name. */
export function resolvePartName(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base ? base.split('/') : [];
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relationshipsOf(parts: ReadonlyMap<string, string>, partName: string): Map<string, Relationship> {
  const slash = partName.lastIndexOf('/');
  const dir = partName.slice(0, slash + 1);
  const relsName = `${dir}_rels/${partName.slice(slash + 1)}.rels`;
  const xml = parts.get(relsName);
  const out = new Map<string, Relationship>();
  if (xml === undefined) return out;
  for (const r of childrenNamed(child(parseXmlTree(relsName, xml), 'rel:Relationships'), 'rel:Relationship')) {
    const id = r.attributes.get('Id');
    const target = r.attributes.get('Target');
    if (id === undefined || target === undefined || r.attributes.get('TargetMode') === 'External') continue;
    out.set(id, { type: r.attributes.get('Type') ?? '', target: resolvePartName(dir.replace(/\/$/, ''), target) });
  }
  return out;
}

function documentPartName(parts: ReadonlyMap<string, string>): string {
  for (const r of relationshipsOf(parts, '').values()) {
    if (r.type.endsWith('/officeDocument') && parts.has(r.target)) return r.target;
  }
  return DEFAULT_DOCUMENT;
}

class PackageReader {
  private readonly relationships: Map<string, Relationship>;
  readonly sheet: StyleSheet;
  private readonly numberingXml?: XmlElement;
  private readonly headers = new Map<string, StoryInfo | undefined>();

  constructor(private readonly parts: ReadonlyMap<string, string>, readonly documentName: string) {
    this.relationships = relationshipsOf(parts, documentName);
    const theme = this.tree('/theme');
    const styles = this.tree('/styles');
    this.sheet = styles ? readStyles(styles, theme) : EMPTY_STYLES;
    this.numberingXml = this.tree('/numbering');
  }

  partOfType(typeSuffix: string): string | undefined {
    for (const r of this.relationships.values()) if (r.type.endsWith(typeSuffix) && this.parts.has(r.target)) return r.target;
    return undefined;
  }

  private tree(typeSuffix: string): XmlElement | undefined {
    const name = this.partOfType(typeSuffix);
    return name === undefined ? undefined : parseXmlTree(name, this.parts.get(name)!);
  }

  /** A fresh count for each story: a list in the body does not continue in a footnote. */
  paragraphReader(): ParagraphReader {
    const numberingStyles = new Map<string, string>();
    for (const s of this.sheet.styles.values()) {
      const numId = childValue(child(s.pPr, 'w:numPr'), 'w:numId');
      if (s.type === 'numbering' && numId !== undefined) numberingStyles.set(s.id, numId);
    }
    return new ParagraphReader(this.sheet, new NumberingCounter(readNumbering(this.numberingXml, numberingStyles)));
  }

  story(name: string) {
    return readStory(name, this.parts.get(name)!);
  }

  /** A header or footer by relationship id: its text, whether it shows the page number, and where. */
  headerStory(id: string): StoryInfo | undefined {
    if (!this.headers.has(id)) this.headers.set(id, this.readHeaderStory(id));
    return this.headers.get(id);
  }

  private readHeaderStory(id: string): StoryInfo | undefined {
    const r = this.relationships.get(id);
    if (!r || !this.parts.has(r.target)) return undefined;
    const reader = this.paragraphReader();
    const texts = flattenParagraphs(this.story(r.target).paragraphs).map((p) => reader.read(p));
    const withPage = texts.find((t) => t.source.fields.some(isPageField));
    const align = (withPage ?? texts.find((t) => t.parts.length > 0))?.format.align;
    return { text: texts.map((t) => t.parts.map((p) => p.text).join('')).join('\n'), pageField: withPage !== undefined, ...(align ? { align } : {}) };
  }
}

function sectionsOf(reader: PackageReader, body: readonly RawParagraph[], finalSectPr: XmlElement | undefined): DocxSection[] {
  const sections: DocxSection[] = [];
  let first = 1;
  const lookup = (id: string) => reader.headerStory(id);
  body.forEach((p, i) => {
    const sectPr = child(p.pPr, 'w:sectPr');
    if (!sectPr) return;
    sections.push(readSection(sectPr, first, lookup, sections[sections.length - 1]));
    first = i + 2;
  });
  sections.push(readSection(finalSectPr, first, lookup, sections[sections.length - 1]));
  return sections;
}

/** The reading of a package whose parts are given by name. Throws {@link DocxError} when it has no document. */
export function readDocxParts(parts: ReadonlyMap<string, string>): DocxReading {
  const documentName = documentPartName(parts);
  if (!parts.has(documentName)) throw new DocxError({ reason: 'noDocument' });
  const reader = new PackageReader(parts, documentName);
  const story = reader.story(documentName);
  const body = joinDeletedMarks(flattenParagraphs(story.paragraphs));
  const bodyReader = reader.paragraphReader();
  const texts: ParagraphText[] = body.map((p) => bodyReader.read(p));
  for (const type of ['/footnotes', '/endnotes']) {
    const name = reader.partOfType(type);
    if (name === undefined) continue;
    const notesReader = reader.paragraphReader();
    texts.push(...joinDeletedMarks(flattenParagraphs(reader.story(name).paragraphs)).map((p) => notesReader.read(p)));
  }
  const layout = layOut(texts);
  const sheet = reader.sheet;
  const defaults = runFormatOf(sheet, [sheet.defaultRun, ...styleChain(sheet, sheet.defaultParagraphStyle).map((s) => s.rPr)]);
  return { ...layout, sections: sectionsOf(reader, body, story.finalSectPr), defaults };
}

/**
 * XML for the reader: saxes (a strict, streaming, namespace-aware parser) with the namespaces of
 * WordprocessingML mapped to fixed prefixes, so that `w:p` means the same element whatever prefix a
 * producer chose (and in both the transitional and the strict schema). Pure: strings in, events out.
 *
 * saxes expands only XML's five entities and character references: a DOCTYPE's own entities are not
 * expanded (no "billion laughs"), and nothing is fetched.
 */
import { SaxesParser } from 'saxes';

const PREFIX_OF_URI: ReadonlyMap<string, string> = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', 'rel'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'a'],
  ['http://purl.oclc.org/ooxml/drawingml/main', 'a'],
]);

/** `w:val` for a WordprocessingML name, `{uri}local` for another namespace's, the bare name for none. */
function canonicalName(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = PREFIX_OF_URI.get(uri);
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

export type Attributes = ReadonlyMap<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Thrown for XML that is not well-formed: the part and the parser's own message. */
export class XmlError extends Error {
  constructor(readonly part: string, detail: string) {
    super(`${part}: ${detail}`);
    this.name = 'XmlError';
  }
}

/**
 * The namespaces in scope, with the canonical form of each qualified name met under them (names
 * repeat: a document has a few dozen distinct names and millions of tags). Resolving prefixes here
 * rather than in saxes (`xmlns: true`) reads a part about twice as fast.
 */
class Scope {
  private readonly names = new Map<string, string>();

  constructor(private readonly uris: ReadonlyMap<string, string>) {}

  /** The scope of an element declaring `xmlns`/`xmlns:p` attributes, or this one when it declares none. */
  enter(attributes: Readonly<Record<string, string>>): Scope {
    let declared: Map<string, string> | undefined;
    for (const key in attributes) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
      declared ??= new Map(this.uris);
      declared.set(key === 'xmlns' ? '' : key.slice(6), attributes[key]);
    }
    return declared ? new Scope(declared) : this;
  }

  /** An element's name (the default namespace applies) or an attribute's (it does not). */
  canonical(qualified: string, isAttribute: boolean): string {
    const key = isAttribute ? `@${qualified}` : qualified;
    let name = this.names.get(key);
    if (name === undefined) {
      const colon = qualified.indexOf(':');
      const prefix = colon < 0 ? '' : qualified.slice(0, colon);
      const uri = colon < 0 && isAttribute ? '' : this.uris.get(prefix);
      if (uri === undefined) throw new Error(`unbound namespace prefix: ${prefix}`);
      name = canonicalName(uri, qualified.slice(colon + 1));
      this.names.set(key, name);
    }
    return name;
  }
}

const XML_NAMESPACE = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);

/** Streams `xml` through the handlers in document order; throws {@link XmlError} when it is not XML. */
export function walkXml(part: string, xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const scopes: Scope[] = [];
  let scope = new Scope(XML_NAMESPACE);
  parser.on('opentag', (tag) => {
    scopes.push(scope);
    scope = scope.enter(tag.attributes);
    const attributes = new Map<string, string>();
    for (const key in tag.attributes) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) attributes.set(scope.canonical(key, true), tag.attributes[key]);
    }
    handlers.open(scope.canonical(tag.name, false), attributes, tag.isSelfClosing);
  });
  parser.on('closetag', (tag) => {
    handlers.close(scope.canonical(tag.name, false));
    scope = scopes.pop() ?? scope;
  });
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  // Without an error handler saxes throws at the first fault: nothing is read past broken XML.
  try {
    parser.write(xml).close();
  } catch (e) {
    // The handlers' own errors (named) pass through; saxes and unbound prefixes throw plain Errors.
    if (e instanceof Error && e.name !== 'Error') throw e;
    throw new XmlError(part, (e as Error)?.message ?? String(e));
  }
}

/** A small element tree, for the parts that are read whole (styles, numbering, relationships, theme). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Attributes;
  readonly children: XmlElement[];
  text: string;
}

/**
 * The tree of a part. Markup compatibility is resolved on the way: of an `mc:AlternateContent`, only
 * its first `mc:Choice` is kept (its `mc:Fallback` says the same thing for older readers).
 */
export function parseXmlTree(part: string, xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: new Map(), children: [], text: '' };
  const stack: XmlElement[] = [root];
  const alternates: { depth: number; chosen: boolean }[] = [];
  let skipping = 0;
  walkXml(part, xml, {
    open(name, attributes) {
      if (skipping > 0) { skipping++; return; }
      if (name === 'mc:AlternateContent') { alternates.push({ depth: stack.length, chosen: false }); return; }
      const alternate = alternates[alternates.length - 1];
      if (alternate && alternate.depth === stack.length && (name === 'mc:Choice' || name === 'mc:Fallback')) {
        if (alternate.chosen) skipping = 1;
        else alternate.chosen = true;
        return;
      }
      const element: XmlElement = { name, attributes, children: [], text: '' };
      stack[stack.length - 1].children.push(element);
      stack.push(element);
    },
    close(name) {
      if (skipping > 0) { skipping--; return; }
      if (name === 'mc:AlternateContent') { alternates.pop(); return; }
      if (name === 'mc:Choice' || name === 'mc:Fallback') return;
      stack.pop();
    },
    text(t) {
      if (skipping === 0) stack[stack.length - 1].text += t;
    },
  });
  return root;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** `w:val` of a child element: `<w:jc w:val="center"/>` → `center`. */
export function childValue(element: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
  return child(element, name)?.attributes.get(attribute);
}

export function numberAttribute(element: XmlElement | undefined, attribute: string): number | undefined {
  const raw = element?.attributes.get(attribute);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): true, false, or undefined when the element is
 * absent (the style's value then holds).
 */
export function toggle(element: XmlElement | undefined, name: string): boolean | undefined {
  const found = child(element, name);
  if (!found) return undefined;
  const value = found.attributes.get('w:val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

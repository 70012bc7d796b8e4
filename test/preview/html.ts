/**
 * A small reader for the HTML and CSS the preview renderer writes, for the tests: no browser. The
 * renderer writes well-formed markup (every `<p>` closed, attribute values escaped), so a tag scanner
 * with a stack is enough to get a tree back; the CSS is one rule per selector.
 */
import type { DocxText } from '../office/docx-text';

export interface HtmlNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (HtmlNode | string)[];
}

const VOID = new Set(['br', 'col', 'meta', 'img', 'hr', 'input']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attrs[m[1]] = decode(m[2] ?? '');
  return attrs;
}

export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlNode[] = [root];
  let at = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>/gi)) {
    const top = stack[stack.length - 1];
    if (m.index > at) top.children.push(decode(html.slice(at, m.index)));
    at = m.index + m[0].length;
    const tag = m[2].toLowerCase();
    if (m[1]) {
      if (top.tag !== tag) throw new Error(`</${tag}> closes <${top.tag}> at ${m.index}`);
      stack.pop();
      continue;
    }
    const node: HtmlNode = { tag, attrs: attributes(m[3]), children: [] };
    top.children.push(node);
    if (!VOID.has(tag)) stack.push(node);
  }
  if (at < html.length) stack[stack.length - 1].children.push(decode(html.slice(at)));
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].tag}>`);
  return root;
}

export const classesOf = (n: HtmlNode) => (n.attrs.class ?? '').split(/\s+/).filter(Boolean);
export const hasClass = (n: HtmlNode, c: string) => classesOf(n).includes(c);

export function all(node: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode[] {
  const out: HtmlNode[] = [];
  const visit = (n: HtmlNode) => {
    if (test(n)) out.push(n);
    for (const c of n.children) if (typeof c !== 'string') visit(c);
  };
  visit(node);
  return out;
}

/** The text a reader sees; `skip` leaves out elements (footnote reference numbers, as Word's marks). */
export function textOf(node: HtmlNode | string, skip: (n: HtmlNode) => boolean = () => false): string {
  if (typeof node === 'string') return node;
  if (skip(node)) return '';
  if (node.tag === 'br') return ' ';
  return node.children.map((c) => textOf(c, skip)).join('');
}

/** `selector → property → value` for one-rule-per-selector CSS. */
export function parseCss(css: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  for (const m of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const decls = new Map<string, string>();
    for (const d of m[2].split(';')) {
      const colon = d.indexOf(':');
      if (colon > 0) decls.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
    }
    for (const selector of m[1].split(',')) rules.set(selector.trim(), new Map([...(rules.get(selector.trim()) ?? []), ...decls]));
  }
  return rules;
}

const isFnRef = (n: HtmlNode) => n.tag === 'sup' && hasClass(n, 'fnref');

/**
 * The preview's paragraphs in the shape test/office/words.ts compares against a plan: each `<p>` with
 * the table it sits in (header, closing and body tables alike, as in Word), and the footnotes.
 */
export function asDocxText(body: string): DocxText {
  const root = parseHtml(body);
  const paragraphs: { text: string; table?: number }[] = [];
  const footnotes: string[] = [];
  let tables = 0;
  const visit = (n: HtmlNode, table: number | undefined) => {
    if (n.tag === 'table' && table === undefined) {
      const index = tables++;
      for (const c of n.children) if (typeof c !== 'string') visit(c, index);
      return;
    }
    if (n.tag === 'p' && hasClass(n, 'note')) { footnotes.push(textOf(n, isFnRef).trim()); return; }
    if (n.tag === 'p') { paragraphs.push({ text: textOf(n, isFnRef), table }); return; }
    for (const c of n.children) if (typeof c !== 'string') visit(c, table);
  };
  visit(root, undefined);
  return { paragraphs, footnotes, parts: new Map() };
}

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';

/** What the Markdown parse tells about each physical line. */
export interface MarkdownLineInfo {
  /** ATX heading depth (`## I. …` = 2); setext underlines in pasted headers are not headings here. */
  readonly headingDepth: Map<number, number>;
  /** Lines inside fenced or indented code and raw HTML (comments): never prose. */
  readonly opaque: Set<number>;
  /** Lines that start a list item, with whether the list is ordered. */
  readonly listItemStart: Map<number, { ordered: boolean }>;
}

const parser = unified().use(remarkParse);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/**
 * remark reports positions relative to the text without its BOM; `lineOffset` is 0 either way
 * because the BOM never adds a line.
 */
export function describeLines(tree: Root, lineTexts: readonly string[]): MarkdownLineInfo {
  const headingDepth = new Map<number, number>();
  const opaque = new Set<number>();
  const listItemStart = new Map<number, { ordered: boolean }>();
  const visit = (node: RootContent | Root, ordered: boolean): void => {
    const pos = node.position;
    if (node.type === 'heading' && pos) {
      const line = pos.start.line - 1;
      if (/^\s{0,3}#/.test(lineTexts[line] ?? '')) headingDepth.set(line, node.depth);
    } else if ((node.type === 'code' || node.type === 'html') && pos) {
      for (let l = pos.start.line - 1; l <= pos.end.line - 1; l++) opaque.add(l);
    } else if (node.type === 'listItem' && pos) {
      listItemStart.set(pos.start.line - 1, { ordered });
    }
    if ('children' in node) {
      const childOrdered = node.type === 'list' ? node.ordered === true : ordered;
      for (const child of node.children) visit(child as RootContent, childOrdered);
    }
  };
  visit(tree, false);
  return { headingDepth, opaque, listItemStart };
}

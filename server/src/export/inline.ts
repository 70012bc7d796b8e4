/**
 * Markdown inside one paragraph (emphasis, strong, code, links, footnote references) as flat runs,
 * read by the project's own Markdown parser with every block construct turned off: the paragraph is
 * already cut out by the exporter, so `1. Rà soát` stays text and is never re-read as a list.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { PhrasingContent, RootContent } from 'mdast';

export interface InlineRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  /** Target of a link; the run's text is the link's text. */
  readonly link?: string;
  /** `[^label]`: a footnote reference (its text is the label, shown only if the note is missing). */
  readonly footnote?: string;
  /** A hard line break inside the paragraph. */
  readonly lineBreak?: boolean;
}

const BLOCK_CONSTRUCTS = [
  'blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'list', 'setextUnderline', 'thematicBreak',
];
const inlineParser = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: BLOCK_CONSTRUCTS } }]);

interface Marks {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly link?: string;
}

const FOOTNOTE_REF = /\[\^([^\]\s]{1,40})\]/g;

/** A text node split at its footnote references; soft line breaks become spaces. */
function textRuns(value: string, marks: Marks): InlineRun[] {
  const text = value.replace(/\r?\n/g, ' ');
  const runs: InlineRun[] = [];
  let from = 0;
  for (const m of text.matchAll(FOOTNOTE_REF)) {
    if (m.index > from) runs.push({ text: text.slice(from, m.index), ...marks });
    runs.push({ text: m[1], footnote: m[1], ...marks });
    from = m.index + m[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), ...marks });
  return runs;
}

function phrasingRuns(node: PhrasingContent, marks: Marks): InlineRun[] {
  switch (node.type) {
    case 'text': return textRuns(node.value, marks);
    case 'strong': return node.children.flatMap((c) => phrasingRuns(c, { ...marks, bold: true }));
    case 'emphasis': return node.children.flatMap((c) => phrasingRuns(c, { ...marks, italic: true }));
    case 'delete': return node.children.flatMap((c) => phrasingRuns(c, marks));
    case 'inlineCode': return [{ text: node.value, code: true, ...marks }];
    case 'break': return [{ text: '', lineBreak: true }];
    case 'link': return node.children.flatMap((c) => phrasingRuns(c, { ...marks, link: node.url }));
    case 'image': return [{ text: node.alt || node.url, ...marks }];
    case 'html':
      // A comment (`<!-- kehoach-disable … -->`, a fixture's marker) is not part of the printed plan.
      if (/^<!--[\s\S]*-->$/.test(node.value)) return [];
      if (/^<br\s*\/?>$/i.test(node.value)) return [{ text: '', lineBreak: true }];
      return [{ text: node.value, ...marks }];
    default:
      return 'value' in node && typeof node.value === 'string' ? [{ text: node.value, ...marks }] : [];
  }
}

/** The runs of one paragraph's Markdown source (its lines joined with `\n`). */
export function parseInline(source: string): InlineRun[] {
  const tree = inlineParser.parse(source);
  const runs: InlineRun[] = [];
  for (const block of tree.children as RootContent[]) {
    if (runs.length > 0) runs.push({ text: ' ' });
    if ('children' in block) for (const child of block.children as PhrasingContent[]) runs.push(...phrasingRuns(child, {}));
  }
  return mergeRuns(runs);
}

/** Adjacent runs with the same marks become one, so Word gets as few runs as the text needs. */
function mergeRuns(runs: readonly InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && sameMarks(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else if (run.text || run.lineBreak) out.push(run);
  }
  return out;
}

function sameMarks(a: InlineRun, b: InlineRun): boolean {
  return !a.footnote && !b.footnote && !a.lineBreak && !b.lineBreak
    && a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.link === b.link;
}

/** The text a reader sees, markup removed (for the header fields, whose style the decree fixes). */
export function plainInline(source: string): string {
  return parseInline(source).map((r) => (r.lineBreak ? ' ' : r.text)).join('');
}

/**
 * What the Markdown line maps are compared with: remark over the whole text at once, as the pieces
 * use it, and the maps as comparable text.
 */
import * as assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readMarkdownCounting, type MarkdownLineInfo, type MarkdownReadStats } from '../../server/src/core/structure/markdown';
import { splitLines, type TextLine } from '../../server/src/core/text/lines';

const parser = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd'] } }]);

/** remark as the pieces use it, over the whole text at once: what reading in pieces must agree with. */
export function readWhole(text: string, lines: readonly TextLine[]): MarkdownLineInfo {
  const info: MarkdownLineInfo = { headingDepth: new Map(), opaque: new Set(), listItemStart: new Map(), blocks: [] }; // blocks are not compared here: summary() reads the line maps
  const stack: { node: Nodes; ordered: boolean }[] = [{ node: parser.parse(text), ordered: false }];
  while (stack.length) {
    const { node, ordered } = stack.pop()!;
    const pos = node.position;
    if (pos && node.type === 'heading' && /^\s{0,3}#/.test(lines[pos.start.line - 1].text)) info.headingDepth.set(pos.start.line - 1, node.depth);
    if (pos && (node.type === 'code' || node.type === 'html')) {
      const last = pos.end.column === 1 && pos.end.line > pos.start.line ? pos.end.line - 1 : pos.end.line;
      for (let l = pos.start.line - 1; l < last; l++) info.opaque.add(l);
    }
    if (pos && node.type === 'listItem') info.listItemStart.set(pos.start.line - 1, { ordered });
    if ('children' in node) {
      for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], ordered: node.type === 'list' ? node.ordered === true : ordered });
    }
  }
  return info;
}

const sorted = <V>(m: Map<number, V>) => [...m].sort((a, b) => a[0] - b[0]);

/** The line info as comparable text; whether a blank line counts as inside a code block does not matter to any reader. */
export function summary(info: MarkdownLineInfo, lines: readonly TextLine[]): string {
  const opaque = [...info.opaque].filter((l) => lines[l].text.trim() !== '').sort((a, b) => a - b);
  return JSON.stringify({ headings: sorted(info.headingDepth), opaque, items: sorted(info.listItemStart) });
}

/** All of the line info, blank opaque lines and blocks included: what the classifier must leave exactly as remark's pieces read it. */
export function everything(info: MarkdownLineInfo): string {
  const opaque = [...info.opaque].sort((a, b) => a - b);
  return JSON.stringify({ headings: sorted(info.headingDepth), opaque, items: sorted(info.listItemStart), blocks: info.blocks });
}

/** The values of the code and HTML blocks of remark over the whole text, by first line (0-based). */
export function wholeBlockValues(text: string): Map<number, string> {
  const values = new Map<number, string>();
  const stack: Nodes[] = [parser.parse(text)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position && (node.type === 'code' || node.type === 'html')) values.set(node.position.start.line - 1, node.value);
    if ('children' in node) stack.push(...node.children);
  }
  return values;
}

/**
 * The classifier's maps against remark in pieces, block values aside, and each block's value against
 * remark's in pieces or, where they differ, over the whole text: in pieces remark reads a line nested
 * past its bound with its deep markers cut, code included, where the classifier reads code whole.
 */
export function assertLikePieces(text: string, info: MarkdownLineInfo, pieces: MarkdownLineInfo, label: string): void {
  const valueless = (i: MarkdownLineInfo) => ({ ...i, blocks: i.blocks.map((b) => ({ ...b, value: '' })) });
  assert.equal(everything(valueless(info)), everything(valueless(pieces)), `${label}, against remark in pieces`);
  const values = wholeBlockValues(text);
  info.blocks.forEach((b, k) => {
    if (b.value !== pieces.blocks[k]?.value) assert.equal(b.value, values.get(b.firstLine), `${label}, a block against remark over the whole text`);
  });
}

/** The classifier's line maps of `text`, its lines, and how many of them it read itself and how often remark read a run. */
export function readCounted(text: string): { lines: TextLine[]; stats: MarkdownReadStats; info: MarkdownLineInfo } {
  const lines = splitLines(text);
  const stats: MarkdownReadStats = { classified: 0, lines: 0, remarkRuns: 0, remarkLines: 0 };
  return { lines, stats, info: readMarkdownCounting(text, lines, stats) };
}

import * as assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readMarkdown, type MarkdownLineInfo } from '../../server/src/core/structure/markdown';
import { splitLines, type TextLine } from '../../server/src/core/text/lines';

/** remark as the pieces use it, over the whole text at once: what reading in pieces must agree with. */
function readWhole(text: string, lines: readonly TextLine[]): MarkdownLineInfo {
  const parser = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd'] } }]);
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

/** The line info as comparable text; whether a blank line counts as inside a code block does not matter to any reader. */
function summary(info: MarkdownLineInfo, lines: readonly TextLine[]): string {
  const opaque = [...info.opaque].filter((l) => lines[l].text.trim() !== '').sort((a, b) => a - b);
  const sorted = <V>(m: Map<number, V>) => [...m].sort((a, b) => a[0] - b[0]);
  return JSON.stringify({ headings: sorted(info.headingDepth), opaque, items: sorted(info.listItemStart) });
}

const LINES = [
  '', '', '', 'Căn cứ Nghị quyết số 24-NQ/TW;', 'văn bản tiếp', '# I. MỤC ĐÍCH', '## 1. Mục đích', '===', '---', '- Nội dung', '* b', '+ c',
  '1. Một', '2) hai', '10. mười', '  - lồng', '    - sâu hơn', '> trích', '> - q', '>> qq', '- - x', '* * *', '```', '~~~', '    mã', '\tmã',
  '<!-- ghi chú', '-->', '<div>', '</div>', '<script>', '</script>', '<?x', '?>', 'chữ `mã <b>` chữ', 'x <br> y', '-', '1.', '   ```',
  '  > q', '| a | b |', 'a) điểm', '[a]: /url', '* 1.', '- 2) x', '+ <div>', 'Đoạn văn',
];

function generatedMarkdown(seed: number, count: number): string {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = LINES[Math.floor(next() * LINES.length)];
    if (next() < 0.25) line = '  '.repeat(1 + Math.floor(next() * 2)) + line;
    if (next() < 0.15) line = `${line} ${LINES[Math.floor(next() * LINES.length)]}`;
    out.push(line);
  }
  return out.join(seed % 3 === 0 ? '\r\n' : '\n');
}

describe('Markdown read in pieces', () => {
  it('tells every line what remark tells of the whole text (headings, code and HTML, list items)', function () {
    this.timeout(20000);
    for (let seed = 1; seed <= 24; seed++) {
      const text = generatedMarkdown(seed, 200 + seed * 40);
      const lines = splitLines(text);
      assert.equal(summary(readMarkdown(text, lines), lines), summary(readWhole(text, lines), lines), `seed ${seed}`);
    }
  });

  it('a fence open across many pieces keeps every line inside it opaque, and what follows it is read again', () => {
    const text = ['# KẾ HOẠCH', '', '```', ...Array.from({ length: 3000 }, (_, i) => (i % 2 ? '' : `- Dòng ${i}`)), '```', '', '- Nội dung'].join('\n');
    const lines = splitLines(text);
    const info = readMarkdown(text, lines);
    for (let l = 2; l <= 3003; l++) assert.ok(info.opaque.has(l) || lines[l].text === '', `line ${l}`);
    assert.ok(!info.opaque.has(3005));
    assert.deepEqual(info.listItemStart.get(3005), { ordered: false });
    assert.equal(info.headingDepth.get(0), 1);
  });

  it('a line nested thousands deep is read to a bounded depth: still a list item, no overflow', () => {
    const text = `${'1. '.repeat(3000)}x\n${'> '.repeat(6400)}x\n${'* '.repeat(3000)}x`;
    const lines = splitLines(text);
    const info = readMarkdown(text, lines);
    assert.deepEqual(info.listItemStart.get(0), { ordered: true });
    assert.deepEqual(info.listItemStart.get(2), { ordered: false });
  });
});

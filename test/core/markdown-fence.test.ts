import * as assert from 'node:assert/strict';
import { readAllWithRemark } from '../../server/src/core/structure/markdown-remark';
import { everything, readCounted } from './markdown-reading';

/** Fenced code at the top level is read without remark (structure/markdown-fence.ts), exactly as remark reads it. */
const CASES: readonly [string, string][] = [
  ['closed, then a paragraph', '```\nx\n```\nĐoạn'],
  ['CRLF inside the value', '```\nx\r\ny\n```\n'],
  ['CR-only lines', '```\rx\r```\r'],
  ['unclosed to the end', '```\nx\n'],
  ['unclosed, blank lines after', '```\nx\n\n\n'],
  ['unclosed, spaces on the last lines', '```\nx\n  \n \n'],
  ['a longer fence holds a shorter one', '~~~~\n```\n~~~\n~~~~\nsau'],
  ['a backtick in the info string: not a fence', '``` a`b\nx'],
  ['closing fence indented up to three', '```\n  ```\nx'],
  ['closing fence indented four: content', '```\nx\n    ```\n```'],
  ['closing fence with spaces after', '```\nx\n```  \ny'],
  ['closing fence with text after: content', '```\nx\n``` z\n```'],
  ['after a paragraph', 'Đoạn\n```\nx\n```'],
  ['after a list item, which it ends', '- mục\n```\nx\n```\n2. x'],
  ['after a lazy line of a nested item', '1. một\n   - hai\nlười\n~~~\n- x\n~~~'],
  ['an empty fence', '```\n'],
  ['a fence alone', '```'],
  ['NUL in the code', '```\n\u0000x\n```'],
  ['headings and items inside are code', '```\n# a\n\n1. b\n```\n# c'],
  ['a tab before the closing fence: content', '~~~\n\t~~~\nx\n   ~~~\n# h'],
];

describe('Markdown: fenced code at the top level', () => {
  for (const [name, text] of CASES) {
    it(name, () => {
      const { lines, info } = readCounted(text);
      assert.equal(everything(info), everything(readAllWithRemark(text, lines)));
    });
  }

  it('reads a fence after list items without remark', () => {
    const text = '# I\n- mục\n  - con\n```\n- x\n```\n2. hai\n';
    const { stats } = readCounted(text);
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads a plan with an unclosed fence without remark', () => {
    const text = `# I. MỤC ĐÍCH\n\nĐoạn văn.\n\n\`\`\`\n${'- mục\n> trích\n<b>\n'.repeat(200)}`;
    const { stats, info } = readCounted(text);
    assert.equal(stats.remarkRuns, 0);
    assert.equal(info.blocks.length, 1);
    assert.equal(info.blocks[0].firstLine, 4);
  });
});

/** Code indented four spaces at the top level, read without remark where no tab indents it. */
const INDENTED: readonly [string, string][] = [
  ['after a blank line, then a paragraph', 'Đoạn\n\n    mã\n    mã hai\nSau'],
  ['after a heading', '# I. MỤC\n    mã'],
  ['CRLF kept in the value, four spaces off each line', '\r\n    a\r\n      b\r\nx'],
  ['blank lines inside kept, after it left out', '\n    a\n\n  \n    b\n\n\nx'],
  ['a last line of four spaces or more is the code\'s', '\n    a\n      \n    \nx'],
  ['under a paragraph it is text', 'Đoạn\n    không phải mã'],
  ['a tab in the indent (left to remark)', '\n    a\n\tb\n'],
  ['NUL in the code', '\n    \u0000x'],
  ['`2.` after it is a paragraph: the code is interrupted', '\n    mã\n2. x\n3. y'],
  ['`- 2.` after it is one item, blank lines between or not', '\n    mã\n- 2. x\n\n    mã\n\n- 2. y\n1. z'],
];

describe('Markdown: indented code at the top level', () => {
  for (const [name, text] of INDENTED) {
    it(name, () => {
      const { lines, stats, info } = readCounted(text);
      assert.equal(everything(info), everything(readAllWithRemark(text, lines)));
      if (!text.includes('\t')) assert.equal(stats.remarkRuns, 0, 'read without remark');
    });
  }
});

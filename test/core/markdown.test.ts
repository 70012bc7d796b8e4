import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readMarkdown } from '../../server/src/core/structure/markdown';
import { readAllWithRemark } from '../../server/src/core/structure/markdown-remark';
import { splitLines } from '../../server/src/core/text/lines';
import { generatePlan } from '../bench/generate-plan.mjs';
import { FIXTURES_ROOT } from './fixtures';
import { assertLikePieces, everything, readCounted, readWhole, summary } from './markdown-reading';

const LINES = [
  '', '', '', 'Căn cứ Nghị quyết số 24-NQ/TW;', 'văn bản tiếp', '# I. MỤC ĐÍCH', '## 1. Mục đích', '===', '---', '- Nội dung', '* b', '+ c',
  '1. Một', '2) hai', '10. mười', '  - lồng', '    - sâu hơn', '> trích', '> - q', '>> qq', '- - x', '* * *', '```', '~~~', '    mã', '\tmã',
  '<!-- ghi chú', '-->', '<div>', '</div>', '<script>', '</script>', '<?x', '?>', 'chữ `mã <b>` chữ', 'x <br> y', '-', '1.', '   ```',
  '  > q', '| a | b |', 'a) điểm', '[a]: /url', '* 1.', '- 2) x', '+ <div>', 'Đoạn văn',
];

/** Lines the classifier reads itself, mostly, with their tricky neighbours: lazy lines, `2.` after a paragraph, rules, setext underlines. */
const LIST_LINES = [
  '', '', '', 'Đoạn văn', 'văn bản tiếp', '# I. MỤC', '## 1. Mục', '#x', '- Nội dung', '* b', '+ c', '-  hai', '-    bốn', '1. Một', '2. Hai',
  '3) ba', '10. mười', '1) y', '1.5 tỷ', '(1) x', '• chấm', 'ĐẠI', '123', '2024.', '- 2. x', '---', '***', '===', '* * *', '-', '1.', '\tmã', '-\tx',
  // Runs where a lazy line keeps a list open, or `2.` starts an item or continues a paragraph.
  '1. Một\nlười\n2. Hai', '- a\nlười\n  - con', '- a\n\n  2. b', 'Đoạn\n2. không phải mục', '- a\n  b\n\n  2. x', '1. a\n   2. b',
  // Setext underlines (a first line with `#` would read as an ATX line) and link labels, which may open a definition.
  '#x\n---', 'Độc lập\n------', '[...]', '[a]: /url', '[a\\]', '[a\nb]: /u', '- [x] việc',
  // Lines that open a paragraph though they start with a mark that can open a block, and markers nested on one line.
  '**Mục tiêu**', '*nghiêng*', '+5%', '-5%', '_x_', '`mã`', '``x``', '~~x', '\\*', '😀 x', '\uFEFF', '\uFEFFĐoạn', '\u0301x', '=x', '--',
  '1. 1. Nội dung', '- 1. a', '1. - a', '- - a', '- 2. x', '* **đậm**', '1. **Đậm**', '- `mã`', '1. 2) x', '- * * *', '- ```', '- ~~~',
  // JavaScript's \s, not Markdown's, before a `#` that a setext underline makes a heading remark records.
  '\u2029#\n---', '\u00a0# x\nĐoạn\n===', '\u3000#',
];

function generatedMarkdown(seed: number, count: number, pool = LINES): string {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = pool[Math.floor(next() * pool.length)];
    const indent = next();
    if (indent < 0.25) line = '  '.repeat(1 + Math.floor(next() * 2)) + line;
    else if (indent < 0.4) line = ' '.repeat(1 + Math.floor(next() * 6)) + line;
    if (next() < 0.15) line = `${line} ${LINES[Math.floor(next() * LINES.length)]}`;
    if (next() < 0.05) line = line.normalize('NFD');
    out.push(line);
  }
  return out.join(['\n', '\r\n', '\r'][seed % 3]);
}

/** Every Markdown and text file under test/fixtures. */
function fixtureFiles(dir = FIXTURES_ROOT): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureFiles(path);
    return /\.(md|txt)$/.test(name) ? [path] : [];
  });
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

  it('the line classifier leaves every line as remark reads the whole text, on lists, lazy lines, rules, tabs, NFD, CRLF and CR', function () {
    this.timeout(60000);
    for (let seed = 1; seed <= 120; seed++) {
      const text = generatedMarkdown(seed, 40 + (seed % 8) * 30, seed % 2 ? LIST_LINES : LINES);
      const lines = splitLines(text);
      const info = readMarkdown(text, lines);
      assert.equal(summary(info, lines), summary(readWhole(text, lines), lines), `seed ${seed}`);
      assert.equal(everything(info), everything(readAllWithRemark(text, lines)), `seed ${seed}, against remark in pieces`);
    }
  });

  it('on every fixture and real text, the maps are those of remark alone (in pieces and over the whole text)', function () {
    this.timeout(60000);
    for (const path of fixtureFiles()) {
      const text = readFileSync(path, 'utf8');
      const lines = splitLines(text);
      const info = readMarkdown(text, lines);
      assertLikePieces(text, info, readAllWithRemark(text, lines), path);
      assert.equal(summary(info, lines), summary(readWhole(text, lines), lines), `${path}, against the whole text`);
    }
  });

  it('the classifier reads a whole ordinary plan and a plan of tight lists itself, remark none of it', () => {
    const tight = `KẾ HOẠCH\n\n${'- mục làm việc\n  - con\n  - con hai\n1. Một\n2. Hai\n'.repeat(200)}`;
    for (const text of [generatePlan(64), tight]) {
      const { stats } = readCounted(text);
      assert.equal(stats.classified, stats.lines);
    }
  });

  it('reads itself a lazy line indented four or more past the outer list, under an open paragraph, as remark does', () => {
    for (const text of ['- a\n\n  10000. b\n      c\n      d\n\ntext', '- a\n\n  10000. b\n      c\n- e']) {
      const { lines, stats, info } = readCounted(text);
      assert.equal(summary(info, lines), summary(readWhole(text, lines), lines), JSON.stringify(text));
      assert.equal(stats.remarkRuns, 0, JSON.stringify(text));
    }
  });

  it('reads itself lines that start with emphasis, a sign, a mark or code spans, and markers nested on one line, as remark does', () => {
    const text = ['**Mục tiêu**', '', '1. 1. Nội dung', '- - a', '+5% so với năm 2024', '', '* **Đậm**: nội dung', 'Đoạn', '- 2. x', '😀 x', '\uFEFF',
      '```` mã `x` ````', '2. x', '- ``` a`', '2. x', '- 80847.', '2. x'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself a quote of paragraphs, its lazy lines and what ends it (a fence too), as remark does', () => {
    const text = ['Đoạn', '> Quy định số 249-QĐ/TW', 'lười', '    vẫn lười', '===', '2. tiếp', '# I', '> a', '>', '> b', '- mục', '# II',
      '> c', '# Tiêu đề', '> d', '---', '   > e', '> 2. x', '1. một', '>>>> Nội dung', '```text', 'mã', '```', '> f'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself a comment opened and closed on its line, and a `<` that opens no HTML (no whole tag after text), as remark does', () => {
    const text = ['Đoạn', '<!-- kehoach-disable-next-line citation-format -->', '2. x', '- mục', '<!-- kehoach-enable --> sau', '2. hai',
      '  <!-- a -->', '<!---->', 'Đoạn', 'giai đ<oạn, tăng < 5%', '<3 lần', '2. x', 'của Ba<n Bí thư', 'số 1038/2029/TB</TW của Tỉnh ủy', '2. x'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assert.equal(everything(info), everything(readAllWithRemark(text, lines)));
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself empty items and what comes under them, as remark does', () => {
    const text = ['# I', `${'+ '.repeat(16)}`, 'Đoạn', '18.', '*', '', '18.', '    nội dung', '- a', '  -', '  x', '-', 'sau', '# III', '1.', '2024.', 'Đoạn', '# II'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself a paragraph that opens with `[`, until its label closes as `]:`, which may define a link', () => {
    // A `[` left open goes on over the lines of its paragraph: another `[`, or `]` without `:`, makes it text.
    const plain = ['# I', '* [số 12/KH-UBND, trước ngày 29/02/2024', 'tiếp theo', '- [a', '  b] c', '[a', '[b]: /u', '2. x', '> [a', '> b', '# II'];
    for (const [text, runs] of [[plain.join('\n'), 0], [[...plain, '[a', 'b]: /url', '2. x'].join('\n'), 1]] as const) {
      const { lines, stats, info } = readCounted(text);
      assertLikePieces(text, info, readAllWithRemark(text, lines), 'labels');
      assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
      assert.equal(stats.remarkRuns, runs);
    }
  });

  it('reads itself an item whose content is code, five spaces or more after its marker, as remark does', () => {
    // Word's bullet and tab, pasted as spaces: remark reads the text after them as code in the item.
    // Spaces alone past remark's bound nest nothing: the line is read whole, not cut.
    const text = ['# I', '-       Nội dung pasted', '        tiếp theo', '', '          sau', '  Đoạn của mục', 'Đoạn', '2.      mã', '-      a',
      `-${' '.repeat(70)}mã`, '# II'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assertLikePieces(text, info, readAllWithRemark(text, lines), 'code items');
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.deepEqual(info.blocks.map((b) => b.value), ['  Nội dung pasted\n  tiếp theo\n\n    sau', ' mã', ' a', `${' '.repeat(65)}mã`]);
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself code indented under a list item after a blank line, as remark does', () => {
    const text = ['# I', '1. Mục đích', '', '        1) thứ Tư, ngày 17/4/2026', '', '         tiếp', '   Đoạn của mục', '2. Yêu cầu', '   - con', '',
      '         mã của con', '# II'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assertLikePieces(text, info, readAllWithRemark(text, lines), 'code in items');
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.deepEqual(info.blocks.map((b) => b.value), [' 1) thứ Tư, ngày 17/4/2026\n\n  tiếp', 'mã của con']);
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself nested quotes of paragraphs, the lines with fewer marks that go on lazily and what ends them', () => {
    const text = ['# I', '> > Quy định', '> tiếp, lười', 'lười nữa', '> > > sâu hơn', '>', '> ngoài', '', `${'>'.repeat(70)}Thông báo số 12-TB/TU`,
      '', '# II', '>> a', '> - mục', '# III'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assertLikePieces(text, info, readAllWithRemark(text, lines), 'nested quotes');
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    // `> - mục` puts a list in a quote: remark's, from the last line that starts afresh (`# II`) to the end.
    assert.equal(stats.remarkRuns, 1);
    assert.equal(stats.classified, lines.length - 4);
  });

  it('reads itself HTML blocks of a pasted page that run to a blank line: <div>, a tag alone such as <br>', () => {
    const sure = ['# I', 'Đoạn', '<div class="noi-dung">', '- không phải mục', '', '<br>', 'vẫn là HTML', '', '- mục', '</p>', ''];
    for (const [text, runs] of [[sure.join('\n'), 0], [[...sure, 'Đoạn <br>', '<pre>', '', '# II'].join('\n'), 1]] as const) {
      const { lines, stats, info } = readCounted(text);
      assertLikePieces(text, info, readAllWithRemark(text, lines), 'html blocks');
      assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
      assert.deepEqual(info.blocks.slice(0, 3).map((b) => [b.firstLine, b.lastLine]), [[2, 3], [5, 6], [9, 9]]);
      // `Đoạn <br>` is inline HTML and `<pre>` runs to its closing tag: both remark's.
      assert.equal(stats.remarkRuns, runs);
    }
  });

  it('reads itself a tag alone on a line of an open paragraph (`<br>`): inline HTML, opaque, the paragraph goes on (lazily, an HTML block)', () => {
    const text = ['# I', 'Đoạn', '<br>', '2. tiếp', '- mục', '  tiếp', '  </b>', '  2. x', '', 'Đoạn', '   <br/>', '<I>', '# II'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assertLikePieces(text, info, readAllWithRemark(text, lines), 'inline tags');
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.deepEqual([...info.opaque].sort((a, b) => a - b), [2, 6, 10, 11]);
    assert.equal(stats.remarkRuns, 0);
    // On a lazy line at the margin, micromark makes the tag an HTML block in the innermost item or quote; a line that goes on there is the block's.
    const lazy = ['# I', '- mục', '  - con', '<br>', '  sau', '- mục', '<br>', '2. x', '> > trích', '<br>', 'sau', '# II'].join('\n');
    const read = readCounted(lazy);
    assertLikePieces(lazy, read.info, readAllWithRemark(lazy, read.lines), 'a lazy tag');
    assert.equal(summary(read.info, read.lines), summary(readWhole(lazy, read.lines), read.lines));
    assert.deepEqual(read.info.blocks.map((b) => [b.kind, b.firstLine, b.value]), [['html', 3, '<br>'], ['html', 6, '<br>'], ['html', 9, '<br>']]);
    assert.equal(read.stats.remarkRuns, 0);
    // Left to remark: a backtick above may open a code span holding the tag; a lazy line indented; the block going on; a tag that interrupts (kinds 1 and 6).
    for (const unsure of [['Đoạn `a', '<br>', 'b`'], ['- mục', ' <br>'], ['- mục', '<br>', '  tiếp'], ['Đoạn', '<pre>'], ['> a', '<br>', '> b'], ['> a', '> <br>']]) {
      const odd = ['# I', ...unsure, '# II'].join('\n');
      const read = readCounted(odd);
      assert.equal(summary(read.info, read.lines), summary(readWhole(odd, read.lines), read.lines), odd);
      assert.equal(read.stats.remarkRuns, 1, odd);
    }
  });

  it('reads itself a line indented past column 80 under an open paragraph: its text goes on', () => {
    const text = ['# I', '- mục', `${' '.repeat(120)}\u00a0- tiếp`, `${' '.repeat(90)}tiếp nữa`, '2. x', '# II'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assertLikePieces(text, info, readAllWithRemark(text, lines), 'far indents');
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself a comment over several lines, to the line with its end or to the end of the text', () => {
    for (const tail of ['-->\n2. x\n', '\n', '\n\n']) {
      const text = `# I\n- mục\n<!-- kehoach-disable citation-format\n- không phải mục\n\n# không phải tiêu đề\n${tail}`;
      const { lines, stats, info } = readCounted(text);
      assertLikePieces(text, info, readAllWithRemark(text, lines), JSON.stringify(tail));
      assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
      assert.equal(info.blocks[0].firstLine, 2);
      assert.equal(stats.remarkRuns, 0);
    }
  });

  it('drops the BOM before the first line, as remark does: a heading, a fence or an item there stays one', () => {
    for (const first of ['# KẾ HOẠCH', '```', '- Nội dung', '    mã', '1. 2. x', '**Đậm**', '---']) {
      const text = `\uFEFF${first}\nĐoạn văn\n\n- mục\n`;
      const lines = splitLines(text);
      assert.equal(summary(readMarkdown(text, lines), lines), summary(readWhole(text, lines), lines), JSON.stringify(first));
    }
  });

  it('a line it is unsure of sends its run, from the last line that starts afresh, to remark, eight lines at least', () => {
    const text = ['# I. MỤC', '', 'Đoạn văn', '- mục', '> - trích', ...Array.from({ length: 12 }, (_, k) => `- mục ${k}`)].join('\n');
    const { lines, stats, info } = readCounted(text);
    assert.equal(everything(info), everything(readAllWithRemark(text, lines)));
    // Lines 3 to 10, from `- mục` (which starts afresh) to the first item eight lines on, are remark's.
    assert.equal(stats.classified, lines.length - 8);
  });

  it('where the classifier is unsure again and again, remark reads runs of up to 64 lines, not a parse per line', () => {
    const text = `KẾ HOẠCH\n\n${'- mục\n> - trích\n'.repeat(400)}`;
    const { stats } = readCounted(text);
    assert.equal(stats.classified, 2);
    assert.ok(stats.remarkRuns <= 20, `${stats.remarkRuns} runs`);
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

  it('a run handed to remark stops at a fence at the margin, which the classifier reads: an unclosed one is not parsed again as pieces grow', () => {
    const code = Array.from({ length: 2000 }, (_, i) => `mã ${i} <b> - x`);
    const text = ['# I', 'Đoạn <b>', '- mục', '  tiếp', '```', ...code, '', 'II. hết'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assert.equal(everything(info), everything(readAllWithRemark(text, lines)));
    assert.equal(summary(info, lines), summary(readWhole(text, lines), lines));
    assert.equal(stats.remarkRuns, 1);
    // Lines 0–4 once and the fence's line again (its piece reads one line more): not the 2,000 lines of code.
    assert.ok(stats.remarkLines <= 6, `remark parsed ${stats.remarkLines} lines`);
    // Unclosed, the fence holds everything after it: the heading-like line at the end too.
    assert.deepEqual([...info.opaque].sort((a, b) => a - b), [1, ...Array.from({ length: 2003 }, (_, i) => 4 + i)]);
  });

  it('reads itself items nested past remark\'s bound, their deep markers cut as remark\'s pieces cut them', () => {
    const text = ['# I. MỤC', ...Array.from({ length: 50 }, (_, k) => `${'  '.repeat(k)}+ 10/11/1990`), 'lười', '- mục', '  - con'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assert.equal(everything(info), everything(readAllWithRemark(text, lines)));
    assert.equal(stats.remarkRuns, 0);
  });

  it('reads itself code of such lines after a blank line, cut as remark\'s pieces cut them', () => {
    // Under `- mục` the deep items read as its text (cut, `x` at column 64); after a blank line, as code in it.
    const deep = Array.from({ length: 5 }, (_, k) => `${' '.repeat(80 + 2 * k)}* ngày 1 tháng`);
    const text = ['# I', '- mục', ...deep, '', `${' '.repeat(148)}* ngày`, `${' '.repeat(150)}+ ngày`, '', `${' '.repeat(90)}lười`, '- mục', '# II'].join('\n');
    const { lines, stats, info } = readCounted(text);
    assertLikePieces(text, info, readAllWithRemark(text, lines), 'cut code');
    assert.ok(info.opaque.has(8) && info.opaque.has(9) && info.opaque.has(11), 'the cut lines after the blank lines are code');
    assert.equal(stats.remarkRuns, 0);
  });

  it('a line nested thousands deep is read to a bounded depth: still a list item, no overflow', () => {
    const text = `${'1. '.repeat(3000)}x\n${'> '.repeat(6400)}x\n${'* '.repeat(3000)}x`;
    const lines = splitLines(text);
    const info = readMarkdown(text, lines);
    assert.deepEqual(info.listItemStart.get(0), { ordered: true });
    assert.deepEqual(info.listItemStart.get(2), { ordered: false });
  });
});

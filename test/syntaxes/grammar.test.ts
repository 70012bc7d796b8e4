import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { assertNoScope, assertScope, loadGrammar, readGrammar, tokenize } from './tokenize';

const TYPE = 'entity.name.type.citation.kehoach';
const SYMBOL = 'variable.other.constant.symbol.citation.kehoach';
const CITATION = 'meta.citation.kehoach';
const DATE = 'constant.numeric.date.kehoach';
const NUMBERING = 'markup.heading.numbering.kehoach';
const ABBREVIATION = 'variable.other.abbreviation.kehoach';

/** Lines whose highlighting is the same in Markdown and in plain text (all NFC unless said). */
const PROSE = [
  'Thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị;',
  'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;',
  'Căn cứ Nghị định số 27/2022/NĐ-CP, Nghị quyết số 88/2019/QH14 và Luật Giáo dục số 43/2019/QH14;',
  'THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ',
  'Quy định 08-QĐi/TW, Nghị quyết 13-NQ/TƯ và Số: …/KH-UBND, Số 201-KH/TU.',
  'Lạng Sơn, ngày 05 tháng 6 năm 2014; Quyết định ban hành ngày 01-10-1997 có hiệu lực.',
  'người dân tộc thiểu số (DTTS) ở vùng (DTTS&MN), khóa (XIII), Chiến lược (sau đây gọi tắt là Chiến lược).',
  'khoảng 2.000 hộ, tỷ lệ 2/3, giai đoạn 2021 - 2025, COVID-19 và F0/F1.',
  'Thực hiện Công văn số: 1301/UBDT-KHTC của Ủy ban Dân tộc.',
].join('\n\n');

function proseChecks(lines: ReturnType<typeof tokenize>): void {
  assertScope(lines, 'Kết luận số 65-KL/TW', CITATION);
  assertScope(lines, 'Kết luận', TYPE);
  assertScope(lines, '65-KL/TW', SYMBOL);
  assertScope(lines, '30/10/2019', DATE);
  assertScope(lines, 'Quyết định số 1719/QĐ-TTg', CITATION);
  assertScope(lines, '1719/QĐ-TTg', SYMBOL);
  assertScope(lines, '14/10/2021', DATE);
  assertScope(lines, 'Nghị định', TYPE);
  assertScope(lines, '27/2022/NĐ-CP', SYMBOL);
  assertScope(lines, 'Nghị quyết số 88/2019/QH14', CITATION);
  assertScope(lines, '88/2019/QH14', SYMBOL);
  // A law's name stands between the type word and the symbol: the symbol alone is marked.
  assertScope(lines, '43/2019/QH14', SYMBOL);
  assertNoScope(lines, 'Luật Giáo dục', TYPE);
  assertScope(lines, 'CHỈ THỊ', TYPE);
  assertScope(lines, '19/CT-TTG', SYMBOL);
  assertScope(lines, 'NGÀY 16 THÁNG 7 NĂM 2021', DATE);
  assertScope(lines, '08-QĐi/TW', SYMBOL);
  assertScope(lines, '13-NQ/TƯ', SYMBOL);
  assertScope(lines, '…/KH-UBND', SYMBOL);
  assertScope(lines, '201-KH/TU', SYMBOL);
  assertScope(lines, 'ngày 05 tháng 6 năm 2014', DATE);
  assertScope(lines, '01-10-1997', DATE);
  assertNoScope(lines, 'Quyết định ban hành');
  assertScope(lines, 'DTTS', ABBREVIATION);
  assertScope(lines, 'DTTS&MN', ABBREVIATION);
  assertScope(lines, '(sau đây gọi tắt là Chiến lược)', 'meta.abbreviation.definition.kehoach');
  assertScope(lines, 'Chiến lược', ABBREVIATION, 'gọi tắt là ');
  assertNoScope(lines, ', Chiến lược ');
  assertNoScope(lines, '(XIII)');
  assertScope(lines, 'Công văn số: 1301/UBDT-KHTC', CITATION);
  assertNoScope(lines, 'khoảng 2.000 hộ, tỷ lệ 2/3, giai đoạn 2021 - 2025, COVID-19 và F0/F1.');
}

describe('grammar files', () => {
  it('the injection targets Markdown, outside comments, code and link targets', () => {
    const g = readGrammar('kehoach.injection');
    assert.equal(g.scopeName, 'kehoach.injection');
    const selector = String(g.injectionSelector);
    assert.match(selector, /^text\.html\.markdown /, 'no L: priority: Markdown keeps column 0 (see the tests below)');
    for (const excluded of ['-comment', '-markup.fenced_code', '-markup.raw', '-markup.inline.raw', '-markup.underline.link']) {
      assert.ok(selector.includes(excluded), excluded);
    }
  });

  it('every scope it gives ends with .kehoach', () => {
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) (k === 'name' && typeof v === 'string' ? names.push(v) : walk(v));
      }
    };
    walk(readGrammar('kehoach.injection').repository);
    walk(readGrammar('text.kehoach').patterns);
    assert.ok(names.length >= 10);
    for (const n of names) assert.match(n, /\.kehoach$/, n);
  });
});

describe('Markdown with the injection', () => {
  let md: IGrammar;
  before(async () => { md = await loadGrammar('text.html.markdown'); });

  it('marks citations, symbols, dates and abbreviation definitions', () => {
    proseChecks(tokenize(md, PROSE));
  });

  it('marks section numbering in headings, at the start of a paragraph line, and in bold', () => {
    const lines = tokenize(md, [
      '## I. MỤC ĐÍCH, YÊU CẦU', '', '### 1.2. Yêu cầu', '', 'a) Tổ chức tuyên truyền;', 'đ) Rà soát', '',
      'II- NHIỆM VỤ', '', '**III. TỔ CHỨC THỰC HIỆN**', '', 'Xem mục IV. Kinh phí và điểm b) trên.',
    ].join('\n'));
    assertScope(lines, 'I.', NUMBERING);
    assertScope(lines, '1.2.', NUMBERING);
    assertScope(lines, 'a)', NUMBERING);
    assertScope(lines, 'đ)', NUMBERING);
    assertScope(lines, 'II-', NUMBERING);
    assertScope(lines, 'III.', NUMBERING);
    assertNoScope(lines, 'Xem mục IV. Kinh phí và điểm b) trên.');
  });

  it('leaves Markdown its own structure: lists stay lists, paragraphs stay paragraphs', () => {
    const lines = tokenize(md, ['1. Mục đích ngày 05/6/2014', '   tiếp theo 65-KL/TW', '', 'Kết luận số 65-KL/TW **đậm**'].join('\n'));
    assertScope(lines, '1.', 'punctuation.definition.list.begin.markdown');
    assertNoScope(lines, '1.');
    assertScope(lines, '05/6/2014', DATE);
    assertScope(lines, '   tiếp theo 65-KL/TW', 'markup.list.numbered.markdown');
    // With `L:` priority the citation would win column 0 from the paragraph rule and `**đậm**` would lose its bold.
    assertScope(lines, 'Kết luận số 65-KL/TW **đậm**', 'meta.paragraph.markdown');
    assertScope(lines, '**đậm**', 'markup.bold.markdown');
    assertScope(lines, 'Kết luận', TYPE);
  });

  it('marks nothing in comments, code and link targets', () => {
    const lines = tokenize(md, [
      '<!-- kehoach-disable date-format 05/6/2014 65-KL/TW -->', '', 'Mã `65-KL/TW` và [văn bản](https://example.vn/05/6/2014/65-KL/TW).', '',
      '```', 'Kết luận số 65-KL/TW ngày 05/6/2014', '```',
    ].join('\n'));
    assertNoScope(lines, 'kehoach-disable date-format 05/6/2014 65-KL/TW');
    assertNoScope(lines, '`65-KL/TW`');
    assertNoScope(lines, 'https://example.vn/05/6/2014/65-KL/TW');
    assertNoScope(lines, 'Kết luận số 65-KL/TW ngày 05/6/2014');
  });
});

describe('plain text grammar', () => {
  let text: IGrammar;
  before(async () => { text = await loadGrammar('text.kehoach'); });

  it('marks the same citations, dates and abbreviations', () => {
    proseChecks(tokenize(text, PROSE));
  });

  it('marks numbering at the start of a line, indented or not, and nowhere else', () => {
    const lines = tokenize(text, ['I. MỤC ĐÍCH, YÊU CẦU', '  1. Mục đích', 'b) Phối hợp', 'VIỆT NAM', 'X-quang', 'Xem mục IV. Kinh phí'].join('\n'));
    assertScope(lines, 'I.', NUMBERING);
    assertScope(lines, '1.', NUMBERING);
    assertScope(lines, 'b)', NUMBERING);
    assertNoScope(lines, 'VIỆT NAM');
    assertNoScope(lines, 'X-quang');
    assertNoScope(lines, 'Xem mục IV. Kinh phí');
  });

  it('reads dates and symbols in NFD text as pasted from some editors', () => {
    const lines = tokenize(text, 'Lạng Sơn, ngày 05 tháng 6 năm 2014, theo 1719/QĐ-TTg'.normalize('NFD'));
    assertScope(lines, 'ngày 05 tháng 6 năm 2014'.normalize('NFD'), DATE);
    assertScope(lines, '1719/QĐ-TTg', SYMBOL);
  });
});

describe('grammar performance on hostile lines', () => {
  const hostile = [
    '1/'.repeat(5000),
    '1-A/'.repeat(4000),
    'Kết luận số '.repeat(2000) + '65-KL',
    'ngày 1 tháng 1 năm '.repeat(1000),
    '('.repeat(3000) + 'DTTS' + ')'.repeat(3000),
    '9'.repeat(20000) + '/QĐ-' + 'A'.repeat(20000) + '-',
    'I'.repeat(20000) + ' .',
  ];
  for (const scope of ['text.html.markdown', 'text.kehoach'] as const) {
    it(`${scope}: each 10 000–40 000 character line tokenizes in under a second`, async () => {
      const g = await loadGrammar(scope);
      tokenize(g, PROSE); // compiles the grammars' regular expressions, which is not what is timed
      for (const line of hostile) {
        const started = performance.now();
        const [result] = tokenize(g, line);
        const ms = performance.now() - started;
        // Catastrophic backtracking takes minutes on such lines; a linear scan takes tens of milliseconds.
        assert.ok(!result.stoppedEarly && ms < 1000, `${line.slice(0, 30)}… took ${ms.toFixed(0)} ms`);
      }
    }).timeout(20000);
  }
});

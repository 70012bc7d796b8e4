import * as assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/core/document';
import { foldingRangesOf, outlineOf, type OutlineItem } from '../../server/src/core/outline';
import { COMPLETE_PLAN } from '../lsp/plans';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const names = (items: readonly OutlineItem[]): unknown[] =>
  items.map((i) => (i.children.length ? { [i.name]: names(i.children) } : i.name));

describe('outline and folding', () => {
  it('gives the section tree under the plan title, then Nơi nhận and the signature', () => {
    const outline = outlineOf(parsePlan(COMPLETE_PLAN));
    assert.deepEqual(names(outline), [
      { 'KẾ HOẠCH Triển khai thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2023': [
        { 'I. MỤC ĐÍCH, YÊU CẦU': ['1. Mục đích', '2. Yêu cầu'] },
        'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        'III. TỔ CHỨC THỰC HIỆN',
      ] },
      'Nơi nhận',
      'Chữ ký',
    ]);
  });

  it('works on plain text pasted from Word (the Lạng Sơn plan) and keeps every range inside its parent', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'real', 'lang-son-52-KH-UBND-2014.txt'), 'utf8');
    const [plan] = outlineOf(parsePlan(text));
    assert.deepEqual(plan.children.map((c) => c.name), ['I. MỤC ĐÍCH YÊU CẦU', 'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'III. CÁC NHIỆM VỤ CỤ THỂ']);
    const check = (item: OutlineItem) => {
      assert.ok(item.start <= item.selectionStart && item.selectionEnd <= item.end, item.name);
      for (const c of item.children) {
        assert.ok(item.start <= c.start && c.end <= item.end, `${c.name} outside ${item.name}`);
        check(c);
      }
    };
    check(plan);
  });

  it('lists the a) points of a section as the README promises (I → 1 → a), written as paragraphs or as headings', () => {
    const text = [
      'KẾ HOẠCH', 'Triển khai', '',
      '## I. MỤC ĐÍCH, YÊU CẦU', '', '### 1. Mục đích', '',
      'a) Nâng cao nhận thức của cán bộ, công chức về nội dung kế hoạch.', '', 'Tiếp tục ở đoạn thứ hai.', '',
      'b) Bảo đảm tiến độ.', '',
      '### 2. Yêu cầu', '', 'a) Cụ thể', '', 'Nội dung yêu cầu.', '',
      '## II. NHIỆM VỤ', '', '1. Tuyên truyền', '', 'đ) Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố triển khai.', '',
    ].join('\n');
    const doc = parsePlan(text);
    const [plan] = outlineOf(doc);
    assert.deepEqual(names(plan.children), [
      { 'I. MỤC ĐÍCH, YÊU CẦU': [
        { '1. Mục đích': ['a) Nâng cao nhận thức của cán bộ, công chức về nội dung kế hoạch.', 'b) Bảo đảm tiến độ.'] },
        // A short `a) Cụ thể` reads as a heading: it keeps its `)` too.
        { '2. Yêu cầu': ['a) Cụ thể'] },
      ] },
      { 'II. NHIỆM VỤ': [{ '1. Tuyên truyền': ['đ) Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các…'] }] },
    ]);
    const [a, b] = plan.children[0].children[0].children;
    assert.equal(a.kind, 'point');
    // A point spans its paragraphs up to the next point; choosing it selects its first line.
    assert.equal(text.slice(a.start, a.end), 'a) Nâng cao nhận thức của cán bộ, công chức về nội dung kế hoạch.\n\nTiếp tục ở đoạn thứ hai.');
    assert.equal(text.slice(a.selectionStart, a.selectionEnd), 'a) Nâng cao nhận thức của cán bộ, công chức về nội dung kế hoạch.');
    assert.equal(text.slice(b.start, b.end), 'b) Bảo đảm tiến độ.');
  });

  it('lists no point for a paragraph that only starts with a letter, or before the first section', () => {
    const text = ['KẾ HOẠCH', 'Triển khai', '', 'a) Căn cứ tình hình thực tế của địa phương;', '', '## I. MỤC ĐÍCH', '', 'Mục đích là nâng cao nhận thức.', '', 'e-mail: a) không phải điểm.', ''].join('\n');
    const [plan] = outlineOf(parsePlan(text));
    assert.deepEqual(names(plan.children), ['I. MỤC ĐÍCH']);
  });

  it('folds each section from its heading to its last line of text, and the header block', () => {
    const doc = parsePlan(COMPLETE_PLAN);
    const folds = foldingRangesOf(doc);
    const lineOf = (s: string) => doc.lines.findIndex((l) => l.text.startsWith(s));
    assert.deepEqual(folds.find((f) => f.startLine === lineOf('## I. MỤC ĐÍCH')), { startLine: lineOf('## I. MỤC ĐÍCH'), endLine: lineOf('Các cơ quan, đơn vị') });
    assert.ok(folds.some((f) => f.startLine === 0 && f.endLine >= lineOf('KẾ HOẠCH')));
    for (const f of folds) assert.ok(f.endLine > f.startLine);
  });
});

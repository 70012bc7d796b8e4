// The checkers behind the properties must themselves be able to fail: each is shown a violation.
import * as assert from 'node:assert/strict';
import { applyEdits, type TextEdit } from '../../server/src/core/lint';
import { checkKept, checkPreserved, checkSpans, lineStyleOf, overlappingEdits, splitAt, untouchedParts } from './checks';
import { minimizeText } from './minimize';

const edit = (start: number, end: number, text = ''): TextEdit => ({ start, end, text });

describe('property checkers', () => {
  it('see a boundary inside a CRLF, a surrogate pair, or between a letter and its combining marks', () => {
    assert.equal(splitAt('a\r\nb', 2), 'CRLF');
    assert.equal(splitAt('a\r\nb', 1), undefined);
    assert.equal(splitAt('x\uD83D\uDE00y', 2), 'surrogate pair');
    assert.equal(splitAt('Vie\u0302\u0323t', 3), 'combining mark');
    assert.equal(splitAt('Vie\u0302\u0323t', 4), 'combining mark');
    assert.equal(splitAt('Vie\u0302\u0323t', 5), undefined);
    // A mark after a space or at the start of a line has no letter to be separated from.
    assert.equal(splitAt('dung \u0301 (DTTS)', 5), undefined);
    assert.equal(splitAt('a\n\u0301', 2), undefined);
    assert.equal(splitAt('\u0301x', 0), undefined);
  });

  it('report a span outside the text, reversed, or not an integer', () => {
    const text = 'KẾ HOẠCH\r\n';
    const kinds = checkSpans(text, [
      { start: 0, end: 11, what: 'finding' }, { start: 3, end: 2, what: 'finding' }, { start: -1, end: 0, what: 'edit' },
      { start: 0.5, end: 1, what: 'edit' }, { start: 9, end: 9, what: 'edit' }, { start: 0, end: 10, what: 'finding' },
    ], 'lint').map((v) => v.kind);
    assert.deepEqual(kinds, ['outside', 'outside', 'outside', 'outside', 'split']);
  });

  it('find overlapping edits, an insertion strictly inside another edit, but not edits that only touch', () => {
    assert.ok(overlappingEdits([edit(0, 5), edit(3, 8)]));
    assert.ok(overlappingEdits([edit(0, 10), edit(12, 14), edit(4, 4)]));
    assert.ok(overlappingEdits([edit(2, 4), edit(2, 4)]));
    assert.equal(overlappingEdits([edit(0, 5), edit(5, 8), edit(8, 8), edit(8, 8)]), undefined);
    assert.equal(overlappingEdits([edit(3, 3), edit(3, 6)]), undefined);
  });

  it('see text lost outside the edits of a pass, or kept out of order', () => {
    const before = 'Hỗ trợ DTTS vùng cao, dân tộc thiểu số (DTTS).';
    const use = before.indexOf('DTTS');
    const definition = before.indexOf('dân');
    const edits = [edit(use, use + 4, 'dân tộc thiểu số (DTTS)'), edit(definition, before.length - 1, 'DTTS')];
    assert.deepEqual(untouchedParts(before, edits), [{ start: 0, end: use }, { start: use + 4, end: definition }, { start: before.length - 1, end: before.length }]);
    assert.deepEqual(checkPreserved(before, applyEdits(before, edits), edits, 'fix-all'), []);
    // As in the issue: the abbreviation and its definition fixed, the words between them gone.
    const lost = before.slice(0, use) + 'dân tộc thiểu số (DTTS)DTTS.';
    assert.equal(checkPreserved(before, lost, edits, 'fix-all')[0]?.kind, 'text-lost');
    assert.equal(checkPreserved(before, 'X' + before, [edit(1, 1, 'X')], 'fix-all')[0]?.kind, 'text-lost');
    assert.deepEqual(checkPreserved(before, 'X' + before, [edit(0, 0, 'X')], 'fix-all'), []);
    assert.equal(checkPreserved('ab cd', 'cd ab', [edit(2, 3, ' ')], 'fix-all')[0]?.kind, 'text-lost');
  });

  it('tell line-break styles apart and notice a changed style or a lost BOM', () => {
    assert.deepEqual(['a\r\nb\r\n', 'a\rb', 'a\nb', 'a\r\nb\n', 'ab'].map(lineStyleOf), ['CRLF', 'CR', 'LF', 'mixed', 'none']);
    assert.equal(checkKept('a\rb\r', 'a\rb\nc\r', 'fix-all')[0]?.kind, 'line-endings');
    assert.equal(checkKept('\uFEFFa\n', 'x\uFEFFa\n', 'fix-all')[0]?.kind, 'bom-lost');
    assert.deepEqual(checkKept('a\r\nb\n', 'a\nb\n', 'fix-all'), []);
  });

  it('minimize a failing text down to what fails', () => {
    const text = 'KẾ HOẠCH\n\nNội dung \u0301 (DTTS).\nCăn cứ Nghị quyết số 12-NQ/TU.\n';
    assert.equal(minimizeText(text, (t) => t.includes(' \u0301')), ' \u0301');
    assert.equal(minimizeText(text, () => true), '');
  });
});

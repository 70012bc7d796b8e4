import * as assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';
import { exportDocx } from '../../server/src/export';
import { readDocx } from '../office/docx-text';
import { disableComments, isLineDirective, readSuppressions } from '../../server/src/core/suppressions';
import { splitLines } from '../../server/src/core/text/lines';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from '../lsp/plans';

const linesOf = (text: string) => splitLines(text);

describe('inline disable comments', () => {
  const text = [
    'a',
    '<!-- kehoach-disable section-empty -->',
    'b',
    '<!-- kehoach-enable -->',
    'c',
    '<!-- kehoach-disable-next-line section-order, section-numbering -->',
    'd',
    'e',
    '<!-- kehoach-disable -->',
    'f',
  ].join('\n');
  const s = readSuppressions(linesOf(text));

  it('disable … enable covers the lines between, for the named rule only', () => {
    assert.equal(s.isSuppressed('section-empty', 2), true);
    assert.equal(s.isSuppressed('section-order', 2), false);
    assert.equal(s.isSuppressed('section-empty', 4), false);
  });

  it('disable-next-line covers exactly the next line, for each rule named', () => {
    assert.equal(s.isSuppressed('section-order', 6), true);
    assert.equal(s.isSuppressed('section-numbering', 6), true);
    assert.equal(s.isSuppressed('section-order', 7), false);
  });

  it('disable without ids silences every rule to the end', () => {
    assert.equal(s.isSuppressed('anything', 9), true);
    assert.equal(s.isSuppressed('anything', 8), true);
    assert.equal(s.isSuppressed('anything', 7), false);
  });

  it('a keyword the word goes on from is none: `disablé` in NFD names no rule `́` (a range that split the mark from its e)', () => {
    for (const raw of ['<!--kehoach-disable\u0301-->', '<!-- kehoach-disablex a -->', '// kehoach-enable\u0301 x']) {
      assert.deepEqual(disableComments(linesOf(raw)), [], JSON.stringify(raw));
    }
    // A keyword run into a dash still reads, so that its typo is told (`-nextline` is no rule).
    assert.deepEqual(disableComments(linesOf('<!-- kehoach-disable-nextline a -->'))[0].ids.map((i) => i.id), ['-nextline', 'a']);
  });

  it('silences a real finding in lint, and only the named rule', () => {
    assert.deepEqual(lint(PLAN_MISSING_TASKS).map((f) => f.ruleId), ['section-missing']);
    const silenced = PLAN_MISSING_TASKS.replace('KẾ HOẠCH\n', '<!-- kehoach-disable-next-line section-missing -->\nKẾ HOẠCH\n');
    assert.deepEqual(lint(silenced).map((f) => f.ruleId), []);
    const other = PLAN_MISSING_TASKS.replace('KẾ HOẠCH\n', '<!-- kehoach-disable-next-line section-order -->\nKẾ HOẠCH\n');
    assert.deepEqual(lint(other).map((f) => f.ruleId), ['section-missing']);
  });
});

describe('disable comments in plain text (`// kehoach-…`)', () => {
  const txt = PLAN_MISSING_TASKS.replace(/^#+ /gm, '');

  it('silence a finding as the HTML comment does', () => {
    assert.deepEqual(lint(txt).map((f) => f.ruleId), ['section-missing']);
    const silenced = txt.replace('KẾ HOẠCH\n', '// kehoach-disable-next-line section-missing\nKẾ HOẠCH\n');
    assert.deepEqual(lint(silenced).map((f) => f.ruleId), []);
    const ranged = txt.replace('KẾ HOẠCH\n', '  //kehoach-disable\nKẾ HOẠCH\n');
    assert.deepEqual(lint(ranged).map((f) => f.ruleId), []);
  });

  it('are no text of the plan: a section with only a directive under it is still empty', () => {
    const empty = COMPLETE_PLAN.replace(/^### 2\. Yêu cầu\n\n.*\n/m, '### 2. Yêu cầu\n\n// kehoach-disable-next-line date-format\n');
    assert.ok(lint(empty).some((f) => f.ruleId === 'section-empty'), 'the directive line counted as content');
    const withHtml = COMPLETE_PLAN.replace(/^### 2\. Yêu cầu\n\n.*\n/m, '### 2. Yêu cầu\n\n<!-- kehoach-disable-next-line date-format -->\n');
    assert.ok(lint(withHtml).some((f) => f.ruleId === 'section-empty'), 'as with an HTML comment');
    assert.ok(isLineDirective('// kehoach-enable'));
    // Only a line of its own that starts with `//`: a URL or a sentence that mentions one is text.
    assert.ok(!isLineDirective('Xem https://example.invalid // kehoach-disable'));
    assert.ok(!isLineDirective('Ghi chú: // kehoach-disable'));
  });

  it('are blocks of their own that print nothing, except inside a code block, which stays code', () => {
    const text = 'KẾ HOẠCH\n\n// kehoach-disable-next-line date-format <!-- a note -->\nMột đoạn.\n\n```\n// kehoach-disable\n```\n';
    const blocks = parsePlan(text).codeAndHtml.map((b) => [b.kind, b.firstLine, b.lastLine]);
    assert.deepEqual(blocks, [['html', 2, 2], ['code', 5, 7]]);
  });

  it('give each rule id with its offsets, in both forms', () => {
    const text = 'a\n// kehoach-disable-next-line section-empty, date-format <!-- a note -->\n<!-- kehoach-enable date-format -->\n';
    const comments = disableComments(linesOf(text));
    assert.deepEqual(comments.map((c) => [c.kind, c.line, c.ids.map((w) => text.slice(w.start, w.end))]), [
      ['disable-next-line', 1, ['section-empty', 'date-format']],
      ['enable', 2, ['date-format']],
    ]);
  });
});

describe('plain-text disable comments do not print', () => {
  it('the Word export leaves them out, as it leaves out HTML comments', async () => {
    const txt = COMPLETE_PLAN.replace(/^#+ /gm, '')
      .replace('1. Rà soát', '// kehoach-disable-next-line date-format\n1. Rà soát')
      .replace('Tổ chức thực hiện có hiệu quả', '<!-- kehoach-disable-next-line date-format -->\nTổ chức thực hiện có hiệu quả');
    const docx = await readDocx(await exportDocx(txt));
    const xml = docx.parts.get('word/document.xml')!;
    assert.ok(!/kehoach-/.test(xml), 'a directive was printed');
    assert.ok(docx.paragraphs.some((p) => p.text.startsWith('1. Rà soát')) || /Rà soát/.test(xml));
  });
});

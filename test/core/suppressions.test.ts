import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { readSuppressions } from '../../server/src/core/suppressions';
import { splitLines } from '../../server/src/core/text/lines';
import { PLAN_MISSING_TASKS } from '../lsp/plans';

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

  it('silences a real finding in lint, and only the named rule', () => {
    assert.deepEqual(lint(PLAN_MISSING_TASKS).map((f) => f.ruleId), ['section-missing']);
    const silenced = PLAN_MISSING_TASKS.replace('KẾ HOẠCH\n', '<!-- kehoach-disable-next-line section-missing -->\nKẾ HOẠCH\n');
    assert.deepEqual(lint(silenced).map((f) => f.ruleId), []);
    const other = PLAN_MISSING_TASKS.replace('KẾ HOẠCH\n', '<!-- kehoach-disable-next-line section-order -->\nKẾ HOẠCH\n');
    assert.deepEqual(lint(other).map((f) => f.ruleId), ['section-missing']);
  });
});

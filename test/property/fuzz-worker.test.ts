// The long run's speed check times the lint it is given (scripts/fuzz.mjs gives the core bundled as it
// ships) and checks that lint's findings as it checks the sources'.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { caseOf, checkDocument, LIMITS } from './fuzz-worker';

describe('fuzz run: the lint that the speed check times', () => {
  it('is the one given, run on the document, its findings checked and what it throws reported', () => {
    const seen: string[] = [];
    const counting: typeof lint = (text, options) => {
      seen.push(text);
      return lint(text, options);
    };
    const result = checkDocument(LIMITS.test, 1, 3, 1, 0, 'speed', counting);
    assert.equal(seen[0], caseOf(LIMITS.test, 1, 3).text);
    assert.deepEqual(result.violations, []);
    const throwing: typeof lint = () => {
      throw new Error('hỏng');
    };
    const failed = checkDocument(LIMITS.test, 1, 3, 1, 0, 'speed', throwing);
    assert.ok(failed.violations.some((v) => v.kind === 'exception' && v.where === 'lint'), JSON.stringify(failed.violations));
  });
});

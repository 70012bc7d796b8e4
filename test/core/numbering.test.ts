import * as assert from 'node:assert/strict';
import { parseNumbering, toRoman } from '../../server/src/core/structure/numbering';
import { parsePlan } from '../../server/src/core/document';
import { generatePlan } from '../bench/generate-plan.mjs';
import { lint } from '../../server/src/core/lint';

describe('section numbering tokens', () => {
  it('reads Roman numerals up to LXXXIX and writes them back', () => {
    for (const [text, value] of [['IV. A', 4], ['XXXIX. B', 39], ['XL. C', 40], ['XLIV) D', 44], ['LXXXIX. E', 89]] as const) {
      const n = parseNumbering(text);
      assert.equal(n?.value, value, text);
      assert.equal(toRoman(value), n?.label);
    }
  });

  it('a long plan of forty-odd Roman sections keeps its last one (generated 110 KB plan lints clean)', () => {
    const text = generatePlan(110);
    const doc = parsePlan(text);
    assert.ok(doc.sections.length >= 40);
    assert.deepEqual(lint(text).map((f) => f.ruleId), []);
  });
});

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstInOrder } from '../../server/src/core/catalog/first-in-order';

describe('the first n items in order (completion\'s cap of 201 among thousands of offers)', () => {
  const byValue = (a: { v: number }, b: { v: number }) => a.v - b.v;

  it('are those a full sort puts first, in that order when the list is longer, ties included', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (values, n) => {
      const items = values.map((v, i) => ({ v, i }));
      const got = firstInOrder(items, n, byValue);
      const expected = [...items].sort(byValue).slice(0, n);
      // In order when it cut the list; the whole list as it is otherwise.
      assert.deepEqual((items.length > n ? got : [...got].sort(byValue)).map((x) => x.v), expected.map((x) => x.v));
      // Each item at most once, and only items of the list.
      assert.equal(new Set(got).size, got.length);
      assert.ok(got.every((x) => items.includes(x)));
    }), { seed: 42, numRuns: 300 });
  });

  it('give the list itself when it holds no more than n', () => {
    const items = [{ v: 3 }, { v: 1 }];
    assert.equal(firstInOrder(items, 2, byValue), items);
  });
});

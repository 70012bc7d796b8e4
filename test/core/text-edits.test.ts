import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits as applyFromLint } from '../../server/src/core/lint';
import { applyEdits, type TextEdit } from '../../server/src/core/text/edits';

/** The one edit applier of core/text: every fix, `--fix` and fix-all write through it. */

/** The edits applied one at a time from the end, the obvious (quadratic) way: the reference. */
function applyOneByOne(text: string, edits: readonly TextEdit[]): string {
  const fromEnd = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  return fromEnd.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

/** Non-overlapping edits over a text of `length`: sorted cut points taken two by two. */
const editsOver = (length: number) =>
  fc.array(fc.nat(length), { maxLength: 12 }).chain((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const spans: [number, number][] = [];
    for (let k = 0; k + 1 < sorted.length; k += 2) spans.push([sorted[k], sorted[k + 1]]);
    return fc.tuple(...spans.map(([start, end]) => fc.string({ maxLength: 4 }).map((text) => ({ start, end, text }))));
  });

describe('text/edits: applyEdits', () => {
  it('replaces, inserts and deletes in one pass', () => {
    const text = 'Căn cứ Quyết định số 15 - CT/TU';
    const edits: TextEdit[] = [
      { start: 21, end: 31, text: '15-CT/TU' },
      { start: 0, end: 0, text: '- ' },
      { start: 6, end: 7, text: '' },
    ];
    assert.equal(applyEdits(text, edits), '- Căn cứQuyết định số 15-CT/TU');
  });

  it('leaves the text as it is without edits', () => {
    assert.equal(applyEdits('Kế hoạch', []), 'Kế hoạch');
  });

  it('does not depend on the order the edits come in', () => {
    const edits: TextEdit[] = [{ start: 4, end: 5, text: 'X' }, { start: 0, end: 1, text: 'Y' }, { start: 2, end: 2, text: 'Z' }];
    assert.equal(applyEdits('abcdef', edits), applyEdits('abcdef', [...edits].reverse()));
    assert.equal(applyEdits('abcdef', edits), 'YbZcdXf');
  });

  it('equals applying the edits one by one from the end, for any non-overlapping edits', () => {
    fc.assert(fc.property(
      fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), editsOver(text.length))),
      ([text, edits]) => {
        // Two insertions at one offset have no defined order (editsAreSound refuses them).
        const insertions = edits.filter((e) => e.start === e.end).map((e) => e.start);
        fc.pre(new Set(insertions).size === insertions.length);
        return applyEdits(text, edits) === applyOneByOne(text, edits);
      },
    ), { seed: 11, numRuns: 300 });
  });

  it('is the one lint.ts re-exports', () => {
    assert.equal(applyFromLint, applyEdits);
  });
});

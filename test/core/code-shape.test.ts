/**
 * The shape limits of issue 11 as a test: no function in server/src/core over 60 lines or 20 branches,
 * no file over 300 lines (measured by scripts/code-shape.mjs, which says how). The offenders of the day
 * the test was written are allowed below, each with the helper removing it; an entry that no longer
 * offends fails too, so that the list only shrinks. The lead empties it after merging their work.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { findOffenders, measurePaths, measureSource } from '../../scripts/code-shape.mjs';

const ROOT = join(__dirname, '..', '..');

/** `file` and, for a function, its `name` as code-shape prints them; `by` is who is removing it. */
const ALLOWED: ReadonlyArray<{ file: string; name?: string; by: string }> = [
];

const keyOf = (o: { kind?: string; file: string; name?: string }) => (o.kind === 'file' || o.name === undefined ? o.file : `${o.file} ${o.name}`);

describe('code shape of server/src/core', () => {
  const offenders = findOffenders(measurePaths(['server/src/core'], ROOT));

  it('no function over 60 lines or 20 branches, no file over 300 lines (but the allowed ones)', () => {
    const allowed = new Set(ALLOWED.map(keyOf));
    const over = offenders.filter((o) => !allowed.has(keyOf(o)))
      .map((o) => `${o.file}:${o.line} ${o.kind === 'file' ? '' : o.name} (${o.lines} lines${o.branches === undefined ? '' : `, ${o.branches} branches`})`);
    assert.deepEqual(over, [], 'split these (node scripts/code-shape.mjs shows the table)');
  });

  it('every allowed offender still offends (remove an entry once its function or file is within the limits)', () => {
    const found = new Set(offenders.map(keyOf));
    assert.deepEqual(ALLOWED.filter((a) => !found.has(keyOf(a))).map(keyOf), []);
  });

  it('the measure sees a function of 61 lines and one of 21 branches', () => {
    const long = `function long() {\n${'  x++;\n'.repeat(59)}}\n`;
    const branchy = `function branchy(x: number) {\n${'  if (x) x++;\n'.repeat(21)}}\n`;
    const names = findOffenders([measureSource('a.ts', long + branchy)]).map((o) => o.name);
    assert.deepEqual(names.sort(), ['branchy', 'long']);
  });
});

// The line classifier changes nothing (issue 15): on generated plans, half of their body Markdown
// lists and their odd neighbours (test/property/pieces.ts `markdownBlock`), mutated, in NFD, with
// CRLF, CR and mixed line breaks, the line maps are those of remark over the whole text and,
// exactly (blank lines in code, the code and HTML blocks), those of remark in pieces alone.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readMarkdown } from '../../server/src/core/structure/markdown';
import { readAllWithRemark } from '../../server/src/core/structure/markdown-remark';
import { MAX_PREFIX_COLUMNS } from '../../server/src/core/structure/markdown-marks';
import { splitLines } from '../../server/src/core/text/lines';
import { markdownPlanText, TEST_LIMITS, type Limits } from '../property/generators';
import { SEED } from '../property/harness';
import { assertLikePieces, readWhole, summary } from './markdown-reading';

/** Nesting within the bound remark's pieces read to (MAX_PREFIX_COLUMNS), where pieces and the whole text agree. */
const SHALLOW: Limits = { ...TEST_LIMITS, maxNesting: 10, maxLongLine: 2000 };
const SEEDS = [SEED, 15, 1500];
/** More seeds for the pieces: a fence holding lines nested past their bound is rare (2 in 3,000 plans). */
const DEEP_SEEDS = [SEED, 101, 202, 303];

function check(text: string, whole: boolean): void {
  const lines = splitLines(text);
  const info = readMarkdown(text, lines);
  assertLikePieces(text, info, readAllWithRemark(text, lines), 'the classifier');
  if (whole) assert.equal(summary(info, lines), summary(readWhole(text, lines), lines), 'against remark over the whole text');
}

describe('property: the Markdown line maps with the line classifier', function () {
  this.timeout(600_000);

  it('are remark\'s over the whole text, on plans of lists nested within the bound', () => {
    for (const seed of SEEDS) fc.assert(fc.property(markdownPlanText(SHALLOW, MAX_PREFIX_COLUMNS), (text) => check(text, true)), { seed, numRuns: 200 });
  });

  it('are remark\'s in pieces, exactly, on plans with deep nesting and long lines', () => {
    for (const seed of DEEP_SEEDS) fc.assert(fc.property(markdownPlanText(TEST_LIMITS), (text) => check(text, false)), { seed, numRuns: 200 });
  });
});

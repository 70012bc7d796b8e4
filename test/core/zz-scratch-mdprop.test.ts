// The line classifier changes nothing (issue 15): on generated plans, half of their body Markdown
// lists and their odd neighbours (test/property/pieces.ts `markdownBlock`), mutated, in NFD, with
// CRLF, CR and mixed line breaks, the line maps are those of remark over the whole text and,
// exactly (blank lines in code, the code and HTML blocks), those of remark in pieces alone.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readMarkdown, type MarkdownLineInfo } from '/work/main/server/src/core/structure/markdown';
import { readAllWithRemark } from '/work/main/server/src/core/structure/markdown-remark';
import { splitLines } from '/work/main/server/src/core/text/lines';
import { markdownPlanText, TEST_LIMITS, type Limits } from '/work/main/test/property/generators';
import { everything, readWhole, summary, wholeBlockValues } from '/work/main/test/core/markdown-reading';

/** Nesting within the bound remark's pieces read to (64 columns), where pieces and the whole text agree. */
const SHALLOW: Limits = { ...TEST_LIMITS, maxNesting: 12, maxLongLine: 2000 };
const SEEDS = Array.from({length: 40}, (_, k) => 7000 + k);
/** More seeds for the pieces: a fence holding lines nested past their bound is rare (2 in 3,000 plans). */
const DEEP_SEEDS = Array.from({length: 20}, (_, k) => 9000 + k);

function check(text: string, whole: boolean): void {
  const lines = splitLines(text);
  const info = readMarkdown(text, lines);
  const pieces = readAllWithRemark(text, lines);
  // In pieces, remark reads a line nested past its bound with its deep markers cut, code included; the
  // classifier reads a fence at the top level whole, as remark over the whole text does.
  const values = wholeBlockValues(text);
  info.blocks.forEach((b, k) => {
    if (b.value !== pieces.blocks[k]?.value) assert.equal(b.value, values.get(b.firstLine), 'a block against remark over the whole text');
  });
  const valueless = (i: MarkdownLineInfo) => ({ ...i, blocks: i.blocks.map((b) => ({ ...b, value: '' })) });
  assert.equal(everything(valueless(info)), everything(valueless(pieces)), 'against remark in pieces');
  if (whole) assert.equal(summary(info, lines), summary(readWhole(text, lines), lines), 'against remark over the whole text');
}

describe('property: the Markdown line maps with the line classifier', function () {
  this.timeout(600_000);

  it('are remark\'s over the whole text, on plans of lists nested within the bound', () => {
    for (const seed of SEEDS) fc.assert(fc.property(markdownPlanText(SHALLOW), (text) => check(text, true)), { seed, numRuns: 200 });
  });

  it('are remark\'s in pieces, exactly, on plans with deep nesting and long lines', () => {
    for (const seed of DEEP_SEEDS) fc.assert(fc.property(markdownPlanText(TEST_LIMITS), (text) => check(text, false)), { seed, numRuns: 200 });
  });
});

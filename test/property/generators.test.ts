// The generator must keep producing what the properties rely on: if a change to it stopped making
// CR-only texts or lone surrogates, the properties would pass without testing them.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineStyleOf } from './checks';
import { buildPlan, cutToBytes, FUZZ_LIMITS, planSpec, samplePlans, TEST_LIMITS } from './generators';
import { SEED } from './harness';

const PLANS = samplePlans(TEST_LIMITS, SEED, 300);
const share = (test: (t: string) => boolean) => PLANS.filter(test).length / PLANS.length;
/** Content tests read the NFC form: the same words in NFD count too. */
const nfc = (test: (t: string) => boolean) => (t: string) => test(t.normalize('NFC'));
const bytes = (t: string) => Buffer.byteLength(t, 'utf8');

const FEATURES: [string, number, (t: string) => boolean][] = [
  ['NFD text', 0.3, (t) => t !== t.normalize('NFC')],
  ['CRLF only', 0.1, (t) => lineStyleOf(t) === 'CRLF'],
  ['CR only', 0.1, (t) => lineStyleOf(t) === 'CR'],
  ['LF only', 0.1, (t) => lineStyleOf(t) === 'LF'],
  ['mixed line breaks', 0.1, (t) => lineStyleOf(t) === 'mixed'],
  ['a leading BOM', 0.1, (t) => t.startsWith('\uFEFF')],
  ['a combining mark after a space', 0.05, (t) => / [\u0300-\u036f]/.test(t)],
  ['a combining mark at the start of a line', 0.02, (t) => /(^|[\r\n])[\u0300-\u036f]/.test(t)],
  ['the same combining mark twice', 0.05, (t) => /([\u0300-\u036f])\1/.test(t)],
  ['zero-width characters', 0.05, (t) => /[\u200B-\u200D\u2060]/.test(t)],
  ['control characters', 0.05, (t) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(t)],
  ['lone surrogates', 0.05, (t) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t)],
  ['a state number 52/KH-UBND', 0.05, nfc((t) => t.includes('52/KH-UBND'))],
  ['a party number 201-KH/TU', 0.03, nfc((t) => t.includes('201-KH/TU'))],
  ['a citation with date and issuer', 0.3, nfc((t) => /số \d+[-/][^\s]* ngày [\d/]+ của /.test(t))],
  ['a near-citation', 0.2, nfc((t) => /số (1\/|\/)|Nghị quyết số($|[^ ])|ngày 1 tháng($|[^ ])/m.test(t))],
  ['an impossible date', 0.05, nfc((t) => /30\/02\/2024|31\/04\/2023|29\/02\/2023/.test(t))],
  ['an abbreviation in parentheses', 0.2, nfc((t) => /\((DTTS|CTMTQG|KT-XH|CNTT|NTM|HTX|BCĐ|TTHC|XYZ)\)/.test(t))],
  ['a table with pipes', 0.1, (t) => /\|.*\|.*\|/.test(t)],
  ['a code fence', 0.05, (t) => t.includes('```') || t.includes('~~~')],
  ['a Markdown heading', 0.2, (t) => /(^|[\r\n])#{1,4} /.test(t)],
  ['a plain-text section heading', 0.15, nfc((t) => /(^|[\r\n])([IVX]+|\d+|[a-z])[.)] +\p{Lu}/u.test(t))],
  ['Nơi nhận', 0.2, nfc((t) => t.includes('Nơi nhận'))],
  ['a line of 4 KB or more', 0.01, (t) => t.split(/\r\n|\r|\n/).some((l) => l.length >= 4096)],
  ['nesting 50 deep', 0.005, (t) => /(?:(?:1\. |\* |> |- |\+ ){50})/.test(t)],
  ['an (almost) empty text', 0.01, (t) => t.replace(/^\uFEFF/, '').length <= 2],
];

describe('plan generator', () => {
  for (const [name, least, test] of FEATURES) {
    it(`makes ${name} in at least ${least * 100}% of the test plans`, () => {
      assert.ok(share(test) >= least, `${(share(test) * 100).toFixed(1)}%`);
    });
  }

  it('keeps most test plans under 16 KB, so that npm test stays fast', () => {
    assert.ok(share((t) => bytes(t) <= 16384) >= 0.9, `${(share((t) => bytes(t) <= 16384) * 100).toFixed(1)}%`);
    assert.ok(PLANS.every((t) => bytes(t) <= TEST_LIMITS.maxBytes + 3));
  });

  it('is deterministic: the same seed gives the same plans', () => {
    assert.deepEqual(samplePlans(TEST_LIMITS, SEED, 20), PLANS.slice(0, 20));
  });

  it('makes plans up to 64 KB for the long run, and cuts them to whole UTF-8 characters', () => {
    const big = samplePlans(FUZZ_LIMITS, 1, 300);
    assert.ok(big.some((t) => bytes(t) > 48 * 1024));
    assert.ok(big.some((t) => t.split(/\r\n|\r|\n/).some((l) => l.length >= 32 * 1024)), 'no line of 32 KB');
    assert.ok(big.some((t) => /(?:(?:1\. |\* |> |- |\+ ){1000})/.test(t)), 'no nesting 1,000 deep');
    assert.ok(big.every((t) => bytes(t) <= FUZZ_LIMITS.maxBytes + 3));
    assert.equal(cutToBytes('aế😀b', 4), 'aế');
    assert.equal(cutToBytes('aế😀b', 8), 'aế😀');
    assert.equal(cutToBytes('aế😀b', 5), 'aế');
  });

  it('builds the same text from the same spec', () => {
    const [spec] = fc.sample(planSpec(TEST_LIMITS), { seed: SEED, numRuns: 1 });
    assert.equal(buildPlan(spec, TEST_LIMITS.maxBytes), buildPlan(spec, TEST_LIMITS.maxBytes));
  });
});

/**
 * The work of the long fuzz run (scripts/fuzz.mjs), one document at a time: generate plan `index`
 * from its own seed, check every property, time the lint; and, for the failures the run keeps,
 * shrink the plan with fast-check and then its text, within a time budget.
 */
import fc from 'fast-check';
import { lint } from '../../server/src/core/lint';
import { generatePlan } from '../bench/generate-plan.mjs';
import { Analysis, OPTION_SETS, planCase, type PlanCase } from './analysis';
import type { Violation } from './checks';
import { FUZZ_LIMITS, TEST_LIMITS, type Limits } from './generators';
import { minimizeText, signatureOf } from './minimize';

export const LIMITS: Readonly<Record<string, Limits>> = { fuzz: FUZZ_LIMITS, test: TEST_LIMITS };
const MB = 1024 * 1024;

export interface DocResult {
  readonly index: number;
  readonly bytes: number;
  /** Milliseconds of the lint: the first measure, or when that one was over the threshold the best of it and three more after two unmeasured. */
  readonly lintMs: number;
  /** Seconds per MB of that lint. */
  readonly secondsPerMb: number;
  /** Milliseconds of the whole check: generation, every property, the timing. */
  readonly totalMs: number;
  readonly violations: readonly Violation[];
}

/** Document `index` of the run of seed `seed`: its own seed, so any one can be made again alone. */
export function caseOf(limits: Limits, seed: number, index: number): PlanCase {
  return fc.sample(planCase(limits), { seed: (seed + index) | 0, numRuns: 1 })[0];
}

function violationsOf(a: Analysis): Violation[] {
  const seen = new Set<string>();
  return a.all().filter((v) => {
    const key = signatureOf(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a run checks of each document: every property, the speed of its lint, or both. */
export type Checks = 'all' | 'properties' | 'speed';

/**
 * Every property over one document, and the time of its lint (measured again when it looks slow).
 * The properties take some twenty lints a document and come out the same on a busy machine; the speed
 * takes one and does not: `checks` runs either alone, so that each can run where it is right.
 */
export function checkDocument(
  limits: Limits, seed: number, index: number, threshold: number, minMs = 0, checks: Checks = 'all', lintWith: typeof lint = lint,
): DocResult {
  const t0 = performance.now();
  const c = caseOf(limits, seed, index);
  const a = new Analysis(c.text, OPTION_SETS[c.options], c.hovers, lintWith);
  const violations = checks === 'speed' ? a.lint() : violationsOf(a);
  const bytes = Buffer.byteLength(c.text, 'utf8');
  let ms = checks === 'properties' ? 0 : a.lintMs;
  // Under `minMs` a document is not judged per MB, and measuring again only lowers the figure.
  if (ms >= minMs && (ms / 1000) / (bytes / MB) > threshold) {
    // A pause of the collector, a busy core or code the JIT has not compiled yet for this kind of text
    // is not what the figure is about: two lints unmeasured, then the best of three more.
    const again = new Analysis(c.text, OPTION_SETS[c.options], [], lintWith);
    for (let k = 0; k < 2; k++) again.timeLint();
    for (let k = 0; k < 3; k++) ms = Math.min(ms, again.timeLint());
  }
  return { index, bytes, lintMs: ms, secondsPerMb: bytes ? (ms / 1000) / (bytes / MB) : 0, totalMs: performance.now() - t0, violations };
}

/**
 * Lints documents of another seed for about `ms` before any is measured: the first documents of a fresh
 * worker ran before the JIT had compiled the linter and counted as slow (a 0.6 KB plan at 12 ms that
 * lints in 1.7 ms once the worker has checked a hundred).
 */
export function warmUp(limits: Limits, seed: number, ms: number, lintWith: typeof lint = lint): void {
  const until = performance.now() + ms;
  for (let k = 0; performance.now() < until; k++) {
    const c = caseOf(limits, seed ^ 0x5bd1e995, k);
    try {
      lintWith(c.text, { ...OPTION_SETS[c.options], onRuleError: () => undefined });
    } catch {
      // Not a document of the run: what it throws is not a finding here.
    }
  }
}

/**
 * Seconds per MB of an ordinary 16 KB plan (the one `npm run bench` uses), best of five after a warm-up:
 * how fast this machine is during the run, to read the other figures against.
 */
export function referenceSecondsPerMb(lintWith: typeof lint = lint): number {
  const plan = generatePlan(16);
  let best = Infinity;
  for (let k = 0; k < 8; k++) {
    const t0 = performance.now();
    lintWith(plan);
    if (k >= 3) best = Math.min(best, performance.now() - t0);
  }
  return (best / 1000) / (Buffer.byteLength(plan, 'utf8') / MB);
}

/** The part of the analysis a violation comes from, so that shrinking reruns only that part. */
function selectorFor(v: Violation): (a: Analysis) => readonly Violation[] {
  if (v.where === 'lint') return (a) => a.lint();
  if (v.where === 'fix-all') return (a) => a.fix('all');
  if (v.where === 'fix-safe') return (a) => a.fix('safe');
  return (a) => a.features();
}

export interface Example {
  readonly index: number;
  readonly seed: number;
  readonly signature: string;
  /** Which of OPTION_SETS. */
  readonly options: number;
  readonly hovers: readonly number[];
  readonly originalLength: number;
  readonly text: string;
  readonly violations: readonly Violation[];
}

/** Shrinks document `index` for the violation `target`: fast-check first, then the text; at most `budgetMs`. */
export function minimizeExample(limits: Limits, seed: number, index: number, target: Violation, budgetMs: number): Example {
  const deadline = Date.now() + budgetMs;
  const signature = signatureOf(target);
  const select = selectorFor(target);
  const fails = (c: PlanCase) => select(new Analysis(c.text, OPTION_SETS[c.options], c.hovers)).some((v) => signatureOf(v) === signature);
  const original = caseOf(limits, seed, index);
  let best = original;
  // Past the deadline every candidate "passes", which ends the shrinking with the best so far.
  fc.check(fc.property(planCase(limits), (c) => {
    if (Date.now() > deadline || !fails(c)) return true;
    best = c;
    return false;
  }), { seed: (seed + index) | 0, numRuns: 1 });
  const text = minimizeText(best.text, (t) => Date.now() < deadline && fails({ ...best, text: t }), 400);
  const violations = select(new Analysis(text, OPTION_SETS[best.options], best.hovers)).filter((v) => signatureOf(v) === signature);
  return { index, seed, signature, options: best.options, hovers: best.hovers, originalLength: original.text.length, text, violations };
}

/** Document `index` as it was generated, for a violation that cannot be shrunk (a document that never finished). */
export function caseExample(limits: Limits, seed: number, index: number, target: Violation): Example {
  const c = caseOf(limits, seed, index);
  return { index, seed, signature: signatureOf(target), options: c.options, hovers: c.hovers, originalLength: c.text.length, text: c.text, violations: [target] };
}

/** Checks a stored example again: what `--replay` prints. */
export function replay(example: { text: string; options?: number; hovers?: readonly number[] }): Violation[] {
  return new Analysis(example.text, OPTION_SETS[example.options ?? 0], example.hovers ?? []).all();
}

/**
 * How the property files run: one fixed seed (the issue number), so that every property sees the
 * same documents and the analysis cache pays for each once; a bounded shrink, so that a failing
 * property reports a small counterexample without re-running the core thousands of times.
 */
import fc from 'fast-check';
import { analysisOf, planCase, type Analysis } from './analysis';
import type { Violation } from './checks';
import { minimizeCase } from './minimize';
import { TEST_LIMITS } from './generators';

export const SEED = 16;
/** Documents per property: lint and the features are cheap, the fix properties lint several times each. */
export const RUNS = { lint: 300, features: 300, fix: 150 } as const;
/** Evaluations allowed after the first failure, while fast-check shrinks it. */
const SHRINK_BUDGET = 250;
/** Generous: a failing property shrinks; a slow machine must not turn that into a timeout. */
export const PROPERTY_TIMEOUT_MS = 600_000;

export function describeViolations(list: readonly Violation[]): string {
  const shown = list.slice(0, 6).map((v) => `- ${v.kind} in ${v.where}${v.ruleId ? ` [${v.ruleId}]` : ''}: ${v.detail}`);
  return [`${list.length} violation(s):`, ...shown, ...(list.length > 6 ? [`… and ${list.length - 6} more`] : [])].join('\n');
}

/**
 * Asserts that `select` finds no violation `keep` accepts on any of `runs` generated plans. On a
 * failure, fast-check shrinks the plan; its text is then reduced further (lines, words, characters)
 * and the report gives both, with the violations of the smallest text.
 */
export function assertProperty(runs: number, select: (a: Analysis) => readonly Violation[], keep: (v: Violation) => boolean): void {
  let budget = -1;
  const property = fc.property(planCase(TEST_LIMITS), (c) => {
    // Once the budget is spent every candidate "passes": fast-check keeps the smallest failure so far.
    if (budget === 0) return true;
    if (budget > 0) budget--;
    const bad = select(analysisOf(c)).filter(keep);
    if (bad.length === 0) return true;
    if (budget < 0) budget = SHRINK_BUDGET;
    throw new Error(describeViolations(bad));
  });
  const details = fc.check(property, { seed: SEED, numRuns: runs, includeErrorInReport: true });
  if (!details.failed) return;
  const report = fc.defaultReportMessage(details) ?? 'property failed';
  const [shrunk] = details.counterexample ?? [];
  const first = shrunk && select(analysisOf(shrunk)).find(keep);
  if (!shrunk || !first) throw new Error(report);
  const smallest = minimizeCase(shrunk, (a) => select(a).filter(keep), first);
  throw new Error(`${report}\n\nSmallest text found (${smallest.text.length} UTF-16 units, options ${shrunk.options}): ${JSON.stringify(smallest.text)}\n${describeViolations(smallest.violations)}`);
}

export const ofKind = (...kinds: Violation['kind'][]) => (v: Violation) => kinds.includes(v.kind);

import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { WORST_INPUTS } from './worst-inputs';

/** Processor time of `run`, in milliseconds: other processes on a busy machine do not count. */
function cpuTime(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/**
 * Both sizes timed in turn, best of three, so that whatever slows one run slows both alike; the
 * large one first, so that collecting its garbage falls on the small run, where it errs on the safe side.
 */
function bestOfThree(small: string, large: string): { small: number; large: number } {
  let s = Infinity;
  let l = Infinity;
  for (let k = 0; k < 3; k++) {
    l = Math.min(l, cpuTime(() => lint(large)));
    s = Math.min(s, cpuTime(() => lint(small)));
  }
  return { small: s, large: l };
}

/** Linear is about 4, quadratic 16. Below a few milliseconds the timer's grain is the ratio. */
const MAX_RATIO = 8;
const FLOOR_MS = 5;
/**
 * A shared machine can slow the large runs of one round alone (CI saw ×8.2 once on a linear scan);
 * a quadratic scan is over the bound in every round, so the test fails only when all rounds are.
 */
const ROUNDS = 3;

/**
 * Every scan is linear (issue 16): four times a worst-case input takes about four times as long to
 * lint, never the sixteen times of a quadratic scan. Only ratios measured in this run are asserted.
 */
describe('scaling: four times the input, at most about four times the time', () => {
  for (const input of WORST_INPUTS) {
    it(input.name, function () {
      this.timeout(20000);
      const small = input.make(input.size);
      const large = input.make(4 * input.size);
      lint(small); // warm the paths this input takes
      const rounds: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const t = bestOfThree(small, large);
        const ratio = t.large / Math.max(t.small, FLOOR_MS);
        if (ratio <= MAX_RATIO) return;
        rounds.push(`${t.small.toFixed(1)} ms → ${t.large.toFixed(1)} ms (×${ratio.toFixed(1)})`);
      }
      assert.fail(`${small.length} → ${large.length} chars, over ×${MAX_RATIO} in every round: ${rounds.join('; ')}`);
    });
  }
});

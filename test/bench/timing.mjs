// Small timing helpers shared by the bench parts: medians of repeated runs, processor time, progress.
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * The garbage of what ran before, collected before a sample is timed (the bench runs with --expose-gc):
 * without it a 4 MB run paid for the collection of the runs before it, and its time per MB grew with the
 * heap rather than with the work (the baselines' too: remark-parse ×1.38 from 1 MB to 4 MB of tables).
 */
const collect = () => globalThis.gc?.();

/** Milliseconds of `fn`, median of `runs` after one warm-up run (the first pays for JIT and lazy tables). */
export function time(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

export async function timeAsync(fn, runs) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const started = process.hrtime.bigint();
/** One progress line on stderr, with the seconds since the bench started. */
export const progress = (what) => process.stderr.write(`[bench ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s] ${what}\n`);
export const elapsedSeconds = () => Number(process.hrtime.bigint() - started) / 1e9;

import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileToCheck } from './lint-check';
import { recordingChecker, type RecordedOutcome, type RunSettings } from './lint-run';

/** The `workerData` key that makes the CLI's bundle, loaded in a worker, serve as a checker. */
export const LINT_WORKER = 'kehoachLintWorker';

export interface ChunkRequest { readonly chunk: number; readonly files: readonly FileToCheck[] }
export interface ChunkResult { readonly chunk: number; readonly outcomes: readonly RecordedOutcome[] }

/** How the pieces went: how many there were, how many this thread checked because a worker died. */
export interface PoolReport { readonly chunks: number; readonly checkedHere: number }

/**
 * Small pieces, handed out in order as workers free up: a slow file holds up one piece, not a fixed
 * share of the run; not so small that messages cost more than the checks.
 */
function chunksOf(files: readonly FileToCheck[], jobs: number): FileToCheck[][] {
  const size = Math.max(1, Math.min(16, Math.ceil(files.length / (jobs * 4))));
  const chunks: FileToCheck[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
  return chunks;
}

/**
 * A worker running this same code: the shipped bundle loads itself (`__filename` is dist/cli.js); from
 * the sources (tests), the worker module through tsx, after an optional test-only preload module.
 */
function startWorker(settings: RunSettings): Worker {
  const workerData = { [LINT_WORKER]: true, settings };
  if (!__filename.endsWith('.ts')) return new Worker(__filename, { workerData });
  const preload = settings.env.KEHOACH_TEST_WORKER_PRELOAD;
  const code = [
    "require('tsx/cjs/api').register();",
    preload ? `require(${JSON.stringify(preload)});` : '',
    `require(${JSON.stringify(join(__dirname, 'lint-worker.ts'))});`,
  ].join('\n');
  return new Worker(code, { eval: true, workerData });
}

/**
 * Checks the files on `jobs` worker threads and hands each outcome to `deliver` in the files' order,
 * as soon as the ones before it are in. A worker that dies (it could not start, or crashed) costs
 * nothing but time: its piece, and any left when none remains, are checked in this thread.
 */
export function checkInWorkers(settings: RunSettings, files: readonly FileToCheck[], jobs: number, deliver: (o: RecordedOutcome) => void): Promise<PoolReport> {
  const chunks = chunksOf(files, jobs);
  const results: (readonly RecordedOutcome[] | undefined)[] = [];
  const workers = new Set<Worker>();
  let nextToHand = 0;
  let nextToDeliver = 0;
  let checkedHere = 0;
  return new Promise<PoolReport>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      void Promise.all([...workers].map((w) => w.terminate())).then(() => (error === undefined ? resolve({ chunks: chunks.length, checkedHere }) : reject(error)));
    };
    const flush = () => {
      while (nextToDeliver < chunks.length && results[nextToDeliver]) {
        for (const outcome of results[nextToDeliver]!) deliver(outcome);
        results[nextToDeliver++] = undefined;
      }
      if (nextToDeliver === chunks.length) finish();
    };
    const inThisThread = (chunk: number) => {
      results[chunk] = recordingChecker(settings)(chunks[chunk]);
      checkedHere++;
    };
    const guarded = (step: () => void) => () => {
      try {
        step();
      } catch (e) {
        finish(e);
      }
    };
    const launch = () => {
      const worker = startWorker(settings);
      workers.add(worker);
      let current: number | undefined;
      const handOut = () => {
        current = nextToHand < chunks.length ? nextToHand++ : undefined;
        if (current !== undefined) worker.postMessage({ chunk: current, files: chunks[current] } satisfies ChunkRequest);
      };
      worker.on('message', (m: ChunkResult) => guarded(() => {
        results[m.chunk] = m.outcomes;
        handOut();
        flush();
      })());
      worker.on('error', (e) => {
        if (settings.env.KEHOACH_DEBUG === '1') process.stderr.write(`kehoach: worker: ${e.stack ?? e.message}\n`);
      });
      worker.on('exit', guarded(() => {
        workers.delete(worker);
        if (settled) return;
        if (current !== undefined && !results[current]) inThisThread(current);
        if (workers.size === 0) while (nextToHand < chunks.length) inThisThread(nextToHand++);
        flush();
      }));
      handOut();
    };
    if (chunks.length === 0) return finish();
    for (let i = 0; i < Math.min(jobs, chunks.length); i++) launch();
  });
}

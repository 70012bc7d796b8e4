import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileToCheck } from './lint-check';
import { recordingChecker, type RecordedOutcome, type RunSettings } from './lint-run';

/** The `workerData` key that makes the CLI's bundle, loaded in a worker, serve as a checker. */
export const LINT_WORKER = 'kehoachLintWorker';

export interface ChunkRequest { readonly chunk: number; readonly files: readonly FileToCheck[] }
export interface ChunkResult { readonly chunk: number; readonly outcomes: readonly RecordedOutcome[] }

/** How the pieces went: how many, how many the workers checked, how many were checked again here. */
export interface PoolReport { readonly chunks: number; readonly byWorkers: number; readonly fellBack: number }

/** Pieces a worker holds at once: the next one is there when it finishes, whatever this thread is doing. */
const IN_FLIGHT = 2;

/**
 * Small pieces, handed out in order as threads free up: a slow file holds up one piece, not a fixed
 * share of the run; not so small that messages cost more than the checks.
 */
function chunksOf(files: readonly FileToCheck[], threads: number): FileToCheck[][] {
  const size = Math.max(1, Math.min(16, Math.ceil(files.length / (threads * 4))));
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
 * Checks the files on `threads` threads: this one and `threads - 1` workers (a worker costs a load of
 * the bundle and a cold start: this thread, already loaded, works too). Each outcome goes to `deliver`
 * in the files' order, as soon as the ones before it are in. A worker that dies (it could not start, or
 * crashed) costs only time: its pieces are checked again here.
 */
export function checkInWorkers(settings: RunSettings, files: readonly FileToCheck[], threads: number, deliver: (o: RecordedOutcome) => void): Promise<PoolReport> {
  const chunks = chunksOf(files, threads);
  const results: (readonly RecordedOutcome[] | undefined)[] = [];
  const workers = new Set<Worker>();
  let nextToHand = 0;
  let nextToDeliver = 0;
  let byWorkers = 0;
  let fellBack = 0;
  // This thread's checker goes through the pieces in order, as a worker's does (see `Run.once`).
  const here = recordingChecker(settings);
  return new Promise<PoolReport>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      void Promise.all([...workers].map((w) => w.terminate())).then(() => (error === undefined ? resolve({ chunks: chunks.length, byWorkers, fellBack }) : reject(error)));
    };
    const guarded = <A extends unknown[]>(step: (...a: A) => void) => (...a: A) => {
      try {
        if (!settled) step(...a);
      } catch (e) {
        finish(e);
      }
    };
    const flush = () => {
      while (nextToDeliver < chunks.length && results[nextToDeliver]) {
        for (const outcome of results[nextToDeliver]!) deliver(outcome);
        results[nextToDeliver++] = undefined;
      }
      if (nextToDeliver === chunks.length) finish();
    };
    // One piece at a time, then back to the event loop so that the workers' results and requests flow.
    const workHere = guarded(() => {
      if (nextToHand >= chunks.length) return;
      const chunk = nextToHand++;
      results[chunk] = here(chunks[chunk]);
      flush();
      setImmediate(workHere);
    });
    const launch = () => {
      const worker = startWorker(settings);
      workers.add(worker);
      const held = new Set<number>();
      const handOut = () => {
        if (nextToHand >= chunks.length) return;
        held.add(nextToHand);
        worker.postMessage({ chunk: nextToHand, files: chunks[nextToHand++] } satisfies ChunkRequest);
      };
      worker.on('message', guarded((m: ChunkResult) => {
        held.delete(m.chunk);
        results[m.chunk] = m.outcomes;
        byWorkers++;
        handOut();
        flush();
      }));
      worker.on('error', (e) => {
        if (settings.env.KEHOACH_DEBUG === '1') process.stderr.write(`kehoach: worker: ${e.stack ?? e.message}\n`);
      });
      worker.on('exit', guarded(() => {
        workers.delete(worker);
        // Checked again from a fresh start: this piece may come before ones this thread has done.
        for (const chunk of held) results[chunk] = recordingChecker(settings)(chunks[chunk]);
        fellBack += held.size;
        flush();
      }));
      for (let i = 0; i < IN_FLIGHT; i++) handOut();
    };
    if (chunks.length === 0) return finish();
    for (let i = 1; i < threads && nextToHand < chunks.length; i++) launch();
    setImmediate(workHere);
  });
}

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

/** One run of the pool: the pieces, their results until delivered in order, the workers. */
class Pool {
  private readonly results: (readonly RecordedOutcome[] | undefined)[] = [];
  private readonly workers = new Set<Worker>();
  // This thread's checker goes through the pieces in order, as a worker's does (see `Run.once`).
  private readonly here: (files: readonly FileToCheck[]) => RecordedOutcome[];
  private nextToHand = 0;
  private nextToDeliver = 0;
  private byWorkers = 0;
  private fellBack = 0;
  private settled = false;

  constructor(
    private readonly settings: RunSettings,
    private readonly chunks: readonly (readonly FileToCheck[])[],
    private readonly deliver: (o: RecordedOutcome) => void,
    private readonly done: (error: unknown, report: PoolReport) => void,
  ) {
    this.here = recordingChecker(settings);
  }

  start(threads: number): void {
    if (this.chunks.length === 0) return this.finish();
    for (let i = 1; i < threads && this.nextToHand < this.chunks.length; i++) this.launch();
    setImmediate(this.workHere);
  }

  private finish(error?: unknown): void {
    if (this.settled) return;
    this.settled = true;
    const report = { chunks: this.chunks.length, byWorkers: this.byWorkers, fellBack: this.fellBack };
    void Promise.all([...this.workers].map((w) => w.terminate())).then(() => this.done(error, report));
  }

  /** A step run from an event: nothing once settled; what it throws (from `deliver`) ends the run. */
  private guarded<A extends unknown[]>(step: (...a: A) => void): (...a: A) => void {
    return (...a) => {
      try {
        if (!this.settled) step(...a);
      } catch (e) {
        this.finish(e);
      }
    };
  }

  private flush(): void {
    while (this.nextToDeliver < this.chunks.length && this.results[this.nextToDeliver]) {
      for (const outcome of this.results[this.nextToDeliver]!) this.deliver(outcome);
      this.results[this.nextToDeliver++] = undefined;
    }
    if (this.nextToDeliver === this.chunks.length) this.finish();
  }

  /** One piece at a time, then back to the event loop so that the workers' results and requests flow. */
  private readonly workHere = this.guarded(() => {
    if (this.nextToHand >= this.chunks.length) return;
    const chunk = this.nextToHand++;
    this.results[chunk] = this.here(this.chunks[chunk]);
    this.flush();
    setImmediate(this.workHere);
  });

  private launch(): void {
    const worker = startWorker(this.settings);
    this.workers.add(worker);
    const held = new Set<number>();
    const handOut = () => {
      if (this.nextToHand >= this.chunks.length) return;
      held.add(this.nextToHand);
      worker.postMessage({ chunk: this.nextToHand, files: this.chunks[this.nextToHand++] } satisfies ChunkRequest);
    };
    worker.on('message', this.guarded((m: ChunkResult) => {
      held.delete(m.chunk);
      this.results[m.chunk] = m.outcomes;
      this.byWorkers++;
      handOut();
      this.flush();
    }));
    worker.on('error', (e) => {
      if (this.settings.env.KEHOACH_DEBUG === '1') process.stderr.write(`kehoach: worker: ${e.stack ?? e.message}\n`);
    });
    worker.on('exit', this.guarded(() => {
      this.workers.delete(worker);
      // Checked again from a fresh start: this piece may come before ones this thread has done.
      for (const chunk of held) this.results[chunk] = recordingChecker(this.settings)(this.chunks[chunk]);
      this.fellBack += held.size;
      this.flush();
    }));
    for (let i = 0; i < IN_FLIGHT; i++) handOut();
  }
}

/**
 * Checks the files on `threads` threads: this one and `threads - 1` workers (a worker costs a load of
 * the bundle and a cold start: this thread, already loaded, works too). Each outcome goes to `deliver`
 * in the files' order, as soon as the ones before it are in. A worker that dies (it could not start, or
 * crashed) costs only time: its pieces are checked again here.
 */
export function checkInWorkers(settings: RunSettings, files: readonly FileToCheck[], threads: number, deliver: (o: RecordedOutcome) => void): Promise<PoolReport> {
  return new Promise<PoolReport>((resolve, reject) => {
    const pool = new Pool(settings, chunksOf(files, threads), deliver, (error, report) => (error === undefined ? resolve(report) : reject(error)));
    pool.start(threads);
  });
}

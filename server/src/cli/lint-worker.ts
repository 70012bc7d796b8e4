import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { recordingChecker } from './lint-run';
import { LINT_WORKER, type ChunkRequest, type ChunkResult } from './lint-pool';

/**
 * In a worker started by `checkInWorkers`: checks each piece of files it is handed and sends back the
 * outcomes with what each file printed. Anything thrown ends the worker; the main thread then checks
 * its piece itself.
 */
function serveAsLintWorker(): void {
  const port = parentPort!;
  const check = recordingChecker(workerData.settings);
  port.on('message', ({ chunk, files }: ChunkRequest) => {
    port.postMessage({ chunk, outcomes: check(files) } satisfies ChunkResult);
  });
}

if (!isMainThread && parentPort && workerData?.[LINT_WORKER] === true) serveAsLintWorker();

// Loaded in each lint worker started from the sources when a test sets KEHOACH_TEST_WORKER_PRELOAD: the
// markers of test-rules.ts, and two that only a worker obeys, to shake the order in which pieces finish
// (SLOW) and to kill a worker mid-run (CRASH).
import { CRASH, installTestRules, SLOW } from './test-rules';

const pause = new Int32Array(new SharedArrayBuffer(4));

installTestRules((text) => {
  if (text.includes(SLOW)) Atomics.wait(pause, 0, 0, 40);
  if (text.includes(CRASH)) process.exit(3);
});

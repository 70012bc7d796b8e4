// Test-only seam shared by the main thread and, through KEHOACH_TEST_WORKER_PRELOAD, the lint workers:
// one real rule's check replaced so that a file misbehaves by a marker in its text, wherever it is checked.
import { ALL_RULES, type Rule } from '../../server/src/core/lint';

/** The rule throws on a file containing it. */
export const THROWS = 'HỎNG';
/** The rule reports a finding with no place in the text: the file's report cannot be made. */
export const NO_PLACE = 'LẠC';
/** Only in a worker (worker-preload.ts): the file takes longer, so that later pieces finish first. */
export const SLOW = 'CHẬM';
/** Only in a worker (worker-preload.ts): the worker dies on the file. */
export const CRASH = 'SẬP';

/** Installs the markers' behaviour on `date-weekday`; returns the undo. */
export function installTestRules(extra: (text: string) => void = () => {}): () => void {
  const rule = ALL_RULES.find((r) => r.id === 'date-weekday') as { check: Rule['check'] };
  const original = rule.check;
  rule.check = (doc, ctx) => {
    extra(doc.text);
    if (doc.text.includes(THROWS)) throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')");
    original(doc, ctx);
    if (doc.text.includes(NO_PLACE)) ctx.report({ message: 'x', start: Number.NaN, end: Number.NaN });
  };
  return () => {
    rule.check = original;
  };
}

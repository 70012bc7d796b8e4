/**
 * After fast-check has shrunk a failing plan through its structure, a plain delta-debugging pass on
 * the text itself (lines, then words, then characters) brings it down to the few characters that
 * matter, such as the 36 bytes of `Nội dung ́ (DTTS).`. Bounded in evaluations, deterministic.
 */
import { analysisOf, type Analysis, type PlanCase } from './analysis';
import type { Violation } from './checks';

/** Pieces of `text` that join back into it: lines with their breaks, words with their spaces, characters. */
const SPLITS: readonly ((text: string) => string[])[] = [
  (t) => t.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [],
  (t) => t.match(/\S+\s*|\s+/g) ?? [],
  (t) => [...t],
];

/** The smallest text found, by removing ever smaller runs of pieces, for which `fails` still holds. */
export function minimizeText(text: string, fails: (t: string) => boolean, maxEvaluations = 400): string {
  let evaluations = 0;
  const test = (t: string) => evaluations++ < maxEvaluations && fails(t);
  let current = text;
  for (const split of SPLITS) {
    let pieces = split(current);
    let parts = 2;
    while (pieces.length >= 2 && evaluations < maxEvaluations) {
      const size = Math.ceil(pieces.length / parts);
      let reduced = false;
      for (let i = 0; i < pieces.length && !reduced; i += size) {
        const candidate = [...pieces.slice(0, i), ...pieces.slice(i + size)];
        if (test(candidate.join(''))) {
          pieces = candidate;
          parts = Math.max(parts - 1, 2);
          reduced = true;
        }
      }
      if (!reduced) {
        if (parts >= pieces.length) break;
        parts = Math.min(pieces.length, parts * 2);
      }
    }
    current = pieces.join('');
  }
  // The empty text is the smallest of all.
  return current !== '' && test('') ? '' : current;
}

/** What identifies one defect: the same kind of violation, in the same operation, from the same rule. */
export const signatureOf = (v: Violation) => `${v.kind} ${v.where} ${v.ruleId ?? ''}`;

/** The case reduced further, keeping the violation `target` (or one with the same signature). */
export function minimizeCase(c: PlanCase, select: (a: Analysis) => readonly Violation[], target: Violation, maxEvaluations = 400): { text: string; violations: Violation[] } {
  const signature = signatureOf(target);
  const violationsOf = (text: string) => select(analysisOf({ ...c, text })).filter((v) => signatureOf(v) === signature);
  const text = minimizeText(c.text, (t) => violationsOf(t).length > 0, maxEvaluations);
  return { text, violations: violationsOf(text) };
}

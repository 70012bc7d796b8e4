/**
 * Runs the core over one generated case (text and options) and collects every violation of the
 * properties, per operation: lint, fixText with all fixes, fixText with the safe ones, and the
 * editor features (outline, folding, hovers on dates and citations). Results are cached by case, so
 * that the mocha properties, which share one seed and so one list of documents, pay for each once.
 */
import fc from 'fast-check';
import { applyFixes, fixUntilStable, isFixAllSafe, lint, type Finding, type LintOptions } from '../../server/src/core/lint';
import { checkFindings, checkKept, checkPreserved, thrown, type Violation, type Where } from './checks';
import { featureViolations } from './features';
import { planText, type Limits } from './generators';
import { EXPANSIONS } from './vocab';

export interface PlanCase {
  readonly text: string;
  /** Which of {@link OPTION_SETS}: most cases use the defaults, as the CLI without `.kehoach.json` does. */
  readonly options: number;
  /** Where the hovers go, relative (taken modulo the length); more are added on dates and citations. */
  readonly hovers: readonly number[];
}

export const OPTION_SETS: readonly LintOptions[] = [
  {},
  { profile: 'state', locale: 'en' },
  { profile: 'party', abbreviationExpansions: EXPANSIONS, abbreviations: ['HTX'] },
];

export function planCase(limits: Limits): fc.Arbitrary<PlanCase> {
  return fc.record({
    text: planText(limits),
    options: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }),
    hovers: fc.array(fc.nat(), { maxLength: 6 }),
  });
}

export type FixMode = 'all' | 'safe';

export class Analysis {
  private lintDone?: Violation[];
  private readonly fixes = new Map<FixMode, Violation[]>();
  private featuresDone?: Violation[];
  /** Lint with a handler, per text: the first pass of both fix modes shares the plain lint's text. */
  private readonly handled = new Map<string, { findings: Finding[]; errors: Violation[] }>();
  /** Milliseconds of the first plain lint, for the fuzz run's s/MB. */
  lintMs = 0;

  /** `lintWith`: the lint that lint() and timeLint() run; the fuzz run's speed check passes the core as it ships, bundled. */
  constructor(readonly text: string, readonly options: LintOptions, readonly hovers: readonly number[] = [], private readonly lintWith: typeof lint = lint) {}

  /** (a) lint without a handler does not throw; (b), (c), (d) over its findings and their fixes. */
  lint(): Violation[] {
    if (this.lintDone) return this.lintDone;
    const out: Violation[] = [];
    const t0 = performance.now();
    try {
      const findings = this.lintWith(this.text, this.options);
      this.lintMs = performance.now() - t0;
      // No rule threw: the fix passes start from these findings, the same a handler would have got.
      this.handled.set(this.text, { findings, errors: [] });
      out.push(...checkFindings(this.text, findings, 'lint'));
    } catch (e) {
      this.lintMs = performance.now() - t0;
      out.push(thrown(e, 'lint'));
      // The other rules' findings still have to be right.
      const { findings, errors } = this.lintHandled(this.text, 'lint');
      out.push(...errors.filter((v) => v.ruleId === undefined), ...checkFindings(this.text, findings, 'lint'));
    }
    return (this.lintDone = out);
  }

  /** Milliseconds of one more lint of the text, rules that throw skipped. */
  timeLint(): number {
    const t0 = performance.now();
    try {
      this.lintWith(this.text, { ...this.options, onRuleError: () => undefined });
    } catch {
      // Already reported by lint(); only the time matters here.
    }
    return performance.now() - t0;
  }

  private lintHandled(text: string, where: Where): { findings: Finding[]; errors: Violation[] } {
    const cached = this.handled.get(text);
    if (cached) return { findings: cached.findings, errors: cached.errors.map((v) => ({ ...v, where })) };
    const errors: Violation[] = [];
    let findings: Finding[] = [];
    try {
      findings = lint(text, { ...this.options, onRuleError: (e) => errors.push(thrown(e, where)) });
    } catch (e) {
      errors.push(thrown(e, where));
    }
    this.handled.set(text, { findings, errors });
    return { findings, errors };
  }

  /**
   * (a) no rule throws on any pass; (b), (c), (d) over each pass's fixes; (f) each pass, applied
   * with applyFixes, keeps the text outside its edits; (e) fixText reaches a fixed point; (g) line
   * breaks and the BOM kept.
   */
  fix(mode: FixMode): Violation[] {
    const done = this.fixes.get(mode);
    if (done) return done;
    const where: Where = mode === 'all' ? 'fix-all' : 'fix-safe';
    const passes = this.passes(mode, where);
    const out = [...passes.violations];
    // fixText is this check and fixUntilStable; each text is linted once per analysis, as the passes
    // above already linted most of those fixUntilStable meets (the fuzz run spent half its time on them again).
    const check = (text: string) => {
      const { findings, errors } = this.lintHandled(text, where);
      out.push(...errors);
      return mode === 'safe' ? findings.filter((f) => isFixAllSafe(f.ruleId)) : findings;
    };
    try {
      const once = fixUntilStable(this.text, check, 10).text;
      // When fixing did what the passes did and they ended with nothing left to apply, fixing `once`
      // again would lint that same text and stop: no need to run it. Otherwise run it.
      if (!(passes.settled && once === passes.text)) {
        const twice = fixUntilStable(once, check, 10).text;
        if (twice !== once) out.push({ kind: 'not-fixed-point', where, detail: describeChange(once, twice) });
      }
      out.push(...checkKept(this.text, once, where));
    } catch (e) {
      out.push(thrown(e, where));
    }
    const all = dedupe(out);
    this.fixes.set(mode, all);
    return all;
  }

  /** What fixText does, pass by pass, with the checks between passes; `settled` when a pass had nothing to apply. */
  private passes(mode: FixMode, where: Where): { violations: Violation[]; text: string; settled: boolean } {
    const out: Violation[] = [];
    let current = this.text;
    for (let pass = 0; pass < 10; pass++) {
      const { findings, errors } = this.lintHandled(current, where);
      out.push(...errors);
      const chosen = mode === 'safe' ? findings.filter((f) => isFixAllSafe(f.ruleId)) : findings;
      const label = (v: Violation) => ({ ...v, detail: `pass ${pass + 1}: ${v.detail}` });
      if (pass > 0) out.push(...checkFindings(current, chosen, where, false).map(label));
      const { text: next, applied } = applyFixes(current, chosen);
      if (applied === 0) return { violations: dedupe(out), text: current, settled: true };
      const edits = chosen.flatMap((f) => f.fix?.edits ?? []);
      out.push(...checkPreserved(current, next, edits, where).map(label));
      current = next;
    }
    return { violations: dedupe(out), text: current, settled: false };
  }

  features(): Violation[] {
    return (this.featuresDone ??= featureViolations(this.text, this.options, this.hovers));
  }

  all(): Violation[] {
    return [...this.lint(), ...this.fix('all'), ...this.fix('safe'), ...this.features()];
  }
}

/** One violation per kind, rule and message: a throwing rule throws on every pass. */
function dedupe(list: readonly Violation[]): Violation[] {
  const seen = new Set<string>();
  return list.filter((v) => {
    const key = `${v.kind} ${v.ruleId} ${v.detail.replace(/^pass \d+: /, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where two texts first differ, with a little context, and how their lengths differ. */
export function describeChange(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `a second fixText changes offset ${i} (length ${a.length} → ${b.length}): ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 40))} → ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 40))}`;
}

/** Analyses by case, newest kept: fast-check evaluates the same documents once per property. */
const cache = new Map<string, Analysis>();
const CACHE_SIZE = 600;

export function analysisOf(c: PlanCase): Analysis {
  const key = `${c.options}\u0000${c.hovers.join(',')}\u0000${c.text}`;
  let a = cache.get(key);
  if (a) {
    cache.delete(key);
  } else {
    a = new Analysis(c.text, OPTION_SETS[c.options], c.hovers);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, a);
  return a;
}

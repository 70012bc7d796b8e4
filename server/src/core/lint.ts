import type { CatalogLookup } from './catalog/types';
import { parsePlan, type PlanDocument, type Profile } from './document';
import { DEFAULT_REQUIRED } from './sections';
import { RULES } from './rules/index';
import type { CancellationToken, Finding, Fix, Locale, Rule, RuleScope, Severity, TextEdit } from './rules/types';
import { applyEdits, editsAreSound } from './text/edits';
import { MessageLog } from './message-log';
import { readSuppressions } from './suppressions';
import { positionAt } from './text/lines';

export type { Finding, Severity, TextEdit, Fix, Rule, RuleScope, CancellationToken, Locale } from './rules/types';
/** Kept here for callers that import it from lint; it lives in text/edits. */
export { applyEdits } from './text/edits';

/** Settings that shape linting; every field is optional and defaults as documented in the README. */
export interface LintOptions {
  /** `auto` (default) takes the profile from the header; a plan showing neither style counts as state. */
  readonly profile?: Profile | 'auto';
  /** Section kinds required per profile (ids: can-cu, muc-dich, yeu-cau, nhiem-vu, kinh-phi, to-chuc-thuc-hien). */
  readonly requiredSections?: Partial<Record<Profile, readonly string[]>>;
  /** Extra titles accepted for a section kind, by kind id. */
  readonly sectionSynonyms?: Readonly<Record<string, readonly string[]>>;
  /** Severity per rule id, or `off`. */
  readonly rules?: Readonly<Record<string, Severity | 'off'>>;
  /** Abbreviations that need no definition, on top of the built-in common list. */
  readonly abbreviations?: readonly string[];
  /** Full forms of abbreviations, used by fixes that insert a definition. */
  readonly abbreviationExpansions?: Readonly<Record<string, string>>;
  /** Language of messages and fix titles; Vietnamese by default. */
  readonly locale?: Locale;
  /**
   * `plan` (default): every rule. `any-text`: only the rules whose scope is `any-text`, for a text that is
   * not a plan and is checked because the user asked (a file named on the command line, “check as text”).
   */
  readonly scope?: RuleScope;
  /** The directive catalog (built-in, user catalogs) for the catalog rules; the built-in one when absent. */
  readonly catalog?: CatalogLookup;
  /**
   * Called when a rule throws: that rule's findings are dropped and the other rules still run. Without it
   * the error is rethrown as a {@link RuleError}, so that tests never miss an internal failure.
   */
  readonly onRuleError?: (error: RuleError) => void;
}

/** A rule that threw on a document: which one, and what it threw. */
export class RuleError extends Error {
  constructor(readonly ruleId: string, override readonly cause: unknown) {
    super(`${ruleId}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'RuleError';
  }
}

export const ALL_RULES = RULES;

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Whether the rule runs in a check of this scope (see {@link LintOptions.scope}). */
export function appliesIn(rule: Rule, scope: RuleScope = 'plan'): boolean {
  return scope === 'plan' || rule.scope === 'any-text';
}

/** The profile the rules run with: the `profile` setting, else the one the header shows, else state. */
export function planProfileOf(doc: PlanDocument, options: LintOptions): Profile {
  return options.profile && options.profile !== 'auto' ? options.profile : doc.detectedProfile ?? 'state';
}

/**
 * Rules about the header that stay silent for a mass organisation (profile `mass`): its format is not
 * confirmed, so its header gets no finding at all rather than the state's (issue 12, §1).
 */
const isHeaderRule = (rule: Rule) => rule.id.startsWith('header-');

/** Runs every enabled rule; stops early (returning what it has) once the token is cancelled. */
export function lintDocument(doc: PlanDocument, options: LintOptions = {}, token?: CancellationToken): Finding[] {
  const profile = planProfileOf(doc, options);
  const findings: Finding[] = [];
  const ruleOptions = {
    requiredSections: options.requiredSections?.[profile] ?? DEFAULT_REQUIRED,
    knownAbbreviations: options.abbreviations ?? [],
    abbreviationExpansions: options.abbreviationExpansions ?? {},
    ...(options.catalog ? { catalog: options.catalog } : {}),
  };
  for (const rule of RULES) {
    if (token?.isCancellationRequested) break;
    const setting = options.rules?.[rule.id];
    if (setting === 'off' || !appliesIn(rule, options.scope) || (profile === 'mass' && isHeaderRule(rule))) continue;
    const severity = setting ?? rule.defaultSeverity;
    const configured = setting !== undefined;
    const own: Finding[] = [];
    const sound = soundFixes(doc.text);
    const messages = new MessageLog(rule.messages, options.locale ?? 'vi', rule.id);
    try {
      rule.check(doc, {
        profile,
        options: ruleOptions,
        locale: options.locale ?? 'vi',
        t: messages.t,
        report: ({ severity: mild, fix, ...f }) => own.push({
          ruleId: rule.id, severity: configured ? severity : mild ?? severity, ...f, ...messages.sourceOf(f.message), ...sound(fix),
        }),
      });
    } catch (e) {
      const error = new RuleError(rule.id, e);
      if (!options.onRuleError) throw error;
      options.onRuleError(error);
      continue;
    }
    for (const f of own) findings.push(f); // not push(...own): a rule may find more than a call takes arguments
  }
  const suppressions = readSuppressions(doc.lines);
  return findings
    .filter((f) => !suppressions.isSuppressed(f.ruleId, positionAt(doc.lines, f.start).line))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

export function lint(text: string, options: LintOptions = {}, token?: CancellationToken): Finding[] {
  return lintDocument(parsePlan(text, options), options, token);
}

/**
 * A fix is offered only when its edits are sound (see {@link editsAreSound}): one that would leave
 * the text, overlap itself, or cut a BOM, a CRLF, a surrogate pair or a letter from its combining
 * marks is a bug that could lose or garble text, and the finding is better left without it.
 */
function soundFixes(text: string): (fix: Fix | undefined) => { fix?: Fix } {
  // Checked once per fix object: a renumbering fix is shared by every heading of its run, and checking
  // it again for each of them took time quadratic in the headings.
  const known = new Map<Fix, boolean>();
  return (fix) => {
    if (!fix) return {};
    let ok = known.get(fix);
    if (ok === undefined) known.set(fix, (ok = fix.edits.length > 0 && editsAreSound(text, fix.edits)));
    return ok ? { fix } : {};
  };
}

/**
 * Applies the fixes that do not touch each other, in one pass. A fix is all or nothing; two
 * findings may carry the same fix (a renumbered run), which is then applied once.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number; fixes: Finding[] } {
  const taken: TextEdit[] = [];
  const fixes: Finding[] = [];
  let applied = 0;
  // Conservative: edits of two fixes that even touch are not applied in the same pass.
  const overlaps = (a: TextEdit, b: TextEdit) => a.start <= b.end && b.start <= a.end;
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0 || !editsAreSound(text, f.fix.edits)) continue;
    if (f.fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    for (const e of f.fix.edits) taken.push(e);
    fixes.push(f);
    applied++;
  }
  return { text: applyEdits(text, taken), applied, fixes };
}

/** Rules whose fixes “fix all” applies unattended. */
export function isFixAllSafe(ruleId: string): boolean {
  return ruleById(ruleId)?.fixAll !== false;
}

/** One pass of {@link fixText}: the text it started from, the fixes it applied and what they gave. */
export interface FixPass {
  readonly before: string;
  readonly fixes: readonly Finding[];
  readonly after: string;
}

/** Findings compare across a pass by rule and message, digits aside (a line number may shift). */
const findingKey = (f: Finding) => `${f.ruleId}\u0000${f.message.replace(/\d+/g, '#')}`;

function countByKey(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  return counts;
}

/** The fixes of a pass whose findings are not all gone after it: each kind must drop by as many as were fixed. */
function unresolved(before: readonly Finding[], fixes: readonly Finding[], after: readonly Finding[]): Finding[] {
  const was = countByKey(before);
  const is = countByKey(after);
  const fixed = countByKey(fixes);
  return fixes.filter((f) => {
    const key = findingKey(f);
    return (is.get(key) ?? 0) > (was.get(key) ?? 0) - (fixed.get(key) ?? 0);
  });
}

/**
 * Fixes until nothing fixable is left (a fix may reveal another, such as renumbering after a move).
 * `safeOnly` keeps to the fixes that need no review: “fix all” and fix-on-save in the editor.
 * `onPass` sees every pass applied, for tests.
 */
export function fixText(
  text: string, options: LintOptions = {}, maxPasses = 10, safeOnly = false, onPass?: (pass: FixPass) => void,
): { text: string; remaining: Finding[] } {
  const check = (t: string) => {
    const all = lint(t, options);
    return safeOnly ? all.filter((f) => isFixAllSafe(f.ruleId)) : all;
  };
  return fixUntilStable(text, check, maxPasses, onPass);
}

/**
 * The passes of {@link fixText} over any check: at least `maxPasses`, and two more per fixable finding
 * of the first check. A fix whose finding is still there after it (it
 * inserted what the next check does not see) is declined and the pass tried again without it, so
 * that fixing the result again changes nothing instead of inserting the same lines on every run.
 */
export function fixUntilStable(
  text: string, check: (text: string) => Finding[], maxPasses: number, onPass?: (pass: FixPass) => void,
): { text: string; remaining: Finding[] } {
  let current = text;
  let findings = check(current);
  let declined = new Set<Finding>();
  // A fix may need two passes (a section moved, then its run renumbered) and a plan with many sections
  // out of order needs one move each: a fixed budget stopped such plans short of a fixed point, so that
  // fixing the result again changed it. The budget grows with what there is to fix and stays finite.
  const budget = maxPasses + 2 * findings.filter((f) => f.fix).length;
  // Each try either applies a pass or declines at least one fix of the current text.
  for (let pass = 0, tries = 0; pass < budget && tries < 3 * budget; tries++) {
    const { text: next, fixes } = applyFixes(current, findings.filter((f) => !declined.has(f)));
    if (fixes.length === 0) return { text: current, remaining: findings };
    const after = check(next);
    const failed = unresolved(findings, fixes, after);
    if (failed.length > 0) {
      for (const f of failed) declined.add(f);
      continue;
    }
    onPass?.({ before: current, fixes, after: next });
    current = next;
    findings = after;
    declined = new Set();
    pass++;
  }
  return { text: current, remaining: findings };
}

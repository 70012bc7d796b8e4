import { writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { isPlan, notPlanReason } from '../core/detect';
import { fixText, lint, lintDocument, type LintOptions, type RuleError } from '../core/lint';
import { parsePlan } from '../core/document';
import { withWordSource } from '../core/format/word-source';
import { formatProblem } from '../core/catalog/index';
import { findConfigFile, loadConfigFile, type ProjectConfig } from '../node/config-file';
import type { UserCatalogs } from '../node/catalog-files';
import { prepareReport, type Format, type PreparedReport } from './format';
import { reportInternalError, UsageError, type CommandIo } from './io';
import { cliText } from './messages';
import { describeSourceProblem, readSourceFile, type SourceRead } from '../docx/file';
import { fixRefusedMessage, paragraphAt } from '../docx/index';

/**
 * What `--fix` applies: `safe` (the default of `--fix`) only the fixes that need no review, the set the
 * editor's “fix all” applies (one predicate, `isFixAllSafe`); `all` (`--fix=all`) every fix, as the
 * lightbulb offers them one by one.
 */
export type FixMode = 'none' | 'safe' | 'all';

/** A file to check, and whether it was named on the command line (a non-plan named is then checked as any text). */
export interface FileToCheck {
  readonly file: string;
  readonly explicit: boolean;
}

/** Everything one check of many files shares; in parallel, each worker has its own. */
export interface Run {
  readonly io: CommandIo;
  readonly format: Format;
  readonly fix: FixMode;
  readonly explicitConfig: string | undefined;
  readonly configs: Map<string, ProjectConfig>;
  readonly catalogs: UserCatalogs;
  /**
   * A message the whole run prints once however many files meet it (a broken `.kehoach.json`, a bad
   * catalog row): each checker prints it at its first file that meets it; workers mark it so that the
   * run, putting their outputs in order, keeps the first only.
   */
  readonly once: (text: string) => void;
}

/** What checking one file gives: its report (none when it is not a plan brought in by a folder or a glob), and whether it failed. */
export interface FileOutcome {
  readonly report?: PreparedReport;
  readonly failed: boolean;
}

function configFor(file: string, run: Run): ProjectConfig {
  const path = run.explicitConfig ?? findConfigFile(dirname(file));
  if (!path) return {};
  const cached = run.configs.get(path);
  if (cached) return cached;
  const loaded = loadConfigFile(path, run.io.locale);
  if (loaded.error) {
    // A --config that cannot be read stops the run; one with a bad field is told, and its other settings hold.
    if (run.explicitConfig && !loaded.partial) throw new UsageError('config', { detail: loaded.error });
    run.once(`kehoach: ${loaded.error}\n`);
  }
  run.configs.set(path, loaded.config);
  return loaded.config;
}

/** The `--config` file, read once before any work: one that cannot be read is a usage error. */
export function explicitConfigOf(run: Run): ProjectConfig | undefined {
  return run.explicitConfig ? configFor('', run) : undefined;
}

/**
 * Rules that threw on this file, each named once however many passes of `--fix` met it; the rules that
 * did not throw still report.
 */
function ruleFailures(run: Run, display: string): { onRuleError: (e: RuleError) => void; failed: () => boolean } {
  const seen = new Set<string>();
  return {
    onRuleError: (e) => {
      if (seen.has(e.ruleId)) return;
      seen.add(e.ruleId);
      const detail = e.cause instanceof Error ? e.cause.message : String(e.cause);
      reportInternalError(run.io, cliText(run.io.locale, 'ruleFailed', { file: display, rule: e.ruleId, detail }), e.cause);
    },
    failed: () => seen.size > 0,
  };
}

/**
 * `--fix`: the fixed text, written back with its BOM and line breaks; when fixing or writing fails, the
 * text as it was (still checked and reported), and `failed`.
 */
function fixFile(run: Run, file: string, display: string, text: string, bom: boolean, options: LintOptions): { text: string; failed: boolean } {
  const { io } = run;
  let fixed: string;
  try {
    fixed = fixText(text, options, 10, run.fix === 'safe').text;
  } catch (e) {
    reportInternalError(io, cliText(io.locale, 'fixFailed', { file: display, detail: (e as Error)?.message ?? String(e) }), e);
    return { text, failed: true };
  }
  if (fixed === text) return { text, failed: false };
  try {
    // Only the fixed ranges change: the rest, its line breaks and a BOM, stay byte for byte.
    writeFileSync(file, (bom ? '\uFEFF' : '') + fixed, 'utf8');
    return { text: fixed, failed: false };
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    io.stderr.write(`kehoach: ${cliText(io.locale, 'writeFailed', { file: display, detail })}\n`);
    return { text, failed: true };
  }
}

/**
 * One file, start to end. A file that is not a plan is checked with the rules for any text when it was
 * named, and gets no report when a folder or a glob brought it in. Throws when it cannot be checked.
 */
function checkSource(run: Run, file: string, explicit: boolean, display: string, source: Extract<SourceRead, { ok: true }>): FileOutcome {
  const { io } = run;
  const { text, bom, docx } = source;
  const failures = ruleFailures(run, display);
  // With --config, that file alone decides, the catalogs too: a `.kehoach.json` beside the plan is not mixed in.
  const catalog = run.catalogs.catalogFor(run.explicitConfig ? undefined : file);
  const config = configFor(file, run);
  for (const problem of run.catalogs.takeProblems()) run.once(`kehoach: ${formatProblem(problem, io.locale)}\n`);
  const plan = isPlan(file, text, config);
  if (!plan && !explicit) return { failed: false };
  const notPlan = plan ? undefined : notPlanReason(text, config);
  const options: LintOptions = { ...config, locale: io.locale, catalog, onRuleError: failures.onRuleError, scope: plan ? 'plan' : 'any-text' };
  // Fixes are edits of a text file; a .docx is checked, never rewritten.
  const fixing = run.fix !== 'none';
  if (fixing && docx) io.stderr.write(`kehoach: ${fixRefusedMessage(display, io.locale)}\n`);
  const fixed = fixing && !docx ? fixFile(run, file, display, text, bom, options) : { text, failed: false };
  // A Word file's formatting goes with its text: the format-* rules read it.
  const findings = docx ? lintDocument(withWordSource(parsePlan(text, options), docx), options) : lint(fixed.text, options);
  const paragraphOf = docx ? (offset: number) => paragraphAt(docx, offset)?.index : undefined;
  const report = prepareReport({ file: display, text: fixed.text, findings, paragraphOf, notPlan }, run.format, io.locale);
  return { report, failed: fixed.failed || failures.failed() };
}

/**
 * One file on its own: whatever goes wrong inside it (reading, a rule, the parser, a fix, writing) is
 * told with the file's name and makes it `failed`; only a usage error (a bad --config) ends the run.
 */
export function checkFile(run: Run, { file, explicit }: FileToCheck): FileOutcome {
  const display = relative(run.io.cwd, file) || file;
  try {
    const read = readSourceFile(file);
    if (!read.ok) {
      run.io.stderr.write(`kehoach: ${describeSourceProblem(read, display, run.io.locale)}\n`);
      return { failed: true };
    }
    return checkSource(run, file, explicit, display, read);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const detail = (e as Error)?.message ?? String(e);
    reportInternalError(run.io, cliText(run.io.locale, 'fileFailed', { file: display, stage: cliText(run.io.locale, 'stage_check'), detail }), e);
    return { failed: true };
  }
}

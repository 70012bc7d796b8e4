import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isPlan } from '../core/detect';
import { ALL_RULES, fixText, lint, lintDocument, type LintOptions, type RuleError } from '../core/lint';
import { parsePlan } from '../core/document';
import { withWordSource } from '../core/format/word-source';
import { builtinEntries, formatProblem } from '../core/catalog/index';
import { findConfigFile, loadConfigFile, type ProjectConfig } from '../node/config-file';
import { catalogPathsOfConfig, UserCatalogs } from '../node/catalog-files';
import { expandPaths } from './files';
import { prepareReport, renderReports, type Format, type PreparedReport } from './format';
import { EXIT, parseArgs, reportInternalError, UsageError, type CommandIo } from './io';
import { cliText } from './messages';
import { describeProblem } from './read';
import { describeSourceProblem, readSourceFile, type SourceRead } from '../docx/file';
import { fixRefusedMessage, paragraphAt } from '../docx/index';

const FORMATS = ['text', 'json', 'sarif'] as const;

function configFor(file: string, explicit: string | undefined, io: CommandIo, cache: Map<string, ProjectConfig>): ProjectConfig {
  const path = explicit ?? findConfigFile(dirname(file));
  if (!path) return {};
  const cached = cache.get(path);
  if (cached) return cached;
  const loaded = loadConfigFile(path, io.locale);
  if (loaded.error) {
    if (explicit) throw new UsageError('config', { detail: loaded.error });
    io.stderr.write(`kehoach: ${loaded.error}\n`);
  }
  cache.set(path, loaded.config);
  return loaded.config;
}

/** Counts toward exit code 1: information and hints are advice, not defects. */
const isDefect = (f: PreparedReport['findings'][number]) => f.severity === 'error' || f.severity === 'warning';

interface Run {
  readonly io: CommandIo;
  readonly format: Format;
  readonly fix: boolean;
  readonly explicitConfig: string | undefined;
  readonly configs: Map<string, ProjectConfig>;
  readonly catalogs: UserCatalogs;
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
    fixed = fixText(text, options).text;
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

/** One file, start to end; no report when it is not a plan. Throws when the file cannot be checked. */
function checkFile(run: Run, file: string, explicit: boolean, display: string, source: Extract<SourceRead, { ok: true }>): { report?: PreparedReport; failed: boolean } {
  const { io } = run;
  const { text, bom, docx } = source;
  const failures = ruleFailures(run, display);
  const options = { ...configFor(file, run.explicitConfig, io, run.configs), locale: io.locale, catalog: run.catalogs.catalogFor(file), onRuleError: failures.onRuleError };
  for (const problem of run.catalogs.takeProblems()) io.stderr.write(`kehoach: ${formatProblem(problem, io.locale)}\n`);
  if (!isPlan(file, text, options)) {
    if (explicit) io.stderr.write(`kehoach: ${cliText(io.locale, 'notPlan', { file: display })}\n`);
    return { failed: false };
  }
  // Fixes are edits of a text file; a .docx is checked, never rewritten.
  if (run.fix && docx) io.stderr.write(`kehoach: ${fixRefusedMessage(display, io.locale)}\n`);
  const fixed = run.fix && !docx ? fixFile(run, file, display, text, bom, options) : { text, failed: false };
  // A Word file's formatting goes with its text: the format-* rules read it.
  const findings = docx ? lintDocument(withWordSource(parsePlan(text, options), docx), options) : lint(fixed.text, options);
  const paragraphOf = docx ? (offset: number) => paragraphAt(docx, offset)?.index : undefined;
  return { report: prepareReport({ file: display, text: fixed.text, findings, paragraphOf }, run.format, io.locale), failed: fixed.failed || failures.failed() };
}

/**
 * Every file is checked on its own: whatever goes wrong inside one (a rule, the parser, a fix, writing)
 * is told with the file's name, and the others are still checked and reported.
 */
function checkAll(run: Run, files: readonly { file: string; explicit: boolean }[]): { reports: PreparedReport[]; failed: number } {
  const reports: PreparedReport[] = [];
  let failed = 0;
  for (const { file, explicit } of files) {
    const display = relative(run.io.cwd, file) || file;
    try {
      const read = readSourceFile(file);
      if (!read.ok) {
        run.io.stderr.write(`kehoach: ${describeSourceProblem(read, display, run.io.locale)}\n`);
        failed++;
        continue;
      }
      const result = checkFile(run, file, explicit, display, read);
      if (result.report) reports.push(result.report);
      if (result.failed) failed++;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      const detail = (e as Error)?.message ?? String(e);
      reportInternalError(run.io, cliText(run.io.locale, 'fileFailed', { file: display, stage: cliText(run.io.locale, 'stage_check'), detail }), e);
      failed++;
    }
  }
  return { reports, failed };
}

/** `kehoach lint [--format text|json|sarif] [--fix] [--config FILE] [--lang vi|en] PATH...` */
export async function runLint(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, flags, positional } = parseArgs(args, { values: ['format', 'config', 'lang'], flags: ['fix'] });
  const format = values.get('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { formats: FORMATS.join(', '), format });
  const lang = values.get('lang');
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') throw new UsageError('badLang', { lang });
  const locale = io.locale;
  if (positional.length === 0) throw new UsageError('noPathLint');
  const explicitConfig = values.has('config') ? resolve(io.cwd, values.get('config')!) : undefined;
  const configs = new Map<string, ProjectConfig>();
  // Read once, before any work: a bad --config is a usage error.
  const givenConfig = explicitConfig ? configFor('', explicitConfig, io, configs) : undefined;

  const { files, problems } = expandPaths(positional, io.cwd);
  for (const p of problems) io.stderr.write(`kehoach: ${describeProblem(p.problem, p.path, locale)}\n`);
  // The catalogs `.kehoach.json` lists, over the built-in one: the same the editor uses for this file.
  const catalogs = new UserCatalogs(builtinEntries());
  // A --config file is usually the repository's own (CI): its catalogs stay inside its folder too.
  if (explicitConfig && givenConfig) catalogs.setSettingPaths(catalogPathsOfConfig(explicitConfig, givenConfig), { within: dirname(explicitConfig) });
  const run: Run = { io, format: format as Format, fix: flags.has('fix'), explicitConfig, configs, catalogs };
  const { reports, failed } = checkAll(run, files);
  io.stdout.write(renderReports(reports, run.format, locale, ALL_RULES));
  const troubled = failed + problems.length;
  if (troubled > 0) {
    io.stderr.write(`kehoach: ${cliText(locale, 'notChecked', { count: troubled })}\n`);
    return EXIT.usage;
  }
  return reports.some((r) => r.findings.some(isDefect)) ? EXIT.findings : EXIT.clean;
}

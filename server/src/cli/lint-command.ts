import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ALL_RULES } from '../core/lint';
import { expandPaths } from './files';
import { renderReports, type Format, type PreparedReport } from './format';
import { EXIT, parseArgs, UsageError, type CommandIo } from './io';
import { checkFile, type FileOutcome, type FileToCheck, type FixMode } from './lint-check';
import { checkInWorkers } from './lint-pool';
import { makeRun, OrderedPrinter, type RunSettings } from './lint-run';
import { cliText } from './messages';
import { describeProblem } from './read';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** `--fix` is `--fix=safe`; `--fix=all` applies the fixes that need review too. */
const FIX_VALUES = new Map([['fix', ['safe', 'all']]]);
const fixMode = (given: boolean, value: string | undefined): FixMode => (!given ? 'none' : value === 'all' ? 'all' : 'safe');

/** Counts toward exit code 1: information and hints are advice, not defects. */
const isDefect = (f: PreparedReport['findings'][number]) => f.severity === 'error' || f.severity === 'warning';

/**
 * Below these, a run without `--jobs` stays in this thread: a worker's start (loading the bundle, then
 * its own cold start of the checks) costs about what 16–20 plans of 11 KB save on a second core, and on
 * 2 cores V8's own garbage collection and compilation threads already use part of the second one.
 * Measured on 2 busy cores: 128 plans of 11 KB, 2.87 s of CPU in one thread against 1.34 s and 1.28 s
 * on two; 8–64 plans no faster on two.
 */
export const PARALLEL_MIN_FILES = 16;
export const PARALLEL_MIN_BYTES = 512 * 1024;

/** Whether the files are enough work to share out: stops adding sizes at the threshold. */
function worthWorkers(files: readonly FileToCheck[]): boolean {
  if (files.length < PARALLEL_MIN_FILES) return false;
  let bytes = 0;
  for (const { file } of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Unreadable: reading it tells why, in its turn.
    }
    if (bytes >= PARALLEL_MIN_BYTES) return true;
  }
  return false;
}

/** `--jobs N` as asked (a whole number ≥ 1), or undefined when not given. */
function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^[0-9]{1,4}$/.test(value) ? Number(value) : 0;
  if (jobs < 1) throw new UsageError('badJobs', { jobs: value });
  return jobs;
}

/** `--help-uri-base URI` for SARIF's rule links: an absolute URI (a relative one means nothing to a scanner). */
function helpUriBaseOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[a-z][a-z0-9+.-]+:/i.test(value) || !URL.canParse(value)) throw new UsageError('badHelpUriBase', { uri: value });
  return value.replace(/#.*$/s, '');
}

/** How many threads check: `--jobs`, or without it one per core, but only this one for a small run. */
function threadCount(asked: number | undefined, files: readonly FileToCheck[]): number {
  if (asked !== undefined) return asked;
  const cores = availableParallelism();
  return cores > 1 && worthWorkers(files) ? cores : 1;
}

/**
 * Every file checked on its own, in this thread or on workers; either way each file's stderr comes in
 * the files' order and the outcomes are the same, whatever the timing.
 */
async function checkAll(settings: RunSettings, io: CommandIo, files: readonly FileToCheck[], threads: number): Promise<FileOutcome[]> {
  if (threads === 1) {
    const { run } = makeRun(settings, io, (text) => io.stderr.write(text));
    return files.map((f) => checkFile(run, f));
  }
  const outcomes: FileOutcome[] = [];
  const printer = new OrderedPrinter(io);
  await checkInWorkers(settings, files, threads, (outcome) => {
    printer.print(outcome);
    outcomes.push(outcome);
  });
  return outcomes;
}

/** `kehoach lint [--format text|json|sarif] [--fix] [--config FILE] [--lang vi|en] [--jobs N] PATH...` */
export async function runLint(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, flags, positional } = parseArgs(args, { values: ['format', 'config', 'lang', 'jobs', 'help-uri-base'], flags: ['fix'], flagValues: FIX_VALUES });
  const format = values.get('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { formats: FORMATS.join(', '), format });
  const lang = values.get('lang');
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') throw new UsageError('badLang', { lang });
  const jobs = jobsOption(values.get('jobs'));
  const helpUriBase = helpUriBaseOption(values.get('help-uri-base'));
  const locale = io.locale;
  if (positional.length === 0) throw new UsageError('noPathLint');
  const explicitConfig = values.has('config') ? resolve(io.cwd, values.get('config')!) : undefined;
  const settings: RunSettings = { cwd: io.cwd, env: { ...io.env }, locale, format: format as Format, fix: fixMode(flags.has('fix'), values.get('fix')), explicitConfig };
  // Read once, before any work: a --config that cannot be read is a usage error, a bad field is told
  // here once; workers get it as read.
  const { givenConfig } = makeRun(settings, io, (text) => io.stderr.write(text));

  const { files, problems } = expandPaths(positional, io.cwd);
  for (const p of problems) io.stderr.write(`kehoach: ${describeProblem(p.problem, p.path, locale)}\n`);
  const outcomes = await checkAll({ ...settings, givenConfig }, io, files, threadCount(jobs, files));
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  io.stdout.write(renderReports(reports, settings.format, locale, ALL_RULES, { cwd: io.cwd, helpUriBase }));
  const troubled = outcomes.filter((o) => o.failed).length + problems.length;
  if (troubled > 0) {
    io.stderr.write(`kehoach: ${cliText(locale, 'notChecked', { count: troubled })}\n`);
    return EXIT.usage;
  }
  return reports.some((r) => r.findings.some(isDefect)) ? EXIT.findings : EXIT.clean;
}

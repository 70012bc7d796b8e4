import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isPlan } from '../core/detect';
import { ALL_RULES, fixText, lint, type Finding } from '../core/lint';
import { builtinEntries, formatProblem } from '../core/catalog/index';
import { findConfigFile, loadConfigFile, type ProjectConfig } from '../node/config-file';
import { catalogPathsOfConfig, UserCatalogs } from '../node/catalog-files';
import { expandPaths } from './files';
import { toJson, toSarif, toText, type FileReport } from './format';
import { EXIT, parseArgs, UsageError, type CommandIo } from './io';
import { cliText } from './messages';
import { readPlanFile } from './read';

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
const isDefect = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

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

  const { files, missing } = expandPaths(positional, io.cwd);
  for (const m of missing) io.stderr.write(`kehoach: ${cliText(locale, 'notFound', { path: m })}\n`);
  // The catalogs `.kehoach.json` lists, over the built-in one: the same the editor uses for this file.
  const catalogs = new UserCatalogs(builtinEntries());
  if (explicitConfig && givenConfig) catalogs.setSettingPaths(catalogPathsOfConfig(explicitConfig, givenConfig));
  const reports: FileReport[] = [];
  let unreadable = missing.length > 0;
  for (const { file, explicit } of files) {
    const display = relative(io.cwd, file) || file;
    const read = readPlanFile(file);
    if (!read.ok) {
      io.stderr.write(`kehoach: ${cliText(locale, read.reason, { file: display, detail: read.detail })}\n`);
      unreadable = true;
      continue;
    }
    const config = { ...configFor(file, explicitConfig, io, configs), locale, catalog: catalogs.catalogFor(file) };
    for (const problem of catalogs.takeProblems()) io.stderr.write(`kehoach: ${formatProblem(problem, locale)}\n`);
    if (!isPlan(file, read.text, config)) {
      if (explicit) io.stderr.write(`kehoach: ${cliText(locale, 'notPlan', { file: display })}\n`);
      continue;
    }
    let text = read.text;
    if (flags.has('fix')) {
      const fixed = fixText(text, config).text;
      if (fixed !== text) {
        // Only the fixed ranges change: the rest, its line breaks and a BOM, stay byte for byte.
        writeFileSync(file, (read.bom ? '\uFEFF' : '') + fixed, 'utf8');
        text = fixed;
      }
    }
    reports.push({ file: display, text, findings: lint(text, config) });
  }
  if (format === 'json') io.stdout.write(toJson(reports) + '\n');
  else if (format === 'sarif') io.stdout.write(toSarif(reports, ALL_RULES, locale) + '\n');
  else io.stdout.write(toText(reports, locale));
  if (unreadable) return EXIT.usage;
  return reports.some((r) => r.findings.some(isDefect)) ? EXIT.findings : EXIT.clean;
}

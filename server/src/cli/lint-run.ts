import { dirname } from 'node:path';
import type { Locale } from '../core/lint';
import { builtinEntries } from '../core/catalog/index';
import type { ProjectConfig } from '../node/config-file';
import { catalogPathsOfConfig, UserCatalogs } from '../node/catalog-files';
import type { Format } from './format';
import type { CommandIo } from './io';
import { checkFile, explicitConfigOf, type FileOutcome, type FileToCheck, type FixMode, type Run } from './lint-check';

/** What a run of `lint` is, as plain data: the same in the main thread and in every worker. */
export interface RunSettings {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly locale: Locale;
  readonly format: Format;
  readonly fix: FixMode;
  readonly explicitConfig: string | undefined;
  /** The `--config` file as the main thread read it, so that a worker does not read it again. */
  readonly givenConfig?: ProjectConfig;
}

/**
 * The run's state over its io: configs read once, and the catalogs `.kehoach.json` lists over the
 * built-in one (the same the editor uses for each file). Reads the `--config` file (a usage error when
 * it is bad) unless `settings.givenConfig` already holds it.
 */
export function makeRun(settings: RunSettings, io: CommandIo, once: (text: string) => void): { run: Run; givenConfig?: ProjectConfig } {
  const configs = new Map<string, ProjectConfig>();
  const run: Run = { io, format: settings.format, fix: settings.fix, explicitConfig: settings.explicitConfig, configs, catalogs: new UserCatalogs(builtinEntries()), once };
  const { explicitConfig } = settings;
  if (explicitConfig && settings.givenConfig) configs.set(explicitConfig, settings.givenConfig);
  const givenConfig = explicitConfigOf(run);
  // A --config file is usually the repository's own (CI): its catalogs stay inside its folder too.
  if (explicitConfig && givenConfig) run.catalogs.setSettingPaths(catalogPathsOfConfig(explicitConfig, givenConfig), { within: dirname(explicitConfig) });
  return { run, givenConfig };
}

/** One piece of a file's stderr; `once` marks a message the whole run prints once (see `Run.once`). */
export interface StderrPiece {
  readonly text: string;
  readonly once?: true;
}

/** A file checked away from the run's own stderr: its outcome and what it printed, to be put in order. */
export interface RecordedOutcome extends FileOutcome {
  readonly stderr: readonly StderrPiece[];
}

/** Checks files writing nothing: each file's stderr is kept with its outcome. */
export function recordingChecker(settings: RunSettings): (files: readonly FileToCheck[]) => RecordedOutcome[] {
  let pieces: StderrPiece[] = [];
  const io: CommandIo = { cwd: settings.cwd, env: settings.env, locale: settings.locale, stdout: { write: () => true }, stderr: { write: (text: string) => pieces.push({ text }) } };
  const { run } = makeRun(settings, io, (text) => pieces.push({ text, once: true }));
  return (files) => files.map((file) => {
    pieces = [];
    const outcome = checkFile(run, file);
    return { ...outcome, stderr: pieces };
  });
}

/**
 * Recorded outcomes, in the files' order, as the serial run prints them: each file's stderr as it came,
 * a run-wide message only where it first appears (repeats inside one file's part kept, as printed).
 */
export class OrderedPrinter {
  private readonly printed = new Set<string>();

  constructor(private readonly io: CommandIo) {}

  print(outcome: RecordedOutcome): void {
    const seenHere = new Map<string, number>();
    for (const piece of outcome.stderr) {
      if (!piece.once) {
        this.io.stderr.write(piece.text);
        continue;
      }
      const nth = (seenHere.get(piece.text) ?? 0) + 1;
      seenHere.set(piece.text, nth);
      const key = `${nth}\0${piece.text}`;
      if (this.printed.has(key)) continue;
      this.printed.add(key);
      this.io.stderr.write(piece.text);
    }
  }
}

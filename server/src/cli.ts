import { runLint } from './cli/lint-command';
// Loaded in a worker thread, this bundle checks files for `lint` (see cli/lint-pool.ts).
import './cli/lint-worker';
import { EXIT, UsageError, type CliIo, type Subcommand } from './cli/io';
import { cliLocale, cliText } from './cli/messages';

export type { CliIo } from './cli/io';

/*
 * The other commands are required when run, not at start: the language server and the Word writer are a
 * third of the bundle, and `lint` (on every save, in CI, in each worker) would load them for nothing.
 * esbuild keeps a module required this way in the bundle, its top level run on the first call.
 */
const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  lint: runLint,
  lsp: (args, io) => (require('./cli/lsp-command') as typeof import('./cli/lsp-command')).runLsp(args, io),
  citations: (args, io) => (require('./cli/citations') as typeof import('./cli/citations')).runCitations(args, io),
  convert: (args, io) => (require('./cli/convert') as typeof import('./cli/convert')).runConvert(args, io),
  export: (args, io) => (require('./export/command') as typeof import('./export/command')).runExport(args, io),
};

/** The whole CLI; `bin/kehoach.js` is a shim over it and tests call it with their own io. */
export async function main({ argv, ...io }: { argv: readonly string[] } & CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const locale = cliLocale(argv, io.env);
  const usage = cliText(locale, 'usage') + cliText(locale, 'usageJobs') + cliText(locale, 'usageSarif');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage);
    return name === undefined ? EXIT.usage : EXIT.clean;
  }
  if (name === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.clean;
  }
  const command = SUBCOMMANDS[name];
  if (!command) {
    io.stderr.write(`kehoach: ${cliText(locale, 'unknownCommand', { name })}\n${usage}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, { ...io, locale });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kehoach ${name}: ${cliText(locale, e.id, e.data)}\n${usage}`);
      return EXIT.usage;
    }
    // Never a bare stack trace: say what failed; the stack only with KEHOACH_DEBUG=1, for a bug report.
    io.stderr.write(`kehoach ${name}: ${cliText(locale, 'internalError', { detail: (e as Error)?.message ?? String(e) })}\n`);
    if (io.env.KEHOACH_DEBUG === '1' && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return EXIT.usage;
  }
}

declare const __KEHOACH_VERSION__: string | undefined;
const VERSION = typeof __KEHOACH_VERSION__ === 'string' ? __KEHOACH_VERSION__ : 'dev';

import type { Locale } from '../core/lint';
import { nearestName } from '../core/config';
import type { CliMessageId } from './messages';

/** What a subcommand may touch: injected so that tests run `main` in-process on a table of cases. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What `main` hands a subcommand: the io, and the language chosen once for the whole run. */
export interface CommandIo extends CliIo {
  readonly locale: Locale;
}

export type Subcommand = (args: readonly string[], io: CommandIo) => Promise<number>;

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** A usage error: `main` prints its message (by id, in the run's language) and the usage, exit 2. */
export class UsageError extends Error {
  constructor(readonly id: CliMessageId, readonly data: Record<string, string | number> = {}) {
    super(id);
  }
}

/** The options a subcommand accepts. */
export interface ArgSpec {
  /** Options with a value: `--name value` or `--name=value`. */
  readonly values: readonly string[];
  /** Options without one: `--name`. */
  readonly flags: readonly string[];
  /** Flags that may also be given a value after `=` (`--fix=all`), and the values each accepts. */
  readonly flagValues?: ReadonlyMap<string, readonly string[]>;
}

/** An option not in the spec: a usage error that names the nearest option the spec has, if one is near. */
function unknownOption(arg: string, spec: ArgSpec): UsageError {
  const typed = arg.replace(/^--?/, '').split('=')[0];
  const near = nearestName(typed, [...spec.values, ...spec.flags]);
  return near ? new UsageError('unknownOptionNear', { option: arg, near: `--${near}` }) : new UsageError('unknownOption', { option: arg });
}

/** `--name=value` of a flag that takes one: the value, when it is one the flag accepts. */
function flagValue(name: string, value: string, spec: ArgSpec): string {
  const accepted = spec.flagValues?.get(name);
  if (!accepted) throw new UsageError('flagTakesNoValue', { name });
  if (!accepted.includes(value)) throw new UsageError('badFlagValue', { name, value, choices: accepted.join(', ') });
  return value;
}

/**
 * Splits `--name value`, `--name=value` and flags from positional arguments. Only the options a
 * subcommand declares are accepted: an unknown option is a usage error, not a silently ignored typo,
 * and so is `-fix` (one dash): a file whose name starts with a dash goes after `--`.
 */
export function parseArgs(args: readonly string[], spec: ArgSpec) {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') { positional.push(...args.slice(i + 1)); break; }
    if (/^-\p{L}/u.test(arg)) throw unknownOption(arg, spec);
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.flags.includes(name)) {
      flags.add(name);
      if (eq >= 0) values.set(name, flagValue(name, arg.slice(eq + 1), spec));
    } else if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new UsageError('missingValue', { name });
      values.set(name, value);
    } else throw unknownOption(arg, spec);
  }
  return { values, flags, positional };
}

/**
 * An internal failure, told in one clear line; the stack only when KEHOACH_DEBUG=1, for the bug report.
 */
export function reportInternalError(io: CliIo, message: string, cause: unknown): void {
  io.stderr.write(`kehoach: ${message}\n`);
  if (io.env.KEHOACH_DEBUG === '1' && cause instanceof Error && cause.stack) io.stderr.write(`${cause.stack}\n`);
}

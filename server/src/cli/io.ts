/** What a subcommand may touch: injected so that tests run `main` in-process on a table of cases. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type Subcommand = (args: readonly string[], io: CliIo) => Promise<number>;

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** A usage error: the message and a pointer to `--help`, exit 2. */
export class UsageError extends Error {}

/**
 * Splits `--name value`, `--name=value` and flags from positional arguments. Only the options a
 * subcommand declares are accepted: an unknown option is a usage error, not a silently ignored typo.
 */
export function parseArgs(args: readonly string[], spec: { values: readonly string[]; flags: readonly string[] }) {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') { positional.push(...args.slice(i + 1)); break; }
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.flags.includes(name) && eq < 0) flags.add(name);
    else if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new UsageError(`thiếu giá trị cho --${name}`);
      values.set(name, value);
    } else throw new UsageError(`tùy chọn không hợp lệ: ${arg}`);
  }
  return { values, flags, positional };
}

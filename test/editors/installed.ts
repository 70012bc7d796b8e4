import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface Installed {
  /** The prefix `npm install -g --prefix` installed into; the command is `bin/kehoach` under it. */
  readonly prefix: string;
  /** A PATH on which `kehoach` is the installed one and nothing else of this repository. */
  readonly path: string;
  /** The package `npm pack` made, as a user would install it. */
  readonly tarball: string;
}

let installed: Installed | undefined;

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/**
 * kehoach installed the way the README tells a user to, once per test run: the package `npm pack` makes
 * from this checkout's build (scripts are skipped: the tests check the build that is there, `npm run
 * build` first), installed globally into a temporary prefix, never the machine's own.
 */
export function installKehoach(): Installed {
  if (installed) return installed;
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-installed-'));
  // Tens of MB with its dependencies: gone when the test run ends, whichever test used it last.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  npm(['pack', '--ignore-scripts', '--pack-destination', dir, '--loglevel', 'error'], ROOT);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no tarball in ${dir}`);
  const prefix = join(dir, 'prefix');
  // The dependencies npm ci already cached: no network when the cache holds them.
  npm(['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error', join(dir, tarball)], dir);
  installed = { prefix, path: pathWithPrefix(prefix), tarball: join(dir, tarball) };
  return installed;
}

/**
 * A PATH with the prefix's bin first, then node's own folder (the command's shebang), then the system's:
 * no node_modules/.bin of this repository, so `kehoach` can only be the one installed there.
 */
export function pathWithPrefix(prefix: string): string {
  return [join(prefix, 'bin'), dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(delimiter);
}

/** Whether a program is on the system PATH (an editor the machine may not have). */
export function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

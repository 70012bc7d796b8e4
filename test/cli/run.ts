import { main } from '../../server/src/cli';

export interface Run { code: number; stdout: string; stderr: string }

/** `kehoach ARGV` in this process, in folder `cwd`, with what it printed. */
export async function run(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv, cwd, env,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

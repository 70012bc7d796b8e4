// The CLI over many plan files, wall time of a whole run as a user starts it, next to markdownlint-cli2
// (markdownlint's own CLI, all its default rules) over the same files, interleaved so that both share
// whatever load the machine has.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, progress } from './timing.mjs';
import { ordinaryPlan } from './generators.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const KEHOACH = join(ROOT, 'bin', 'kehoach.js');
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

function wallMs(args, cwd) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchCli(files, kb, runs = 3) {
  progress(`CLI over ${files} plans of ${kb} KB, and markdownlint-cli2 over the same`);
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-bench-'));
  try {
    const base = ordinaryPlan(kb);
    for (let i = 1; i <= files; i++) writeFileSync(join(dir, `ke-hoach-${i}.kh.md`), base.replace('Số: 15/KH-UBND', `Số: ${i}/KH-UBND`));
    const kehoach = [];
    const markdownlint = [];
    for (let k = 0; k < runs; k++) {
      kehoach.push(wallMs([KEHOACH, 'lint', '.', '--format', 'json'], dir));
      markdownlint.push(wallMs([MARKDOWNLINT, '**/*.md'], dir));
    }
    return { files, kb, kehoachMs: median(kehoach), markdownlintMs: median(markdownlint) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Runs every test: the mocha suites under test/ (TypeScript through tsx) in this process, then the
// real-VS-Code suite, and ends with the one line CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register as registerEsm } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';
import Mocha from 'mocha';

const root = fileURLToPath(new URL('..', import.meta.url));
// Paths given on the command line narrow the run to the test files under them (and skip the real-VS-Code
// suite), so that work on one part runs its own tests: `node test/run-all.mjs test/core/header`.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((a) => join(root, a));
const skipE2e = process.argv.includes('--no-e2e') || process.env.KEHOACH_SKIP_E2E === '1' || only.length > 0;

function testFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !['e2e', 'fixtures', 'bench'].includes(entry.name)) out.push(...testFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out.sort();
}

// Test files are CommonJS TypeScript (the package has no "type": "module"); unified is ESM-only.
registerCjs();
registerEsm();
const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
const chosen = testFiles(join(root, 'test')).filter((f) => only.length === 0 || only.some((p) => f.startsWith(p)));
for (const file of chosen) mocha.addFile(file);
await mocha.loadFilesAsync();
const unit = await new Promise((resolve) => {
  const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
});

// The type check counts as one test: a type error is a defect even when every behaviour test passes.
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], { cwd: root, encoding: 'utf8' });
const typecheck = tsc.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
console.log(tsc.status === 0 ? '  ✔ tsc -b: no type errors' : `  ✗ tsc -b:\n${tsc.stdout}${tsc.stderr}`);

let e2e = { passed: 0, failed: 0 };
if (!skipE2e) {
  // Its own process: it starts a real VS Code and prints its own `N passed, N failed` last.
  const result = spawnSync(process.execPath, [join(root, 'test', 'e2e', 'run.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  const last = /(\d+) passed, (\d+) failed\s*$/.exec(result.stdout ?? '');
  if (last) e2e = { passed: Number(last[1]), failed: Number(last[2]) };
  if (!last || (result.status !== 0 && Number(last?.[2] ?? 0) === 0)) {
    console.error(`real VS Code suite did not report (exit ${result.status}); counted as one failure`);
    e2e.failed += 1;
  }
} else console.log(`(real VS Code suite skipped: ${relative(root, 'test/e2e')})`);

const passed = unit.passed + typecheck.passed + e2e.passed;
const failed = unit.failed + typecheck.failed + e2e.failed;
console.log(`${passed} passed, ${failed} failed`);
// Exit explicitly: a test that leaves a handle open must not hang CI after the summary line.
process.exit(failed > 0 ? 1 : 0);

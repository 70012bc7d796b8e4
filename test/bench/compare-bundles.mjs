// Compares the check of the same plans through two builds of the CLI bundle, alternated in one process
// (each run of one next to a run of the other, so that load falls on both alike):
//   node test/bench/compare-bundles.mjs OLD/dist/cli.js NEW/dist/cli.js [--kb 1024] [--rounds 5]
// Used to show that a refactor left the 1 MB check no slower (issue 11).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GENERATORS } from './generators.mjs';
import { median } from './timing.mjs';

const require = createRequire(import.meta.url);
const [oldPath, newPath] = process.argv.slice(2, 4).map((p) => resolve(p));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const kb = arg('kb', 1024);
const rounds = arg('rounds', 5);
const sink = { write: () => true };
// `--jobs 1` keeps a bundle that has worker threads in this process; one without the option is serial anyway.
const argvOf = (main, file) => ['lint', file, '--format', 'json', ...(main.jobs ? ['--jobs', '1'] : [])];
const bundles = [['old', require(oldPath).main], ['new', require(newPath).main]];
for (const [, main] of bundles) {
  let usage = '';
  await main({ argv: ['--help'], stdout: { write: (t) => { usage += t; return true; } }, stderr: sink, cwd: process.cwd(), env: {} });
  main.jobs = usage.includes('--jobs');
}
const dir = mkdtempSync(join(tmpdir(), 'kehoach-compare-'));
try {
  for (const g of GENERATORS) {
    const file = join(dir, `${g.name.replace(/\W+/g, '-')}.kh.md`);
    writeFileSync(file, g.make(kb));
    const times = { old: [], new: [] };
    const check = (main) => main({ argv: argvOf(main, file), stdout: sink, stderr: sink, cwd: dir, env: {} });
    for (const [, main] of bundles) await check(main); // warm up
    for (let r = 0; r < rounds; r++) {
      for (const [name, main] of r % 2 ? [...bundles].reverse() : bundles) {
        const start = process.hrtime.bigint();
        const code = await check(main);
        if (code === 2) throw new Error(`the ${name} bundle refused the check (exit 2)`);
        times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    const o = median(times.old);
    const n = median(times.new);
    console.log(`${g.name}, ${kb} KB: old ${o.toFixed(0)} ms, new ${n.toFixed(0)} ms, new ÷ old ${(n / o).toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

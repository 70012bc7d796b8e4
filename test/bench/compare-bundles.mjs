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
/** Whether a bundle's usage names `--jobs`: then `--jobs 1` keeps its check in this process (one without it is serial). */
async function hasJobs(main) {
  let usage = '';
  await main({ argv: ['--help'], stdout: { write: (t) => { usage += t; return true; } }, stderr: sink, cwd: process.cwd(), env: {} });
  return usage.includes('--jobs');
}
const bundles = [];
for (const [name, path] of [['old', oldPath], ['new', newPath]]) {
  const { main } = require(path);
  bundles.push({ name, main, jobs: await hasJobs(main) });
}
const dir = mkdtempSync(join(tmpdir(), 'kehoach-compare-'));
try {
  for (const g of GENERATORS) {
    const file = join(dir, `${g.name.replace(/\W+/g, '-')}.kh.md`);
    writeFileSync(file, g.make(kb));
    const times = { old: [], new: [] };
    const check = (b) => b.main({ argv: ['lint', file, '--format', 'json', ...(b.jobs ? ['--jobs', '1'] : [])], stdout: sink, stderr: sink, cwd: dir, env: {} });
    for (const b of bundles) await check(b); // warm up
    for (let r = 0; r < rounds; r++) {
      for (const b of r % 2 ? [...bundles].reverse() : bundles) {
        const start = process.hrtime.bigint();
        const code = await check(b);
        if (code === 2) throw new Error(`the ${b.name} bundle refused the check (exit 2)`);
        times[b.name].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    const o = median(times.old);
    const n = median(times.new);
    console.log(`${g.name}, ${kb} KB: old ${o.toFixed(0)} ms, new ${n.toFixed(0)} ms, new ÷ old ${(n / o).toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// `npm run bench:index`: indexes 10,000 generated plans as the language server does when a workspace
// opens (each plan's own number, date and trích yếu, and every citation), and prints the time and the
// memory the index keeps, next to remark-parse alone on the same texts measured in this same run
// (the machines are shared and noisy: compare the ratio, not the times). Then the same from disk
// (walk, read, detect, index), and the time of the queries hover and references make.
//   node --expose-gc test/bench/index-bench.mjs [--plans N] [--kb K]
import { register as registerCjs } from 'tsx/cjs/api';
import { register as registerEsm } from 'tsx/esm/api';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { generatePlan } from './generate-plan.mjs';
import { workspacePlan } from './generators.mjs';

registerCjs();
registerEsm();
const require = createRequire(import.meta.url);
const { summarizeText } = require('../../server/src/core/catalog/plan-summary.ts');
const { WorkspaceIndex } = require('../../server/src/core/catalog/workspace-index.ts');
const { catalogKey } = require('../../server/src/core/catalog/symbols.ts');
const { scanPlans } = require('../../server/src/node/workspace-scan.ts');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PLANS = arg('plans', 10_000);
const KB = arg('kb', 6);

const gc = () => globalThis.gc?.();
const heapMb = () => process.memoryUsage().heapUsed / 1048576;
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

const base = generatePlan(KB);
const texts = Array.from({ length: PLANS }, (_, k) => workspacePlan(base, k + 1));
const totalMb = texts.reduce((n, t) => n + t.length, 0) / 1048576;
console.log(`${PLANS} generated plans of about ${KB} KB (${totalMb.toFixed(1)} MB of text)`);

// Warm up both paths so that neither pays for the JIT alone.
const parser = unified().use(remarkParse);
for (const t of texts.slice(0, 50)) { parser.parse(t); summarizeText(t); }

let start = process.hrtime.bigint();
for (const t of texts) parser.parse(t);
const parseMs = ms(start);

gc();
const heapBefore = heapMb();
const index = new WorkspaceIndex();
let longest = 0;
start = process.hrtime.bigint();
texts.forEach((t, k) => {
  const one = process.hrtime.bigint();
  index.set(`file:///ws/ke-hoach-${k + 1}.kh.md`, summarizeText(t));
  longest = Math.max(longest, ms(one));
});
const indexMs = ms(start);
gc();
const indexHeap = heapMb() - heapBefore;

// The queries of a hover (count of citing plans) and of find references / go to definition.
const key1719 = catalogKey('1719/QĐ-TTg');
const queries = 200;
start = process.hrtime.bigint();
let found = 0;
for (let q = 0; q < queries; q++) {
  const i = 1 + ((q * 37) % PLANS);
  found += index.plansBeing({ key: catalogKey(`${i}/KH-UBND`) }).length + index.citationsOf({ key: catalogKey(`${i}/KH-UBND`) }).length;
}
const lookupMs = ms(start) / queries;
start = process.hrtime.bigint();
const citing1719 = index.citingPlanCount({ key: key1719, date: '2021-10-14' });
const countMs = ms(start);

// From disk, as the server does when a workspace opens: walk, read, detect, index.
const dir = mkdtempSync(join(tmpdir(), 'kehoach-index-bench-'));
texts.forEach((t, k) => writeFileSync(join(dir, `ke-hoach-${k + 1}.kh.md`), t));
// Here the texts are dropped once summarized, as in the server: a summary that pins its text shows.
gc();
const diskHeapBefore = heapMb();
const fromDisk = new WorkspaceIndex();
start = process.hrtime.bigint();
for await (const { path, text } of scanPlans(dir, { maxFileSize: 2 * 1024 * 1024 })) fromDisk.set(pathToFileURL(path).toString(), summarizeText(text));
const diskMs = ms(start);
gc();
const diskHeap = heapMb() - diskHeapBefore;
rmSync(dir, { recursive: true, force: true });

console.table([
  { step: 'remark-parse alone (baseline)', 'total ms': parseMs.toFixed(0), 'ms / plan': (parseMs / PLANS).toFixed(2) },
  { step: 'index from texts', 'total ms': indexMs.toFixed(0), 'ms / plan': (indexMs / PLANS).toFixed(2), 'index / parse': (indexMs / parseMs).toFixed(2) },
  { step: 'index from disk (walk, read, detect)', 'total ms': diskMs.toFixed(0), 'ms / plan': (diskMs / PLANS).toFixed(2), 'index / parse': (diskMs / parseMs).toFixed(2) },
]);
console.log(`index keeps ≈ ${indexHeap.toFixed(1)} MB of heap for ${index.size} plans (${((indexHeap * 1024) / PLANS).toFixed(1)} KB / plan; the texts are kept alive by the bench)`);
console.log(`from disk (texts dropped, as in the server): ${fromDisk.size} plans, ≈ ${diskHeap.toFixed(1)} MB of heap (${((diskHeap * 1024) / fromDisk.size).toFixed(1)} KB / plan)`);
console.log(`longest single plan: ${longest.toFixed(1)} ms (the server yields to requests every 20 ms between plans, so a hover waits at most about that long while indexing)`);
console.log(`queries: ${lookupMs.toFixed(3)} ms per plan lookup + references (${found} results in ${queries} queries); plans citing 1719/QĐ-TTg: ${citing1719} in ${countMs.toFixed(1)} ms`);
console.log('Target: index / parse below 1 (indexing reads the whole text for citations but parses only each plan’s head as Markdown).');

// `npm run bench`: lints generated plans of 10 KB, 100 KB and 1 MB and prints the time next to
// remark-parse alone on the same text, as a ratio measured in this same run (these machines are
// shared and noisy: compare ratios, never absolute times). Also the heap growth per lint. Then the Word
// part (docx-bench.mjs): export of the 1 MB plan to .docx and lint of that .docx, against fflate + saxes
// alone reading the same .docx.
import { register as registerCjs } from 'tsx/cjs/api';
import { register as registerEsm } from 'tsx/esm/api';
import { createRequire } from 'node:module';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { generatePlan } from './generate-plan.mjs';

const benchStart = process.hrtime.bigint();

registerCjs();
registerEsm();
const require = createRequire(import.meta.url);
const { lint } = require('../../server/src/core/lint.ts');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs) {
  fn(); // warm up: the first call pays for JIT and lazy tables
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const parser = unified().use(remarkParse);
const rows = [];
for (const kb of [10, 100, 1024]) {
  const text = generatePlan(kb);
  const runs = kb >= 1024 ? 3 : 15; // 3 at 1 MB: the whole bench, Word part included, stays under two minutes
  const parseMs = time(() => parser.parse(text), runs);
  const lintMs = time(() => lint(text), runs);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const findings = lint(text);
  const heapMb = (process.memoryUsage().heapUsed - before) / 1048576;
  rows.push({ size: `${Math.round(text.length / 1024)} KB`, 'remark-parse ms': parseMs.toFixed(1), 'lint ms': lintMs.toFixed(1), 'lint / parse': (lintMs / parseMs).toFixed(2), 'heap MB (≈)': heapMb.toFixed(1), findings: findings.length });
}
console.table(rows);
console.log('Target: lint / parse stays below 3 at every size (linear in the text); a rising ratio with size means a super-linear scan.');

// Imported only now: tsx must be registered first (the Word bench loads TypeScript sources).
const { benchDocx } = await import('./docx-bench.mjs');
const word = await benchDocx(1024);
console.log(`\n${word.title}`);
console.table(word.rows);
console.log('Baseline: the least any .docx check does (unzip and parse word/document.xml, nothing kept). The reader and lint add the text, the map and the rules; export builds the Word document with the docx package.');
console.log('The findings differ from the text’s: the generated plan numbers its sections up to XCI, and in the text read from Word (no `##`) a Roman number past LXXXIX reads as no heading, so the `1.` … under it count on from the section before (section-numbering). No real plan has 90 sections.');
console.log(`(bench took ${(Number(process.hrtime.bigint() - benchStart) / 1e9).toFixed(0)} s)`);

// The check of one plan through the shipped bundle (dist/cli.js, as `kehoach lint` runs it), next to
// remark-parse alone and to micromark 4.0.2's tokenizer alone (a parser known to be linear, installed
// apart as `micromark-linear`, so that a slow Markdown parser in the check's own dependencies shows).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, postprocess, preprocess } from 'micromark-linear';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { progress, timeAsync, time } from './timing.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..', '..');
const { main } = require(join(ROOT, 'dist', 'cli.js'));
const remark = unified().use(remarkParse);
const sink = { write: () => true };

const tokenize = (text) => postprocess(parse().document().write(preprocess()(text, undefined, true)));

/** `kehoach lint FILE --format json` in this process: read, detect, parse, every rule, the output. */
function checkWithBundle(file) {
  return () => main({ argv: ['lint', file, '--format', 'json'], stdout: sink, stderr: sink, cwd: ROOT, env: {} });
}

const runsFor = (kb) => (kb >= 4096 ? 1 : kb >= 1024 ? 3 : kb >= 100 ? 7 : 15);
/** The check is timed at least three times at every size: one run of the 4 MB check made the scaling line noise. */
const checkRunsFor = (kb) => Math.max(3, runsFor(kb));

/** One row per size: the check, remark-parse and the tokenizer, in milliseconds (medians). */
export async function benchCheck(generators, sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
  const rows = [];
  try {
    for (const g of generators) {
      for (const kb of sizes) {
        progress(`check, ${g.name}, ${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`}`);
        const text = g.make(kb);
        const file = join(dir, `${g.name.replace(/\W+/g, '-')}-${kb}.kh.md`);
        writeFileSync(file, text);
        const runs = runsFor(kb);
        const mb = Buffer.byteLength(text, 'utf8') / 1048576;
        const checkMs = await timeAsync(checkWithBundle(file), checkRunsFor(kb));
        const remarkMs = time(() => remark.parse(text), runs);
        const tokenizeMs = time(() => tokenize(text), runs);
        rows.push({ kind: g.name, kb, mb, checkMs, remarkMs, tokenizeMs });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function checkTable(rows) {
  return rows.map((r) => ({
    text: r.kind,
    size: r.kb >= 1024 ? `${(r.kb / 1024).toFixed(0)} MB` : `${r.kb} KB`,
    'check ms': r.checkMs.toFixed(1),
    'remark-parse ms': r.remarkMs.toFixed(1),
    'micromark 4.0.2 ms': r.tokenizeMs.toFixed(1),
    'check / remark': (r.checkMs / r.remarkMs).toFixed(2),
    'check s per MB': (r.checkMs / 1000 / r.mb).toFixed(2),
  }));
}

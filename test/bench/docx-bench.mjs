// The Word part of `npm run bench`: a generated plan exported to .docx, and that .docx linted as
// `kehoach lint draft.docx` lints it (read, lint, each finding's paragraph), each timed against reading
// the same .docx with the chosen parser alone: fflate unzips word/document.xml, saxes parses it, with no
// handler and nothing built (the floor any .docx check pays). Same run, same machine: compare the ratios.
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { generatePlan } from './generate-plan.mjs';

const require = createRequire(import.meta.url);
const { exportDocx } = require('../../server/src/export/index.ts');
const { readDocx, paragraphAt } = require('../../server/src/docx/index.ts');
const { lint } = require('../../server/src/core/lint.ts');

/**
 * Fastest wall time of `runs` calls, after one call of `warmUp` (JIT, lazy tables) on a small input: the
 * 1 MB export and lint take seconds each, so a few samples only, and on a shared machine noise only ever
 * adds time. Returns the time and the first call's result.
 */
async function time(fn, runs, warmUp = fn) {
  await warmUp();
  let best = Infinity;
  let first;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    if (i === 0) first = result;
  }
  return { ms: best, result: first };
}

/** The baseline: word/document.xml unzipped and parsed, nothing else. */
function parseOnly(bytes) {
  const part = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  new SaxesParser().write(new TextDecoder().decode(part)).close();
}

/** What the CLI does with a .docx once its bytes are read: the reading, the findings, their paragraphs. */
function lintDocx(bytes) {
  const reading = readDocx(bytes, Number.POSITIVE_INFINITY);
  const findings = lint(reading.text);
  for (const f of findings) paragraphAt(reading, f.start);
  return findings;
}

/** Rows for console.table, and a line describing the files. */
export async function benchDocx(kb = 1024) {
  const text = generatePlan(kb);
  const small = generatePlan(10);
  const smallBytes = await exportDocx(small);
  const exported = await time(() => exportDocx(text), 2, () => exportDocx(small));
  const bytes = exported.result;
  const base = await time(() => parseOnly(bytes), 9);
  const read = await time(() => readDocx(bytes, Number.POSITIVE_INFINITY), 3);
  const linted = await time(() => lintDocx(bytes), 2, () => lintDocx(smallBytes));
  const textKb = Math.round(read.result.text.length / 1024);
  const baseMs = base.ms;
  const row = (operation, ms) => ({ operation, ms: ms.toFixed(1), '/ fflate+saxes': (ms / baseMs).toFixed(1) });
  return {
    title: `Word: a ${Math.round(text.length / 1024)} KB plan, exported to a ${Math.round(bytes.length / 1024)} KB .docx (${textKb} KB of text read back; ${linted.result.length} findings)`,
    rows: [
      row('fflate unzip + saxes parse of document.xml (baseline)', baseMs),
      row('read the .docx (kehoach reader: text + paragraph map)', read.ms),
      row('lint the .docx (read + lint + ¶ of each finding)', linted.ms),
      row('export the plan to .docx', exported.ms),
    ],
  };
}

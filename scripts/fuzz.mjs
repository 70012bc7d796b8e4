#!/usr/bin/env node
// The long property run of issue 16: N generated plans (up to 64 KB), every property of
// test/property on each (no exception, ranges and edits inside the text and splitting nothing, edits
// disjoint, fixing at a fixed point, keeping the text outside its edits, the line breaks and the BOM),
// and the time of each lint per MB. Spread over worker threads; the failures it keeps are shrunk
// and written as JSON (exact text) and .kh.md (to open in the editor) for reproduction.
//
//   node scripts/fuzz.mjs [--count 2000] [--seed 1] [--start 0] [--workers N] [--out DIR]
//                         [--examples 3] [--minimize-seconds 30] [--threshold 1] [--min-ms 10]
//                         [--doc-timeout 120] [--limits fuzz|test] [--replay FILE.json]
//                         [--checks all|properties|speed]
// --doc-timeout is wall time for a hang: a 19 KB plan of 87 fix passes takes 7 s of processor time for every
// property, and on a machine four times busier it took over 30 s (the old default) without hanging.
// --checks properties leaves out the timing, which a busy machine spoils, and speed the properties,
// which cost some twenty lints a document: the long run can check each where it is right. --checks speed
// times the core bundled as it ships (bundleCore), by default on all cores but one; the other checks run the sources.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const CHUNK = 10;
/** How long each worker lints other documents before its first measured one (see warmUp). */
const WARM_UP_MS = 5000;

async function loadCore() {
  const { register: esm } = await import('tsx/esm/api');
  const { register: cjs } = await import('tsx/cjs/api');
  cjs();
  esm();
  const mod = await import('../test/property/fuzz-worker.ts');
  return mod.checkDocument ? mod : mod.default;
}

/**
 * The speed is that of the core as it ships: bundled by esbuild as scripts/build.mjs bundles dist/cli.js
 * and dist/server.js. Through tsx every call across modules goes through a getter and every inner
 * function is named at run time, which made the same lint 10–50% slower.
 */
async function bundleCore(out) {
  const { build } = await import('esbuild');
  const outfile = join(out, 'core-bundle.cjs');
  await build({ entryPoints: [fileURLToPath(new URL('../server/src/core/lint.ts', import.meta.url))], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  return outfile;
}

/** In a worker: check documents and shrink examples as the main thread asks. */
async function work() {
  const core = await loadCore();
  const { limitsName, seed, threshold, minMs, checks, bundle } = workerData;
  const limits = core.LIMITS[limitsName];
  const lintWith = bundle ? createRequire(import.meta.url)(bundle).lint : undefined;
  core.warmUp(limits, seed, WARM_UP_MS, lintWith);
  parentPort.on('message', (job) => {
    if (job.type === 'check') {
      for (let i = job.from; i < job.to; i++) parentPort.postMessage({ type: 'doc', result: core.checkDocument(limits, seed, i, threshold, minMs, checks, lintWith) });
      parentPort.postMessage({ type: 'idle' });
    } else if (job.type === 'reference') {
      parentPort.postMessage({ type: 'reference', secondsPerMb: core.referenceSecondsPerMb(lintWith) });
      parentPort.postMessage({ type: 'idle' });
    } else if (job.type === 'minimize' || job.type === 'case') {
      const example = job.type === 'case'
        ? core.caseExample(limits, seed, job.index, job.violation)
        : core.minimizeExample(limits, seed, job.index, job.violation, job.budgetMs);
      parentPort.postMessage({ type: 'example', example });
      parentPort.postMessage({ type: 'idle' });
    }
  });
  parentPort.postMessage({ type: 'idle' });
}

function parseArgs(argv) {
  const o = {
    count: 2000, seed: 1, start: 0, workers: undefined, out: undefined, examples: 3, minimizeSeconds: 30,
    threshold: 1, minMs: 10, docTimeout: 120, limits: 'fuzz', replay: undefined, checks: 'all',
  };
  for (let k = 0; k < argv.length; k += 2) {
    const name = argv[k].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(name in o) || argv[k + 1] === undefined) throw new Error(`unknown option or missing value: ${argv[k]}`);
    o[name] = ['out', 'limits', 'replay', 'checks'].includes(name) ? argv[k + 1] : Number(argv[k + 1]);
  }
  if (!['all', 'properties', 'speed'].includes(o.checks)) throw new Error(`--checks is all, properties or speed, not ${o.checks}`);
  // Timed on every core, the workers and the threads of their collectors and compilers wait on each other: on
  // two cores a 9 KB plan that lints in 4.6 ms alone measured 11 ms. Speed leaves one core free.
  o.workers ??= o.checks === 'speed' ? Math.max(1, availableParallelism() - 1) : availableParallelism();
  o.out = resolve(o.out ?? join(tmpdir(), `kehoach-fuzz-seed${o.seed}`));
  return o;
}

const fmt = (n, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (n, total) => `${fmt((100 * n) / Math.max(1, total), 2)}%`;
const label = (v) => `${v.kind} in ${v.where}${v.ruleId ? ` [${v.ruleId}]` : ''}`;
const signatureOf = (v) => `${v.kind} ${v.where} ${v.ruleId ?? ''}`;

/** Totals over the documents checked so far. */
class Tally {
  docs = 0; bytes = 0; largest = 0; failing = 0; exceptionDocs = 0; timed = 0; slow = 0;
  /** Worker milliseconds, in all and on the documents with no violation at all (the pace once all is fixed). */
  workMs = 0; cleanWorkMs = 0; cleanDocs = 0;
  worst = { secondsPerMb: 0, index: -1, bytes: 0, ms: 0 };
  bySignature = new Map(); byKind = new Map(); slowIndexes = [];
  /** Seconds per MB of the ordinary reference plan, measured by each worker after the checks (warm). */
  references = [];

  constructor(o) { this.o = o; }

  add(r) {
    const { o } = this;
    this.docs++;
    this.bytes += r.bytes;
    this.largest = Math.max(this.largest, r.bytes);
    if (r.violations.length) this.failing++;
    if (r.violations.some((v) => v.kind === 'exception' || v.kind === 'timeout')) this.exceptionDocs++;
    const timedOut = r.violations.some((v) => v.kind === 'timeout');
    // Under a few milliseconds the fixed cost of a lint dominates: such a document is never slow.
    const timed = r.lintMs >= o.minMs;
    const slow = timed && r.secondsPerMb > o.threshold;
    this.workMs += r.totalMs;
    if (!timedOut && !slow && r.violations.length === 0) { this.cleanWorkMs += r.totalMs; this.cleanDocs++; }
    const kinds = new Set();
    for (const v of r.violations) {
      const key = signatureOf(v);
      const entry = this.bySignature.get(key) ?? { count: 0, violation: v, indexes: [] };
      entry.count++;
      if (entry.indexes.length < o.examples) entry.indexes.push(r.index);
      this.bySignature.set(key, entry);
      kinds.add(`${v.kind} in ${v.where}`);
    }
    for (const k of kinds) this.byKind.set(k, (this.byKind.get(k) ?? 0) + 1);
    if (!timed) return;
    this.timed++;
    if (r.secondsPerMb > this.worst.secondsPerMb) Object.assign(this.worst, { secondsPerMb: r.secondsPerMb, index: r.index, bytes: r.bytes, ms: r.lintMs });
    if (slow) { this.slow++; this.slowIndexes.push(r.index); }
  }
}

/** Runs jobs over a pool of workers; a worker stuck on one document too long is replaced. */
class Pool {
  constructor(o, onMessage) {
    this.o = o;
    this.onMessage = onMessage;
    this.workers = [];
    this.queue = [];
    this.done = undefined;
    for (let k = 0; k < o.workers; k++) this.spawn();
    this.watchdog = setInterval(() => this.watch(), 1000);
  }

  spawn() {
    const w = new Worker(new URL(import.meta.url), {
      workerData: { limitsName: this.o.limits, seed: this.o.seed, threshold: this.o.threshold, minMs: this.o.minMs, checks: this.o.checks, bundle: this.o.bundle },
    });
    const slot = { worker: w, job: undefined, current: undefined, since: Date.now() };
    w.on('message', (m) => {
      if (m.type === 'idle') { slot.job = undefined; this.next(slot); return; }
      if (m.type === 'doc') slot.current = m.result.index + 1;
      slot.since = Date.now();
      this.onMessage(m);
    });
    w.on('error', (e) => { console.error(`[fuzz] worker failed: ${e.stack ?? e}`); this.replace(slot, 'crash'); });
    this.workers.push(slot);
  }

  run(jobs) {
    this.queue.push(...jobs);
    return new Promise((resolve) => {
      this.done = resolve;
      for (const slot of this.workers) if (!slot.job && slot.ready) this.next(slot);
    });
  }

  next(slot) {
    slot.ready = true;
    const job = this.queue.shift();
    if (job) {
      slot.job = job;
      slot.current = job.from ?? job.index;
      slot.since = Date.now();
      slot.worker.postMessage(job);
    } else if (this.workers.every((s) => !s.job) && this.done) {
      const done = this.done;
      this.done = undefined;
      done();
    }
  }

  /** A document over the time limit: counted as a timeout, its worker replaced, the rest of its chunk requeued. */
  watch() {
    for (const slot of [...this.workers]) {
      const limit = this.o.docTimeout + (slot.job?.type === 'minimize' ? this.o.minimizeSeconds : 0);
      if (slot.job && Date.now() - slot.since > limit * 1000) this.replace(slot, 'timeout');
    }
  }

  replace(slot, why) {
    const { job, current } = slot;
    this.workers = this.workers.filter((s) => s !== slot);
    slot.worker.terminate();
    if (job?.type === 'check') {
      const detail = why === 'timeout' ? `no result after ${this.o.docTimeout} s` : 'the worker crashed';
      const totalMs = Date.now() - slot.since;
      this.onMessage({ type: 'doc', result: { index: current, bytes: 0, lintMs: 0, secondsPerMb: 0, totalMs, violations: [{ kind: 'timeout', where: 'lint', detail }] } });
      if (current + 1 < job.to) this.queue.unshift({ ...job, from: current + 1 });
    }
    this.spawn();
  }

  close() {
    clearInterval(this.watchdog);
    return Promise.all(this.workers.map((s) => s.worker.terminate()));
  }
}

function writeExample(dir, e) {
  const v = e.violations[0];
  const name = `${e.signature.trim().replace(/\s+/g, '_')}-${e.index}`;
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ ...e, replay: `node scripts/fuzz.mjs --replay ${join(dir, `${name}.json`)}` }, null, 2) + '\n');
  writeFileSync(join(dir, `${name}.kh.md`), e.text);
  return `  ${label(v ?? { kind: e.signature, where: '' })} (document ${e.index}, ${e.originalLength} → ${e.text.length} units): ${JSON.stringify(e.text.slice(0, 120))}`;
}

function summary(o, t, seconds, examples) {
  const perDoc = (seconds * 1000 * o.workers) / Math.max(1, t.docs);
  const lines = [
    '',
    `documents: ${t.docs} (seed ${o.seed}, indexes ${o.start}–${o.start + t.docs - 1}, limits ${o.limits}), ${fmt(t.bytes / 1024 / 1024, 2)} MB in all, mean ${fmt(t.bytes / 1024 / Math.max(1, t.docs))} KB, largest ${fmt(t.largest / 1024)} KB`,
    `time: ${fmt(seconds)} s on ${o.workers} workers (${fmt(perDoc)} ms per document per worker); 100,000 documents ≈ ${fmt((perDoc * 100000) / o.workers / 60000)} min`,
    `  the ${t.cleanDocs} documents with no violation and not slow took ${fmt(t.cleanWorkMs / Math.max(1, t.cleanDocs))} ms each (of the workers' ${fmt(t.workMs / 1000)} s, ${fmt(t.cleanWorkMs / 1000)} s); at that pace 100,000 documents ≈ ${fmt((t.cleanWorkMs / Math.max(1, t.cleanDocs)) * 100000 / o.workers / 60000)} min`,
    `machine: an ordinary 16 KB plan (npm run bench's) lints at ${t.references.map((x) => fmt(x, 2)).join(', ')} s/MB (each worker, after the checks; issue 16 measured ordinary plans at about 0.6 s/MB on a quiet machine)`,
    `checks: ${o.checks === 'all' ? 'every property and the speed' : o.checks === 'speed' ? 'the speed, and of the properties only those of one lint (no exception, ranges inside the text)' : 'every property; the speed not measured'}`,
    `exceptions: ${t.exceptionDocs} documents (${pct(t.exceptionDocs, t.docs)}); documents with any violation: ${t.failing} (${pct(t.failing, t.docs)})`,
    'property violations, documents per kind:',
    ...[...t.byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k}: ${n} (${pct(n, t.docs)})`),
    'by rule:',
    ...[...t.bySignature.values()].sort((a, b) => b.count - a.count).map((e) => `  ${label(e.violation)}: ${e.count} (first: document ${e.indexes[0]})`),
    ...(o.checks === 'properties' ? [] : [
      `speed of lint${o.bundle ? ' (the core bundled as it ships)' : ' (the sources through tsx)'} (when slow: best of four, after two unmeasured), documents whose lint took ${o.minMs} ms or more: ${t.timed}; over ${o.threshold} s/MB: ${t.slow} (${pct(t.slow, t.timed)} of them, ${pct(t.slow, t.docs)} of all)${t.slowIndexes.length ? `, first: ${t.slowIndexes.slice(0, 8).join(', ')} (all in slow.txt)` : ''}`,
      `  worst ${fmt(t.worst.secondsPerMb, 2)} s/MB (document ${t.worst.index}, ${fmt(t.worst.bytes / 1024)} KB, ${fmt(t.worst.ms, 0)} ms)`,
    ]),
    `examples: ${examples.length} in ${o.out}`,
    ...examples,
  ];
  return lines.join('\n');
}

async function replayFile(o) {
  const core = await loadCore();
  const example = JSON.parse(readFileSync(o.replay, 'utf8'));
  const violations = core.replay(example);
  for (const v of violations) console.log(`${label(v)}: ${v.detail}`);
  console.log(violations.length ? `${violations.length} violations` : 'no violation: fixed');
  return violations.length ? 1 : 0;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.replay) process.exit(await replayFile(o));
  mkdirSync(o.out, { recursive: true });
  if (o.checks === 'speed') o.bundle = await bundleCore(o.out);
  const t = new Tally(o);
  const examples = [];
  const started = Date.now();
  let last = started;
  const pool = new Pool(o, (m) => {
    if (m.type === 'example') { examples.push(writeExample(o.out, m.example)); return; }
    if (m.type === 'reference') { t.references.push(m.secondsPerMb); return; }
    t.add(m.result);
    if (Date.now() - last > 5000 || t.docs === o.count) {
      last = Date.now();
      const rate = t.docs / ((last - started) / 1000);
      console.log(`[fuzz] ${t.docs}/${o.count} (${pct(t.docs, o.count)}), ${fmt(rate)} docs/s, ETA ${fmt((o.count - t.docs) / rate, 0)} s; failing ${t.failing}, exceptions ${t.exceptionDocs}, slow ${t.slow}, worst ${fmt(t.worst.secondsPerMb, 2)} s/MB`);
    }
  });
  console.log(`[fuzz] ${o.count} documents from index ${o.start}, seed ${o.seed}, ${o.workers} workers; examples in ${o.out}`);
  const jobs = [];
  for (let from = o.start; from < o.start + o.count; from += CHUNK) jobs.push({ type: 'check', from, to: Math.min(from + CHUNK, o.start + o.count) });
  await pool.run(jobs);
  const checked = (Date.now() - started) / 1000;
  await pool.run(Array.from({ length: o.workers }, () => ({ type: 'reference' })));
  // A document that never finished is written as generated: shrinking it would hang again.
  const keep = [...t.bySignature.values()].flatMap((e) => e.indexes.map((index) => ({
    type: e.violation.kind === 'timeout' ? 'case' : 'minimize', index, violation: e.violation, budgetMs: o.minimizeSeconds * 1000,
  })));
  if (keep.length) console.log(`[fuzz] shrinking ${keep.length} examples (at most ${o.minimizeSeconds} s each) …`);
  await pool.run(keep);
  await pool.close();
  const text = summary(o, t, checked, examples.sort());
  console.log(text);
  writeFileSync(join(o.out, 'summary.txt'), text + '\n');
  writeFileSync(join(o.out, 'slow.txt'), t.slowIndexes.sort((a, b) => a - b).join('\n') + '\n');
  process.exit(t.failing || t.slow ? 1 : 0);
}

if (isMainThread) await main();
else await work();

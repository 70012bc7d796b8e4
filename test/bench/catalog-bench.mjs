// A user catalog of many documents (issue 13 §1: 200,000, a province's registers over twenty years):
// its load next to JSON.parse of the same file alone, a hover and a completion on a plan citing its
// entries, in this process against the core; then the server bundle (over stdio) with the catalog
// listed in `.kehoach.json`: its first answer, a hover, a completion and its peak memory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCatalogCsv, generateCatalogJson } from './generate-catalog.mjs';
import { median, progress, time } from './timing.mjs';

const require = createRequire(import.meta.url);
const core = (path) => require(`../../server/src/core/${path}.ts`);
const { Catalog, builtinEntries, catalogHover, catalogCompletions } = core('catalog/index');
const { parsePlan } = core('document');
const { readCatalogFile } = require('../../server/src/node/catalog-files.ts');

/**
 * A plan of the province citing its own documents: dated (one entry), undated (one a year: the hover
 * lists them all), a Party plan, and a line where completion is asked after `Kế hoạch số 12/`.
 */
export const CATALOG_PLAN = [
  'ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
  'Số: 501/KH-UBND', '', 'Cao Bằng, ngày 30 tháng 12 năm 2024', '', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2025', '',
  'Căn cứ Kế hoạch số 12/KH-UBND ngày 17/01/2023 của Ủy ban nhân dân tỉnh Cao Bằng;',
  'Căn cứ Quyết định số 345/QĐ-UBND của Ủy ban nhân dân tỉnh Cao Bằng;',
  'Căn cứ Kế hoạch số 120-KH/TU của Tỉnh ủy Cao Bằng;', '',
  '## I. MỤC ĐÍCH, YÊU CẦU', '', 'Thực hiện Kế hoạch số 12/', '',
].join('\n');

const HOVERS = ['12/KH-UBND ngày', '345/QĐ-UBND', '120-KH/TU'];
const COMPLETIONS = [
  { name: 'after `Kế hoạch số 12/`', at: (text) => text.indexOf('Kế hoạch số 12/\n') + 'Kế hoạch số 12/'.length },
  { name: 'after `Kế hoạch số ` (every plan of the catalog)', at: (text) => text.indexOf('Kế hoạch số 12/\n') + 'Kế hoạch số '.length },
];

/** Milliseconds of one run of `fn` on a fresh parse of the plan each time (a hover pays for resolving its citations once). */
function timeOnFreshPlan(fn, text, runs) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const plan = parsePlan(text);
    const start = process.hrtime.bigint();
    fn(plan);
    if (i > 0) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/** In this process: load ÷ JSON.parse, hover and completion times, and the heap the catalog keeps. */
function benchInProcess(file, count, full) {
  progress(`catalog of ${count}: JSON.parse alone, then the catalog's load`);
  // Each load of 200,000 documents takes seconds: one run after the warm-up keeps the bench short (`--full`: three).
  const runs = full ? 3 : count > 50_000 ? 1 : 7;
  const load = () => {
    const loaded = readCatalogFile(file);
    return new Catalog([loaded.rows ?? loaded.entries, builtinEntries()]);
  };
  // The first load, before any warm-up of its code: what opening a workspace with the catalog costs.
  const firstLoadMs = timedOnce(load);
  const jsonParseMs = time(() => JSON.parse(readFileSync(file, 'utf8')), runs);
  const loadMs = time(load, runs);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const bytesBefore = process.memoryUsage().arrayBuffers;
  const catalog = load();
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  // The file's bytes, which the catalog keeps outside the heap to build entries from.
  const bytesMb = (process.memoryUsage().arrayBuffers - bytesBefore) / 1048576;
  progress(`catalog of ${count}: hover and completion`);
  const ctx = { lookup: catalog, locale: 'vi' };
  const hoverMs = Math.max(...HOVERS.map((needle) => timeOnFreshPlan((plan) => catalogHover(plan, CATALOG_PLAN.indexOf(needle) + 1, ctx), CATALOG_PLAN, 9)));
  const completions = COMPLETIONS.map((c) => {
    const offset = c.at(CATALOG_PLAN);
    const items = catalogCompletions(parsePlan(CATALOG_PLAN), offset, ctx).length;
    return { name: c.name, items, ms: timeOnFreshPlan((plan) => catalogCompletions(plan, offset, ctx), CATALOG_PLAN, 9) };
  });
  return { entries: catalog.size, jsonParseMs, firstLoadMs, loadMs, hoverMs, completions, heapMb, bytesMb };
}

function timedOnce(fn) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Peak resident memory of a process, in MB (Linux: VmHWM). */
function peakRssMb(pid) {
  return Number(/VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** The server bundle with the catalog listed in `.kehoach.json`: first answer, hover, completion, peak RSS. */
async function benchServer(dir) {
  progress('catalog in the server');
  const { StdioServer } = require('../lsp/stdio.ts');
  const server = new StdioServer({ run: 'onType', debounceMs: 0 });
  try {
    const folder = pathToFileURL(dir).toString();
    await server.initialize({ rootUri: folder, workspaceFolders: [{ uri: folder, name: 'bench' }] });
    const status = await timed(() => server.result('kehoach/catalogStatus', { waitForIndex: true }));
    const uri = `${folder}/ke-hoach-501.kh.md`;
    server.open(uri, CATALOG_PLAN);
    const position = (offset) => {
      const before = CATALOG_PLAN.slice(0, offset).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length };
    };
    const hovers = [];
    for (let i = 0; i < 5; i++) {
      for (const needle of HOVERS) {
        const at = { textDocument: { uri }, position: position(CATALOG_PLAN.indexOf(needle) + 1) };
        hovers.push((await timed(() => server.result('textDocument/hover', at))).ms);
      }
    }
    const completion = [];
    for (let i = 0; i < 5; i++) {
      const at = { textDocument: { uri }, position: position(COMPLETIONS[0].at(CATALOG_PLAN)) };
      completion.push((await timed(() => server.result('textDocument/completion', at))).ms);
    }
    // Completion before any digit is typed: every plan of the catalog, sent over the wire.
    const every = await timed(() => server.result('textDocument/completion', { textDocument: { uri }, position: position(COMPLETIONS[1].at(CATALOG_PLAN)) }));
    return {
      entries: status.value?.entries, firstAnswerMs: status.ms, hoverMs: median(hovers.slice(3)), completionMs: median(completion.slice(1)),
      // More than the server sends: the first 200 by sort order, in a list marked incomplete.
      everyPlanMs: every.ms, everyPlanItems: (Array.isArray(every.value) ? every.value : every.value?.items)?.length ?? 0, rssMb: peakRssMb(server.child.pid),
    };
  } finally {
    await server.stop().catch(() => server.kill());
  }
}

/** Both parts on a generated catalog of `count` documents (JSON, as a user lists it in `.kehoach.json`). */
export async function benchCatalog(count, options = {}) {
  progress(`catalog of ${count} documents: generating`);
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-catalog-bench-'));
  try {
    const file = join(dir, 'danh-muc.json');
    const text = generateCatalogJson(count);
    writeFileSync(file, text);
    writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ catalogs: ['danh-muc.json'] }));
    const mb = Buffer.byteLength(text, 'utf8') / 1048576;
    const inProcess = benchInProcess(file, count, options.full === true);
    // The same register as a CSV export: one first load (a register is kept in Excel and exported so).
    progress(`catalog of ${count}: the same as CSV`);
    const csv = join(dir, 'so-dang-ky.csv');
    writeFileSync(csv, generateCatalogCsv(count));
    const csvLoadMs = timedOnce(() => {
      const loaded = readCatalogFile(csv);
      return new Catalog([loaded.rows ?? loaded.entries, builtinEntries()]);
    });
    const server = options.server === false ? undefined : await benchServer(dir);
    return { count, mb, ...inProcess, csvLoadMs, server };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures with their targets, as bench.mjs prints them (no target: measured against JSON.parse, for the record). */
export function catalogFigures(r) {
  const n = r.count.toLocaleString('en');
  return [
    { figure: `catalog of ${n} documents (${r.mb.toFixed(0)} MB JSON): load ÷ JSON.parse of the same file alone`, now: r.loadMs / r.jsonParseMs },
    { figure: `catalog of ${n}: first load, before any warm-up, file to lookup (ms)`, now: r.firstLoadMs, target: 1000, unit: 'ms' },
    { figure: `catalog of ${n}: load, file to lookup, in process (ms)`, now: r.loadMs, target: 1000, unit: 'ms' },
    { figure: `catalog of ${n}: the same register as CSV, first load (ms)`, now: r.csvLoadMs, target: 1000, unit: 'ms' },
    { figure: `catalog of ${n}: hover over a citation, in process (ms)`, now: r.hoverMs, target: 20, unit: 'ms' },
    { figure: `catalog of ${n}: completion ${r.completions[0].name}, in process (ms)`, now: r.completions[0].ms, target: 20, unit: 'ms' },
    ...(r.server ? [
      { figure: `catalog of ${n}: server, hover round trip (ms)`, now: r.server.hoverMs, target: 20, unit: 'ms' },
      { figure: `catalog of ${n}: server, completion round trip (ms)`, now: r.server.completionMs, target: 20, unit: 'ms' },
      { figure: `catalog of ${n}: server peak RSS (MB)`, now: r.server.rssMb, target: 300, unit: 'MB' },
    ] : []),
  ];
}

/** What the figures leave out: the other completion, the heap, the server's first answer. */
export function catalogNote(r) {
  const other = r.completions[1];
  const server = r.server
    ? `; the server's first answer with it ${r.server.firstAnswerMs.toFixed(0)} ms, its completion of ${r.server.everyPlanItems} items ${r.server.everyPlanMs.toFixed(0)} ms`
    : '';
  return `(catalog: JSON.parse ${r.jsonParseMs.toFixed(0)} ms, load ${r.loadMs.toFixed(0)} ms, heap kept ${r.heapMb.toFixed(0)} MB and ${r.bytesMb.toFixed(0)} MB of the file's bytes${server}; ` +
    `completion ${other.name}: ${other.items} items (the first 200 by sort order and one that marks the list incomplete) in ${other.ms.toFixed(0)} ms)`;
}

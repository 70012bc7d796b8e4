// A workspace of many plans opened in the language server (the shipped bundle, over stdio): the time
// until the index is complete and the server's peak memory, next to reading and parsing the same files
// alone (readFileSync + remark-parse) in this process.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { progress } from './timing.mjs';
import { ordinaryPlan, workspacePlan } from './generators.mjs';

const require = createRequire(import.meta.url);
const { StdioServer } = require('../lsp/stdio.ts');

/** Peak resident memory of a process, in MB (Linux: VmHWM). */
function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s*(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

export async function benchWorkspace(plans, kb) {
  progress(`workspace of ${plans} plans of ${kb} KB: writing`);
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-ws-bench-'));
  try {
    const base = ordinaryPlan(kb);
    for (let i = 1; i <= plans; i++) writeFileSync(join(dir, `ke-hoach-${i}.kh.md`), workspacePlan(base, i));

    progress('workspace: reading and parsing the files alone');
    const parser = unified().use(remarkParse);
    let start = process.hrtime.bigint();
    for (const name of readdirSync(dir)) parser.parse(readFileSync(join(dir, name), 'utf8'));
    const readParseMs = Number(process.hrtime.bigint() - start) / 1e6;

    progress('workspace: indexing in the server');
    const server = new StdioServer({ run: 'onType', debounceMs: 0 });
    try {
      const uri = pathToFileURL(dir).toString();
      start = process.hrtime.bigint();
      await server.initialize({ rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }] });
      const status = await server.result('kehoach/catalogStatus', { waitForIndex: true });
      const indexMs = Number(process.hrtime.bigint() - start) / 1e6;
      const rssMb = peakRssMb(server.child.pid);
      return { plans, kb, readParseMs, indexMs, rssMb, indexedPlans: status?.plans };
    } finally {
      await server.stop().catch(() => server.kill());
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

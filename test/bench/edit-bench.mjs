// One-character edits in a large plan open in the language server (the shipped bundle, over stdio, as
// an editor drives it): the time from each change to the diagnostics of that version. The debounce is
// set to 0, so the figure is the server's own work, not the wait it adds on purpose while one types.
// The percentiles are over a typing run of many keystrokes: the first few after opening are slower
// (V8 has not yet compiled the paths that reuse the last version's readings), and are reported apart.
import { createRequire } from 'node:module';
import { percentile, median, progress } from './timing.mjs';

const require = createRequire(import.meta.url);
const { StdioServer } = require('../lsp/stdio.ts');

/** Alternately types a letter into a task line in the middle of the text and deletes it again. */
export async function benchEdits(name, text, edits) {
  progress(`edits in the server, ${name} (${(text.length / 1048576).toFixed(2)} M characters, ${edits} edits)`);
  const server = new StdioServer({ run: 'onType', debounceMs: 0, maxFileSize: 16 * 1024 * 1024 });
  const uri = `file:///bench/${name.replace(/\W+/g, '-')}.kh.md`;
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 10);
  try {
    await server.initialize();
    let start = process.hrtime.bigint();
    server.open(uri, text, 1);
    await server.diagnostics(uri, (p) => p.version === 1);
    const openMs = Number(process.hrtime.bigint() - start) / 1e6;
    const samples = [];
    for (let k = 0; k < edits; k++) {
      const version = k + 2;
      const at = { line, character: 5 };
      const change = k % 2 === 0
        ? { range: { start: at, end: at }, text: 'a' }
        : { range: { start: at, end: { line, character: 6 } }, text: '' };
      start = process.hrtime.bigint();
      server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await server.diagnostics(uri, (p) => p.version === version);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      server.received.length = 0; // a 1 MB plan's diagnostics each time: keep only what is waited for
    }
    return { name, openMs, firstMs: samples[0], medianMs: median(samples), p95Ms: percentile(samples, 95) };
  } finally {
    await server.stop().catch(() => server.kill());
  }
}

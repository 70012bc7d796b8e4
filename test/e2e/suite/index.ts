// Entry point that VS Code's extension host loads (--extensionTestsPath): runs every `*.test.js` that
// run.mjs bundled next to this file (one per `suite/*.test.ts`: a new test file needs no registration), then
// writes the counts to the JSON file named by KEHOACH_E2E_RESULTS, so that run.mjs can report them.
// restricted-mode.test.js runs alone, in the second VS Code that run.mjs opens in Restricted Mode
// (KEHOACH_E2E_RESTRICTED=1); every other file runs in the first, trusted one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface E2eResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
  vscodeVersion: string;
}

const RESTRICTED_SUITE = 'restricted-mode.test.js';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, forbidOnly: true, reporter: 'spec' });
  // KEHOACH_E2E_GREP=pattern runs only the tests whose full title matches (run.mjs passes it through).
  if (process.env.KEHOACH_E2E_GREP) mocha.grep(new RegExp(process.env.KEHOACH_E2E_GREP, 'i'));
  const restricted = process.env.KEHOACH_E2E_RESTRICTED === '1';
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && (f === RESTRICTED_SUITE) === restricted).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const results: E2eResults = { passed: 0, failed: 0, pending: 0, failures: [], vscodeVersion: vscode.version };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('fail', (test, err: Error) => {
      results.failures.push({ title: test.fullTitle(), message: err?.message ?? String(err) });
    });
    runner.on('end', () => {
      results.passed = runner.stats?.passes ?? 0;
      results.failed = runner.stats?.failures ?? 0;
      results.pending = runner.stats?.pending ?? 0;
    });
  });
  const out = process.env.KEHOACH_E2E_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  if (results.failed > 0) throw new Error(`${results.failed} end-to-end test(s) failed`);
  // A grep may leave one of the two VS Code runs without a test; run.mjs fails a run of the whole suite that ran none.
  if (results.passed === 0 && !process.env.KEHOACH_E2E_GREP) throw new Error(`no end-to-end test ran (found: ${files.join(', ') || 'no *.test.js'})`);
}

// Issue 16, "Done when": through the CLI, over 300 fixed seeds of the generator plus the repro
// documents, in one run: no internal error, every file reported, every finding inside its file, and a
// second `lint --fix` over the fixed copies changes no byte.
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../cli/run';
import { checkKept, near } from './checks';
import { CLI_LIMITS, samplePlans } from './generators';
import { PROPERTY_TIMEOUT_MS, SEED } from './harness';

const ROOT = join(__dirname, '..', '..');
/** The repro documents of the issue: copied into the repository by another change, else beside it. */
const REPRO = [join(ROOT, 'test', 'fixtures', 'repro'), join(ROOT, '..', 'shared', 'repro')].find((d) => existsSync(d));

interface Diagnostic { rule: string; line: number; column: number; endLine: number; endColumn: number; fix?: { edits: Place[] } }
interface Place { line: number; column: number; endLine: number; endColumn: number }

/** The text the CLI checks: UTF-8 without its BOM (a lone surrogate was written as U+FFFD). */
const readText = (file: string) => new TextDecoder('utf-8').decode(readFileSync(file));
const lines = (text: string) => text.split(/\r\n|\r|\n/);

function outside(text: string, p: Place): string | undefined {
  const ls = lines(text);
  const inside = (line: number, column: number) => line >= 1 && line <= ls.length && column >= 1 && column - 1 <= ls[line - 1].length;
  if (!inside(p.line, p.column) || !inside(p.endLine, p.endColumn)) return `${p.line}:${p.column}–${p.endLine}:${p.endColumn} in ${ls.length} lines`;
  if (p.line > p.endLine || (p.line === p.endLine && p.column > p.endColumn)) return `${p.line}:${p.column} after ${p.endLine}:${p.endColumn}`;
  return undefined;
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

describe('property: the CLI over 300 generated plans and the repro documents', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  let dir = '';
  const names: string[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-prop-cli-'));
    samplePlans(CLI_LIMITS, SEED, 300).forEach((text, k) => {
      const name = `sinh-${String(k).padStart(3, '0')}.kh.md`;
      writeFileSync(join(dir, name), text, 'utf8');
      names.push(name);
    });
    for (const name of REPRO ? readdirSync(REPRO) : []) {
      copyFileSync(join(REPRO!, name), join(dir, `repro-${name}`));
      names.push(`repro-${name}`);
    }
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`lints every file in one run: no internal error, every file reported, every finding inside its file (repro: ${REPRO ?? 'absent, skipped'})`, async () => {
    const r = await run(['lint', '--format', 'json', '.'], dir);
    assert.doesNotMatch(r.stderr, /lỗi nội bộ|internal error/, r.stderr.slice(0, 2000));
    const reports: { file: string; diagnostics: Diagnostic[] }[] = JSON.parse(r.stdout);
    const reported = new Set(reports.map((x) => x.file));
    // Exit 2 only for files refused as binary (NUL bytes), each named on stderr; never for a failure inside.
    const binary = names.filter((n) => !reported.has(n) && readText(join(dir, n)).includes('\0'));
    assert.ok(r.code === 0 || r.code === 1 || (r.code === 2 && binary.length > 0), `exit ${r.code}: ${r.stderr.slice(0, 2000)}`);
    // A file with a NUL may be called binary instead; it must then be named on stderr.
    const missing = names.filter((n) => !reported.has(n) && !(readText(join(dir, n)).includes('\0') && r.stderr.includes(n)));
    assert.deepEqual(missing, [], 'files neither reported nor named');
    const problems: string[] = [];
    for (const report of reports) {
      const text = readText(join(dir, report.file));
      for (const d of report.diagnostics) {
        for (const p of [d, ...(d.fix?.edits ?? [])]) {
          const why = outside(text, p);
          if (why) problems.push(`${report.file} [${d.rule}]: ${why}`);
        }
      }
    }
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} findings or edits outside their file`);
  });

  it('a second lint --fix over the fixed copies changes no byte, and the first keeps the line breaks and the BOM', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'kehoach-prop-fix-'));
    try {
      cpSync(dir, copy, { recursive: true });
      const before = snapshot(copy);
      const first = await run(['lint', '--fix', '--format', 'json', '.'], copy);
      assert.doesNotMatch(first.stderr, /lỗi nội bộ|internal error/, first.stderr.slice(0, 2000));
      const fixed = snapshot(copy);
      await run(['lint', '--fix', '--format', 'json', '.'], copy);
      const changed = [...snapshot(copy)].filter(([name, bytes]) => !bytes.equals(fixed.get(name)!)).map(([name, bytes]) => {
        const a = fixed.get(name)!.toString('utf8');
        const b = bytes.toString('utf8');
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        return `${name}: ${a.length} → ${b.length} units, first change at ${i}: ${near(a, i)} → ${near(b, i)}`;
      });
      const kept = [...before].flatMap(([name, bytes]) =>
        checkKept(bytes.toString('utf8'), fixed.get(name)!.toString('utf8'), 'fix-all').map((v) => `${name}: ${v.detail}`));
      assert.deepEqual({ changedBySecondFix: changed.slice(0, 15), lineBreaksOrBom: kept.slice(0, 15) }, { changedBySecondFix: [], lineBreaksOrBom: [] },
        `${changed.length} files changed by the second --fix, ${kept.length} lost their line breaks or BOM`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

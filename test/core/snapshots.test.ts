/**
 * Each fixture's full findings (every rule, with the fixture's options) against a snapshot kept beside
 * it (`<fixture>.findings.json`), so that a narrowed range, a lost or new finding, or a message that
 * changed its id or data is caught. `UPDATE_SNAPSHOTS=1` records them again: do it only for a change
 * meant to change findings, and read the diff.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Finding, type LintOptions } from '../../server/src/core/lint';
import { positionAt, splitLines } from '../../server/src/core/text/lines';
import { everyFixtureText, FIXTURES_ROOT } from './fixtures';

const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const SUFFIX = '.findings.json';

/** A finding as its snapshot keeps it: 1-based line:column range, offsets, what it says and its fix's title. */
function snapshotOf(text: string, findings: readonly Finding[]): unknown[] {
  const lines = splitLines(text);
  const at = (offset: number) => { const p = positionAt(lines, offset); return `${p.line + 1}:${p.character + 1}`; };
  return findings.map((f) => ({
    rule: f.ruleId, severity: f.severity, range: `${at(f.start)}-${at(f.end)}`, start: f.start, end: f.end,
    messageId: f.messageId ?? null, data: f.data ?? null, ...(f.fix ? { fix: f.fix.title } : {}),
  }));
}

/** One finding a line, so that a diff shows which one changed. */
const serialize = (items: readonly unknown[]) => (items.length ? `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n` : '[]\n');

/** Every snapshot file under a folder, as paths under test/fixtures/. */
function snapshotFiles(dir: string, under = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return snapshotFiles(join(dir, e.name), `${under}${e.name}/`);
    return e.name.endsWith(SUFFIX) ? [`${under}${e.name}`] : [];
  });
}

describe('findings snapshots', () => {
  const fixtures = everyFixtureText();
  for (const fixture of fixtures) {
    it(`${fixture.name}: findings as recorded`, () => {
      const file = join(FIXTURES_ROOT, fixture.name + SUFFIX);
      const actual = serialize(snapshotOf(fixture.text, lint(fixture.text, fixture.options as LintOptions)));
      if (UPDATE) writeFileSync(file, actual);
      assert.ok(existsSync(file), `no snapshot ${fixture.name}${SUFFIX}: record it with UPDATE_SNAPSHOTS=1`);
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }

  it('every snapshot belongs to a fixture', () => {
    const names = new Set(fixtures.map((f) => f.name + SUFFIX));
    for (const dir of ['real', 'rules']) {
      for (const file of snapshotFiles(join(FIXTURES_ROOT, dir), `${dir}/`)) assert.ok(names.has(file), `${file} has no fixture`);
    }
  });

  it('every finding of the fixtures names its message id', () => {
    for (const fixture of fixtures) {
      for (const f of lint(fixture.text, fixture.options as LintOptions)) assert.ok(f.messageId, `${fixture.name}: ${f.ruleId} “${f.message}”`);
    }
  });
});

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES } from '../../server/src/core/lint';
import { artifactLocation } from '../../server/src/cli/sarif';
import { run } from './run';
import { sarifProblems, type Json } from './sarif-shape';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from '../lsp/plans';

const ROOT = join(__dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-sarif-'));
  writeFileSync(join(dir, 'thieu.kh.md'), PLAN_MISSING_TASKS);
  writeFileSync(join(dir, 'day-du.kh.md'), COMPLETE_PLAN);
  return dir;
}

describe('lint --format sarif', () => {
  it('the structure checker finds what SARIF requires, so that its silence below means something', () => {
    assert.deepEqual(sarifProblems({ version: '2.1.0', runs: [] }), []);
    assert.deepEqual(sarifProblems({ version: '2.0.0', runs: [{ tool: { driver: {} }, results: [{ message: {}, level: 'warning' }] }] }), [
      'version', 'runs[0].tool.driver.name', 'runs[0].tool.driver.rules', 'runs[0].results[0].message', 'runs[0].results[0].ruleId names a rule of the driver',
    ]);
    assert.deepEqual(sarifProblems({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'a', shortDescription: { text: 'a' }, fullDescription: { text: 'a' }, help: { text: 'a' }, helpUri: 'README.md#a' }] } }, results: [] }] }), ['runs[0].rules[0].helpUri']);
  });

  it('is a valid SARIF 2.1.0 log naming the tool, its version, documentation and each fired rule with an absolute help URI', async () => {
    const dir = workspace();
    const r = await run(['lint', '--format', 'sarif', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.version, PACKAGE.version);
    assert.equal(driver.semanticVersion, PACKAGE.version);
    // By default the help is the README shipped in the package: the documentation of this very version.
    assert.equal(driver.informationUri, pathToFileURL(join(ROOT, 'README.md')).href);
    assert.deepEqual(driver.rules.map((x: Json) => [x.id, x.helpUri]), [['section-missing', `${driver.informationUri}#section-missing`]]);
    assert.match(driver.rules[0].help.text, /^Thiếu một mục bắt buộc .*Căn cứ: /);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
    assert.equal(log.runs[0].originalUriBaseIds.SRCROOT.uri, pathToFileURL(dir).href + '/');
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'thieu.kh.md', uriBaseId: 'SRCROOT' });
  });

  it('every rule has the README heading its help URI points at', () => {
    const anchors = new Set([...README.matchAll(/^#{2,4} `([a-z-]+)`$/gm)].map((m) => m[1]));
    assert.deepEqual(ALL_RULES.map((r) => r.id).filter((id) => !anchors.has(id)), []);
  });

  it('--help-uri-base points the help at a hosted copy of the documentation, in English with --lang en', async () => {
    const base = 'https://git.example.org/phong-hanh-chinh/kehoach/-/blob/main/README.md';
    const r = await run(['lint', '--format', 'sarif', '--lang', 'en', `--help-uri-base=${base}#ignored`, 'thieu.kh.md'], workspace());
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    assert.equal(log.runs[0].tool.driver.informationUri, base);
    assert.equal(log.runs[0].tool.driver.rules[0].helpUri, `${base}#section-missing`);
    assert.match(log.runs[0].tool.driver.rules[0].help.text, /Basis: /);
  });

  it('a relative --help-uri-base is a usage error that says what is wanted', async () => {
    const r = await run(['lint', '--format', 'sarif', '--help-uri-base', 'docs/README.md', 'thieu.kh.md'], workspace());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--help-uri-base phải là một URI tuyệt đối .*“docs\/README\.md”/);
    assert.equal(r.stdout, '');
  });

  it('a clean run is still a valid log, with no rules and no results', async () => {
    const r = await run(['lint', '--format', 'sarif', 'day-du.kh.md'], workspace());
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    assert.deepEqual([log.runs[0].tool.driver.rules, log.runs[0].results], [[], []]);
  });

  it('paths become URI references: escaped and relative to SRCROOT, or an absolute file: URI', () => {
    assert.deepEqual(artifactLocation('kế hoạch/a b.md'), { uri: 'k%E1%BA%BF%20ho%E1%BA%A1ch/a%20b.md', uriBaseId: 'SRCROOT' });
    assert.deepEqual(artifactLocation('con\\ke-hoach.md'), { uri: 'con/ke-hoach.md', uriBaseId: 'SRCROOT' });
    assert.deepEqual(artifactLocation('/srv/ke hoach.md'), { uri: 'file:///srv/ke%20hoach.md' });
  });
});

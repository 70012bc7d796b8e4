import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES } from '../../server/src/core/lint';
import { artifactLocation } from '../../server/src/cli/sarif';
import { run } from './run';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from '../lsp/plans';

const ROOT = join(__dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAbsoluteUri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]+:/i.test(v) && URL.canParse(v);
const LEVELS = ['none', 'note', 'warning', 'error'];

/**
 * What SARIF 2.1.0 requires of the objects kehoach writes (the OASIS schema's `required` lists and value
 * constraints), plus what GitHub code scanning requires of rules (fullDescription.text, help.text): the
 * problems found, as paths. Checked by hand: no well-kept npm package ships the 2.1.0 schema itself.
 */
function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, where: string) => { if (!ok) problems.push(where); };
  const text = (v: unknown) => isObject(v) && typeof v.text === 'string' && v.text.length > 0;
  if (!isObject(log)) return ['sarifLog'];
  need(log.version === '2.1.0', 'version');
  need(Array.isArray(log.runs), 'runs');
  for (const [i, run] of (Array.isArray(log.runs) ? log.runs : []).entries()) {
    const at = `runs[${i}]`;
    const driver = isObject(run) && isObject(run.tool) ? run.tool.driver : undefined;
    if (!isObject(driver)) { problems.push(`${at}.tool.driver`); continue; }
    need(typeof driver.name === 'string' && driver.name.length > 0, `${at}.tool.driver.name`);
    if (driver.informationUri !== undefined) need(isAbsoluteUri(driver.informationUri), `${at}.tool.driver.informationUri`);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    need(Array.isArray(driver.rules), `${at}.tool.driver.rules`);
    for (const [k, rule] of rules.entries()) {
      const r = isObject(rule) ? rule : {};
      need(typeof r.id === 'string', `${at}.rules[${k}].id`);
      need(text(r.shortDescription) && text(r.fullDescription) && text(r.help), `${at}.rules[${k}] descriptions`);
      if (r.helpUri !== undefined) need(isAbsoluteUri(r.helpUri), `${at}.rules[${k}].helpUri`);
      const level = isObject(r.defaultConfiguration) ? r.defaultConfiguration.level : 'warning';
      need(LEVELS.includes(level as string), `${at}.rules[${k}].defaultConfiguration.level`);
    }
    need(run.columnKind === undefined || ['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string), `${at}.columnKind`);
    const bases = isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
    for (const [id, base] of Object.entries(bases)) {
      // §3.14.14: a base id's URI is absolute and ends with a slash.
      need(isObject(base) && isAbsoluteUri(base.uri) && String(base.uri).endsWith('/'), `${at}.originalUriBaseIds.${id}`);
    }
    need(Array.isArray(run.results), `${at}.results`);
    for (const [k, result] of (Array.isArray(run.results) ? run.results : []).entries()) {
      const r = isObject(result) ? result : {};
      const where = `${at}.results[${k}]`;
      need(text(r.message), `${where}.message`);
      need(r.level === undefined || LEVELS.includes(r.level as string), `${where}.level`);
      need(rules.some((x) => isObject(x) && x.id === r.ruleId), `${where}.ruleId names a rule of the driver`);
      for (const location of Array.isArray(r.locations) ? r.locations : []) {
        const physical = isObject(location) ? location.physicalLocation : undefined;
        const artifact = isObject(physical) ? physical.artifactLocation : undefined;
        need(isObject(artifact) && typeof artifact.uri === 'string', `${where}.physicalLocation.artifactLocation`);
        if (isObject(artifact) && artifact.uriBaseId !== undefined) need(Object.hasOwn(bases, artifact.uriBaseId as string), `${where} uriBaseId is declared`);
        const region = isObject(physical) && isObject(physical.region) ? physical.region : {};
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
          need(region[key] === undefined || (Number.isInteger(region[key]) && (region[key] as number) >= 1), `${where}.region.${key}`);
        }
      }
    }
  }
  return problems;
}

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

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from '../lsp/plans';
import { sarifProblems } from '../cli/sarif-shape';
import { installKehoach, pathWithPrefix } from './installed';

// js-yaml comes with markdownlint-cli2 (a dev dependency); it has no types of its own here.
const yaml = require('js-yaml') as { load(text: string): unknown };

const CI = join(__dirname, '..', '..', 'examples', 'ci');

interface Step { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, string> }
interface Workflow { env: Record<string, string>; jobs: Record<string, { steps: Step[] }> }
interface GitlabJob { variables: Record<string, string>; script: string[]; artifacts: { paths: string[]; reports: { codequality: string } } }

/**
 * A repository of plans as the recipes expect it: the package at tools/kehoach.tgz (the README's
 * `npm pack`), and kehoach not yet installed: each recipe installs it itself, into its own prefix.
 */
const repositories: string[] = [];

function repository(plans: Record<string, string>): { dir: string; path: string; prefix: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-ci-'));
  repositories.push(dir);
  mkdirSync(join(dir, 'tools'));
  copyFileSync(installKehoach().tarball, join(dir, 'tools', 'kehoach.tgz'));
  for (const [name, text] of Object.entries(plans)) writeFileSync(join(dir, name), text);
  const prefix = join(dir, '.npm-global');
  return { dir, prefix, path: pathWithPrefix(prefix) };
}

/** A shell script of a recipe, run as the CI service runs it: bash, stopping at the first failing command. */
function runScript(script: string, dir: string, env: Record<string, string>) {
  return spawnSync('bash', ['-eo', 'pipefail', '-c', script], {
    cwd: dir, encoding: 'utf8', timeout: 120000,
    // The CI machine's global prefix, here a temporary one; the cache npm ci filled.
    env: { ...env, HOME: process.env.HOME ?? dir, NPM_CONFIG_PREFIX: env.NPM_CONFIG_PREFIX, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' },
  });
}

describe('CI recipes (examples/ci), run against a repository of plans', function () {
  this.timeout(240000);
  after(() => { for (const dir of repositories.splice(0)) rmSync(dir, { recursive: true, force: true }); });

  it('GitHub Actions: installs the package, writes a valid SARIF log for upload-sarif, and passes status 1 on', () => {
    const workflow = yaml.load(readFileSync(join(CI, 'github-actions.yml'), 'utf8')) as Workflow;
    const steps = Object.values(workflow.jobs)[0].steps;
    const install = steps.find((s) => s.name === 'Install kehoach') ?? steps.find((s) => s.run?.includes('npm install'));
    const lint = steps.find((s) => s.id === 'lint');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(install?.run && lint?.run && upload?.with, 'install, lint and upload steps');
    assert.match(lint.run, new RegExp(`> ${upload.with.sarif_file}$`, 'm'));

    const { dir, path, prefix } = repository({ 'thieu.kh.md': PLAN_MISSING_TASKS, 'day-du.kh.md': COMPLETE_PLAN });
    const output = join(dir, 'github-output');
    const env = { ...workflow.env, PATH: path, NPM_CONFIG_PREFIX: prefix, GITHUB_OUTPUT: output };
    const installed = runScript(install.run, dir, env);
    assert.equal(installed.status, 0, installed.stderr);
    const linted = runScript(lint.run, dir, env);
    assert.equal(linted.status, 0, linted.stderr);
    assert.equal(readFileSync(output, 'utf8'), 'status=1\n');
    const log = JSON.parse(readFileSync(join(dir, upload.with.sarif_file), 'utf8'));
    assert.deepEqual(sarifProblems(log), []);
    assert.ok(log.runs[0].tool.driver.informationUri.startsWith(`file://${prefix}/`), 'the help of the package the recipe installed');
    assert.deepEqual(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['section-missing']);

    // A path that does not exist is not a clean run: the step fails, with status 2.
    const broken = runScript(lint.run, dir, { ...env, KEHOACH_PATHS: 'khong-co.kh.md' });
    assert.notEqual(broken.status, 0);
    assert.match(readFileSync(output, 'utf8'), /status=2\n$/);
  });

  it('GitLab CI: installs the package, keeps the SARIF log and makes the Code Quality report; exit 1 on findings, 0 on clean plans', () => {
    const job = (yaml.load(readFileSync(join(CI, 'gitlab-ci.yml'), 'utf8')) as Record<string, GitlabJob>).kehoach;
    assert.deepEqual(job.artifacts.paths, ['kehoach.sarif', job.artifacts.reports.codequality]);
    assert.match(job.script[0], /^npm install --global .*"\$KEHOACH_PACKAGE"$/);
    const script = job.script.join('\n');

    const { dir, path, prefix } = repository({ 'thieu.kh.md': PLAN_MISSING_TASKS, 'day-du.kh.md': COMPLETE_PLAN });
    const env = { ...job.variables, PATH: path, NPM_CONFIG_PREFIX: prefix };
    const r = runScript(script, dir, env);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(sarifProblems(JSON.parse(readFileSync(join(dir, 'kehoach.sarif'), 'utf8'))), []);
    const issues = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8'));
    assert.equal(issues.length, 1);
    const [issue] = issues;
    assert.deepEqual([issue.check_name, issue.severity, issue.location], ['section-missing', 'minor', { path: 'thieu.kh.md', lines: { begin: 11, end: 11 } }]);
    assert.match(issue.description, /Kế hoạch thiếu mục “Nhiệm vụ”/);
    assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);

    // Clean plans, with the kehoach just installed (its install already proven above: not again, for time).
    const clean = repository({ 'day-du.kh.md': COMPLETE_PLAN });
    const ok = runScript(job.script.slice(1).join('\n'), clean.dir, env);
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(JSON.parse(readFileSync(join(clean.dir, job.artifacts.reports.codequality), 'utf8')), []);
  });
});

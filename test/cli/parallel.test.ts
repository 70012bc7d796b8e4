// `lint --jobs N`: the files checked on worker threads print exactly what the serial run prints (stdout,
// stderr, exit code), whatever the order in which the workers finish: a table of cases run with
// `--jobs 1` and `--jobs 3` over the same workspace, compared byte for byte.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/export';
import { checkInWorkers } from '../../server/src/cli/lint-pool';
import type { RunSettings } from '../../server/src/cli/lint-run';
import type { main } from '../../server/src/cli';
import { run, type Run } from './run';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS, README_TEXT } from '../lsp/plans';
import { CRASH, installTestRules, NO_PLACE, SLOW, THROWS } from './test-rules';

const ROOT = mkdtempSync(join(tmpdir(), 'kehoach-parallel-'));
after(() => rmSync(ROOT, { recursive: true, force: true }));
const PRELOAD = { KEHOACH_TEST_WORKER_PRELOAD: join(__dirname, 'worker-preload.ts') };
const withMarker = (marker: string) => PLAN_MISSING_TASKS.replace('Ủy ban nhân dân huyện xây dựng', `${marker} Ủy ban nhân dân huyện xây dựng`);
const BROKEN_CONFIG = '{ "profile": "tinh" }';
const CATALOG = [
  '"Số, ký hiệu","Ngày tháng","Tên loại và trích yếu nội dung","Cơ quan ban hành"',
  '"07/QĐ-UBND","15/01/2023","Quyết định ban hành Quy chế làm việc","Ủy ban nhân dân huyện Bình Gia"',
  '"08/QĐ-UBND","32/13/2023","Quyết định về một việc khác","Ủy ban nhân dân huyện Bình Gia"',
].join('\r\n');

/**
 * Many plans (so that `--jobs 3` makes many pieces), the first one slow in a worker, and beside them
 * everything that prints on stderr: a rule that throws, a finding with no place, a file that is not a
 * plan, one that cannot be read (a FIFO), a broken `.kehoach.json` met by files in several pieces, a
 * catalog with a bad row, a Word file.
 */
async function workspace(extra: (dir: string) => void = () => {}): Promise<string> {
  // One path for every run: messages name config and catalog files by their full path.
  const dir = join(ROOT, 'ws');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, '00-cham.kh.md'), withMarker(SLOW));
  for (let i = 1; i <= 24; i++) writeFileSync(join(dir, `ke-hoach-${String(i).padStart(2, '0')}.kh.md`), i % 3 ? PLAN_MISSING_TASKS : COMPLETE_PLAN);
  writeFileSync(join(dir, 'ke-hoach-07.kh.md'), withMarker(THROWS));
  writeFileSync(join(dir, 'ke-hoach-15.kh.md'), withMarker(NO_PLACE));
  writeFileSync(join(dir, 'README.md'), README_TEXT);
  execFileSync('mkfifo', [join(dir, 'ong.kh.md')]);
  for (const sub of ['cau-hinh-hong', 'cau-hinh-hong-2']) {
    mkdirSync(join(dir, sub));
    writeFileSync(join(dir, sub, '.kehoach.json'), BROKEN_CONFIG);
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, sub, `kh-${i}.kh.md`), PLAN_MISSING_TASKS);
  }
  mkdirSync(join(dir, 'so-dang-ky'));
  writeFileSync(join(dir, 'so-dang-ky', '.kehoach.json'), JSON.stringify({ catalogs: ['so.csv'] }));
  writeFileSync(join(dir, 'so-dang-ky', 'so.csv'), CATALOG);
  for (let i = 1; i <= 4; i++) writeFileSync(join(dir, 'so-dang-ky', `kh-${i}.kh.md`), PLAN_MISSING_TASKS);
  writeFileSync(join(dir, 'zz-du-thao.docx'), await exportDocx(PLAN_MISSING_TASKS));
  symlinkSync(join(dir, 'khong-co'), join(dir, 'lien-ket.kh.md'));
  extra(dir);
  return dir;
}

type Make = () => Promise<string>;

/**
 * `kehoach ARGV` in a fresh workspace, serially (the markers installed in this thread) or on workers,
 * with the plans as they are after the run.
 */
async function runIn(make: Make, argv: string[], jobs: number, env: Record<string, string> = {}, cli = run): Promise<Run & { files: Record<string, string> }> {
  const dir = await make();
  try {
    const uninstall = installTestRules();
    let r: Run;
    try {
      r = await cli([...argv, '--jobs', String(jobs)], dir, { ...PRELOAD, ...env });
    } finally {
      uninstall();
    }
    const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.kh.md') && f !== 'ong.kh.md' && f !== 'lien-ket.kh.md').map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    return { ...r, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PATHS = ['README.md', '.', 'khong-co.kh.md', 'lien-ket.kh.md', 'ong.kh.md'];
const CASES: { name: string; argv: string[]; env?: Record<string, string> }[] = [
  { name: 'text', argv: ['lint', ...PATHS] },
  { name: 'JSON', argv: ['lint', '--format', 'json', ...PATHS] },
  { name: 'SARIF, in English', argv: ['lint', '--format', 'sarif', '--lang', 'en', ...PATHS] },
  { name: '--fix: the same files written, the same report', argv: ['lint', '--fix', ...PATHS] },
  { name: '--fix=all: the workers apply the fixes that need review too, as the main thread does', argv: ['lint', '--fix=all', ...PATHS] },
  { name: 'a --config file', argv: ['lint', '--config', 'so-dang-ky/.kehoach.json', '.'] },
];

describe('CLI: lint --jobs 3 prints what --jobs 1 prints, byte for byte', function () {
  this.timeout(120_000);
  for (const c of CASES) {
    it(c.name, async () => {
      const serial = await runIn(workspace, c.argv, 1, c.env);
      const parallel = await runIn(workspace, c.argv, 3, c.env);
      assert.equal(parallel.stderr, serial.stderr);
      assert.equal(parallel.stdout, serial.stdout);
      assert.equal(parallel.code, serial.code);
      assert.deepEqual(parallel.files, serial.files);
    });
  }

  it('the serial run shows every kind of output compared here', async () => {
    const r = await runIn(workspace, CASES[0].argv, 1);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ke-hoach-07\.kh\.md: quy tắc date-weekday gặp lỗi nội bộ/);
    assert.match(r.stderr, /ke-hoach-15\.kh\.md: lỗi nội bộ khi kiểm tra/);
    assert.match(r.stdout, /^README\.md: không phải Kế hoạch/m);
    assert.match(r.stderr, /ong\.kh\.md: không phải tệp thường/);
    assert.match(r.stderr, /lien-ket\.kh\.md/);
    assert.equal(r.stderr.split('cau-hinh-hong/.kehoach.json').length - 1, 1, r.stderr);
    assert.equal(r.stderr.split('cau-hinh-hong-2/.kehoach.json').length - 1, 1, r.stderr);
    assert.match(r.stderr, /so\.csv:3: /);
    assert.match(r.stdout, /^zz-du-thao\.docx:¶/m);
    assert.match(r.stdout, /^ke-hoach-23\.kh\.md:/m);
  });

  it('the shipped bundle (dist/cli.js, `npm run build` first) too: its workers load the bundle itself', async () => {
    const bundle = require(join(__dirname, '..', '..', 'dist', 'cli.js')) as { main: typeof main };
    const viaBundle = async (argv: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> => {
      let stdout = '';
      let stderr = '';
      const code = await bundle.main({ argv, cwd, env, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
      return { code, stdout, stderr };
    };
    for (const argv of [CASES[0].argv, CASES[1].argv]) {
      const serial = await runIn(workspace, argv, 1, {}, viaBundle);
      const parallel = await runIn(workspace, argv, 3, {}, viaBundle);
      assert.deepEqual(parallel, serial);
      assert.match(serial.stderr, /ong\.kh\.md: không phải tệp thường/);
    }
  });
});

describe('CLI: lint --jobs N', () => {
  for (const value of ['0', 'x', '-1', '2.5']) {
    it(`--jobs ${value} is a usage error`, async () => {
      const r = await run(['lint', '--jobs', value, 'a.kh.md'], tmpdir());
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`--jobs phải là một số nguyên từ 1 trở lên, không phải “${value.replace('.', '\\.')}”[\\s\\S]*lint --jobs N`));
    });
  }
});

describe('CLI: the lint worker pool', function () {
  this.timeout(120_000);
  const settings = (cwd: string, env: Record<string, string> = {}): RunSettings => ({ cwd, env: { ...PRELOAD, ...env }, locale: 'vi', format: 'text', fix: 'none', explicitConfig: undefined });

  /** Twelve plans in a fresh folder, the first one as `first` makes it; each its own piece with 3 threads. */
  function plans(first: string): { dir: string; names: string[]; files: { file: string; explicit: boolean }[] } {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-pool-'));
    const names = Array.from({ length: 12 }, (_, i) => `kh-${String(i).padStart(2, '0')}.kh.md`);
    names.forEach((n, i) => writeFileSync(join(dir, n), i === 0 ? first : PLAN_MISSING_TASKS));
    return { dir, names, files: names.map((n) => ({ file: join(dir, n), explicit: true })) };
  }

  it('checks pieces on the workers, and delivers the outcomes in the files’ order', async () => {
    const { dir, names, files } = plans(withMarker(SLOW));
    try {
      const delivered: string[] = [];
      const report = await checkInWorkers(settings(dir), files, 3, (o) => delivered.push(o.report!.file));
      assert.deepEqual(delivered, names);
      assert.equal(report.fellBack, 0, 'no piece checked again');
      assert.ok(report.byWorkers >= 1 && report.chunks === 12, JSON.stringify(report));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a worker that dies costs only time: its pieces are checked again in the main thread, every outcome delivered', async () => {
    const { dir, names, files } = plans(withMarker(CRASH));
    try {
      const delivered: string[] = [];
      const report = await checkInWorkers(settings(dir), files, 3, (o) => delivered.push(o.report!.file));
      assert.deepEqual(delivered, names);
      assert.ok(report.fellBack >= 1, JSON.stringify(report));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

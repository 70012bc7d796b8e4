import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Run } from './run';
import { fixText } from '../../server/src/core/lint';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS, README_TEXT } from '../lsp/plans';


/** A fresh folder with: a complete plan, a plan missing Nhiệm vụ, a README, and a sub-folder. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
  writeFileSync(join(dir, 'day-du.kh.md'), COMPLETE_PLAN);
  writeFileSync(join(dir, 'thieu.kh.md'), PLAN_MISSING_TASKS);
  writeFileSync(join(dir, 'README.md'), README_TEXT);
  mkdirSync(join(dir, 'cu'));
  writeFileSync(join(dir, 'cu', 'ke-hoach-cu.txt'), PLAN_MISSING_TASKS.replace(/\n/g, '\r\n'));
  return dir;
}

interface Case {
  name: string;
  argv: string[];
  env?: Record<string, string>;
  setup?: (dir: string) => void;
  code: number;
  stdout?: RegExp;
  stdoutNot?: RegExp;
  stderr?: RegExp;
  after?: (dir: string, r: Run) => void;
}

const CASES: Case[] = [
  { name: 'no arguments: usage on stderr', argv: [], code: 2, stderr: /Cách dùng/ },
  { name: '--help', argv: ['--help'], code: 0, stdout: /kehoach lint/ },
  { name: 'unknown command', argv: ['kiemtra'], code: 2, stderr: /lệnh không hợp lệ “kiemtra”/ },
  { name: 'lint without a path', argv: ['lint'], code: 2, stderr: /cần ít nhất một tệp/ },
  { name: 'unknown option', argv: ['lint', '--sua', 'x'], code: 2, stderr: /tùy chọn không hợp lệ: --sua/ },
  { name: 'bad --format', argv: ['lint', '--format', 'xml', '.'], code: 2, stderr: /--format phải là text, json, sarif, không phải “xml”/ },
  { name: 'a usage error in English with --lang en', argv: ['lint', '--lang', 'en', '--sua', 'x'], code: 2, stderr: /unknown option: --sua[\s\S]*Usage:/ },
  { name: 'a missing file in English with LANG=en_US.UTF-8', argv: ['lint', 'khong-co.kh.md'], env: { LANG: 'en_US.UTF-8' }, code: 2, stderr: /“khong-co.kh.md” not found/ },
  { name: 'a broken .kehoach.json named in English with --lang en', setup: (dir) => writeFileSync(join(dir, '.kehoach.json'), '{ "profile": "tinh" }'), argv: ['lint', '--lang', 'en', 'day-du.kh.md'], code: 0, stderr: /“profile” needs one of auto, state, party, doan, mass/ },
  {
    name: '--format sarif: one result per finding, with the rule that fired',
    argv: ['lint', '--format', 'sarif', 'thieu.kh.md'], code: 1,
    after: (_dir, r) => {
      const sarif = JSON.parse(r.stdout);
      assert.equal(sarif.version, '2.1.0');
      const [run] = sarif.runs;
      assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), ['section-missing']);
      const [result] = run.results;
      assert.equal(result.level, 'warning');
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 11, startColumn: 1, endLine: 11, endColumn: 9 });
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'thieu.kh.md');
    },
  },
  {
    name: 'missing file: said on stderr, exit 2, nothing on stdout (no “no problems (0 files)”)',
    argv: ['lint', 'khong-co.kh.md'], code: 2, stderr: /không tìm thấy “khong-co.kh.md”/,
    after: (_dir, r) => assert.equal(r.stdout, ''),
  },
  {
    name: 'missing file in English: nothing on stdout either',
    argv: ['lint', '--lang', 'en', 'khong-co.kh.md'], code: 2, stderr: /“khong-co.kh.md” not found/,
    after: (_dir, r) => assert.equal(r.stdout, ''),
  },
  { name: 'a mistyped flag names the nearest one', argv: ['lint', '--fxi', 'thieu.kh.md'], code: 2, stderr: /tùy chọn không hợp lệ: --fxi; có phải ý bạn là --fix\?/ },
  { name: 'a mistyped flag in English', argv: ['lint', '--lang', 'en', '--formta', 'json', 'thieu.kh.md'], code: 2, stderr: /unknown option: --formta; did you mean --format\?/ },
  { name: 'a long flag with one dash is a mistyped flag, not a path', argv: ['lint', '-fix', 'thieu.kh.md'], code: 2, stderr: /tùy chọn không hợp lệ: -fix; có phải ý bạn là --fix\?/ },
  { name: 'a flag far from every other: no guess', argv: ['lint', '--sua', 'thieu.kh.md'], code: 2, stderr: /tùy chọn không hợp lệ: --sua\n/ },
  { name: '--fix= takes safe or all only', argv: ['lint', '--fix=tat-ca', 'thieu.kh.md'], code: 2, stderr: /--fix=… phải là safe, all, không phải “tat-ca”/ },
  {
    name: '--help says what --fix=all adds: the rules whose fixes need review, not the safe ones',
    argv: ['--help'], code: 0, stdout: /^lint --fix: .*--fix=all: .*\(.*section-missing.*date-weekday.*\)/m,
    after: (_dir, r) => assert.doesNotMatch(r.stdout.split('\n').find((l) => l.startsWith('lint --fix'))!, /date-format|citation-format/),
  },
  { name: 'a correct plan: exit 0', argv: ['lint', 'day-du.kh.md'], code: 0, stdout: /Không có vấn đề nào \(1 tệp\)/ },
  {
    name: 'a plan with a missing section: exit 1, file:line:col, rule id',
    argv: ['lint', 'thieu.kh.md'], code: 1,
    stdout: /^thieu\.kh\.md:11:1: cảnh báo Kế hoạch thiếu mục “Nhiệm vụ”.*\[section-missing\]$/m,
  },
  {
    name: 'a folder: plans only (README skipped), sub-folders and .txt included',
    argv: ['lint', '.'], code: 1, stdout: /cu\/ke-hoach-cu\.txt:11:1: .*\[section-missing\][\s\S]*2 vấn đề trong 3 tệp/, stdoutNot: /README/,
  },
  { name: 'a glob', argv: ['lint', '**/*.txt'], code: 1, stdout: /1 vấn đề trong 1 tệp/ },
  {
    name: 'a README named explicitly: checked as any text, no findings, and the summary says it is not a plan',
    argv: ['lint', 'README.md'], code: 0, stdout: /^Không có vấn đề nào \(1 tệp\)\.\nREADME\.md: không phải Kế hoạch/,
    after: (_dir, r) => assert.equal(r.stderr, ''),
  },
  { name: '--lang en', argv: ['lint', '--lang', 'en', 'thieu.kh.md'], code: 1, stdout: /warning The plan lacks the section “Nhiệm vụ”[\s\S]*1 problems in 1 files/ },
  { name: 'LANG=en_US.UTF-8', argv: ['lint', 'day-du.kh.md'], env: { LANG: 'en_US.UTF-8' }, code: 0, stdout: /No problems/ },
  {
    name: '--format json follows the contract',
    argv: ['lint', '--format', 'json', 'thieu.kh.md'], code: 1,
    after: (_dir, r) => {
      const [report] = JSON.parse(r.stdout);
      assert.equal(report.file, 'thieu.kh.md');
      const [d] = report.diagnostics;
      assert.deepEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'fix', 'line', 'message', 'rule', 'severity']);
      assert.deepEqual([d.rule, d.severity, d.line, d.column, d.endLine, d.endColumn], ['section-missing', 'warning', 11, 1, 11, 9]);
      assert.deepEqual(Object.keys(d.fix.edits[0]).sort(), ['column', 'endColumn', 'endLine', 'line', 'text']);
    },
  },
  {
    name: '--fix=all inserts the section, keeps CRLF; the inserted skeleton is still to be filled (section-empty)',
    argv: ['lint', '--fix=all', 'cu/ke-hoach-cu.txt'], code: 1, stdout: /\[section-empty\]/, stdoutNot: /\[section-missing\]/,
    after: (dir) => {
      const text = readFileSync(join(dir, 'cu', 'ke-hoach-cu.txt'), 'utf8');
      assert.match(text, /II\. NHIỆM VỤ VÀ GIẢI PHÁP\r\n/);
      assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'a bare LF was written into a CRLF file');
    },
  },
  {
    name: '--fix keeps a BOM and changes nothing outside the fixed range',
    setup: (dir) => writeFileSync(join(dir, 'bom.kh.md'), '\uFEFF' + PLAN_MISSING_TASKS),
    argv: ['lint', '--fix=all', 'bom.kh.md'], code: 1,
    after: (dir) => {
      const bytes = readFileSync(join(dir, 'bom.kh.md'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const at = PLAN_MISSING_TASKS.indexOf('## II. TỔ CHỨC');
      assert.equal(text.slice(0, at), PLAN_MISSING_TASKS.slice(0, at));
      assert.ok(text.endsWith(PLAN_MISSING_TASKS.slice(PLAN_MISSING_TASKS.indexOf('THỰC HIỆN', at))));
    },
  },
  {
    name: 'a file that is not UTF-8: a clear message, exit 2',
    setup: (dir) => writeFileSync(join(dir, 'cp1258.kh.md'), Buffer.from([0x4b, 0xca, 0x20, 0xd2, 0x4f, 0x41, 0x43, 0x48, 0xff])),
    argv: ['lint', 'cp1258.kh.md'], code: 2, stderr: /không phải UTF-8/,
  },
  {
    name: '.kehoach.json turns a rule off',
    setup: (dir) => writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ rules: { 'section-missing': 'off' } })),
    argv: ['lint', 'thieu.kh.md'], code: 0,
  },
  {
    name: 'a broken .kehoach.json: a message naming it, defaults apply',
    setup: (dir) => writeFileSync(join(dir, '.kehoach.json'), '{ "rules": '),
    argv: ['lint', 'thieu.kh.md'], code: 1, stderr: /\.kehoach\.json: JSON không hợp lệ/,
  },
  {
    name: 'a user catalog from .kehoach.json: its entry corrects a citation; its bad row is named by file and line',
    setup: (dir) => {
      writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ catalogs: ['so-dang-ky.csv'], rules: { 'section-missing': 'off' } }));
      writeFileSync(join(dir, 'so-dang-ky.csv'), [
        '"Số, ký hiệu","Ngày tháng","Tên loại và trích yếu nội dung","Cơ quan ban hành"',
        '"07/QĐ-UBND","15/01/2023","Quyết định ban hành Quy chế làm việc","Ủy ban nhân dân huyện Bình Gia"',
        '"08/QĐ-UBND","32/13/2023","Quyết định về một việc khác","Ủy ban nhân dân huyện Bình Gia"',
      ].join('\r\n'));
      const text = PLAN_MISSING_TASKS.replace('Ủy ban nhân dân huyện xây dựng', 'Căn cứ Quyết định số 07/QĐ-UBND ngày 16/01/2023 của Ủy ban nhân dân huyện Bình Gia ban hành Quy chế làm việc;\n\nỦy ban nhân dân huyện xây dựng');
      writeFileSync(join(dir, 'thieu.kh.md'), text);
    },
    argv: ['lint', 'thieu.kh.md'], code: 1,
    stdout: /thieu\.kh\.md:\d+:\d+: cảnh báo .*15\/01\/2023.*\[citation-catalog-mismatch\]/,
    stderr: /so-dang-ky\.csv:3: /,
  },
  {
    name: 'a broken --config file is a usage error',
    setup: (dir) => writeFileSync(join(dir, 'cauhinh.json'), '[1, 2'),
    argv: ['lint', '--config', 'cauhinh.json', 'thieu.kh.md'], code: 2, stderr: /JSON không hợp lệ/,
  },
];

describe('CLI: kehoach lint', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = workspace();
      c.setup?.(dir);
      const r = await run(c.argv, dir, c.env);
      assert.equal(r.code, c.code, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
      if (c.stdout) assert.match(r.stdout, c.stdout);
      if (c.stdoutNot) assert.doesNotMatch(r.stdout, c.stdoutNot);
      if (c.stderr) assert.match(r.stderr, c.stderr);
      c.after?.(dir, r);
    });
  }
});

describe('CLI: an invalid field in .kehoach.json', () => {
  it('names the field, keeps the valid ones, and uses the default for the rest', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ rules: { 'section-missing': 'off' }, profile: 'tinh', mauTep: [] }));
    const r = await run(['lint', 'thieu.kh.md'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stderr, /“profile” cần một trong auto, state, party/);
    assert.match(r.stderr, /trường “mauTep” không có trong cấu hình kehoach/);
  });
});

describe('CLI: --fix applies what the editor’s “fix all” applies; --fix=all the rest too', () => {
  // A missing section (its skeleton needs review) and a date written with dashes (a safe fix).
  const TEXT = PLAN_MISSING_TASKS.replace('bảo đảm đúng tiến độ.', 'hoàn thành trước ngày 31-3-2023.');

  it('--fix: the safe fixes only, the same text fix-all gives; the missing section still reported', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'ke-hoach.kh.md'), TEXT);
    const r = await run(['lint', '--fix', 'ke-hoach.kh.md'], dir);
    const written = readFileSync(join(dir, 'ke-hoach.kh.md'), 'utf8');
    assert.equal(written, fixText(TEXT, {}, 10, true).text);
    assert.match(written, /trước ngày 31\/3\/2023\./);
    assert.doesNotMatch(written, /NHIỆM VỤ VÀ GIẢI PHÁP/);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /\[section-missing\]/);
    assert.doesNotMatch(r.stdout, /\[date-format\]/);
  });

  it('--fix=all: every fix, the skeleton too', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'ke-hoach.kh.md'), TEXT);
    await run(['lint', '--fix=all', 'ke-hoach.kh.md'], dir);
    const written = readFileSync(join(dir, 'ke-hoach.kh.md'), 'utf8');
    assert.equal(written, fixText(TEXT).text);
    assert.match(written, /NHIỆM VỤ VÀ GIẢI PHÁP/);
    assert.match(written, /trước ngày 31\/3\/2023\./);
  });

  it('--fix on a correct plan writes nothing', async () => {
    const dir = workspace();
    const r = await run(['lint', '--fix', 'day-du.kh.md'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(readFileSync(join(dir, 'day-du.kh.md'), 'utf8'), COMPLETE_PLAN);
  });
});

describe('CLI: --config FILE decides the catalogs too', () => {
  /** A plan citing 07/QĐ-UBND dated 16/01; the catalog in `catalog` says 15/01. */
  function withCatalog(dir: string, catalog: string): void {
    writeFileSync(join(dir, catalog), [
      '"Số, ký hiệu","Ngày tháng","Tên loại và trích yếu nội dung","Cơ quan ban hành"',
      '"07/QĐ-UBND","15/01/2023","Quyết định ban hành Quy chế làm việc","Ủy ban nhân dân huyện Bình Gia"',
    ].join('\r\n'));
    const text = PLAN_MISSING_TASKS.replace('Ủy ban nhân dân huyện xây dựng', 'Căn cứ Quyết định số 07/QĐ-UBND ngày 16/01/2023 của Ủy ban nhân dân huyện Bình Gia ban hành Quy chế làm việc;\n\nỦy ban nhân dân huyện xây dựng');
    writeFileSync(join(dir, 'thieu.kh.md'), text);
  }

  it('a .kehoach.json beside the plan adds no catalog when --config names another file', async () => {
    const dir = workspace();
    withCatalog(dir, 'so-dang-ky.csv');
    writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ catalogs: ['so-dang-ky.csv'] }));
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ rules: { 'section-missing': 'off' } }));
    const beside = await run(['lint', 'thieu.kh.md'], dir);
    assert.match(beside.stdout, /\[citation-catalog-mismatch\]/, 'the catalog of .kehoach.json applies without --config');
    const given = await run(['lint', '--config', 'ci.json', 'thieu.kh.md'], dir);
    assert.equal(given.code, 0, given.stdout);
    assert.doesNotMatch(given.stdout, /citation-catalog-mismatch/);
  });

  it('the catalogs the --config file lists apply', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'ci'));
    withCatalog(dir, join('ci', 'so-dang-ky.csv'));
    writeFileSync(join(dir, 'ci', 'kehoach.json'), JSON.stringify({ catalogs: ['so-dang-ky.csv'], rules: { 'section-missing': 'off' } }));
    const r = await run(['lint', '--config', 'ci/kehoach.json', 'thieu.kh.md'], dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /15\/01\/2023.*\[citation-catalog-mismatch\]/);
  });
});

describe('CLI: .kehoach.json tells what is wrong, key by key', () => {
  it('an unknown rule id is named with the nearest id; the other rules keep their settings', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ rules: { 'section-mising': 'off', 'section-missing': 'error', 'date-format': 'to' } }));
    const r = await run(['lint', 'thieu.kh.md'], dir);
    assert.match(r.stderr, /không có quy tắc nào mã “section-mising”; có phải ý bạn là “section-missing”\?/);
    assert.match(r.stderr, /“rules\.date-format” cần một trong error, warning, information, hint, off/);
    assert.match(r.stdout, /thieu\.kh\.md:11:1: lỗi .*\[section-missing\]/, 'section-missing kept its setting: error');
    assert.equal(r.code, 1);
  });

  it('in English, through --config: the key named with the nearest field, once, and the other settings hold', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ profle: 'state', rules: { 'section-missing': 'error' } }));
    const r = await run(['lint', '--lang', 'en', '--config', 'ci.json', 'thieu.kh.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr.match(/“profle” is not a kehoach setting; did you mean “profile”\?/g)?.length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /Usage:/);
    assert.match(r.stdout, /thieu\.kh\.md:11:1: error .*\[section-missing\]/, 'section-missing kept its setting: error');
  });
});

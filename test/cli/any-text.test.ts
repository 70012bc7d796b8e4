// Issue 13 §3: a file named on the command line that is not a plan is checked with the rules for any
// administrative text, and the summary says once why the plan rules were not applied to it.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Run } from './run';
import { sarifProblems } from './sarif-shape';
import { COMPLETE_PLAN } from '../lsp/plans';
import { ALL_RULES, fixText } from '../../server/src/core/lint';
import { exportDocx } from '../../server/src/export';

/** A Quyết định with one impossible date and one citation whose type word disagrees with its symbol. */
const DECISION = `ỦY BAN NHÂN DÂN HUYỆN BÌNH GIA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 15/QĐ-UBND | Bình Gia, ngày 05 tháng 6 năm 2023

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo công tác dân tộc

Căn cứ Nghị quyết số 24-KL/TW ngày 12/3/2003 của Ban Chấp hành Trung ương;
Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 20/TTr-PNV ngày 30/02/2023,

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Chỉ đạo.
`;

/** A Báo cáo (no title line kept, only its number) telling of a deadline already past: right in a report. */
const REPORT = `ỦY BAN NHÂN DÂN HUYỆN BÌNH GIA

Số: 12/BC-UBND

Bình Gia, ngày 05 tháng 6 năm 2023

Thực hiện Quyết định số 07/QĐ-UBND ngày 15/01/2024 của Ủy ban nhân dân huyện Bình Gia, các xã đã hoàn thành trước ngày 01/01/2023.
`;

/** A news page quoting a directive: no header at all. */
const NEWS = `# Tin tức

Sáng nay, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 24-KL/TW ngày 12/3/2003 của Ban Chấp hành Trung ương. Hội nghị họp vào thứ Tư, ngày 15/3/2023, do Ban Tuyên giáo (BTG) chủ trì; BTG đã gửi tài liệu từ ngày 12-3-2023.
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-anytext-'));
  writeFileSync(join(dir, 'quyet-dinh.md'), DECISION);
  writeFileSync(join(dir, 'bao-cao.md'), REPORT);
  writeFileSync(join(dir, 'tin.md'), NEWS);
  writeFileSync(join(dir, 'day-du.kh.md'), COMPLETE_PLAN);
  return dir;
}

const PLAN_RULES = /\[(section|header|format)-[a-z-]+\]|\[date-deadline-before-issue\]/;
const SAID = 'chỉ áp dụng các quy tắc chung cho mọi văn bản (trích dẫn, ngày tháng, chữ viết tắt), không áp dụng các quy tắc của Kế hoạch.';

interface Case {
  name: string;
  argv: string[];
  setup?: (dir: string) => void;
  code: number;
  stdout?: RegExp;
  stdoutNot?: RegExp;
  after?: (dir: string, r: Run) => void;
}

const CASES: Case[] = [
  {
    name: 'a Quyết định named: its dates and citations are checked, the plan rules are not, and the summary says why',
    argv: ['lint', 'quyet-dinh.md'], code: 1,
    stdout: /^quyet-dinh\.md:7:8: lỗi .*\[citation-type-mismatch\]\nquyet-dinh\.md:8:\d+: lỗi .*30\/02\/2023.*\[date-invalid\]\n2 vấn đề trong 1 tệp\.\nquyet-dinh\.md: không phải Kế hoạch \(tiêu đề là QUYẾT ĐỊNH\): chỉ áp dụng/m,
    stdoutNot: PLAN_RULES,
  },
  {
    name: 'the sentence is said once, in the summary, however many findings the file has',
    argv: ['lint', 'quyet-dinh.md'], code: 1,
    after: (_dir, r) => {
      assert.equal(r.stdout.split('không phải Kế hoạch').length - 1, 1, r.stdout);
      assert.ok(r.stdout.trimEnd().endsWith(`quyet-dinh.md: không phải Kế hoạch (tiêu đề là QUYẾT ĐỊNH): ${SAID}`), r.stdout);
      assert.equal(r.stderr, '');
    },
  },
  {
    name: 'a Báo cáo known by its number: a document cited after its date is found; a deadline already past is not (reports tell of them)',
    argv: ['lint', 'bao-cao.md'], code: 1,
    stdout: /^bao-cao\.md:7:\d+: cảnh báo .*sau ngày ban hành của chính văn bản này.*\[date-cited-after-issue\]\n1 vấn đề trong 1 tệp\.\nbao-cao\.md: không phải Kế hoạch \(số hiệu “Số: 12\/BC-UBND” không phải số của Kế hoạch/m,
    stdoutNot: PLAN_RULES,
  },
  {
    name: 'a news page: citations, weekdays, date forms and abbreviations are read; no marker is the reason',
    argv: ['lint', 'tin.md'], code: 1,
    stdout: /tin\.md:3:\d+: lỗi .*\[citation-type-mismatch\]\ntin\.md:3:\d+: thông tin .*12-3-2023.*\[date-format\]\n2 vấn đề trong 1 tệp\.\ntin\.md: không phải Kế hoạch \(không có tiêu đề “KẾ HOẠCH” hay dòng “Số …\/KH-…” trong 40 dòng đầu\)/,
    stdoutNot: /\[(abbreviation-undefined|date-weekday)\]/,
  },
  {
    name: 'an abbreviation used before it is defined is found in any text',
    setup: (dir) => writeFileSync(join(dir, 'tin.md'), NEWS.replace('Sáng nay, Tỉnh ủy', 'Sáng nay, BTG và Tỉnh ủy')),
    argv: ['lint', 'tin.md'], code: 1, stdout: /tin\.md:3:11: .*\[abbreviation-undefined\]/,
  },
  {
    name: 'a wrong weekday is found in any text',
    setup: (dir) => writeFileSync(join(dir, 'tin.md'), NEWS.replace('thứ Tư', 'thứ Ba')),
    argv: ['lint', 'tin.md'], code: 1, stdout: /tin\.md:3:\d+: .*\[date-weekday\]/,
  },
  {
    name: 'an unknown rule in a disable comment is found in any text',
    setup: (dir) => writeFileSync(join(dir, 'tin.md'), `${NEWS}\n<!-- kehoach-disable-next-line date-fromat -->\nHọp ngày 12-3-2023.\n`),
    argv: ['lint', 'tin.md'], code: 1, stdout: /\[disable-comment-unknown-rule\]/,
  },
  {
    name: 'a plan and a Quyết định named together: one count, and the sentence only for the Quyết định',
    argv: ['lint', 'day-du.kh.md', 'quyet-dinh.md'], code: 1,
    stdout: /2 vấn đề trong 2 tệp\.\nquyet-dinh\.md: không phải Kế hoạch \(tiêu đề là QUYẾT ĐỊNH\)[^\n]*\n$/,
    stdoutNot: /day-du\.kh\.md: không phải/,
  },
  {
    name: 'a folder still brings in plans only: the Quyết định, the Báo cáo and the news page are left out',
    argv: ['lint', '.'], code: 0, stdout: /^Không có vấn đề nào \(1 tệp\)\.\n$/,
  },
  {
    name: 'a glob too: plan detection decides what it brings in',
    argv: ['lint', '*.md'], code: 0, stdout: /^Không có vấn đề nào \(1 tệp\)\.\n$/,
  },
  {
    name: 'a correct non-plan named: exit 0, counted as checked, and told',
    setup: (dir) => writeFileSync(join(dir, 'README.md'), '# Thư mục\n\nNơi lưu văn bản của phòng.\n'),
    argv: ['lint', 'README.md'], code: 0,
    stdout: /^Không có vấn đề nào \(1 tệp\)\.\nREADME\.md: không phải Kế hoạch \(không có tiêu đề/,
  },
  {
    name: 'in English',
    argv: ['lint', '--lang', 'en', 'quyet-dinh.md'], code: 1,
    stdout: /quyet-dinh\.md: not a plan \(its title is QUYẾT ĐỊNH\): only the rules for any administrative text were applied \(citations, dates, abbreviations\), not the plan rules\.\n$/,
  },
  {
    name: 'detection by content turned off: a plan-looking file not named by planGlobs is checked as any text, and told so',
    setup: (dir) => {
      writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ detectByContent: false }));
      writeFileSync(join(dir, 'ke-hoach.md'), COMPLETE_PLAN.replace(/## III\.[\s\S]*$/, ''));
    },
    argv: ['lint', 'ke-hoach.md'], code: 0, stdout: /ke-hoach\.md: không phải Kế hoạch \(không mẫu nào của planGlobs khớp tên tệp/,
    stdoutNot: /section-missing/,
  },
  {
    name: '--fix=all on a named non-plan applies the any-text fixes, never a plan skeleton',
    argv: ['lint', '--fix=all', 'tin.md'], code: 0,
    after: (dir) => {
      const text = readFileSync(join(dir, 'tin.md'), 'utf8');
      assert.equal(text, NEWS.replace('12-3-2023', '12/3/2023').replace('24-KL/TW', '24-NQ/TW'));
      // Checked as a plan, the same text would get the sections' skeleton.
      assert.match(fixText(NEWS, {}, 10).text, /MỤC ĐÍCH/);
    },
  },
  {
    name: '--format json: the contract’s fields as before, and "notPlan" added for the non-plan only',
    argv: ['lint', '--format', 'json', 'day-du.kh.md', 'quyet-dinh.md'], code: 1,
    after: (_dir, r) => {
      const [plan, decision] = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(plan), ['file', 'diagnostics']);
      assert.deepEqual(Object.keys(decision), ['file', 'diagnostics', 'notPlan']);
      assert.deepEqual(decision.diagnostics.map((d: { rule: string }) => d.rule), ['citation-type-mismatch', 'date-invalid']);
      for (const d of decision.diagnostics) assert.deepEqual(Object.keys(d).filter((k) => k !== 'fix'), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
      assert.deepEqual(decision.notPlan, { reason: 'title', title: 'QUYẾT ĐỊNH', message: `không phải Kế hoạch (tiêu đề là QUYẾT ĐỊNH): ${SAID.slice(0, -1)}` });
    },
  },
  {
    name: '--format json: the reason of a number and of no marker',
    argv: ['lint', '--format', 'json', 'bao-cao.md', 'tin.md'], code: 1,
    after: (_dir, r) => {
      const [report, news] = JSON.parse(r.stdout);
      assert.deepEqual({ ...report.notPlan, message: undefined }, { reason: 'number', number: 'Số: 12/BC-UBND', message: undefined });
      assert.deepEqual({ ...news.notPlan, message: undefined }, { reason: 'noMarker', message: undefined });
    },
  },
  {
    name: 'a Quyết định pasted without its title: the operative “QUYẾT ĐỊNH:” names its type, told without the colon',
    setup: (dir) => writeFileSync(join(dir, 'quyet-dinh.md'), DECISION.replace('QUYẾT ĐỊNH\nVề việc', 'Về việc')),
    argv: ['lint', '--format', 'json', 'quyet-dinh.md'], code: 1,
    after: (_dir, r) => assert.deepEqual({ ...JSON.parse(r.stdout)[0].notPlan, message: undefined }, { reason: 'title', title: 'QUYẾT ĐỊNH', message: undefined }),
  },
  {
    name: '--format sarif: one note per non-plan file as a tool execution notification; valid SARIF',
    argv: ['lint', '--format', 'sarif', 'day-du.kh.md', 'quyet-dinh.md'], code: 1,
    after: (_dir, r) => {
      const log = JSON.parse(r.stdout);
      assert.deepEqual(sarifProblems(log), []);
      const [invocation] = log.runs[0].invocations;
      assert.equal(invocation.executionSuccessful, true);
      assert.equal(invocation.toolExecutionNotifications.length, 1);
      const [note] = invocation.toolExecutionNotifications;
      assert.equal(note.level, 'note');
      assert.match(note.message.text, /^không phải Kế hoạch \(tiêu đề là QUYẾT ĐỊNH\)/);
      assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, 'quyet-dinh.md');
      assert.deepEqual(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId), ['citation-type-mismatch', 'date-invalid']);
    },
  },
  {
    name: '--format sarif: plans only, no invocations (the log is as before)',
    argv: ['lint', '--format', 'sarif', 'day-du.kh.md'], code: 0,
    after: (_dir, r) => assert.equal(JSON.parse(r.stdout).runs[0].invocations, undefined),
  },
];

describe('CLI: a file named that is not a plan is checked with the rules for any text', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = workspace();
      c.setup?.(dir);
      const r = await run(c.argv, dir);
      assert.equal(r.code, c.code, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
      if (c.stdout) assert.match(r.stdout, c.stdout);
      if (c.stdoutNot) assert.doesNotMatch(r.stdout, c.stdoutNot);
      c.after?.(dir, r);
    });
  }
});

describe('CLI: a Word file named that is not a plan', () => {
  it('is checked with the rules for any text: findings by paragraph, no header, section or format finding, and the summary says why', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'quyet-dinh.docx'), await exportDocx(DECISION));
    const r = await run(['lint', 'quyet-dinh.docx'], dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^quyet-dinh\.docx:¶\d+ .*\[citation-type-mismatch\]$/m);
    assert.match(r.stdout, /^quyet-dinh\.docx:¶\d+ .*\[date-invalid\]$/m);
    assert.doesNotMatch(r.stdout, PLAN_RULES);
    assert.match(r.stdout, /\nquyet-dinh\.docx: không phải Kế hoạch \(tiêu đề là QUYẾT ĐỊNH\)/);
  });
});

describe('the rules for any text, by their metadata', () => {
  it('are the citation, date, abbreviation and disable-comment rules; a deadline before the issue date is the plan’s', () => {
    const anyText = ALL_RULES.filter((r) => r.scope === 'any-text').map((r) => r.id);
    assert.ok(anyText.length > 0);
    for (const id of anyText) assert.match(id, /^(citation|date|abbreviation|disable-comment)-/);
    for (const r of ALL_RULES) if (/^(citation|abbreviation|disable-comment)-/.test(r.id)) assert.ok(anyText.includes(r.id), r.id);
    assert.ok(!anyText.includes('date-deadline-before-issue'));
  });
});

const REAL = join(__dirname, 'fixtures', 'not-plans');
const PUBLISHED = join(__dirname, '..', 'fixtures', 'real');

/**
 * Published texts that are not plans (SOURCES.md beside them; two from test/fixtures/real), each named
 * on the command line: what is found in each, as `rule@line`. They are correct as published: every
 * finding here is explained.
 */
const REAL_TEXTS: { file: string; expected: string[]; why?: string }[] = [
  { file: join(REAL, 'qd-1858-TTg-2017.txt'), expected: [] },
  { file: join(REAL, 'qd-13-2014-UBND-vinh-long.txt'), expected: [] },
  { file: join(REAL, 'qd-06-2024-UBND-kon-tum.txt'), expected: [] },
  {
    file: join(REAL, 'nq-653-2019-UBTVQH14.txt'), expected: [],
    why: 'the site’s page title names the resolution itself without its date: its header’s “Nghị quyết số: 653/2019/UBTVQH14” makes that number its own',
  },
  { file: join(PUBLISHED, 'cao-bang-dinh-huong-2021-2025.txt'), expected: [] },
  {
    file: join(PUBLISHED, 'quang-ngai-359-KH-TU-2025.txt'), expected: ['citation-format@2'],
    why: '“Kế hoạch 359-KH/TU” without “số”, as test/core/real-texts.test.ts pins it for this text',
  },
];

describe('published texts that are not plans, named on the command line', () => {
  it('every fixture of fixtures/not-plans is in the table and has its source', () => {
    const files = readdirSync(REAL).filter((f) => f.endsWith('.txt'));
    const sources = readFileSync(join(REAL, 'SOURCES.md'), 'utf8');
    for (const f of files) {
      assert.ok(REAL_TEXTS.some((t) => t.file === join(REAL, f)), f);
      assert.ok(sources.includes(`| ${f} |`), `${f} has no source`);
    }
  });

  for (const t of REAL_TEXTS) {
    it(`${t.file.slice(t.file.lastIndexOf('/') + 1)}: ${t.expected.length ? t.expected.join(', ') : 'nothing found'}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kehoach-real-'));
      mkdirSync(join(dir, 'x'));
      const r = await run(['lint', '--format', 'json', t.file], join(dir, 'x'));
      const [entry] = JSON.parse(r.stdout);
      assert.ok(entry.notPlan, 'checked as any text');
      assert.deepEqual(entry.diagnostics.map((d: { rule: string; line: number }) => `${d.rule}@${d.line}`), t.expected, t.why);
    });
  }
});

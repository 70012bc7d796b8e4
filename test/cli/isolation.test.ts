import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { ALL_RULES, type Rule } from '../../server/src/core/lint';
import { describeProblem, problemOfError } from '../../server/src/cli/read';
import { run } from './run';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from '../lsp/plans';
import { toTcvn3, toVni, toWindows1258 } from './legacy-samples';

const BROKEN = 'HỎNG';
const BROKEN_PLAN = PLAN_MISSING_TASKS.replace('Ủy ban nhân dân huyện xây dựng', `${BROKEN} Ủy ban nhân dân huyện xây dựng`);

/**
 * Test-only seam: one real rule's check replaced for the length of a test (restored after), so that a
 * rule fails on the files that contain `HỎNG` and nowhere else, whatever the rules' own bugs are.
 */
async function withRule<T>(id: string, check: (original: Rule['check']) => Rule['check'], body: () => Promise<T>): Promise<T> {
  const rule = ALL_RULES.find((r) => r.id === id) as { check: Rule['check'] } | undefined;
  assert.ok(rule, id);
  const original = rule.check;
  rule.check = check(original);
  try {
    return await body();
  } finally {
    rule.check = original;
  }
}

const throwsOnBroken = (original: Rule['check']): Rule['check'] => (doc, ctx) => {
  if (doc.text.includes(BROKEN)) throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')");
  original(doc, ctx);
};

/** A rule that does not throw but reports what later code cannot use: a fix without edits, a range of NaN. */
const reportsGarbage = (garbage: 'fix' | 'range') => (original: Rule['check']): Rule['check'] => (doc, ctx) => {
  original(doc, ctx);
  if (!doc.text.includes(BROKEN)) return;
  if (garbage === 'fix') ctx.report({ message: 'x', start: 0, end: 1, fix: { title: 'x', edits: null as never } });
  else ctx.report({ message: 'x', start: Number.NaN, end: Number.NaN });
};

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-isolation-'));
  writeFileSync(join(dir, 'a.kh.md'), PLAN_MISSING_TASKS);
  writeFileSync(join(dir, 'hong.kh.md'), BROKEN_PLAN);
  writeFileSync(join(dir, 'z.kh.md'), PLAN_MISSING_TASKS);
  return dir;
}

const FILES = ['a.kh.md', 'hong.kh.md', 'z.kh.md'];
const count = (text: string, pattern: RegExp) => text.split(pattern).length - 1;

describe('CLI: one failing file never takes the others with it', () => {
  it('a rule that throws on one file: every file reported, that rule named for that file once, exit 2 at the end', async () => {
    const dir = workspace();
    const r = await withRule('date-weekday', throwsOnBroken, () => run(['lint', ...FILES], dir));
    assert.equal(r.code, 2);
    for (const f of FILES) assert.match(r.stdout, new RegExp(`^${f.replace('.', '\\.')}:11:1: cảnh báo .*\\[section-missing\\]$`, 'm'));
    assert.match(r.stdout, /3 vấn đề trong 3 tệp\./);
    assert.equal(count(r.stderr, /quy tắc date-weekday/), 1, r.stderr);
    assert.match(r.stderr, /^kehoach: hong\.kh\.md: quy tắc date-weekday gặp lỗi nội bộ \(Cannot read properties of undefined \(reading 'toLowerCase'\)\) nên bị bỏ qua ở tệp này; các quy tắc khác vẫn được kiểm tra\./m);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('in English, and with KEHOACH_DEBUG=1 the stack for a bug report', async () => {
    const dir = workspace();
    const r = await withRule('date-weekday', throwsOnBroken, () => run(['lint', '--lang', 'en', ...FILES], dir, { KEHOACH_DEBUG: '1' }));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /hong\.kh\.md: rule date-weekday failed inside \(.*\) and was skipped for this file; the other rules were still checked\./);
    assert.match(r.stderr, /TypeError: Cannot read[^\n]*\n\s+at /);
  });

  it('--fix=all: the other rules’ fixes still apply to that file and the others; the failing rule named once over every pass', async () => {
    const dir = workspace();
    const r = await withRule('date-weekday', throwsOnBroken, () => run(['lint', '--fix=all', ...FILES], dir));
    assert.equal(r.code, 2, r.stderr);
    for (const f of FILES) assert.match(readFileSync(join(dir, f), 'utf8'), /NHIỆM VỤ/, `${f} not fixed`);
    assert.equal(count(r.stderr, /quy tắc date-weekday/), 1, r.stderr);
    // The inserted skeleton is still to be filled: section-empty, once a file.
    assert.match(r.stdout, /3 vấn đề trong 3 tệp/);
    assert.doesNotMatch(r.stdout, /section-missing/);
  });

  it('--fix=all: a malformed fix fails its rule only: that rule named for that file, every other fix still applied', async () => {
    const dir = workspace();
    const r = await withRule('date-weekday', reportsGarbage('fix'), () => run(['lint', '--fix=all', ...FILES], dir));
    assert.equal(r.code, 2);
    for (const file of FILES) assert.match(readFileSync(join(dir, file), 'utf8'), /NHIỆM VỤ/, file);
    assert.match(r.stderr, /hong\.kh\.md: quy tắc date-weekday gặp lỗi nội bộ/);
    assert.doesNotMatch(r.stderr, /a\.kh\.md|z\.kh\.md/);
  });

  it('--format json: a malformed fix fails its rule only; the output is valid JSON of every file', async () => {
    const dir = workspace();
    const r = await withRule('date-weekday', reportsGarbage('fix'), () => run(['lint', '--format', 'json', ...FILES], dir));
    assert.equal(r.code, 2);
    assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file), FILES);
    assert.match(r.stderr, /hong\.kh\.md: quy tắc date-weekday gặp lỗi nội bộ/);
  });

  it('a finding with no place in the text fails its file only', async () => {
    const dir = workspace();
    const r = await withRule('date-weekday', reportsGarbage('range'), () => run(['lint', ...FILES], dir));
    assert.equal(r.code, 2);
    assert.match(r.stdout, /2 vấn đề trong 2 tệp/);
    assert.doesNotMatch(r.stdout, /hong|NaN/);
    assert.match(r.stderr, /hong\.kh\.md: lỗi nội bộ khi kiểm tra/);
  });
});

interface BadInput {
  name: string;
  /** Makes the bad path in `dir` and returns it (as given on the command line); undefined when it cannot be made here. */
  make: (dir: string) => string | undefined;
  stderr: RegExp;
}

const notRoot = () => typeof process.getuid !== 'function' || process.getuid() !== 0;

const BAD_INPUTS: BadInput[] = [
  {
    name: 'a FIFO: told apart without opening it (no hang)',
    make: (dir) => { if (process.platform === 'win32') return undefined; execFileSync('mkfifo', [join(dir, 'ong.kh.md')]); return 'ong.kh.md'; },
    stderr: /ong\.kh\.md: không phải tệp thường mà là một đường ống có tên \(FIFO\); bỏ qua, không đọc/,
  },
  { name: 'a character device', make: () => (process.platform === 'win32' ? undefined : '/dev/null'), stderr: /\/dev\/null: không phải tệp thường mà là một thiết bị ký tự/ },
  { name: 'a symbolic link loop: a loop, not “not found”', make: (dir) => { symlinkSync('vong-b.kh.md', join(dir, 'vong-a.kh.md')); symlinkSync('vong-a.kh.md', join(dir, 'vong-b.kh.md')); return 'vong-a.kh.md'; }, stderr: /“vong-a\.kh\.md”: liên kết tượng trưng tạo thành vòng lặp/ },
  { name: 'a link to nothing', make: (dir) => { symlinkSync('khong-co-that.kh.md', join(dir, 'lien-ket.kh.md')); return 'lien-ket.kh.md'; }, stderr: /“lien-ket\.kh\.md” là liên kết tượng trưng tới “khong-co-that\.kh\.md”, nơi không có tệp nào/ },
  { name: 'an unreadable file', make: (dir) => { if (!notRoot()) return undefined; writeFileSync(join(dir, 'kin.kh.md'), COMPLETE_PLAN); chmodSync(join(dir, 'kin.kh.md'), 0); return 'kin.kh.md'; }, stderr: /kin\.kh\.md: không có quyền đọc tệp/ },
  { name: 'a folder that cannot be listed', make: (dir) => { if (!notRoot()) return undefined; mkdirSync(join(dir, 'kin')); chmodSync(join(dir, 'kin'), 0); return '.'; }, stderr: /kin: không có quyền đọc tệp/ },
  { name: 'a binary file', make: (dir) => { writeFileSync(join(dir, 'anh.kh.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])); return 'anh.kh.md'; }, stderr: /anh\.kh\.md: tệp nhị phân \(có byte 0\), không phải văn bản/ },
  { name: 'UTF-16 LE with a BOM: named UTF-16, not a legacy encoding', make: (dir) => { writeFileSync(join(dir, 'u16.kh.md'), iconv.encode(COMPLETE_PLAN, 'utf-16le', { addBOM: true })); return 'u16.kh.md'; }, stderr: /u16\.kh\.md: tệp mã UTF-16 LE \(có BOM\), không phải UTF-8; hãy chuyển sang UTF-8: kehoach convert u16\.kh\.md/ },
  { name: 'UTF-16 BE without a BOM', make: (dir) => { writeFileSync(join(dir, 'u16be.kh.md'), iconv.encode(COMPLETE_PLAN, 'utf-16be')); return 'u16be.kh.md'; }, stderr: /u16be\.kh\.md: tệp mã UTF-16 BE \(không có BOM\)/ },
  { name: 'TCVN3 (ABC)', make: (dir) => { writeFileSync(join(dir, 'abc.kh.md'), toTcvn3(COMPLETE_PLAN)); return 'abc.kh.md'; }, stderr: /abc\.kh\.md: tệp không phải UTF-8 \(byte 0x[0-9A-F]{2} ở dòng \d+\); có vẻ là TCVN3 \(ABC\)\. Hãy chuyển sang UTF-8: kehoach convert abc\.kh\.md/ },
  { name: 'VNI-Windows', make: (dir) => { writeFileSync(join(dir, 'vni.kh.md'), toVni(COMPLETE_PLAN)); return 'vni.kh.md'; }, stderr: /vni\.kh\.md: .*có vẻ là VNI \(VNI-Windows\)\. Hãy chuyển sang UTF-8: kehoach convert vni\.kh\.md/ },
  { name: 'Windows-1258', make: (dir) => { writeFileSync(join(dir, 'cp 1258.kh.md'), toWindows1258(COMPLETE_PLAN)); return 'cp 1258.kh.md'; }, stderr: /cp 1258\.kh\.md: .*có vẻ là Windows-1258\. Hãy chuyển sang UTF-8: kehoach convert 'cp 1258\.kh\.md'/ },
  { name: 'not UTF-8 and no known encoding', make: (dir) => { writeFileSync(join(dir, 'la.kh.md'), Buffer.from([0x4b, 0xca, 0x20, 0xd2, 0x4f, 0x41, 0x43, 0x48, 0xff])); return 'la.kh.md'; }, stderr: /la\.kh\.md: tệp không phải UTF-8 \(byte 0xCA ở dòng 1\) và không giống bảng mã tiếng Việt cũ nào/ },
  { name: 'a missing file', make: () => 'khong-co.kh.md', stderr: /không tìm thấy “khong-co\.kh\.md”/ },
  { name: 'a glob that matches nothing', make: () => 'nam-2030/*.kh.md', stderr: /không tìm thấy “nam-2030\/\*\.kh\.md”/ },
];

describe('CLI: bad inputs, each named, the run going on with the other files', () => {
  for (const bad of BAD_INPUTS) {
    for (const command of ['lint', 'citations'] as const) {
      it(`${command}: ${bad.name}`, async function () {
        const dir = mkdtempSync(join(tmpdir(), 'kehoach-bad-'));
        const path = bad.make(dir);
        if (path === undefined) this.skip();
        writeFileSync(join(dir, 'tot.kh.md'), COMPLETE_PLAN);
        const r = await run([command, path!, 'tot.kh.md'], dir);
        assert.equal(r.code, 2, `${r.stdout}\n${r.stderr}`);
        assert.match(r.stderr, bad.stderr);
        assert.match(r.stdout, command === 'lint' ? /Không có vấn đề nào \(1 tệp\)/ : /trích dẫn trong 1 tệp/);
        assert.doesNotMatch(r.stderr, /Windows-1258, TCVN3 hoặc VNI/);
      });
    }
  }

  it('a socket named on the command line', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-sock-'));
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock.kh.md'), resolve));
    try {
      const r = await run(['lint', 'sock.kh.md'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /sock\.kh\.md: không phải tệp thường mà là một socket/);
    } finally {
      server.close();
    }
  });

  for (const command of ['lint', 'citations']) {
    it(`${command} missing.md: says it is missing, exit 2, no “0 files” summary`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kehoach-bad-'));
      const r = await run([command, 'missing.md'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /không tìm thấy “missing\.md”/);
      assert.equal(r.stdout, '');
    });
  }

  it('permission denied is told apart from a missing file (for a user that is not root)', () => {
    const denied = problemOfError(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }), '/x');
    assert.deepEqual(denied, { reason: 'denied' });
    assert.equal(describeProblem(denied, 'kin.kh.md', 'en'), 'kin.kh.md: permission denied; cannot read the file');
  });

  it('two encodings that read equally well are both named, with --from to choose', () => {
    const text = describeProblem({ reason: 'legacy', likely: ['tcvn3', 'vni'], bad: { line: 2, byte: 0xe0 } }, 'a.kh.md', 'vi');
    assert.equal(text, 'a.kh.md: tệp không phải UTF-8 (byte 0xE0 ở dòng 2); có vẻ là TCVN3 (ABC) hoặc VNI (VNI-Windows). Hãy chọn bảng mã khi chuyển sang UTF-8: kehoach convert --from tcvn3|vni a.kh.md');
  });
});

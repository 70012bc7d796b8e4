import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Run } from './run';
import { citationRows, toCitationsCsv, type FileCitations } from '../../server/src/cli/citations';


const REAL = join(__dirname, '..', 'fixtures', 'real');
const CAO_BANG = 'cao-bang-dinh-huong-2021-2025.txt';
const LANG_SON = 'lang-son-52-KH-UBND-2014.txt';

const PLAN = `# KẾ HOẠCH

Triển khai công tác dân tộc

Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, phê duyệt Chương trình;

## I. NHIỆM VỤ

1. Thực hiện "Quyết định số 1719/QĐ-TTg".
`;

/** A folder with both real texts, a plan found by its name, a README that cites a document, and a sub-folder. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-citations-'));
  copyFileSync(join(REAL, CAO_BANG), join(dir, CAO_BANG));
  copyFileSync(join(REAL, LANG_SON), join(dir, LANG_SON));
  mkdirSync(join(dir, 'nam-2024'));
  writeFileSync(join(dir, 'nam-2024', 'dan-toc.kh.md'), PLAN);
  writeFileSync(join(dir, 'README.md'), '# Ghi chú\n\nXem Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.\n');
  return dir;
}

/** Every citation of the Cao Bằng text, read by hand: type, symbol, date, issuer, line, column. */
const CAO_BANG_ROWS = [
  ['Kết luận', '65-KL/TW', '2019-10-30', 'Bộ Chính trị', 13, 32],
  ['Nghị quyết', '24-NQ/TW', null, 'Ban chấp hành Trung ương Đảng khóa IX', 13, 108],
  ['Quyết định', '1719/QĐ-TTg', '2021-10-14', 'Thủ tướng Chính phủ', 13, 214],
  ['Nghị quyết', '12-NQ/TU', '2022-06-09', 'Ban Chấp hành Đảng bộ tỉnh khóa XIX', 13, 465],
  ['Kế hoạch', '2015/KH-UBND', '2022-08-08', 'UBND tỉnh Cao Bằng', 13, 623],
  ['Nghị quyết', '12-NQ/TU', '2022-06-09', 'Ban Chấp hành Đảng bộ tỉnh khóa XIX', 19, 142],
  ['Kế hoạch', '2015/KH-UBND', '2022-08-08', 'UBND tỉnh Cao Bằng', 19, 302],
];

interface Case {
  name: string;
  argv: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: RegExp;
  stdoutNot?: RegExp;
  stderr?: RegExp;
  after?: (r: Run) => void;
}

const CASES: Case[] = [
  { name: 'no path: usage error', argv: ['citations'], code: 2, stderr: /cần ít nhất một tệp/ },
  { name: 'bad --format', argv: ['citations', '--format', 'xml', CAO_BANG], code: 2, stderr: /--format phải là text, json, csv/ },
  { name: 'unknown option', argv: ['citations', '--fix', CAO_BANG], code: 2, stderr: /tùy chọn không hợp lệ: --fix/ },
  { name: 'missing file: named, exit 2', argv: ['citations', 'khong-co.txt'], code: 2, stderr: /không tìm thấy “khong-co.txt”/ },
  { name: '--help names the command', argv: ['--help'], code: 0, stdout: /kehoach citations \[--format text\|json\|csv\]/ },
  {
    name: 'text: one line per citation with its place, then a count',
    argv: ['citations', CAO_BANG], code: 0,
    stdout: /^cao-bang-dinh-huong-2021-2025\.txt:13:32: Kết luận số 65-KL\/TW ngày 30\/10\/2019 của Bộ Chính trị$[\s\S]*^7 trích dẫn trong 1 tệp\.$/m,
  },
  { name: 'text in English', argv: ['citations', CAO_BANG], env: { LANG: 'en_US.UTF-8' }, code: 0, stdout: /^7 citations in 1 files\.$/m },
  {
    name: 'json: every citation of the Cao Bằng text with its date and issuer',
    argv: ['citations', '--format', 'json', CAO_BANG], code: 0,
    after: (r) => {
      const [report] = JSON.parse(r.stdout);
      assert.equal(report.file, CAO_BANG);
      assert.deepEqual(report.citations.map((c: Record<string, unknown>) => [c.type, c.symbol, c.date, c.issuer, c.line, c.column]), CAO_BANG_ROWS);
      const first = report.citations[0];
      assert.deepEqual(Object.keys(first), ['text', 'type', 'number', 'symbol', 'date', 'issuer', 'line', 'column', 'kind', 'summary']);
      assert.equal(first.number, '65');
      assert.equal(first.text, 'Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị');
    },
  },
  {
    name: 'json: the plan’s own Số line and its page title are not listed; a reference is',
    argv: ['citations', '--format', 'json', LANG_SON], code: 0,
    after: (r) => {
      const rows = JSON.parse(r.stdout)[0].citations as Record<string, unknown>[];
      assert.ok(!rows.some((c) => c.symbol === '52/KH-UBND'), 'the plan itself was listed');
      assert.deepEqual(rows.find((c) => c.kind === 'reference'), {
        text: 'Nghị quyết Trung ương 7 (khoá IX)', type: 'Nghị quyết', number: '7', symbol: null, date: null, issuer: null,
        line: 53, column: 3, kind: 'reference', summary: 'về công tác dân tộc và phát huy sức mạnh đại đoàn kết dân tộc',
      });
      assert.equal(rows.filter((c) => c.kind === 'symbol').length, 12);
    },
  },
  {
    name: 'csv: BOM, header, CRLF, quoted fields',
    argv: ['citations', '--format', 'csv', CAO_BANG], code: 0,
    after: (r) => {
      assert.ok(r.stdout.startsWith('\uFEFFfile,text,type,number,symbol,date,issuer,line,column,kind,summary\r\n'));
      const lines = r.stdout.slice(1).split('\r\n');
      assert.equal(lines.length, 1 + 7 + 1, 'header, seven rows and the final line end');
      assert.equal(lines[8], '');
      // The comma inside the mention quotes the field.
      assert.match(lines[4], /^cao-bang-dinh-huong-2021-2025\.txt,"Nghị quyết số 12-NQ\/TU, ngày 09\/6\/2022 của Ban Chấp hành Đảng bộ tỉnh khóa XIX",Nghị quyết,12,12-NQ\/TU,2022-06-09,/);
    },
  },
  {
    name: 'a folder: plans and named texts, the README skipped',
    argv: ['citations', '--format', 'json', 'nam-2024', 'README.md'], code: 0,
    after: (r) => {
      const files = JSON.parse(r.stdout).map((f: { file: string }) => f.file);
      assert.deepEqual(files, ['nam-2024/dan-toc.kh.md', 'README.md'], 'a README named on the command line is listed');
    },
  },
  {
    name: 'a folder walk skips files that are not plans',
    argv: ['citations', '--format', 'json', '.'], code: 0,
    after: (r) => {
      const files = JSON.parse(r.stdout).map((f: { file: string }) => f.file);
      assert.ok(files.includes(LANG_SON) && files.includes('nam-2024/dan-toc.kh.md'));
      assert.ok(!files.includes('README.md') && !files.includes(CAO_BANG), files.join(', '));
    },
  },
];

describe('CLI: kehoach citations', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const r = await run(c.argv, workspace(), c.env);
      assert.equal(r.code, c.code, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
      if (c.stdout) assert.match(r.stdout, c.stdout);
      if (c.stdoutNot) assert.doesNotMatch(r.stdout, c.stdoutNot);
      if (c.stderr) assert.match(r.stderr, c.stderr);
      c.after?.(r);
    });
  }
});

describe('CLI: citation rows and CSV', () => {
  it('lines and columns are 1-based, in UTF-16 units, after a BOM-less CRLF text', () => {
    const rows = citationRows('x.md', 'Dòng một\r\n  Căn cứ Nghị định số 05/2011/NĐ-CP ngày 14/01/2011 của Chính phủ;').citations;
    assert.deepEqual(rows.map((r) => [r.line, r.column, r.date, r.symbol]), [[2, 10, '2011-01-14', '05/2011/NĐ-CP']]);
  });

  it('RFC 4180: quotes are doubled, line breaks quoted', () => {
    const files: FileCitations[] = [{
      file: 'a "b".md',
      citations: [{ text: 'x\ny', type: null, number: null, symbol: null, date: null, issuer: 'A, B', line: 1, column: 1, kind: 'reference', summary: null }],
    }];
    assert.equal(toCitationsCsv(files).split('\r\n')[1], '"a ""b"".md","x\ny",,,,,"A, B",1,1,reference,');
  });
});

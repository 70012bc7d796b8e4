import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../cli/run';
import { readDocx } from '../office/docx-text';
import { ROOT } from './plans';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-export-'));
  copyFileSync(join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), join(dir, 'ke-hoach-mau.kh.md'));
  writeFileSync(join(dir, 'README.md'), '# Ghi chú\n\nKhông phải kế hoạch.\n');
  mkdirSync(join(dir, 'thu-muc'));
  return dir;
}

describe('kehoach export', () => {
  it('writes the .docx beside the plan by default, named after it', async () => {
    const dir = workspace();
    const r = await run(['export', 'ke-hoach-mau.kh.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /đã xuất “ke-hoach-mau.kh.md” ra “ke-hoach-mau.docx”/);
    const docx = readDocx(readFileSync(join(dir, 'ke-hoach-mau.docx')));
    assert.ok(docx.paragraphs.some((p) => p.text === 'KẾ HOẠCH'));
  });

  it('writes where -o says, with --to docx', async () => {
    const dir = workspace();
    const r = await run(['export', '--to', 'docx', '-o', 'ra/ban-in.docx', 'ke-hoach-mau.kh.md'], dir);
    assert.equal(r.code, 2, 'the folder ra/ does not exist yet');
    assert.match(r.stderr, /không ghi được “ra\/ban-in.docx” \(ENOENT\)/);
    mkdirSync(join(dir, 'ra'));
    assert.equal((await run(['export', '-o', 'ra/ban-in.docx', 'ke-hoach-mau.kh.md'], dir)).code, 0);
    assert.ok(existsSync(join(dir, 'ra', 'ban-in.docx')));
  });

  const errors: [string, string[], RegExp][] = [
    ['a missing file', ['export', 'khong-co.kh.md'], /không tìm thấy “khong-co.kh.md”/],
    ['a folder', ['export', 'thu-muc'], /thu-muc: là thư mục, không phải tệp/],
    ['a file that is no plan', ['export', 'README.md'], /README.md: không phải văn bản kế hoạch/],
    ['no path', ['export'], /cần đúng một tệp[\s\S]*Cách dùng/],
    ['two paths', ['export', 'a.md', 'b.md'], /mỗi lần chỉ xuất một tệp/],
    ['another format', ['export', '--to', 'pdf', 'ke-hoach-mau.kh.md'], /--to chỉ nhận docx/],
    ['English with --lang en', ['export', '--lang', 'en', 'khong-co.kh.md'], /“khong-co.kh.md” not found/],
  ];
  for (const [name, argv, message] of errors) {
    it(`${name}: exit 2 and a clear message`, async () => {
      const r = await run(argv, workspace());
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');
    });
  }

  it('is in the usage text', async () => {
    assert.match((await run(['--help'], workspace())).stdout, /kehoach export \[--to docx\] \[-o TỆP.docx\]/);
  });
});

import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { run, type Run } from './run';
import { toTcvn3, toVni, toWindows1258 } from './legacy-samples';

const SAMPLES = join(__dirname, '..', 'fixtures', 'encodings');
const PLAN = readFileSync(join(SAMPLES, 'ke-hoach-mau.kh.md'), 'utf8').normalize('NFC');
const VOWELS = readFileSync(join(SAMPLES, 'nguyen-am.txt'), 'utf8').normalize('NFC');

/** The same text with CRLF, and with CR only: conversion keeps whichever a file has. */
const withBreaks = (text: string, br: string) => text.replace(/\n/g, br);

const ENCODERS: { name: string; from: string; encode: (text: string) => Buffer; bom?: boolean }[] = [
  { name: 'TCVN3 (ABC), made with iconv-lite’s tcvn', from: 'tcvn3', encode: toTcvn3 },
  { name: 'VNI-Windows, made by its published rules', from: 'vni', encode: toVni },
  { name: 'Windows-1258 as Word writes it, made with iconv-lite', from: 'windows-1258', encode: (t) => toWindows1258(t) },
  { name: 'Windows-1258, every tone a combining mark', from: 'windows-1258', encode: (t) => toWindows1258(t, false) },
  { name: 'UTF-16 LE with a BOM (Notepad’s “Unicode”)', from: 'utf-16', encode: (t) => iconv.encode(t, 'utf-16le', { addBOM: true }), bom: true },
  { name: 'UTF-16 BE without a BOM', from: 'utf-16', encode: (t) => iconv.encode(t, 'utf-16be') },
  { name: 'UTF-32 LE with a BOM (told from the bytes only)', from: 'auto', encode: (t) => iconv.encode(t, 'utf-32le', { addBOM: true }), bom: true },
];

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'kehoach-convert-'));
}

describe('kehoach convert: byte for byte back to the NFC original', () => {
  for (const enc of ENCODERS) {
    for (const [sample, text] of [['plan', PLAN], ['vowels', VOWELS]] as const) {
      for (const br of ['\n', '\r\n', '\r']) {
        it(`${enc.name}: the ${sample} with ${JSON.stringify(br)} line breaks, told from the bytes`, async () => {
          const dir = folder();
          const original = withBreaks(text, br);
          const bytes = enc.encode(original);
          writeFileSync(join(dir, 'a.kh.md'), bytes);
          const r = await run(['convert', 'a.kh.md'], dir);
          assert.equal(r.code, 0, r.stderr);
          const expected = Buffer.from((enc.bom ? '\uFEFF' : '') + original, 'utf8');
          assert.ok(readFileSync(join(dir, 'a.kh.md')).equals(expected), readFileSync(join(dir, 'a.kh.md'), 'utf8'));
          assert.ok(readFileSync(join(dir, 'a.kh.md.bak')).equals(bytes), 'the backup holds the original bytes');
        });
      }
    }
    it(`${enc.name}: the same with --from ${enc.from}`, async () => {
      const dir = folder();
      writeFileSync(join(dir, 'a.kh.md'), enc.encode(PLAN));
      const r = await run(['convert', '--from', enc.from, 'a.kh.md'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(readFileSync(join(dir, 'a.kh.md'), 'utf8'), (enc.bom ? '\uFEFF' : '') + PLAN);
    });
  }

  it('the converted plan is then checked by lint like any other', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.kh.md'), toVni(PLAN));
    assert.equal((await run(['lint', 'a.kh.md'], dir)).code, 2);
    await run(['convert', 'a.kh.md'], dir);
    const r = await run(['lint', 'a.kh.md'], dir);
    assert.notEqual(r.code, 2, r.stderr);
    assert.match(r.stdout, /1 tệp/);
  });
});

interface Case {
  name: string;
  files?: Record<string, string | Buffer>;
  argv: string[];
  code: number;
  stdout?: RegExp;
  stderr?: RegExp;
  after?: (dir: string, r: Run) => void;
}

const VNI_PLAN = toVni(PLAN);
const unchanged = (name: string, bytes: Buffer) => (dir: string) => assert.ok(readFileSync(join(dir, name)).equals(bytes), `${name} changed`);

const CASES: Case[] = [
  { name: 'no file: usage error', argv: ['convert'], code: 2, stderr: /cần ít nhất một tệp để chuyển sang UTF-8/ },
  { name: 'a bad --from: usage error naming the choices', argv: ['convert', '--from', 'viscii', 'a.kh.md'], code: 2, stderr: /--from phải là auto, tcvn3, vni, windows-1258, utf-16, không phải “viscii”/ },
  { name: 'the usage names convert in both languages', argv: ['--help', '--lang', 'en'], code: 0, stdout: /kehoach convert \[--from auto\|tcvn3\|vni\|windows-1258\|utf-16\] \[--dry-run\]/ },
  {
    name: 'a UTF-8 file is left alone, with a message and no backup',
    files: { 'a.kh.md': PLAN }, argv: ['convert', 'a.kh.md'], code: 0, stdout: /a\.kh\.md: đã là UTF-8, để nguyên/,
    after: (dir) => { assert.equal(readFileSync(join(dir, 'a.kh.md'), 'utf8'), PLAN); assert.equal(existsSync(join(dir, 'a.kh.md.bak')), false); },
  },
  {
    name: '--dry-run: the encoding and the first line, nothing written',
    files: { 'a.kh.md': VNI_PLAN }, argv: ['convert', '--dry-run', 'a.kh.md'], code: 0,
    stdout: /a\.kh\.md: VNI \(VNI-Windows\) → UTF-8 \(chạy thử, chưa ghi gì\)\. Dòng đầu sẽ là: “ỦY BAN NHÂN DÂN”/,
    after: (dir) => { unchanged('a.kh.md', VNI_PLAN)(dir); assert.equal(existsSync(join(dir, 'a.kh.md.bak')), false); },
  },
  {
    name: 'an existing backup is not overwritten: the file is left as it was',
    files: { 'a.kh.md': VNI_PLAN, 'a.kh.md.bak': 'bản cũ' }, argv: ['convert', 'a.kh.md'], code: 2,
    stderr: /a\.kh\.md: đã có a\.kh\.md\.bak; không ghi đè bản sao lưu cũ, tệp giữ nguyên\. .*--force/,
    after: (dir) => { unchanged('a.kh.md', VNI_PLAN)(dir); assert.equal(readFileSync(join(dir, 'a.kh.md.bak'), 'utf8'), 'bản cũ'); },
  },
  {
    name: '--force overwrites the old backup',
    files: { 'a.kh.md': VNI_PLAN, 'a.kh.md.bak': 'bản cũ' }, argv: ['convert', '--force', 'a.kh.md'], code: 0,
    stdout: /đã chuyển từ VNI \(VNI-Windows\) sang UTF-8; bản gốc giữ ở a\.kh\.md\.bak/,
    after: (dir) => { unchanged('a.kh.md.bak', VNI_PLAN)(dir); assert.equal(readFileSync(join(dir, 'a.kh.md'), 'utf8'), PLAN); },
  },
  {
    name: 'TCVN3: a note that capitals inside sentences cannot be told', files: { 'a.kh.md': toTcvn3(PLAN) }, argv: ['convert', 'a.kh.md'], code: 0,
    stdout: /TCVN3 không lưu chữ hoa có dấu; đã viết hoa lại \d+ chữ/,
  },
  {
    name: 'in English', files: { 'a.kh.md': toTcvn3(PLAN) }, argv: ['convert', '--lang', 'en', 'a.kh.md'], code: 0,
    stdout: /a\.kh\.md: converted from TCVN3 \(ABC\) to UTF-8; the original is kept as a\.kh\.md\.bak/,
  },
  {
    name: 'an encoding that cannot be told: the file is left as it was, --from suggested',
    files: { 'a.kh.md': Buffer.from([0x4b, 0xca, 0x20, 0xd2, 0x4f, 0x41, 0x43, 0x48, 0xff]) }, argv: ['convert', 'a.kh.md'], code: 2,
    stderr: /a\.kh\.md: không nhận ra bảng mã .*kehoach convert --from tcvn3\|vni\|windows-1258 a\.kh\.md/,
    after: unchanged('a.kh.md', Buffer.from([0x4b, 0xca, 0x20, 0xd2, 0x4f, 0x41, 0x43, 0x48, 0xff])),
  },
  {
    name: 'a byte the encoding leaves undefined: named with its line, nothing written',
    files: { 'a.kh.md': Buffer.concat([toWindows1258('Kế hoạch\n'), Buffer.from([0x81])]) }, argv: ['convert', '--from', 'windows-1258', 'a.kh.md'], code: 2,
    stderr: /a\.kh\.md: byte 0x81 ở dòng 2 không có nghĩa trong bảng mã Windows-1258; tệp giữ nguyên/,
    after: (dir) => assert.equal(existsSync(join(dir, 'a.kh.md.bak')), false),
  },
  {
    name: 'a UTF-16 file with --from vni: refused, the encoding named',
    files: { 'a.kh.md': iconv.encode(PLAN, 'utf-16le', { addBOM: true }) }, argv: ['convert', '--from', 'vni', 'a.kh.md'], code: 2,
    stderr: /a\.kh\.md: tệp mã UTF-16 LE, không phải vni; tệp giữ nguyên/,
  },
  {
    name: '--from utf-16 reads a few characters without a BOM, little-endian as Windows writes them',
    files: { 'a.kh.md': iconv.encode('Kế hoạch', 'utf-16le') }, argv: ['convert', '--from', 'utf-16', 'a.kh.md'], code: 0,
    after: (dir) => assert.equal(readFileSync(join(dir, 'a.kh.md'), 'utf8'), 'Kế hoạch'),
  },
  {
    name: 'a UTF-32 file with --from utf-16: refused, the encoding named',
    files: { 'a.kh.md': iconv.encode(PLAN, 'utf-32le', { addBOM: true }) }, argv: ['convert', '--from', 'utf-16', 'a.kh.md'], code: 2,
    stderr: /a\.kh\.md: tệp mã UTF-32 LE, không phải utf-16/,
  },
  { name: 'a binary file: refused', files: { 'a.kh.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) }, argv: ['convert', 'a.kh.md'], code: 2, stderr: /a\.kh\.md: tệp nhị phân/ },
  {
    name: 'one file that cannot be converted does not stop the others',
    files: { 'a.kh.md': Buffer.from([0x4b, 0xff, 0xfe, 0x20]), 'b.kh.md': VNI_PLAN }, argv: ['convert', 'a.kh.md', 'khong-co.kh.md', 'b.kh.md'], code: 2,
    stderr: /không tìm thấy “khong-co\.kh\.md”/, stdout: /b\.kh\.md: đã chuyển từ VNI/,
    after: (dir) => assert.equal(readFileSync(join(dir, 'b.kh.md'), 'utf8'), PLAN),
  },
];

describe('CLI: kehoach convert', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = folder();
      for (const [name, content] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), content);
      const r = await run(c.argv, dir);
      assert.equal(r.code, c.code, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
      if (c.stdout) assert.match(r.stdout, c.stdout);
      if (c.stderr) assert.match(r.stderr, c.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      c.after?.(dir, r);
    });
  }
});

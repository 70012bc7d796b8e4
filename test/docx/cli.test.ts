/**
 * `kehoach lint draft.docx` and `kehoach citations draft.docx`: findings by paragraph (text, JSON,
 * SARIF), --fix refused for a Word file, folders and globs bringing in .docx, a broken .docx named
 * while the other files are still checked.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../../server/src/docx';
import { exportDocx } from '../../server/src/export';
import { run } from '../cli/run';
import { ROOT } from '../export/plans';

const SAMPLE = readFileSync(join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), 'utf8');
/** The sample with one date written the wrong way: a date-format finding in a known paragraph. */
const DRAFT = SAMPLE.replace('trước ngày 31/3/2023', 'trước ngày 31-3-2023');

async function workspace(): Promise<{ dir: string; bytes: Uint8Array; paragraph: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-docx-'));
  const bytes = await exportDocx(DRAFT);
  writeFileSync(join(dir, 'du-thao.docx'), bytes);
  const reading = readDocx(bytes);
  const paragraph = reading.paragraphs.find((p) => reading.text.slice(p.start, p.end).includes('31-3-2023'))!.index;
  return { dir, bytes, paragraph };
}

describe('CLI: kehoach lint on a .docx', () => {
  it('reports findings by paragraph, with the line and column of the text read from it', async () => {
    const { dir, paragraph } = await workspace();
    const r = await run(['lint', 'du-thao.docx'], dir);
    assert.equal(r.code, 0, 'information only: no error or warning');
    const line = r.stdout.split('\n').find((l) => l.includes('31-3-2023'));
    assert.match(line ?? '', new RegExp(`^du-thao\\.docx:¶${paragraph} \\(dòng \\d+:\\d+\\): thông tin Ngày tháng “31-3-2023”.* \\[date-format\\]$`));
    const en = await run(['lint', '--lang', 'en', 'du-thao.docx'], dir);
    assert.match(en.stdout, new RegExp(`^du-thao\\.docx:¶${paragraph} \\(line \\d+:\\d+\\): info `, 'm'));
  });

  it('JSON carries "paragraph" beside line and column, and no fix edits for a Word file', async () => {
    const { dir, paragraph } = await workspace();
    const [file] = JSON.parse((await run(['lint', '--format', 'json', 'du-thao.docx'], dir)).stdout);
    const finding = file.diagnostics.find((d: { rule: string }) => d.rule === 'date-format');
    assert.deepEqual(Object.keys(finding), ['rule', 'severity', 'message', 'paragraph', 'line', 'column', 'endLine', 'endColumn']);
    assert.equal(finding.paragraph, paragraph);
    assert.ok(file.diagnostics.every((d: { fix?: unknown; paragraph?: number }) => d.fix === undefined && Number.isInteger(d.paragraph)));
  });

  it('SARIF carries the paragraph in the region’s properties', async () => {
    const { dir, paragraph } = await workspace();
    const sarif = JSON.parse((await run(['lint', '--format', 'sarif', 'du-thao.docx'], dir)).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'date-format');
    const region = result.locations[0].physicalLocation.region;
    assert.equal(region.properties.paragraph, paragraph);
    assert.ok(Number.isInteger(region.startLine) && Number.isInteger(region.startColumn));
  });

  it('--fix leaves the Word file as it is, says why, and still reports', async () => {
    const { dir, bytes } = await workspace();
    const r = await run(['lint', '--fix', 'du-thao.docx'], dir);
    assert.equal(r.code, 0, 'refusing to fix is no failure');
    assert.match(r.stderr, /du-thao\.docx: --fix chỉ sửa tệp văn bản \(\.md, \.txt\); tệp Word không được sửa/);
    assert.match(r.stdout, /\[date-format\]/);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'du-thao.docx'))), bytes);
  });

  it('a folder brings in .docx plans, skips Word’s lock files and .docx that are no plans', async () => {
    const { dir } = await workspace();
    writeFileSync(join(dir, '~$du-thao.docx'), 'owner file, not a zip');
    writeFileSync(join(dir, 'ghi-chu.docx'), await exportDocx('Ghi chú cuộc họp ngày 05/3/2024.\n'));
    const r = await run(['lint', '--format', 'json', '.'], dir);
    assert.equal(r.stderr, '');
    assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file), ['du-thao.docx']);
    const glob = await run(['lint', '--format', 'json', '*.docx'], dir);
    assert.deepEqual(JSON.parse(glob.stdout).map((f: { file: string }) => f.file), ['du-thao.docx']);
  });

  it('names a file that is no .docx, and still checks the others (exit 2 after all)', async () => {
    const { dir } = await workspace();
    writeFileSync(join(dir, 'hong.docx'), 'KẾ HOẠCH\n');
    writeFileSync(join(dir, 'cu.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const r = await run(['lint', 'hong.docx', 'cu.docx', 'du-thao.docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /hong\.docx: không phải tệp Word \.docx \(không phải gói zip\)/);
    assert.match(r.stderr, /cu\.docx: là tệp Word cũ \(\.doc\) hoặc tệp \.docx có đặt mật khẩu/);
    assert.match(r.stdout, /du-thao\.docx:¶\d+ .*\[date-format\]/);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');
  });

  it('names a .docx whose XML is broken, with the part', async () => {
    const { dir } = await workspace();
    const { zipSync, strToU8 } = await import('fflate');
    writeFileSync(join(dir, 'hu.docx'), zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }));
    const r = await run(['lint', '--lang', 'en', 'hu.docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /hu\.docx: a damaged \.docx: the part word\/document\.xml is not well-formed XML \(.+\); open it in Word and save it again/);
  });
});

describe('CLI: kehoach citations on a .docx', () => {
  it('lists citations by paragraph in text, JSON and CSV', async () => {
    const { dir, bytes } = await workspace();
    const reading = readDocx(bytes);
    const paragraph = reading.paragraphs.find((p) => reading.text.slice(p.start, p.end).includes('88/2019/QH14'))!.index;
    const text = await run(['citations', 'du-thao.docx'], dir);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, new RegExp(`^du-thao\\.docx:¶${paragraph} \\(dòng \\d+:8\\): Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội`, 'm'));
    const [json] = JSON.parse((await run(['citations', '--format', 'json', 'du-thao.docx'], dir)).stdout);
    assert.equal(json.citations[0].paragraph, paragraph);
    const csv = (await run(['citations', '--format', 'csv', 'du-thao.docx'], dir)).stdout;
    assert.ok(csv.startsWith('\uFEFFfile,text,type,number,symbol,date,issuer,line,column,kind,summary,paragraph\r\n'));
    assert.match(csv.split('\r\n')[1], new RegExp(`,${paragraph}$`));
  });
});

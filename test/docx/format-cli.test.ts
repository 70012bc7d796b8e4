/**
 * `kehoach lint draft.docx` runs the format rules on the Word file (the reading goes with the text to
 * the rules); the finding is shown at its paragraph, and counts toward exit code 1.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { run } from '../cli/run';
import { planDocument } from './word-plan';

describe('CLI: format rules on a .docx', () => {
  it('a Word file with 15 mm margins and a .VnTime paragraph: both reported by paragraph, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-format-'));
    const doc = planDocument({ margins: { left: 850 }, bodyRuns: { 1: [{ text: 'Sở Y tế xây dựng Kế hoạch như sau:', font: '.VnTime' }] } });
    writeFileSync(join(dir, 'du-thao.docx'), await Packer.toBuffer(doc));
    const r = await run(['lint', 'du-thao.docx'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^du-thao\.docx:¶1 \(dòng 1:1\): cảnh báo Lề trang chưa đúng quy định: lề trái 15 mm \(quy định 30–35 mm\)\. \[format-margins\]$/m);
    assert.match(r.stdout, /^du-thao\.docx:¶10 \(dòng \d+:1\): lỗi Chữ Unicode đặt phông cũ \.VnTime.* \[format-font\]$/m);
    const [file] = JSON.parse((await run(['lint', '--format', 'json', 'du-thao.docx'], dir)).stdout);
    assert.deepEqual(file.diagnostics.map((d: { rule: string; paragraph: number; severity: string }) => [d.rule, d.paragraph, d.severity]), [
      ['format-margins', 1, 'warning'], ['format-font', 10, 'error'],
    ]);
  });
});

/**
 * .docx files as another office suite writes them: LibreOffice (headless, installed by
 * scripts/setup-office.sh) saves the exported plan again, and turns an HTML page with ordered lists
 * into a Word file with real automatic numbering. Without LibreOffice these tests FAIL with the reason.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';
import { readDocx } from '../../server/src/docx';
import { exportDocx } from '../../server/src/export';
import { ROOT } from '../export/plans';
import { OfficeMissing } from '../office/render';
import { paragraphTexts } from './build';

/** `input` (named `name`) converted by LibreOffice to Word 2007+ .docx, in a folder and profile of its own. */
function saveAsDocx(input: Uint8Array | string, name: string): Uint8Array {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  if (found.status !== 0) throw new OfficeMissing('soffice not found: run scripts/setup-office.sh (LibreOffice)');
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-lo-'));
  try {
    writeFileSync(join(dir, name), input);
    const out = join(dir, 'out');
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const r = spawnSync(found.stdout.trim(), [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, join(dir, name)], { encoding: 'utf8', timeout: 120_000 });
    const docx = join(out, name.replace(/\.\w+$/, '.docx'));
    if (r.error || !existsSync(docx)) throw new Error(`soffice could not convert ${name}: ${r.error?.message ?? `exit ${r.status}`} ${r.stderr}`);
    return new Uint8Array(readFileSync(docx));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const keys = (text: string) => lint(text).map((f) => `${f.ruleId} | ${f.message} | ${text.slice(f.start, f.end).replace(/[\s|]+/g, ' ').trim()}`).sort();

describe('docx reader: files LibreOffice writes', () => {
  it('the exported plan saved again by LibreOffice: the same findings as its text', async () => {
    const text = readFileSync(join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), 'utf8').replace('ngày 31/3/2023', 'ngày 31-3-2023');
    const reading = readDocx(saveAsDocx(await exportDocx(text), 'ke-hoach.docx'));
    assert.deepEqual(keys(reading.text), keys(text));
    assert.ok(keys(text).some((k) => k.startsWith('date-format')));
  });

  it('numbering LibreOffice makes from ordered lists reads as typed headings', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>KẾ HOẠCH</p>
      <ol type="I"><li><p>MỤC ĐÍCH, YÊU CẦU</p><ol><li><p>Mục đích</p></li><li><p>Yêu cầu</p></li></ol></li>
      <li><p>NHIỆM VỤ</p></li><li><p>TỔ CHỨC THỰC HIỆN</p></li></ol></body></html>`;
    const reading = readDocx(saveAsDocx(html, 'danh-sach.html'));
    assert.deepEqual(paragraphTexts(reading), ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN']);
    assert.deepEqual(parsePlan(reading.text).sections.map((s) => s.heading.numbering?.label), ['I', 'II', 'III']);
  });
});

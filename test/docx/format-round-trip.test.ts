/**
 * Never flag a correct Word file: the exporter writes the decree's layout, so every plan among the
 * fixtures and both sets of examples, exported and read back, gets no format finding; and neither
 * does an exported plan saved again by LibreOffice (slow: LibreOffice starts once per file).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../../server/src/core/document';
import { withWordSource } from '../../server/src/core/format/word-source';
import { lintDocument } from '../../server/src/core/lint';
import { paragraphAt, readDocx, type DocxReading } from '../../server/src/docx';
import { exportDocx } from '../../server/src/export';
import { planFiles, ROOT } from '../export/plans';
import { OfficeMissing } from '../office/render';

const MARKER = / ?<!-- expect -->/g;

/** The format findings of a Word file, as `rule ¶N: message`. */
function formatFindings(reading: DocxReading): string[] {
  return lintDocument(withWordSource(parsePlan(reading.text), reading))
    .filter((f) => f.ruleId.startsWith('format-'))
    .map((f) => `${f.ruleId} ¶${paragraphAt(reading, f.start)?.index}: ${f.message}`);
}

describe('format rules: every exported plan is a correct Word file', () => {
  const files = planFiles();
  it('reads every plan among the fixtures and both examples', () => {
    assert.ok(files.length > 100);
  });
  for (const file of files) {
    it(file.name, async () => {
      assert.deepEqual(formatFindings(readDocx(await exportDocx(file.text.replace(MARKER, '')))), []);
    });
  }
});

/** `docx` saved again by LibreOffice as Word 2007+, in a folder and profile of its own. */
function resavedByLibreOffice(docx: Uint8Array): Uint8Array {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  if (found.status !== 0) throw new OfficeMissing('soffice not found: run scripts/setup-office.sh (LibreOffice)');
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-lo-format-'));
  try {
    writeFileSync(join(dir, 'plan.docx'), docx);
    const out = join(dir, 'out');
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const r = spawnSync(found.stdout.trim(), [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, join(dir, 'plan.docx')], { encoding: 'utf8', timeout: 120_000 });
    const saved = join(out, 'plan.docx');
    if (r.error || !existsSync(saved)) throw new Error(`soffice could not convert: ${r.error?.message ?? `exit ${r.status}`} ${r.stderr}`);
    return new Uint8Array(readFileSync(saved));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('format rules: an exported plan saved again by LibreOffice (slow)', function () {
  this.timeout(180_000);
  this.slow(20_000);
  for (const name of [join('examples', 'ke-hoach-mau.kh.md'), join('test', 'fixtures', 'rules', 'header-number', 'party-correct.kh.md')]) {
    it(name, async () => {
      const reading = readDocx(resavedByLibreOffice(await exportDocx(readFileSync(join(ROOT, name), 'utf8'))));
      assert.ok(reading.paragraphs.length > 20 && reading.sections.length > 0, 'LibreOffice wrote the plan');
      assert.deepEqual(formatFindings(reading), []);
    });
  }
});

import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/cli';
import { inProcessClient } from './harness';
import { PLAN_MISSING_TASKS } from './plans';

/** The same file and `.kehoach.json` through the CLI and through the server give the same findings. */
describe('CLI and language server agree', () => {
  it('on a plan with a .kehoach.json that changes severities and the required sections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-parity-'));
    const text = PLAN_MISSING_TASKS.replace('### 2. Yêu cầu', '### 3. Yêu cầu').replace(/Các cơ quan, đơn vị bám sát[^\n]*\n/, '');
    writeFileSync(join(dir, 'plan.kh.md'), text);
    writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({
      rules: { 'section-numbering': 'error', 'section-empty': 'information' },
      requiredSections: { state: ['muc-dich', 'yeu-cau', 'nhiem-vu', 'kinh-phi', 'to-chuc-thuc-hien'] },
    }));

    let out = '';
    const code = await main({ argv: ['lint', '--format', 'json', 'plan.kh.md'], cwd: dir, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
    assert.equal(code, 1);
    const fromCli = JSON.parse(out)[0].diagnostics.map((d: { rule: string; severity: string; line: number; column: number }) => `${d.rule}:${d.severity}@${d.line}:${d.column}`);

    const client = inProcessClient();
    await client.initialize();
    const uri = pathToFileURL(join(dir, 'plan.kh.md')).toString();
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    await client.close();
    const names = ['', 'error', 'warning', 'information', 'hint'];
    const fromServer = diagnostics.map((d) => `${d.code}:${names[d.severity!]}@${d.range.start.line + 1}:${d.range.start.character + 1}`);

    assert.deepEqual(fromServer, fromCli);
    // The configuration really applied: Kinh phí required, numbering an error, the empty section information.
    assert.ok(fromCli.some((f: string) => f.startsWith('section-numbering:error')), fromCli.join(' '));
    assert.ok(fromCli.some((f: string) => f.startsWith('section-empty:information')), fromCli.join(' '));
    assert.equal(fromCli.filter((f: string) => f.startsWith('section-missing')).length, 2);
  });
});

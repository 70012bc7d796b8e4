import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_MISSING_TASKS } from '../lsp/plans';
import { hasProgram, installKehoach } from './installed';

const RECIPE = join(__dirname, '..', '..', 'examples', 'editors', 'eglot.el');

/** Whether this Emacs has eglot (built in from Emacs 29; Debian's elpa-eglot on Emacs 28). */
function emacsWithEglot(): boolean {
  if (!hasProgram('emacs')) return false;
  return spawnSync('emacs', ['--batch', '--eval', '(kill-emacs (if (require (quote eglot) nil t) 0 1))'], { encoding: 'utf8', timeout: 30000 }).status === 0;
}

interface Seen {
  mode: string;
  exepath: string;
  server: string;
  diagnostics: { line: number; column: number; message: string }[];
}

describe('Emacs recipe (examples/editors/eglot.el), through the installed kehoach command', function () {
  this.timeout(180000);

  before(function () {
    if (!emacsWithEglot()) this.skip();
  });

  it('eglot starts `kehoach lsp --stdio` and Flymake shows the server\'s diagnostic on a plan', () => {
    const { prefix, path } = installKehoach();
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-emacs-'));
    writeFileSync(join(dir, 'thieu.kh.md'), PLAN_MISSING_TASKS);
    const out = join(dir, 'seen.json');
    const env = { PATH: path, HOME: dir, KEHOACH_PROBE_OUT: out, LANG: 'C.UTF-8' };
    // Batch mode reads no init file: the recipe is the whole configuration (Debian's site-start still loads elpa-eglot).
    const r = spawnSync('emacs', ['--batch', '-l', RECIPE, '-l', join(__dirname, 'emacs-probe.el')], { cwd: dir, env, encoding: 'utf8', timeout: 60000 });
    let seen: Seen;
    try {
      seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
    } catch {
      throw new Error(`Emacs wrote nothing (exit ${r.status}, signal ${r.signal}):\n${r.stdout}${r.stderr}`);
    }
    assert.ok(seen.exepath.startsWith(prefix), `kehoach resolved to ${seen.exepath}, not the installed one`);
    assert.equal(seen.server, 'kehoach lsp --stdio');
    const found = seen.diagnostics.find((d) => d.message.includes('[section-missing]'));
    assert.ok(found, `no section-missing among ${JSON.stringify(seen.diagnostics)}`);
    assert.deepEqual([found.line, found.column], [11, 1]);
    assert.match(found.message, /Kế hoạch thiếu mục “Nhiệm vụ”/);
  });
});

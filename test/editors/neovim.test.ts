import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_MISSING_TASKS } from '../lsp/plans';
import { hasProgram, installKehoach } from './installed';

const RECIPES = join(__dirname, '..', '..', 'examples', 'editors');

/** Neovim's version as [major, minor], or undefined when the machine has none (then the tests skip). */
function neovimVersion(): [number, number] | undefined {
  if (!hasProgram('nvim')) return undefined;
  const m = /NVIM v(\d+)\.(\d+)/.exec(spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

interface Seen {
  filetype: string;
  exepath: string;
  clients: { name: string; cmd: string[] }[];
  diagnostics: { line: number; column: number; message: string; source?: string; rule?: string }[];
}

/**
 * Neovim, headless, with only the recipe as its configuration (`-u`), opening a plan that lacks its
 * Nhiệm vụ section, with the installed `kehoach` the only one on PATH: what it saw once diagnostics came.
 */
function openInNeovim(recipe: string, path: string): Seen {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-nvim-'));
  writeFileSync(join(dir, 'thieu.kh.md'), PLAN_MISSING_TASKS);
  const out = join(dir, 'seen.json');
  const env = { PATH: path, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'), KEHOACH_PROBE_OUT: out, LANG: 'C.UTF-8' };
  const args = ['--headless', '-n', '-i', 'NONE', '-u', join(RECIPES, recipe), '-c', `luafile ${join(__dirname, 'nvim-probe.lua')}`, 'thieu.kh.md'];
  const r = spawnSync('nvim', args, { cwd: dir, env, encoding: 'utf8', timeout: 60000 });
  let text: string;
  try {
    text = readFileSync(out, 'utf8');
  } catch {
    throw new Error(`Neovim wrote nothing (exit ${r.status}, signal ${r.signal}):\n${r.stdout}${r.stderr}`);
  }
  return JSON.parse(text) as Seen;
}

function assertSeesMissingSection(seen: Seen, installedPrefix: string): void {
  assert.equal(seen.filetype, 'markdown');
  assert.ok(seen.exepath.startsWith(installedPrefix), `kehoach resolved to ${seen.exepath}, not the installed one`);
  assert.deepEqual(seen.clients.map((c) => [c.name, c.cmd.join(' ')]), [['kehoach', 'kehoach lsp --stdio']]);
  const found = seen.diagnostics.find((d) => d.rule === 'section-missing');
  assert.ok(found, `no section-missing among ${JSON.stringify(seen.diagnostics)}`);
  assert.deepEqual([found.line, found.column], [11, 1]);
  assert.match(found.message, /Kế hoạch thiếu mục “Nhiệm vụ”/);
}

describe('Neovim recipes (examples/editors), through the installed kehoach command', function () {
  this.timeout(180000);
  const version = neovimVersion();

  before(function () {
    if (!version) this.skip();
  });

  it('neovim-0.7.lua (Neovim 0.7 to 0.10) shows the server\'s diagnostic on a plan', function () {
    if (version && (version[0] > 0 || version[1] >= 11)) this.skip();
    const { prefix, path } = installKehoach();
    assertSeesMissingSection(openInNeovim('neovim-0.7.lua', path), prefix);
  });

  it('neovim-0.11.lua (Neovim 0.11 and later) shows the server\'s diagnostic on a plan', function () {
    if (version && version[0] === 0 && version[1] < 11) this.skip();
    const { prefix, path } = installKehoach();
    assertSeesMissingSection(openInNeovim('neovim-0.11.lua', path), prefix);
  });
});

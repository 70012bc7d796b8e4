// Plans on disk: the workspace scan and a re-read after a file event find plans by the globs of the
// configuration, follow no link out of the folder and never block on a FIFO.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readPlanFile, scanPlans } from '../../server/src/node/workspace-scan';

const PLAN = 'Số: 15/KH-UBND\n\nKẾ HOẠCH\n\nThực hiện Chương trình năm 2023\n';

describe('plans on disk', () => {
  let top: string;
  let ws: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  const scanned = async (options = {}) => {
    const found: string[] = [];
    for await (const { path } of scanPlans(ws, options)) found.push(relative(ws, path).split('\\').join('/'));
    return found;
  };

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'kehoach-scan-'));
    ws = join(top, 'ws');
    mkdirSync(ws);
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('finds by `plans/**/*.kh.md` exactly the files it found before, at any depth', async () => {
    write(join(ws, 'plans', 'a.kh.md'), 'ghi chú');
    write(join(ws, 'plans', '2024', 'quy-1', 'b.kh.md'), 'ghi chú');
    write(join(ws, 'plans', 'c.md'), 'ghi chú');
    write(join(ws, 'khac', 'd.kh.md'), 'ghi chú');
    write(join(ws, 'khac', 'e.md'), PLAN);
    const options = { planGlobs: ['plans/**/*.kh.md'] };
    assert.deepEqual(await scanned(options), ['khac/e.md', 'plans/a.kh.md', 'plans/2024/quy-1/b.kh.md']);
    assert.deepEqual(await scanned({ ...options, detectByContent: false }), ['plans/a.kh.md', 'plans/2024/quy-1/b.kh.md']);
  });

  it('scans a deep tree with `**/` repeated 40 times from a configuration, in linear time', async () => {
    const deep = join(ws, ...Array.from({ length: 60 }, (_, i) => `t${i}`));
    write(join(deep, 'ke-hoach.md'), 'ghi chú');
    write(join(deep, 'x.md'), 'ghi chú');
    assert.deepEqual((await scanned({ planGlobs: [`${'**/'.repeat(40)}x.md`], detectByContent: false })).map((p) => p.split('/').pop()), ['x.md']);
  });

  it('reads no plan through a link, even when a file event names it', async function () {
    write(join(top, 'ngoai', 'bi-mat.kh.md'), PLAN);
    try {
      symlinkSync(join(top, 'ngoai', 'bi-mat.kh.md'), join(ws, 'lien-ket.kh.md'));
    } catch {
      this.skip();
    }
    assert.deepEqual(await scanned(), []);
    assert.equal(await readPlanFile(join(ws, 'lien-ket.kh.md')), undefined);
    write(join(ws, 'that.kh.md'), PLAN);
    assert.equal(await readPlanFile(join(ws, 'that.kh.md')), PLAN);
  });

  it('never opens a FIFO named like a plan', async function () {
    if (process.platform === 'win32') this.skip();
    try {
      execFileSync('mkfifo', [join(ws, 'ong.kh.md')]);
    } catch {
      this.skip();
    }
    assert.equal(await readPlanFile(join(ws, 'ong.kh.md')), undefined);
    assert.deepEqual(await scanned(), []);
  });
});

// Catalog paths from a workspace (`.kehoach.json`, or a setting the workspace can set) stay inside its
// folder, links followed; only the user's own settings may name a catalog anywhere. A file that is not
// a catalog is named without printing its first bytes.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../server/src/core/catalog/problems';
import { catalogKey } from '../../server/src/core/catalog/symbols';
import { readCatalogFile, UserCatalogs } from '../../server/src/node/catalog-files';

const catalogOf = (symbol: string) => JSON.stringify({ entries: [{ symbol, date: '2024-03-01', issuer: 'Ủy ban nhân dân xã Thử Nghiệm' }] });
const SECRET = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon\n';

describe('catalog paths stay inside the workspace', () => {
  let top: string;
  let ws: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  const config = (folder: string, catalogs: string[]) => write(join(folder, '.kehoach.json'), JSON.stringify({ catalogs }));
  const has = (catalogs: UserCatalogs, plan: string | undefined, symbol: string) => catalogs.catalogFor(plan).candidates(catalogKey(symbol)).length > 0;
  const codes = (catalogs: UserCatalogs) => catalogs.takeProblems().map((p) => p.code);

  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'kehoach-confined-'));
    ws = join(top, 'ws');
    mkdirSync(ws);
    write(join(top, 'ngoai', 'so.json'), catalogOf('90/KH-UBND'));
    write(join(top, 'ngoai', 'passwd.json'), SECRET);
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('still loads a catalog inside the folder, also by a path that leaves and comes back', () => {
    write(join(ws, 'danh-muc', 'so.json'), catalogOf('11/KH-UBND'));
    write(join(ws, 'khac.json'), catalogOf('12/KH-UBND'));
    config(ws, ['danh-muc/so.json', `../ws/khac.json`]);
    const catalogs = new UserCatalogs([]);
    const plan = join(ws, 'ke-hoach.kh.md');
    assert.ok(has(catalogs, plan, '11/KH-UBND'));
    assert.ok(has(catalogs, plan, '12/KH-UBND'));
    assert.deepEqual(codes(catalogs), []);
  });

  it('refuses `../`, an absolute path and a link that lead out, naming the folder in both languages', () => {
    write(join(top, 'ngoai', 'mot.json'), catalogOf('91/KH-UBND'));
    write(join(top, 'ngoai', 'hai.json'), catalogOf('92/KH-UBND'));
    symlinkSync(join(top, 'ngoai', 'mot.json'), join(ws, 'lien-ket.json'));
    symlinkSync(join(top, 'ngoai'), join(ws, 'thu-muc-lien-ket'));
    config(ws, ['../ngoai/so.json', join(top, 'ngoai', 'hai.json'), 'lien-ket.json', 'thu-muc-lien-ket/mot.json']);
    const catalogs = new UserCatalogs([]);
    const plan = join(ws, 'ke-hoach.kh.md');
    assert.ok(!has(catalogs, plan, '90/KH-UBND'));
    assert.ok(!has(catalogs, plan, '91/KH-UBND'));
    assert.ok(!has(catalogs, plan, '92/KH-UBND'));
    const problems = catalogs.takeProblems();
    assert.deepEqual(problems.map((p) => p.code), ['outside-workspace', 'outside-workspace', 'outside-workspace', 'outside-workspace']);
    assert.match(formatProblem(problems[0], 'vi'), /ngoai[\\/]so\.json: Tệp danh mục nằm ngoài thư mục .*ws nên không được đọc/);
    assert.match(formatProblem(problems[2], 'en'), /lien-ket\.json: The catalog file is outside .*ws and is not read/);
    assert.doesNotMatch(formatProblem(problems[2], 'en'), /ngoai/, 'the target of a link is not told either');
  });

  it('in the editor, a .kehoach.json in a subfolder may reach the rest of the workspace folder, not beyond', () => {
    write(join(ws, 'chung', 'so.json'), catalogOf('13/KH-UBND'));
    config(join(ws, 'xa'), ['../chung/so.json', '../../ngoai/so.json']);
    const plan = join(ws, 'xa', 'ke-hoach.kh.md');
    const editor = new UserCatalogs([]);
    editor.setWorkspaceFolders([ws]);
    assert.ok(has(editor, plan, '13/KH-UBND'));
    assert.ok(!has(editor, plan, '90/KH-UBND'));
    assert.deepEqual(codes(editor), ['outside-workspace']);
    // Without workspace folders (the command line), the folder holding the .kehoach.json is the limit.
    const cli = new UserCatalogs([]);
    assert.ok(!has(cli, plan, '13/KH-UBND'));
  });

  it('lets the user’s own settings name any file, and confines a setting the workspace can set', () => {
    const outside = join(top, 'ngoai', 'so.json');
    const user = new UserCatalogs([]);
    user.setSettingPaths([outside]);
    assert.ok(has(user, undefined, '90/KH-UBND'));
    const workspace = new UserCatalogs([]);
    workspace.setSettingPaths([outside], { within: ws });
    assert.ok(!has(workspace, join(ws, 'a.kh.md'), '90/KH-UBND'));
    assert.deepEqual(codes(workspace), ['outside-workspace']);
    // Named by both, the file is read: the user asked for it.
    config(ws, ['../ngoai/so.json']);
    const both = new UserCatalogs([]);
    both.setSettingPaths([outside]);
    assert.ok(has(both, join(ws, 'a.kh.md'), '90/KH-UBND'));
    assert.deepEqual(codes(both), []);
  });

  it('does not hand one plan the catalog another plan may read but it may not', () => {
    write(join(ws, 'chung', 'so.json'), catalogOf('14/KH-UBND'));
    config(join(ws, 'xa'), ['../chung/so.json']);
    // A folder outside the workspace whose .kehoach.json names the same file through `../`.
    config(join(top, 'khac'), ['../ws/chung/so.json']);
    const catalogs = new UserCatalogs([]);
    catalogs.setWorkspaceFolders([ws]);
    assert.ok(has(catalogs, join(ws, 'xa', 'a.kh.md'), '14/KH-UBND'));
    assert.ok(!has(catalogs, join(top, 'khac', 'a.kh.md'), '14/KH-UBND'));
  });

  it('names a file that is not a catalog without echoing its first bytes', () => {
    const { problems } = readCatalogFile(join(top, 'ngoai', 'passwd.json'));
    assert.deepEqual(problems.map((p) => p.code), ['json-syntax']);
    for (const locale of ['vi', 'en'] as const) {
      const message = formatProblem(problems[0], locale);
      assert.doesNotMatch(message, /root|daemon|bin\/bash|x:0/, message);
    }
    write(join(ws, 'gan-json.json'), '{ "entries": [ { "symbol": "1/KH" } ], "secret": "abcdef" ');
    const near = formatProblem(readCatalogFile(join(ws, 'gan-json.json')).problems[0], 'en');
    assert.doesNotMatch(near, /secret|abcdef/, near);
  });

  it('reads neither a folder nor a FIFO named as a catalog (a FIFO would block for ever)', function () {
    mkdirSync(join(ws, 'thu-muc.json'));
    assert.deepEqual(readCatalogFile(join(ws, 'thu-muc.json'), ws).problems.map((p) => p.code), ['not-a-file']);
    if (process.platform === 'win32') return;
    try {
      execFileSync('mkfifo', [join(ws, 'ong.csv')]);
    } catch {
      this.skip();
    }
    assert.deepEqual(readCatalogFile(join(ws, 'ong.csv')).problems.map((p) => p.code), ['not-a-file']);
  });
});

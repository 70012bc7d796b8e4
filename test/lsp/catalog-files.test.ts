// User catalogs on disk: which files apply to a plan (its .kehoach.json, then the setting), how a
// missing or unknown file is reported, and that an edited file is read again.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogKey } from '../../server/src/core/catalog/symbols';
import { readCatalogFile, UserCatalogs } from '../../server/src/node/catalog-files';

const entry = (symbol: string, date: string) => JSON.stringify({ entries: [{ symbol, date, issuer: 'Ủy ban nhân dân xã Thử Nghiệm' }] });

describe('user catalogs on disk', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'kehoach-catalog-files-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing file and an unknown format as one problem each, never throwing', () => {
    assert.deepEqual(readCatalogFile(join(dir, 'khong-co.csv')).problems.map((p) => [p.code, p.line]), [['unreadable', 0]]);
    assert.deepEqual(readCatalogFile(join(dir, 'danh-muc.xls')).problems.map((p) => p.code), ['unknown-format']);
    // An .xlsx is read as bytes: a CSV renamed to .xlsx is not a spreadsheet, and says so.
    writeFileSync(join(dir, 'so-den.xlsx'), 'Số, ký hiệu;Ngày\n1/KH-UBND;01/01/2024\n');
    assert.deepEqual(readCatalogFile(join(dir, 'so-den.xlsx')).problems.map((p) => p.code), ['xlsx-unreadable']);
  });

  it('gives a plan the catalogs of its .kehoach.json (relative to it), then the setting’s, then the built-in', () => {
    mkdirSync(join(dir, 'xa'));
    writeFileSync(join(dir, 'xa', '.kehoach.json'), JSON.stringify({ catalogs: ['../chung/rieng.json'] }));
    mkdirSync(join(dir, 'chung'));
    writeFileSync(join(dir, 'chung', 'rieng.json'), entry('11/KH-UBND', '2024-03-01'));
    writeFileSync(join(dir, 'cai-dat.json'), entry('12/KH-UBND', '2024-03-02'));
    const catalogs = new UserCatalogs([]);
    // In the editor, `../chung` is still inside the workspace folder.
    catalogs.setWorkspaceFolders([dir]);
    catalogs.setSettingPaths([join(dir, 'cai-dat.json')]);
    const plan = join(dir, 'xa', 'ke-hoach.kh.md');
    assert.deepEqual(catalogs.pathsFor(plan), [join(dir, 'chung', 'rieng.json'), join(dir, 'cai-dat.json')]);
    const catalog = catalogs.catalogFor(plan);
    assert.equal(catalog.candidates(catalogKey('11/KH-UBND')).length, 1);
    assert.equal(catalog.candidates(catalogKey('12/KH-UBND')).length, 1);
    // A plan elsewhere has only the setting's catalog.
    assert.equal(catalogs.catalogFor(join(dir, 'ke-hoach.kh.md')).candidates(catalogKey('11/KH-UBND')).length, 0);
  });

  it('reads a catalog again when it changes, and hands out its problems once per version', () => {
    const file = join(dir, 'so.csv');
    writeFileSync(file, 'Số, ký hiệu;Ngày tháng\n11/KH-UBND;31/02/2024\n');
    const catalogs = new UserCatalogs([]);
    catalogs.setSettingPaths([file]);
    assert.equal(catalogs.catalogFor(undefined).size, 0);
    assert.deepEqual(catalogs.takeProblems().map((p) => `${p.line}:${p.code}`), ['2:bad-date']);
    catalogs.catalogFor(undefined);
    assert.deepEqual(catalogs.takeProblems(), [], 'the same version is not reported twice');
    writeFileSync(file, 'Số, ký hiệu;Ngày tháng\n11/KH-UBND;29/02/2024\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    assert.equal(catalogs.catalogFor(undefined).size, 1);
    assert.deepEqual(catalogs.allProblems(), []);
  });
});

// A user catalog at the scale of issue 13 §1 (200,000 documents, a province's registers over twenty
// years): read whole from its file, found by symbol and by prefix, completed and hovered right. No
// timing here (the machine is shared): `npm run bench` measures the speed and memory.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog, catalogCompletions, catalogHover, catalogKey, parseJsonCatalog } from '../../server/src/core/catalog/index';
import type { CatalogEntry } from '../../server/src/core/catalog/index';
import { entryReading, makeEntry, type RawEntry } from '../../server/src/core/catalog/entry';
import { parsePlan } from '../../server/src/core/document';
import { bytesSource, elementSpans } from '../../server/src/core/catalog/json-scan';
import { readCatalogFile } from '../../server/src/node/catalog-files';

const PLAN = [
  'ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', '', 'Số: 501/KH-UBND', '', 'Cao Bằng, ngày 30 tháng 12 năm 2024', '', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2025', '',
  'Căn cứ Quyết định số 345/QĐ-UBND của Ủy ban nhân dân tỉnh Cao Bằng;', '', 'Thực hiện Kế hoạch số 12/', '',
].join('\n');

describe('catalog at scale: 200,000 documents', function () {
  this.timeout(180_000);
  let dir: string;
  let catalog: Catalog;
  let problems: number;

  before(async () => {
    const { generateCatalogJson } = await import('../bench/generate-catalog.mjs');
    dir = mkdtempSync(join(tmpdir(), 'kehoach-catalog-scale-'));
    const file = join(dir, 'danh-muc.json');
    writeFileSync(file, generateCatalogJson(200_000));
    const loaded = readCatalogFile(file);
    problems = loaded.problems.length;
    catalog = new Catalog([loaded.entries]);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every row of a register file of about 60 MB', () => {
    assert.equal(problems, 0);
    assert.equal(catalog.size, 200_000);
  });

  it('reads the same register exported to CSV into the same documents', async () => {
    const { generateCatalogCsv } = await import('../bench/generate-catalog.mjs');
    const file = join(dir, 'so-dang-ky.csv');
    writeFileSync(file, generateCatalogCsv(200_000));
    const csv = readCatalogFile(file);
    assert.equal(csv.problems.length, 0);
    const fields = (e: CatalogEntry) => [e.type, e.symbol, e.date, e.issuer, e.summary, JSON.stringify(e.status)].join('|');
    assert.deepEqual(csv.entries.map(fields), catalog.all().map(fields));
  });

  it('finds the one document of each year behind a symbol that repeats, oldest first', () => {
    const list = catalog.candidates(catalogKey('12/KH-UBND'));
    assert.deepEqual(list.map((e) => e.date.slice(0, 4)), Array.from({ length: 20 }, (_, k) => String(2005 + k)));
    assert.ok(list.every((e) => e.symbol === '12/KH-UBND' && e.type === 'Kế hoạch' && e.issuer === 'Ủy ban nhân dân tỉnh Cao Bằng'));
  });

  it('gives the keys of a prefix as a look at every entry would', () => {
    const everyKey = [...new Set(catalog.all().map((e) => catalogKey(e.symbol)))].sort();
    for (const prefix of ['12/', '12', '1/2010/QD', '999', '120-KH/', 'X', '']) {
      assert.deepEqual(catalog.keysWithPrefix(prefix), everyKey.filter((k) => k.startsWith(prefix)), prefix);
    }
  });

  it('completes `Kế hoạch số 12/` with the plan of each year, none after the plan', () => {
    const offset = PLAN.indexOf('số 12/\n') + 'số 12/'.length;
    const items = catalogCompletions(parsePlan(PLAN), offset, { lookup: catalog, locale: 'vi' });
    assert.deepEqual(items.map((i) => i.label), Array(20).fill('12/KH-UBND'));
    assert.ok(items.every((i) => i.insertText.startsWith('12/KH-UBND ngày ')));
  });

  it('lists every year’s document in the hover over an undated citation', () => {
    const md = catalogHover(parsePlan(PLAN), PLAN.indexOf('345/QĐ') + 1, { lookup: catalog, locale: 'vi' })?.markdown ?? '';
    assert.match(md, /20 văn bản/);
  });
});

describe('catalog reading: a file read in pieces says what the whole would', () => {
  const lineOf = (entries: readonly CatalogEntry[]) => entries.map((e) => `${e.symbol}@${e.origin.kind === 'user' ? e.origin.line : 0}`);
  const read = (text: string) => parseJsonCatalog(new TextEncoder().encode(text), 'x.json');

  it('reads a file’s bytes as its text, lines counted alike', () => {
    const text = '\ufeff{ "version": 1,\r\n "entries": [\r\n  { "symbol": "1/KH-UBND", "date": "02/01/2024", "summary": "về [việc], {a} \\"b\\" \\\\" },\r\n  { "symbol": "2/KH-UBND", "date": "03/01/2024", "sources": ["https://a.vn/[1]"] }\r\n ], "note": "]}[" }';
    const fromBytes = read(text);
    assert.deepEqual(lineOf(fromBytes.entries), ['1/KH-UBND@3', '2/KH-UBND@4']);
    assert.equal(fromBytes.entries[0].summary, 'về [việc], {a} "b" \\');
  });

  it('keeps the line of each row past the first pieces, and the problems of bad rows', () => {
    const rows = Array.from({ length: 2500 }, (_, k) => (k === 1700 ? '  { "symbol": "x" }' : `  { "symbol": "${k + 1}/QĐ-UBND", "date": "01/01/2024" }`));
    const loaded = read(`[\n${rows.join(',\n')}\n]`);
    assert.equal(loaded.entries.length, 2499);
    assert.deepEqual(loaded.problems.map((p) => `${p.line}:${p.code}`), ['1702:bad-symbol']);
    assert.deepEqual(lineOf(loaded.entries.slice(2497)), ['2499/QĐ-UBND@2500', '2500/QĐ-UBND@2501']);
  });

  it('finds the same rows whatever the size of the blocks the file is read in', () => {
    const text = '\ufeff{ "a": "entries", "entries"\n: [\n { "symbol": "1/KH-UBND", "summary": "\\"]}, \\\\" },\n { "x": [1, {"y": "[ố]"}] } ,\r\n{} ], "entries2": [0] }';
    const source = bytesSource(new TextEncoder().encode(text));
    const whole = elementSpans(source)!;
    assert.equal(whole.starts.length, 3);
    assert.deepEqual(whole.lines, [3, 4, 5]);
    for (let block = 1; block <= 24; block++) assert.deepEqual(elementSpans(source, block), whole, `block ${block}`);
    assert.equal(elementSpans(bytesSource(new TextEncoder().encode(' "x"'))), undefined);
  });

  it('leaves to the whole text what the pieces cannot tell: errors, a key written with an escape, a second entries', () => {
    assert.deepEqual(read('[{ "symbol": "1/KH-UBND", "date": "02/01/2024" },]').problems.map((p) => p.code), ['json-syntax']);
    assert.deepEqual(read('{ "entries": [{ "symbol": "1/KH-UBND", "date": "02/01/2024" }] } x').problems.map((p) => p.code), ['json-syntax']);
    assert.deepEqual(read('[{ "symbol": "1/KH-UBND", "date": "02/01/2024" } { "symbol": "2/KH-UBND" }]').problems.map((p) => p.code), ['json-syntax']);
    const escaped = read('{ "entr\\u0069es": [{ "symbol": "1/KH-UBND", "date": "02/01/2024" }] }');
    assert.deepEqual(escaped.entries.map((e) => e.symbol), ['1/KH-UBND']);
    const twice = read('{ "entries": [{ "symbol": "1/KH-UBND", "date": "02/01/2024" }], "entries": [{ "symbol": "2/KH-UBND", "date": "02/01/2024" }] }');
    assert.deepEqual(twice.entries.map((e) => e.symbol), ['2/KH-UBND']);
    assert.deepEqual(read('{ "version": 1 }').problems.map((p) => p.code), ['json-shape']);
    assert.deepEqual(read('{ "entries": [] }'), { entries: [], problems: [] });
  });
});

describe('catalog reading: a value read once for a file is the value read for each row', () => {
  const origin = { kind: 'user', file: 'u.json', line: 2 } as const;
  const rows: RawEntry[] = [
    { symbol: '12/KH-UBND', date: '17/01/2023', type: 'kế hoạch', issuer: ' Ủy ban  nhân dân\ttỉnh Cao Bằng ', summary: 'về việc ' },
    { symbol: '12/KH-UBND', date: '2024-01-17', type: 'Quyết định', summary: 'sai loại' },
    { symbol: '12/KH-UBND', date: '17/01/2022', summary: 've\u0302\u0300 vie\u0323\u0302c\u00a0lập', status: 'Hết hiệu lực từ 01/01/2024' },
    { symbol: '  12/kh-ubnd', date: '31/02/2021' },
    { symbol: '5/2021/QĐ-UBND', date: '01/3/2021', status: 'Được thay thế bởi Quyết định số 7/2023/QĐ-UBND ngày 02/3/2023' },
    { symbol: '5/2021/QĐ-UBND', date: '01/3/2022' },
    { symbol: 'không phải ký hiệu', date: '01/01/2020' },
  ];

  it('gives the same entries and problems, row by row, in the same order of fields', () => {
    const reading = entryReading();
    for (const raw of [...rows, ...rows]) {
      const once = makeEntry(raw, origin, reading);
      const each = makeEntry(raw, origin);
      assert.deepEqual(once, each);
      if ('entry' in once && 'entry' in each) assert.deepEqual(Object.keys(once.entry), Object.keys(each.entry));
    }
    const third = makeEntry(rows[2], origin, reading);
    assert.ok('entry' in third && third.entry.summary === 'về việc lập');
  });
});

// A catalog file's rows checked at load and built into entries only when a lookup asks (issue 13 §1):
// the same entries (fields, their order, lines) and the same problems as reading every row at load,
// on a generated register, on rows each odd in its own way, and on many randomly damaged files.
import * as assert from 'node:assert/strict';
import { Catalog, catalogCompletions, catalogKey, parseCsv, parseCsvCatalog, parseJsonCatalog, readSymbolText } from '../../server/src/core/catalog/index';
import type { CatalogEntry, LoadedCatalog } from '../../server/src/core/catalog/index';
import { catalogFromRecords, separatorOf } from '../../server/src/core/catalog/csv';
import { COMPLETION_LIMIT } from '../../server/src/core/catalog/completion';
import { symbolReader } from '../../server/src/core/catalog/entry';
import { parsePlan } from '../../server/src/core/document';
import { parseJsonCatalogWhole } from '../../server/src/core/catalog/json';

const encode = (text: string) => new TextEncoder().encode(text);

/** The CSV reading of every row at load: the text reader's records, as the catalog read them before. */
function csvWhole(text: string, file: string): LoadedCatalog {
  const separator = separatorOf(text);
  if (!separator) return { entries: [], problems: [{ file, line: 1, code: 'csv-no-header' }] };
  const { records, unterminated } = parseCsv(text, separator);
  const loaded = catalogFromRecords(records, file);
  return unterminated === undefined ? loaded : { entries: loaded.entries, problems: [...loaded.problems, { file, line: unterminated, code: 'csv-quote' }] };
}

/** Entries and problems equal, each entry's fields in the same order. */
function assertSame(quick: LoadedCatalog, whole: LoadedCatalog, what: string): void {
  assert.deepEqual(quick.problems, whole.problems, `${what}: problems`);
  assert.deepEqual(quick.entries, whole.entries, `${what}: entries`);
  assert.deepEqual(quick.entries.map((e) => Object.keys(e).join()), whole.entries.map((e) => Object.keys(e).join()), `${what}: order of fields`);
}

const ODD_JSON_ROWS = [
  '{ "symbol": "1/KH-UBND", "date": "01/02/2023", "summary": "về \\"việc\\" \\u1ea1 \\\\", "issuer": 5 }',
  '{ "symbol": "2/KH-UBND", "date": "01/02/2023", "type": "Quyết định" }',
  '{ "symbol": "kh\\u00f4ng", "date": "01/02/2023" }',
  '{ "symbol": "3/KH-UBND", "date": "31/02/2023" }',
  '{ "symbol": "4/KH-UBND", "date": null, "type": null, "status": null }',
  '{ "symbol": 5, "date": "01/02/2023" }',
  '{ "symbol": "6/KH-UBND", "date": "01/02/2023", "status": { "state": "expired", "since": "2024-01-01" } }',
  '{ "symbol": "7/KH-UBND", "date": "01/02/2023", "status": "không rõ" }',
  '{ "symbol": "8/KH-UBND", "symbol": "9/KH-UBND", "date": "01/02/2023", "sources": ["https://vbpl.vn/a", 3] }',
  '"không phải văn bản"',
  '{ "sym\\u0062ol": "10/KH-UBND", "date": "01/02/2023" }',
  '{ "symbol": "  11/kh-ubnd ", "date": " 2023-02-01", "summary": "ve\u0302\u0300 vie\u0323\u0302c\u00a0lập ", "scope": "" }',
  '{ "symbol": "12/KH-UBND", "date": "01/02/2023", "status": "Được thay thế bởi Kế hoạch số 13/KH-UBND ngày 05/3/2024" }',
  '{}',
  '{ "symbol": "1/KH-UBND", "date": "01/02/2023", "summary": "a second description of one document" }',
];

describe('catalog rows built on demand: the same as every row read at load', () => {
  let generated: Record<string, string>[];

  before(async () => {
    const { generateCatalogEntries } = await import('../bench/generate-catalog.mjs');
    generated = generateCatalogEntries(25_000);
  });

  it('reads a generated register of three years as JSON: the rows kept as rows, every entry equal', () => {
    const text = JSON.stringify({ version: 1, entries: generated }, null, 1);
    const quick = parseJsonCatalog(text, 'r.json');
    assert.ok(quick.rows, 'read as rows');
    assert.equal(quick.rows.size, 25_000);
    assertSame(quick, parseJsonCatalogWhole(encode(text), 'r.json'), 'JSON');
  });

  it('reads the same register as CSV (CRLF, a BOM): the same documents, lines and problems', async () => {
    const { generateCatalogCsv } = await import('../bench/generate-catalog.mjs');
    const text = '\ufeff' + generateCatalogCsv(25_000).replace(/\n/g, '\r\n');
    const quick = parseCsvCatalog(encode(text), 'r.csv');
    assert.ok(quick.rows);
    assertSame(quick, csvWhole(text, 'r.csv'), 'CSV');
  });

  it('builds, for a catalog of rows, the candidates and the list a catalog of entries gives', () => {
    const text = JSON.stringify(generated.slice(0, 12_000).concat(generated.slice(0, 50)));
    const quick = parseJsonCatalog(text, 'r.json');
    const byRows = new Catalog([quick.rows!]);
    const byEntries = new Catalog([parseJsonCatalogWhole(encode(text), 'r.json').entries]);
    assert.equal(byRows.size, byEntries.size);
    const factsOf = (catalog: Catalog, key: string) => catalog.factsOf(key).map((f) => JSON.stringify([f.date, f.type, f.status]));
    const fieldsOf = (list: readonly CatalogEntry[]) => list.map((e) => JSON.stringify([e.date, e.type, e.status]));
    for (const key of byEntries.keysWithPrefix('')) {
      assert.deepEqual(factsOf(byRows, key), fieldsOf(byEntries.candidates(key)), `facts of ${key}`);
      assert.deepEqual(byRows.candidates(key), byEntries.candidates(key), key);
    }
    assert.deepEqual(byRows.all(), byEntries.all());
    assert.deepEqual(byRows.keysWithPrefix('12/'), byEntries.keysWithPrefix('12/'));
    for (const type of ['Kế hoạch', 'Luật', 'Chỉ thị']) assert.deepEqual(byRows.ofType(type), byEntries.all().filter((e) => e.type === type), type);
  });

  it('reports every bad row with its line and builds the odd ones as before (escapes, numbers, nulls, objects, repeated keys)', () => {
    const text = `{ "version": 1,\n  "entries": [\n${ODD_JSON_ROWS.join(',\n')}\n] }\n`;
    const quick = parseJsonCatalog(text, 'odd.json');
    assertSame(quick, parseJsonCatalogWhole(encode(text), 'odd.json'), 'odd JSON rows');
    assert.deepEqual(quick.problems.map((p) => `${p.line}:${p.code}`), ['4:type-symbol', '5:bad-symbol', '6:bad-date', '7:missing-date', '8:bad-symbol', '10:bad-status', '12:json-shape', '16:missing-symbol']);
  });

  it('reads odd CSV rows as before: quotes doubled, text after quotes, cells over lines, NBSP, column numbers, a status in the note', () => {
    const text = [
      'Số, ký hiệu;Ngày tháng;Tên loại và trích yếu;Tình trạng;Ghi chú', '(1);(2);(3);(4);(5)',
      '1/KH-UBND;01/02/2023;"Kế hoạch ""A""";;', '2/KH-UBND;01/02/2023;"Quyết định" x;;', '"3/KH-UBND";"01/02/2023";"Kế hoạch về', 'việc B";;',
      '4/KH-UBND;01/02/2023;Kế\u00a0hoạch C;;Hết hiệu lực từ 01/01/2024', ' 5/KH-UBND ;31/02/2023;Kế hoạch D;;', ';;;;', 'x;01/02/2023;Kế hoạch;;',
      '6/KH-UBND;01/02/2023;Thông báo kết luận của;còn hiệu lực;', '7/KH-UBND;01/02/2023;   Kế   hoạch   thực hiện ;không rõ;', ';01/02/2023;;;',
      '8/KH-UBND;01/02/2023;Kế hoạch "E";;Được thay thế bởi Kế hoạch số 9/KH-UBND ngày 05/3/2024', '10/KH-UBND;01/02/2023',
    ].join('\n');
    const quick = parseCsvCatalog(text, 'odd.csv');
    assertSame(quick, csvWhole(text, 'odd.csv'), 'odd CSV rows');
    assert.ok(quick.problems.length >= 4);
    const unclosed = `${text}\n11/KH-UBND;01/02/2023;"Kế hoạch\n12/KH-UBND;01/02/2023;x;;`;
    assertSame(parseCsvCatalog(unclosed, 'u.csv'), csvWhole(unclosed, 'u.csv'), 'unclosed quote');
  });

  it('says of randomly damaged files what reading every row at load says (syntax errors with their lines)', async () => {
    const { seededRandom } = await import('../bench/generate-catalog.mjs');
    const r = seededRandom(13);
    const json = `{ "version": 1, "entries": [\n${ODD_JSON_ROWS.slice(0, 8).join(',\n')}\n] }`;
    const csvs = [
      'Số, ký hiệu;Ngày tháng;Tên loại và trích yếu;Ghi chú\n1/KH-UBND;01/02/2023;"Kế hoạch ""A""";\r\n2/QĐ-UBND;3/4/2023;Quyết định về việc;Còn hiệu lực\n',
      '\ufeffSố, ký hiệu,Ngày tháng,Loại,Trích yếu,Tình trạng\r\n"1/KH-UBND","01/02/2023","Kế hoạch","a, b","còn hiệu lực"\r\n3/QĐ-UBND,03/04/2023,,Quyết định x y z w,\r\n',
    ];
    const pieces = ['"', ',', ']', '}', '{', '[', '\\', '\n', '\r', ';', ' ', 'ố', '0', '-', 'e', 'null', '\\u00', '\u0000', '\u00a0', '\t', ':', '\u2003', 'Kế hoạch '];
    for (let k = 0; k < 2000; k++) {
      const base = k % 2 === 0 ? json : csvs[k % 4 === 1 ? 0 : 1];
      const cuts = 1 + Math.floor(r() * 3);
      let text = base;
      for (let c = 0; c < cuts; c++) {
        const at = Math.floor(r() * text.length);
        const piece = pieces[Math.floor(r() * pieces.length)];
        text = r() < 0.5 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
      }
      if (k % 2 === 0) assertSame(parseJsonCatalog(text, 'f.json'), parseJsonCatalogWhole(encode(text), 'f.json'), `JSON ${JSON.stringify(text)}`);
      else assertSame(parseCsvCatalog(text, 'f.csv'), csvWhole(text, 'f.csv'), `CSV ${JSON.stringify(text)}`);
    }
  });

  it('reads the symbols of a series from one reading of the series, as the recognizer reads each', () => {
    const fast = symbolReader(readSymbolText);
    const tails = ['/QĐ-UBND', '/UBND-VX', '-KH/TU', '/NQ-HĐND', '-QĐ/TU', '/QĐ-TTg', '/qđ-ttg', '/TTg-KTTH', '/TB-VPCP', '-NQ/TW', '/CĐ-TTg', '/BC-UBND', '/HD-BTC'];
    for (const tail of tails) {
      for (const n of [1, 7, 10, 99, 100, 999, 1000, 1975, 2015, 2024, 9999]) {
        const symbol = `${n}${tail}`;
        assert.deepEqual(fast(symbol), readSymbolText(symbol), symbol);
      }
    }
    for (const other of ['05/2011/NĐ-CP', '30a/2008/NQ-CP', '12345/QĐ-UBND', '0/KH-UBND', '1/ KH-UBND', '24-NQ/TW']) assert.deepEqual(fast(other), readSymbolText(other), other);
  });
});

describe('catalog rows built on demand: lookups', () => {
  it('builds an entry once, and only the entries a lookup returns', () => {
    const text = Array.from({ length: 300 }, (_, k) => `{ "symbol": "${k + 1}/KH-UBND", "date": "02/01/2024" }`);
    const loaded = parseJsonCatalog(`[${text.join(',')}]`, 'x.json');
    let built = 0;
    const rows = loaded.rows!;
    const counting = { ...rowsOf(rows), entry: (i: number) => (built++, rows.entry(i)) };
    const catalog = new Catalog([counting]);
    assert.equal(built, 0);
    const [first]: readonly CatalogEntry[] = catalog.candidates(catalogKey('17/KH-UBND'));
    assert.equal(first.symbol, '17/KH-UBND');
    assert.equal(first.origin.kind === 'user' && first.origin.line, 1);
    assert.equal(catalog.candidates(catalogKey('17/KH-UBND'))[0], first);
    assert.equal(built, 1);
    assert.equal(catalog.all().length, 300);
  });

  it('completes a prefix that matches more than one answer sends with its first ones by sort order, building only those', () => {
    // 250 plans, two a day over 125 days of 2023, those of every fifth day replaced: in force first, newest first, then by
    // symbol key (the last one returned is one of two replaced plans of one day).
    const plans = Array.from({ length: 250 }, (_, k) => ({
      symbol: `${k + 1}/KH-UBND`, date: new Date(Date.UTC(2023, 0, 1 + Math.floor(k / 2))).toISOString().slice(0, 10), replaced: Math.floor(k / 2) % 5 === 0,
    }));
    const rows = plans.map((p) => `{ "symbol": "${p.symbol}", "date": "${p.date}", "summary": "về việc ${p.symbol}"${p.replaced ? ', "status": "Hết hiệu lực từ 01/01/2024"' : ''} }`);
    const loaded = parseJsonCatalog(`[${rows.join(',')}]`, 'x.json');
    let built = 0;
    const source = loaded.rows!;
    const counting = { ...rowsOf(source), entry: (i: number) => (built++, source.entry(i)) };
    const plan = 'Căn cứ Kế hoạch số ';
    const items = catalogCompletions(parsePlan(plan), plan.length, { lookup: new Catalog([counting]), locale: 'vi' });
    assert.equal(items.length, COMPLETION_LIMIT + 1);
    assert.equal(built, COMPLETION_LIMIT + 1);
    const every = catalogCompletions(parsePlan(plan), plan.length, { lookup: new Catalog([loaded.entries.slice(0, 200)]), locale: 'vi' });
    assert.equal(every.length, 200, 'a list within the limit is whole');
    // The editor's order is the sort text's: the items returned are the first of every match by it.
    const sortText = (p: (typeof plans)[number]) => (p.replaced ? '1' : '0') + String(99999999 - Number(p.date.replace(/-/g, ''))).padStart(8, '0') + catalogKey(p.symbol);
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = plans.map(sortText).sort(byText).slice(0, COMPLETION_LIMIT + 1);
    assert.deepEqual(items.map((i) => i.sortText).sort(byText), expected);
    assert.deepEqual(items.filter((i) => i.deprecated).length, expected.filter((t) => t.startsWith('1')).length);
  });
});

describe('catalog completion after a type and `số` alone', () => {
  it('weighs the keys of that type only, and offers what weighing every key offers', async () => {
    const { generateCatalogJson } = await import('../bench/generate-catalog.mjs');
    // Three years of a province's register: plans, decisions, letters, notices.
    const loaded = parseJsonCatalog(generateCatalogJson(25_000), 'register.json');
    const catalog = new Catalog([loaded.rows ?? loaded.entries]);
    // The same catalog without the index of keys by type: every key weighed.
    const everyKey = { candidates: (k: string) => catalog.candidates(k), all: () => catalog.all(), keysWithPrefix: (p: string) => catalog.keysWithPrefix(p), factsOf: (k: string) => catalog.factsOf(k) };
    // A dated plan of the province, asked at its last line.
    const header = 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 501/KH-UBND\n\nCao Bằng, ngày 30 tháng 12 năm 2024\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n\n## I. MỤC ĐÍCH\n\n';
    for (const typed of ['Kế hoạch số ', 'Quyết định số 1', 'Thông báo số ', 'Kế hoạch số 12/']) {
      const plan = `${header}Căn cứ ${typed}`;
      const doc = parsePlan(plan);
      const items = catalogCompletions(doc, plan.length, { lookup: catalog, locale: 'vi' });
      assert.ok(items.length > 0 || typed.startsWith('Thông báo'), typed);
      assert.deepEqual(items, catalogCompletions(doc, plan.length, { lookup: everyKey, locale: 'vi' }), typed);
    }
    assert.ok(catalog.keysOfType('Kế hoạch').length < catalog.keysWithPrefix('').length / 2);
    // Read in one pass for every type (as the server does in idle time): each list is the keys with a document of its type.
    catalog.prepareCompletion();
    for (const type of ['Kế hoạch', 'Quyết định', 'Công văn', 'Thông báo', 'Nghị quyết']) {
      const expected = catalog.keysWithPrefix('').filter((k) => catalog.factsOf(k).some((f) => f.type === type));
      assert.deepEqual(catalog.keysOfType(type), expected, type);
    }
  });
});

/** A catalog's rows, each method read from `rows`. */
function rowsOf(rows: NonNullable<LoadedCatalog['rows']>) {
  return {
    size: rows.size, symbol: (i: number) => rows.symbol(i), date: (i: number) => rows.date(i), type: (i: number) => rows.type(i),
    status: (i: number) => rows.status(i), entry: (i: number) => rows.entry(i),
  };
}

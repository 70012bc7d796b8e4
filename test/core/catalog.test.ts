// The catalog model: symbols through the recognizer, user catalogs from CSV registers and JSON files
// (problems named by file and line, bad rows skipped), merging, and which entry a citation names.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalog, builtinEntries, builtinProblems, Catalog, catalogKey, formatProblem, parseCsv, parseCsvCatalog, parseJsonCatalog, readSymbolText, resolveCitations } from '../../server/src/core/catalog/index';
import type { CatalogEntry } from '../../server/src/core/catalog/index';
import { parsePlan } from '../../server/src/core/document';

const FIXTURES = join(__dirname, '..', 'fixtures', 'catalog');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const problemsOf = (loaded: { problems: readonly { line: number; code: string }[] }) => loaded.problems.map((p) => `${p.line}:${p.code}`);

describe('catalog: symbols', () => {
  it('reads a symbol written alone the way the citation recognizer normalizes it', () => {
    assert.equal(readSymbolText('1719/qđ-ttg')?.symbol, '1719/QĐ-TTg');
    assert.equal(readSymbolText('24/NQ-TW')?.symbol, '24-NQ/TW');
    assert.equal(readSymbolText('15 - CT/TU')?.symbol, '15-CT/TU');
    assert.equal(readSymbolText('30a/2008/NQ-CP')?.number, '30a');
    assert.equal(readSymbolText('30a/2008/NQ-CP')?.symbol, '30a/2008/NQ-CP');
    assert.equal(readSymbolText('KH-UBND'), undefined);
    assert.equal(readSymbolText('1719/QĐ-TTg ngày 14/10/2021'), undefined);
  });

  it('keys symbols so that case and QĐ/QD spellings meet', () => {
    assert.equal(catalogKey('1719/QĐ-TTg'), catalogKey('1719/QD-TTG'));
    assert.notEqual(catalogKey('1719/QĐ-TTg'), catalogKey('1722/QĐ-TTg'));
  });
});

describe('catalog: built-in', () => {
  it('loads every entry of builtin.json through the same checks as a user catalog', () => {
    assert.deepEqual(builtinProblems(), []);
    assert.ok(builtinEntries().length >= 150);
    assert.ok(builtinEntries().every((e) => e.type && e.issuer && e.summary && e.sources?.length && e.origin.kind === 'builtin'));
  });

  it('finds an entry by symbol in any spelling', () => {
    const [e] = builtinCatalog().candidates(catalogKey('1719/qd-ttg'));
    assert.equal(e.date, '2021-10-14');
    assert.equal(e.issuer, 'Thủ tướng Chính phủ');
  });
});

describe('catalog: CSV register', () => {
  it('parses RFC 4180: quotes, doubled quotes, line breaks inside quotes, CRLF, BOM', () => {
    const { records } = parseCsv('\ufeffa;"b;c";"say ""hi"""\r\n"two\r\nlines";x;\r\n', ';');
    assert.deepEqual(records.map((r) => r.cells), [['a', 'b;c', 'say "hi"'], ['two\r\nlines', 'x', '']]);
    assert.deepEqual(records.map((r) => r.line), [1, 2]);
  });

  it('reads a sổ đăng ký văn bản đến exported with `;`: type and trích yếu split, notes read as status, bad rows named by line', () => {
    const loaded = parseCsvCatalog(fixture('so-dang-ky-den.csv'), 'so-dang-ky-den.csv');
    assert.deepEqual(loaded.entries.map((e) => `${e.symbol}|${e.date}|${e.type}`), [
      '1719/QĐ-TTg|2021-10-14|Quyết định',
      '15/KH-UBND|2024-02-06|Kế hoạch',
      '20/KH-UBND|2024-03-10|Kế hoạch',
      '07/QĐ-UBND|2023-01-15|Quyết định',
      '110/2004/NĐ-CP|2004-04-08|Nghị định',
    ]);
    const [tw, , quoted, expired, replaced] = loaded.entries;
    assert.equal(tw.issuer, 'Thủ tướng Chính phủ');
    assert.match(tw.summary!, /^phê duyệt Chương trình mục tiêu quốc gia/);
    assert.equal(quoted.summary, 'tuyên truyền "Ngày hội đại đoàn kết" toàn dân tộc năm 2024');
    assert.deepEqual(expired.status, { state: 'expired', since: '2025-01-01' });
    assert.deepEqual(replaced.status, { state: 'replaced', by: { symbol: '30/2020/NĐ-CP', date: '2020-03-05' } });
    assert.deepEqual(tw.origin, { kind: 'user', file: 'so-dang-ky-den.csv', line: 6 });
    // The quoted trích yếu spans two lines: the next rows keep their own line numbers.
    assert.deepEqual(problemsOf(loaded), ['10:bad-date', '11:bad-symbol']);
  });

  it('reads a comma-separated file with quoted header cells and a status column', () => {
    const loaded = parseCsvCatalog(fixture('dau-phay.csv'), 'dau-phay.csv');
    assert.deepEqual(loaded.entries.map((e) => [e.symbol, e.status?.state]), [['15/KH-UBND', 'in-force']]);
    assert.deepEqual(problemsOf(loaded), ['3:bad-status', '4:type-symbol']);
  });

  it('says so when there is no header row, and keeps the rows before an unclosed quote', () => {
    assert.deepEqual(problemsOf(parseCsvCatalog(fixture('khong-tieu-de.csv'), 'x.csv')), ['1:csv-no-header']);
    const unclosed = parseCsvCatalog(fixture('ngoac-chua-dong.csv'), 'x.csv');
    assert.deepEqual(unclosed.entries.map((e) => e.symbol), ['15/KH-UBND']);
    assert.deepEqual(problemsOf(unclosed), ['3:csv-quote']);
  });
});

describe('catalog: JSON file', () => {
  it('reads the built-in shape; each bad entry is reported on its own line and skipped', () => {
    const loaded = parseJsonCatalog(fixture('danh-muc.json'), 'danh-muc.json');
    assert.deepEqual(loaded.entries.map((e) => `${e.symbol}|${e.date}|${e.type}`), ['15/KH-UBND|2024-02-06|Kế hoạch', '07/QĐ-UBND|2023-01-15|Quyết định']);
    assert.deepEqual(loaded.entries[1].status, { state: 'expired', since: '2025-01-01' });
    assert.equal(loaded.entries[0].origin.kind === 'user' && loaded.entries[0].origin.line, 4);
    assert.deepEqual(problemsOf(loaded), ['19:bad-date', '23:json-shape', '24:type-symbol']);
  });

  it('names the line of a syntax error, and accepts a bare array', () => {
    assert.deepEqual(problemsOf(parseJsonCatalog(fixture('loi-cu-phap.json'), 'x.json')), ['4:json-syntax']);
    const bare = parseJsonCatalog('\ufeff[{ "symbol": "65-KL/TW", "date": "30/10/2019" }]', 'x.json');
    assert.deepEqual(bare.entries.map((e) => [e.type, e.date]), [['Kết luận', '2019-10-30']]);
  });

  it('formats a problem with the file and line first, in Vietnamese or English', () => {
    const [p] = parseJsonCatalog(fixture('danh-muc.json'), '/ws/danh-muc.json').problems;
    assert.match(formatProblem(p, 'vi'), /^\/ws\/danh-muc\.json:19: Ngày “2024-02-31” của văn bản 21\/KH-UBND không hợp lệ.*bị bỏ qua/);
    assert.match(formatProblem(p, 'en'), /^\/ws\/danh-muc\.json:19: The date “2024-02-31” .*skipped/);
  });
});

const user = (symbol: string, date: string, extra: Partial<CatalogEntry> = {}): CatalogEntry =>
  ({ symbol, number: symbol.split(/[/-]/)[0], date, origin: { kind: 'user', file: 'u.csv', line: 2 }, ...extra });

describe('catalog: lookup and resolution', () => {
  it('keeps a user entry over the built-in one for the same document, and both when the dates differ', () => {
    const catalog = new Catalog([[user('1719/QĐ-TTg', '2021-10-14', { issuer: 'Thủ tướng' }), user('18-NQ/TW', '2022-06-16')], builtinEntries()]);
    assert.deepEqual(catalog.candidates(catalogKey('1719/QĐ-TTg')).map((e) => e.origin.kind), ['user']);
    assert.deepEqual(catalog.candidates(catalogKey('18-NQ/TW')).map((e) => e.date), ['2017-10-25', '2022-06-16']);
  });

  const resolved = (text: string, catalog = builtinCatalog()) =>
    resolveCitations(parsePlan(text), catalog).map((r) => `${r.citation.numberSymbol!.symbol}:${r.resolution.kind}`);

  it('picks the candidate by date, and by year when numbers restart', () => {
    const catalog = new Catalog([[user('18-NQ/TW', '2022-06-16')], builtinEntries()]);
    assert.deepEqual(resolved('Nghị quyết số 18-NQ/TW ngày 16/6/2022 và Nghị quyết số 18-NQ/TW ngày 25/10/2017.', catalog), ['18-NQ/TW:exact', '18-NQ/TW:exact']);
    assert.deepEqual(resolved('Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng.', catalog), ['18-NQ/TW:ambiguous']);
    assert.deepEqual(resolved('Quyết định số 1719/QĐ-TTg ngày 15/10/2021; Quyết định số 1719/QĐ-TTg ngày 15/10/2023.'), ['1719/QĐ-TTg:same', '1719/QĐ-TTg:other']);
  });

  it('names the document by its symbol alone when the symbol carries the year', () => {
    assert.deepEqual(resolved('Nghị định số 27/2022/NĐ-CP của Chính phủ.'), ['27/2022/NĐ-CP:same']);
    assert.deepEqual(resolved('Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.'), ['1719/QĐ-TTg:likely']);
  });

  it('lets a short later mention take the date of the plan’s dated mention', () => {
    assert.deepEqual(resolved('Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Triển khai Quyết định số 1719/QĐ-TTg.'),
      ['1719/QĐ-TTg:exact', '1719/QĐ-TTg:exact']);
  });

  it('needs the place of a province’s document before treating another date as the same document', () => {
    const other = 'Kế hoạch số 101/KH-UBND ngày 02/3/2010 của Ủy ban nhân dân huyện Thử Nghiệm.';
    const same = 'Kế hoạch số 101/KH-UBND ngày 02/3/2010 của Ủy ban nhân dân tỉnh Lạng Sơn.';
    assert.deepEqual(resolved(other), ['101/KH-UBND:likely']);
    assert.deepEqual(resolved(same), ['101/KH-UBND:same']);
  });

  it('does not take a Party document of a Congress year for another date (numbers restart with the term)', () => {
    const catalog = new Catalog([[user('01-KL/TW', '2021-05-18', { issuer: 'Bộ Chính trị' })]]);
    assert.deepEqual(resolved('Kết luận số 01-KL/TW ngày 10/01/2021 của Bộ Chính trị.', catalog), ['01-KL/TW:likely']);
  });
});

// One number, several documents (issue 13): a catalog identity is symbol + date. The built-in catalog
// holds 18-NQ/TW of khóa XII (25/10/2017) and of khóa XIII (16/6/2022); an undated citation is told
// apart by the term written beside it or the plan's own date, and stays ambiguous (a list in the hover,
// no catalog rule) when nothing decides. Completion leaves out what the plan cannot cite and marks
// what was replaced; hovers name their sources.
import * as assert from 'node:assert/strict';
import { builtinCatalog, builtinEntries, Catalog, catalogCompletions, catalogHover, resolveCitations } from '../../server/src/core/catalog/index';
import type { CatalogEntry } from '../../server/src/core/catalog/index';
import { statusFromText } from '../../server/src/core/catalog/entry';
import { lawCompletions } from '../../server/src/core/features/law-completion';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';

/** A state plan's header dated `date` (`ngày 05 tháng 6 năm 2020`), or undated, then `body`. */
function plan(body: string, date?: string): string {
  return `ỦY BAN NHÂN DÂN\nHUYỆN THỬ NGHIỆM\n\nSố: 12/KH-UBND\n\n${date ? `Thử Nghiệm, ${date}\n\n` : ''}KẾ HOẠCH\nThực hiện nghị quyết\n\n${body}\n`;
}

function hover(text: string, needle: string, lookup = builtinCatalog()): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return catalogHover(parsePlan(text), offset + 1, { lookup, locale: 'vi' })?.markdown ?? '';
}

function resolutionOf(text: string, lookup = builtinCatalog()) {
  const [first] = resolveCitations(parsePlan(text), lookup);
  return first.resolution;
}

const catalogFindings = (text: string) => lint(text).filter((f) => f.ruleId === 'citation-catalog-mismatch' || f.ruleId === 'citation-superseded');

describe('catalog identity: one symbol, several documents', () => {
  it('keeps both documents numbered 18-NQ/TW, each with its own date', () => {
    const dates = builtinCatalog().candidates('18-NQ/TW').map((e) => e.date);
    assert.deepEqual(dates, ['2017-10-25', '2022-06-16']);
  });

  it('lists every candidate with date, issuer and trích yếu when nothing in the text decides', () => {
    const text = plan('Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng;');
    assert.equal(resolutionOf(text).kind, 'ambiguous');
    const md = hover(text, '18-NQ/TW');
    assert.match(md, /Danh mục có 2 văn bản mang ký hiệu \*\*18-NQ\/TW\*\*/);
    assert.match(md, /- 25\/10\/2017 — Ban Chấp hành Trung ương Đảng: một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy/);
    assert.match(md, /- 16\/6\/2022 — Ban Chấp hành Trung ương Đảng: về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất/);
  });

  it('takes the term written beside a central Party symbol', () => {
    const xiii = plan('Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đất đai;');
    const xii = plan('Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khoá XII);');
    const r13 = resolutionOf(xiii);
    const r12 = resolutionOf(xii);
    assert.equal(r13.kind, 'same');
    assert.equal(r13.kind === 'same' && r13.entry.date, '2022-06-16');
    assert.equal(r12.kind === 'same' && r12.entry.date, '2017-10-25');
    assert.match(hover(xiii, '18-NQ/TW'), /Ngày ban hành: 16\/6\/2022/);
  });

  it('reads the term of the cited document only, not of the next one in the sentence', () => {
    const text = plan('Thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX;');
    assert.equal(resolutionOf(text).kind, 'ambiguous');
  });

  it('leaves out documents issued after the plan', () => {
    const text = plan('Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng;', 'ngày 05 tháng 6 năm 2020');
    const r = resolutionOf(text);
    // The only earlier one is likely meant, not certain: another 18-NQ/TW may be missing from the catalog.
    assert.equal(r.kind, 'likely');
    assert.equal(r.kind === 'likely' && r.entry.date, '2017-10-25');
    assert.match(hover(text, '18-NQ/TW'), /Ngày ban hành: 25\/10\/2017/);
  });

  it('fires no catalog rule on an ambiguous citation, and does once the term makes it certain', () => {
    assert.deepEqual(catalogFindings(plan('Thực hiện Nghị quyết số 18-NQ/TW của Ban Bí thư;')), []);
    const certain = catalogFindings(plan('Thực hiện Nghị quyết số 18-NQ/TW của Ban Bí thư khóa XIII;'));
    assert.deepEqual(certain.map((f) => f.ruleId), ['citation-catalog-mismatch']);
    assert.match(certain[0].message, /do Ban Chấp hành Trung ương Đảng ban hành/);
  });

  it('keeps two user-catalog documents of one symbol and tells them apart by year', () => {
    const user = (date: string, summary: string): CatalogEntry => ({ type: 'Kế hoạch', number: '12', symbol: '12/KH-UBND', date, issuer: 'Ủy ban nhân dân huyện Thử Nghiệm', summary, origin: { kind: 'user', file: '/ws/so.csv', line: 2 } });
    const lookup = new Catalog([[user('2022-03-01', 'về năm 2022'), user('2023-03-02', 'về năm 2023')], builtinEntries()]);
    const text = 'Thực hiện Kế hoạch số 12/KH-UBND năm 2023 của Ủy ban nhân dân huyện Thử Nghiệm;';
    const r = resolutionOf(text, lookup);
    assert.equal(r.kind === 'same' && r.entry.summary, 'về năm 2023');
  });
});

describe('catalog status: replaced since a date', () => {
  it('says what replaced 205-QĐ/TW and since when, and the rule warns a plan written after', () => {
    const text = plan('Thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị;', 'ngày 05 tháng 6 năm 2024');
    assert.match(hover(text, '205-QĐ/TW'), /Hiệu lực: đã được thay thế bởi Quy định số 114-QĐ\/TW ngày 11\/7\/2023/);
    assert.deepEqual(catalogFindings(text).map((f) => f.ruleId), ['citation-superseded']);
    const before = plan('Thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị;', 'ngày 05 tháng 6 năm 2021');
    assert.deepEqual(catalogFindings(before), []);
  });

  it('reads the day a replacement took effect from a register’s status cell', () => {
    assert.deepEqual(statusFromText('Được thay thế bởi Luật số 6/2025/QH15 ngày 19/02/2025, từ ngày 01/4/2025'),
      { state: 'replaced', by: { symbol: '6/2025/QH15', date: '2025-02-19' }, since: '2025-04-01' });
    assert.deepEqual(statusFromText('Được thay thế bởi Nghị định số 30/2020/NĐ-CP ngày 05/3/2020'),
      { state: 'replaced', by: { symbol: '30/2020/NĐ-CP', date: '2020-03-05' } });
  });

  it('tells the day a replacement took effect when it is not the replacing document’s date', () => {
    const origin = { kind: 'user', file: '/ws/so.json', line: 3 } as const;
    const lookup = new Catalog([[
      { type: 'Luật', number: '5', symbol: '5/2015/QH13', date: '2015-06-22', issuer: 'Quốc hội', summary: 'Luật Thử nghiệm', status: { state: 'replaced', by: { symbol: '6/2025/QH15', date: '2025-02-19' }, since: '2025-04-01' }, origin },
    ]]);
    const md = hover('Căn cứ Luật số 5/2015/QH13 ngày 22/6/2015;', '5/2015', lookup);
    assert.match(md, /đã được thay thế bởi văn bản số 6\/2025\/QH15 ngày 19\/02\/2025, từ ngày 01\/4\/2025/);
  });
});

describe('catalog completion: what the plan can cite', () => {
  // The cursor at the end of the body (plan() ends the text with a newline).
  const complete = (text: string, lookup = builtinCatalog()) => {
    const body = text.replace(/\n$/, '');
    return catalogCompletions(parsePlan(body), body.length, { lookup, locale: 'vi' });
  };

  it('does not offer documents issued after the plan', () => {
    const labels = (text: string) => complete(text).filter((i) => i.label === '18-NQ/TW').map((i) => i.detail);
    assert.equal(labels(plan('Thực hiện Nghị quyết số 18-')).length, 2);
    assert.deepEqual(labels(plan('Thực hiện Nghị quyết số 18-', 'ngày 05 tháng 6 năm 2020')), ['Nghị quyết · 25/10/2017 · Ban Chấp hành Trung ương Đảng']);
  });

  it('writes the date in a later mention when the catalog holds another document of the symbol', () => {
    const text = plan('Căn cứ Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng;\n\nTriển khai Nghị quyết số 18-');
    const items = complete(text).filter((i) => i.label === '18-NQ/TW');
    const inserted = items.map((i) => i.insertText).sort();
    assert.deepEqual(inserted, ['18-NQ/TW', '18-NQ/TW ngày 25/10/2017']);
  });

  it('marks replaced documents deprecated, unless the plan was written before the replacement', () => {
    const deprecated = (text: string) => complete(text).find((i) => i.label === '110/2004/NĐ-CP')?.deprecated ?? false;
    assert.equal(deprecated(plan('Căn cứ Nghị định số 110')), true);
    assert.equal(deprecated(plan('Căn cứ Nghị định số 110', 'ngày 05 tháng 6 năm 2015')), false);
    assert.equal(complete(plan('Căn cứ Nghị định số 30/')).find((i) => i.label === '30/2020/NĐ-CP')?.deprecated, undefined);
  });

  it('offers no law passed after the plan', () => {
    const laws = (text: string) => {
      const body = text.replace(/\n$/, '');
      return lawCompletions(parsePlan(body), body.length, builtinCatalog(), 'vi').map((i) => i.detail.split(' · ')[0]);
    };
    assert.ok(laws(plan('Căn cứ Luật Ngân sách')).includes('89/2025/QH15'));
    const in2016 = laws(plan('Căn cứ Luật Ngân sách', 'ngày 05 tháng 6 năm 2016'));
    assert.ok(in2016.includes('83/2015/QH13') && !in2016.includes('89/2025/QH15'), in2016.join(', '));
  });
});

describe('catalog sources: named, most trusted first', () => {
  it('names the national database in the hover and links it first', () => {
    const md = hover('Căn cứ Quyết định số 135/1998/QĐ-TTg ngày 31/7/1998 của Thủ tướng Chính phủ;', '135/1998');
    assert.match(md, /Nguồn: \[Cơ sở dữ liệu quốc gia về văn bản pháp luật\]\(http:\/\/www\.vbpl\.vn\/[^)]+\), \[LuatVietnam\]\(https:\/\/luatvietnam\.vn\//);
  });

  it('names the source in a rule’s message', () => {
    const [finding] = catalogFindings('Căn cứ Quyết định số 135/1998/QĐ-TTg ngày 30/7/1998 của Thủ tướng Chính phủ;');
    assert.match(finding.message, /theo danh mục văn bản, nguồn: Cơ sở dữ liệu quốc gia về văn bản pháp luật/);
  });
});

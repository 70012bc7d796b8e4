// The workspace index: each plan as a document (its Số, date, issuer, trích yếu) and its citations,
// updated per file; queries by document return the plan that is it and every citation of it.
import * as assert from 'node:assert/strict';
import { catalogKey, rangeOf, summarizePlan, summarizeText, WorkspaceIndex, sameDocument } from '../../server/src/core/catalog/index';
import { issuerNameOf } from '../../server/src/core/catalog/issuer-name';
import { parsePlan } from '../../server/src/core/document';
import { PLAN_15, PLAN_32 } from './catalog-plans';

describe('catalog: plan summary', () => {
  it('reads the plan as a document: symbol, day, issuer as a citation names it, trích yếu, and where its Số is', () => {
    const { self, citations } = summarizePlan(parsePlan(PLAN_15));
    assert.ok(self);
    assert.deepEqual([self.symbol, self.type, self.date, self.year, self.issuer, self.summary],
      ['15/KH-UBND', 'Kế hoạch', '2024-02-06', 2024, 'Ủy ban nhân dân huyện Thử Nghiệm', 'Thực hiện Chương trình mục tiêu quốc gia năm 2024']);
    assert.deepEqual(rangeOf(self), { start: { line: 6, character: 0 }, end: { line: 6, character: 14 } });
    // The short mention takes the date of the dated one.
    assert.deepEqual(citations.map((c) => [c.symbol, c.date, c.line]), [['1719/QĐ-TTg', '2021-10-14', 13], ['1719/QĐ-TTg', '2021-10-14', 17]]);
  });

  it('gives a draft with a blank number no identity, and a draft with a blank day only its year', () => {
    assert.equal(summarizePlan(parsePlan(PLAN_15.replace('Số: 15/KH-UBND', 'Số:     /KH-UBND'))).self, undefined);
    const draft = summarizePlan(parsePlan(PLAN_15.replace('ngày 06 tháng 02 năm 2024', 'ngày    tháng 02 năm 2024'))).self!;
    assert.deepEqual([draft.date, draft.year], [undefined, 2024]);
  });

  it('gives the same summary from the text alone (head parsed only) as from a full parse, for a long plan', () => {
    const long = PLAN_15 + Array.from({ length: 200 }, (_, k) => `${k + 1}. Thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị.`).join('\n') + '\n';
    assert.deepEqual(summarizeText(long), summarizePlan(parsePlan(long)));
    assert.equal(summarizeText(long).citations.length, 202);
  });

  it('names the issuing body from the header lines, or not at all when its spelling is unknown', () => {
    assert.equal(issuerNameOf(['UỶ BAN NHÂN DÂN', 'TỈNH LẠNG SƠN']), 'Ủy ban nhân dân tỉnh Lạng Sơn');
    assert.equal(issuerNameOf(['ĐẢNG BỘ TỈNH CAO BẰNG', 'TỈNH ỦY']), 'Tỉnh ủy Cao Bằng');
    assert.equal(issuerNameOf(['ĐẢNG BỘ HUYỆN BẢO LẠC', 'BAN THƯỜNG VỤ HUYỆN ỦY']), 'Ban Thường vụ Huyện ủy Bảo Lạc');
    assert.equal(issuerNameOf(['UBND TỈNH LẠNG SƠN', 'SỞ NỘI VỤ']), undefined);
  });
});

describe('catalog: workspace index', () => {
  const A = 'file:///ws/ke-hoach-15.kh.md';
  const B = 'file:///ws/ke-hoach-32.kh.md';
  const id15 = { key: '15/KH-UBND', date: '2024-02-06', year: 2024 };

  function index(): WorkspaceIndex {
    const ix = new WorkspaceIndex();
    ix.set(A, summarizeText(PLAN_15));
    ix.set(B, summarizeText(PLAN_32));
    return ix;
  }

  it('finds the plan that is a document and every citation of it, not those of another year', () => {
    const ix = index();
    assert.deepEqual(ix.plansBeing(id15).map((p) => p.uri), [A]);
    // Line 9 (the trích yếu) names 15/KH-UBND without a date, and the plan cites two of that symbol: it may be either.
    assert.deepEqual(ix.citationsOf(id15).map((c) => [c.uri, c.citation.line]), [[B, 8], [B, 10]]);
    assert.deepEqual(ix.citationsOf({ key: '15/KH-UBND', year: 2023 }).map((c) => c.citation.line), [8, 12]);
    assert.equal(ix.citingPlanCount({ key: catalogKey('1719/QĐ-TTg'), date: '2021-10-14' }), 2);
  });

  it('follows a file as it changes and is deleted', () => {
    const ix = index();
    ix.set(B, summarizeText(PLAN_32.replace('Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;\n', '')));
    assert.equal(ix.citingPlanCount({ key: catalogKey('1719/QĐ-TTg'), date: '2021-10-14' }), 1);
    ix.delete(A);
    assert.deepEqual(ix.plansBeing(id15), []);
    assert.equal(ix.citingPlanCount({ key: catalogKey('1719/QĐ-TTg') }), 0);
    assert.equal(ix.size, 1);
    assert.deepEqual(ix.documents().map((d) => d.self.symbol), ['32/KH-UBND']);
  });

  it('treats a mention without a date as any document of its symbol, and two dates as two documents', () => {
    assert.ok(sameDocument({ date: '2024-02-06', year: 2024 }, {}));
    assert.ok(sameDocument({ year: 2024 }, { date: '2024-02-06', year: 2024 }));
    assert.ok(!sameDocument({ date: '2024-02-06' }, { date: '2023-01-20' }));
    assert.ok(!sameDocument({ year: 2024 }, { year: 2023 }));
  });
});

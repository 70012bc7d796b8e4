// What the editor shows from the catalog, computed in core: hover over a citation (or the plan's
// own Số), and completion of citations with the first-mention form the first time.
import * as assert from 'node:assert/strict';
import { builtinCatalog, builtinEntries, Catalog, catalogCompletions, catalogHover, completionContext, summarizeText, WorkspaceIndex } from '../../server/src/core/catalog/index';
import type { CatalogEntry } from '../../server/src/core/catalog/index';
import { applyEdits } from '../../server/src/core/lint';
import { parsePlan } from '../../server/src/core/document';
import { PLAN_15, PLAN_32 } from './catalog-plans';

const A = 'file:///ws/ke-hoach-15.kh.md';
const B = 'file:///ws/ke-hoach-32.kh.md';

function workspace(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.set(A, summarizeText(PLAN_15));
  index.set(B, summarizeText(PLAN_32));
  return index;
}

function hoverAt(text: string, needle: string, options: { lookup?: Catalog; uri?: string; locale?: 'vi' | 'en'; index?: WorkspaceIndex } = {}): string | undefined {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return catalogHover(parsePlan(text), offset + 1, { lookup: options.lookup ?? builtinCatalog(), index: options.index ?? workspace(), uri: options.uri ?? B, locale: options.locale ?? 'vi' })?.markdown;
}

describe('catalog: hover', () => {
  it('shows type, symbol, date, issuer, trích yếu, status, source link and how many plans cite the document', () => {
    const md = hoverAt(PLAN_32, '1719/QĐ-TTg')!;
    assert.match(md, /^\*\*Quyết định số 1719\/QĐ-TTg\*\*/);
    assert.match(md, /Ngày ban hành: 14\/10\/2021/);
    assert.match(md, /Cơ quan ban hành: Thủ tướng Chính phủ/);
    assert.match(md, /Trích yếu: phê duyệt Chương trình mục tiêu quốc gia/);
    assert.match(md, /Hiệu lực: chưa rõ/);
    assert.match(md, /Nguồn: \[[^\]]+\]\(https:\/\//);
    assert.match(md, /Trong workspace: 2 kế hoạch viện dẫn văn bản này\./);
  });

  it('says when a document was replaced, and by what', () => {
    const md = hoverAt('Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;', '110/2004')!;
    assert.match(md, /Hiệu lực: đã được thay thế bởi Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020/);
    const en = hoverAt('Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ;', '110/2004', { locale: 'en' })!;
    assert.match(en, /Status: replaced by Nghị định số 30\/2020\/NĐ-CP of 5 March 2020/);
  });

  it('lists the candidates of an ambiguous symbol and the date that decides', () => {
    const two = new Catalog([[{ type: 'Nghị quyết', symbol: '18-NQ/TW', number: '18', date: '2022-06-16', issuer: 'Ban Chấp hành Trung ương Đảng', origin: { kind: 'user', file: '/ws/u.csv', line: 3 } } satisfies CatalogEntry], builtinEntries()]);
    const md = hoverAt('Thực hiện Nghị quyết số 18-NQ/TW của Trung ương;', '18-NQ', { lookup: two })!;
    assert.match(md, /Danh mục có 2 văn bản mang ký hiệu \*\*18-NQ\/TW\*\*/);
    assert.match(md, /- 25\/10\/2017 — Ban Chấp hành Trung ương Đảng: một số vấn đề/);
    assert.match(md, /- 16\/6\/2022 — Ban Chấp hành Trung ương Đảng/);
    assert.match(md, /Ghi ngày ban hành \(ví dụ “ngày 16\/6\/2022”\)/);
  });

  it('tells a document of another year apart from the catalogued one', () => {
    const md = hoverAt('Quyết định số 1719/QĐ-TTg ngày 02/3/2015 của Thủ tướng Chính phủ;', '1719')!;
    assert.match(md, /năm 2015 được viện dẫn ở đây là một văn bản khác/);
  });

  it('shows a workspace plan that is the cited document when the catalog does not know it, with a link to it', () => {
    const md = hoverAt(PLAN_32, '15/KH-UBND ngày 06')!;
    assert.match(md, /\*\*Kế hoạch số 15\/KH-UBND\*\* \(\[ke-hoach-15\.kh\.md\]\(file:\/\/\/ws\/ke-hoach-15\.kh\.md\)\)/);
    assert.match(md, /Cơ quan ban hành: Ủy ban nhân dân huyện Thử Nghiệm/);
    assert.match(md, /Trong workspace: 1 kế hoạch viện dẫn văn bản này\./);
  });

  it('over the plan’s own Số: how many plans cite this plan', () => {
    const md = hoverAt(PLAN_15, 'Số: 15', { uri: A })!;
    assert.match(md, /\*\*Kế hoạch này\*\* \(15\/KH-UBND\)/);
    assert.match(md, /Trong workspace: 1 kế hoạch viện dẫn văn bản này\./);
  });

  it('has nothing to say outside citations', () => {
    assert.equal(hoverAt(PLAN_15, 'MỤC ĐÍCH'), undefined);
  });
});

/** The text after accepting the completion labelled `label` at the end of `before`. */
function accept(before: string, label: string, after = '', index = workspace(), uri = 'file:///ws/moi.kh.md'): string {
  const text = before + after;
  const items = catalogCompletions(parsePlan(text), before.length, { lookup: builtinCatalog(), index, uri, locale: 'vi' });
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no ${label} among ${items.map((i) => i.label).join(', ')}`);
  return applyEdits(text, [{ start: item.start, end: item.end, text: item.insertText }]);
}

describe('catalog: completion', () => {
  it('asks after a type word and số, while typing a symbol, and not in ordinary text', () => {
    assert.ok(completionContext('Căn cứ Quyết định số ', 21));
    assert.ok(completionContext('Căn cứ Quyết định số 17', 23));
    assert.ok(completionContext('Căn cứ 1719/', 12));
    assert.equal(completionContext('Căn cứ ', 7), undefined);
    assert.equal(completionContext('trong năm 2024', 14), undefined);
    assert.equal(completionContext('Căn cứ Quyết định ', 18), undefined);
  });

  it('writes the full first mention the first time, and the short form once the plan has cited it', () => {
    assert.equal(accept('Căn cứ Quyết định số 17', '1719/QĐ-TTg'),
      'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025');
    const earlier = 'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;\n\nTriển khai Quyết định số ';
    assert.equal(accept(earlier, '1719/QĐ-TTg'), earlier + '1719/QĐ-TTg');
  });

  it('names the type and số when only the symbol is typed', () => {
    assert.equal(accept('Thực hiện 65-', '65-KL/TW'),
      'Thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX về công tác dân tộc trong tình hình mới');
    assert.match(accept('Căn cứ Nghị định 27', '27/2022/NĐ-CP'), /^Căn cứ Nghị định số 27\/2022\/NĐ-CP ngày 19\/4\/2022 của Chính phủ quy định/);
  });

  it('offers only documents of the typed type, and a law by its name', () => {
    const items = catalogCompletions(parsePlan('Căn cứ Nghị quyết số '), 21, { lookup: builtinCatalog(), locale: 'vi' });
    assert.ok(items.length > 10 && items.every((i) => i.detail.startsWith('Nghị quyết ·')), items.map((i) => i.detail).join('\n'));
    const law = catalogCompletions(parsePlan('Căn cứ Luật số 83'), 17, { lookup: builtinCatalog(), locale: 'vi' }).find((i) => i.label === '83/2015/QH13');
    assert.ok(law);
    assert.match(law.insertText, /^83\/2015\/QH13 ngày \d\d\/\d+\/2015$/);
  });

  it('offers the workspace’s plans as documents to cite, but not the plan itself', () => {
    assert.equal(accept('Thực hiện Kế hoạch số 15', '15/KH-UBND'),
      'Thực hiện Kế hoạch số 15/KH-UBND ngày 06/02/2024 của Ủy ban nhân dân huyện Thử Nghiệm thực hiện Chương trình mục tiêu quốc gia năm 2024');
    const own = catalogCompletions(parsePlan(PLAN_15 + '\nKế hoạch số 1'), PLAN_15.length + 14, { lookup: builtinCatalog(), index: workspace(), uri: A, locale: 'vi' });
    assert.ok(!own.some((i) => i.label === '15/KH-UBND'));
  });
});

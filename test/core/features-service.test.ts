// The feature layer through its one entry point (createLanguageService), over in-memory documents.
import * as assert from 'node:assert/strict';
import { Catalog, builtinEntries, type CatalogEntry } from '../../server/src/core/catalog/index';
import { parsePlan } from '../../server/src/core/document';
import { foldingRangesOf, outlineOf } from '../../server/src/core/outline';
import { PLAN_15, PLAN_32 } from './catalog-plans';
import { A, B, serviceWith, textDocument } from './features-helpers';

const at = (text: string, needle: string, shift = 1) => {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return offset + shift;
};

describe('features: hover', () => {
  it('over a citation’s date: the catalog’s word on the document, a rule, then the date’s, over the date', async () => {
    const text = 'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;';
    const { service } = serviceWith();
    const hover = (await service.hover(textDocument(B, text), at(text, '14/10/2021')))!;
    const [cited, dated] = hover.markdown.split('\n\n---\n\n');
    assert.match(cited, /^\*\*Quyết định số 1719\/QĐ-TTg\*\*/);
    assert.match(dated, /^\*\*Thứ Năm, ngày 14 tháng 10 năm 2021\*\*/);
    assert.deepEqual([hover.start, hover.end], [text.indexOf('14/10/2021'), text.indexOf('14/10/2021') + '14/10/2021'.length]);
  });

  it('over the symbol: the catalog’s word alone, over the whole citation', async () => {
    const text = 'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;';
    const { service } = serviceWith();
    const hover = (await service.hover(textDocument(B, text), at(text, '1719')))!;
    assert.ok(!hover.markdown.includes('---'));
    assert.equal(hover.start, text.indexOf('Quyết định'));
  });

  it('has nothing for a document that is no plan, and nothing outside citations and dates', async () => {
    const { service, services } = serviceWith();
    services.planOf = () => undefined;
    assert.equal(await service.hover(textDocument(B, PLAN_32), at(PLAN_32, '1719')), undefined);
    const { service: other } = serviceWith();
    assert.equal(await other.hover(textDocument(A, PLAN_15), at(PLAN_15, 'MỤC ĐÍCH')), undefined);
  });
});

describe('features: completion', () => {
  it('offers the catalog’s documents after `Quyết định số`, the first mention in full', async () => {
    const text = 'Căn cứ Quyết định số ';
    const { service } = serviceWith();
    const items = await service.completions(textDocument('file:///ws/moi.kh.md', text), text.length);
    const item = items.find((i) => i.label === '1719/QĐ-TTg')!;
    assert.match(item.insertText, /^1719\/QĐ-TTg ngày 14\/10\/2021 của Thủ tướng Chính phủ/);
    assert.deepEqual([item.start, item.end], [text.length, text.length]);
  });

  it('asks for no parse when the text before the cursor asks for no citation', async () => {
    const { service, services } = serviceWith();
    assert.deepEqual(await service.completions(textDocument(A, PLAN_15), at(PLAN_15, 'MỤC ĐÍCH', 0)), []);
    assert.equal(services.parses, 0);
  });
});

describe('features: definition and references', () => {
  it('goes from a citation to the workspace plan that is the document', async () => {
    const { service } = serviceWith();
    const found = await service.definition(textDocument(B, PLAN_32), at(PLAN_32, '15/KH-UBND ngày 06'));
    assert.equal(found?.length, 1);
    assert.equal(found![0].uri, A);
    assert.equal(found![0].range.start.line, PLAN_15.split('\n').findIndex((l) => l.startsWith('Số: 15')));
  });

  it('goes to the row of the user catalog, through the file service', async () => {
    const entry: CatalogEntry = { type: 'Quyết định', symbol: '77/QĐ-UBND', number: '77', date: '2023-01-05', issuer: 'Ủy ban nhân dân tỉnh', origin: { kind: 'user', file: '/ws/danh-muc.csv', line: 4 } };
    const { service } = serviceWith({ lookup: new Catalog([[entry], builtinEntries()]) });
    const text = 'Căn cứ Quyết định số 77/QĐ-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh;';
    const found = await service.definition(textDocument('file:///ws/moi.kh.md', text), at(text, '77/'));
    assert.deepEqual(found, [{ uri: 'file:///ws/danh-muc.csv', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } } }]);
  });

  it('finds every citation across the workspace, and the plan that is the document when asked', async () => {
    const { service } = serviceWith();
    const offset = at(PLAN_32, '1719/QĐ-TTg');
    const without = await service.references(textDocument(B, PLAN_32), offset, { includeDeclaration: false });
    assert.deepEqual([...new Set(without.map((l) => l.uri))], [A, B]);
    const own = at(PLAN_15, 'Số: 15');
    const withPlan = await service.references(textDocument(A, PLAN_15), own, { includeDeclaration: true });
    assert.equal(withPlan[0].uri, A, 'the plan itself first');
    assert.ok(withPlan.slice(1).every((l) => l.uri === B));
  });
});

describe('features: outline and folding', () => {
  it('gives the outline and the folds of the document’s one parse', async () => {
    const { service, services } = serviceWith();
    const doc = textDocument(A, PLAN_15);
    assert.deepEqual(await service.documentSymbols(doc), outlineOf(parsePlan(PLAN_15)));
    assert.deepEqual(await service.foldingRanges(doc), foldingRangesOf(parsePlan(PLAN_15)));
    await service.hover(doc, at(PLAN_15, 'Số: 15'));
    assert.equal(services.parses, 1, 'every feature read the same parse of this version');
    await service.documentSymbols(textDocument(A, PLAN_15, 2));
    assert.equal(services.parses, 2, 'a new version is parsed again');
  });
});

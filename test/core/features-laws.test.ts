// Completion of a law by its name after `Luật `, through the feature layer's entry point.
import * as assert from 'node:assert/strict';
import type { CatalogEntry } from '../../server/src/core/catalog/index';
import { lawContext } from '../../server/src/core/features/law-completion';
import { serviceWith, textDocument } from './features-helpers';

const NEW = 'file:///ws/moi.kh.md';
const complete = (text: string, offset = text.length) => serviceWith().service.completions(textDocument(NEW, text), offset);

describe('features: completion of laws after `Luật `', () => {
  it('offers the catalog’s laws by name, writing the first mention from `Luật` on', async () => {
    const text = 'Căn cứ Luật ';
    const items = await complete(text);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('Luật Tổ chức chính quyền địa phương'), labels.join(', '));
    const budget = items.filter((i) => i.label === 'Luật Ngân sách nhà nước');
    assert.deepEqual(budget.map((i) => i.insertText).sort(), [
      'Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015',
      'Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25/6/2025',
    ]);
    for (const item of items) assert.deepEqual([item.start, item.end], [text.indexOf('Luật'), text.length]);
    // No citation of a numbered document: only laws.
    assert.ok(items.every((i) => i.label.startsWith('Luật ')));
  });

  it('lists the newest law first, and one no longer in force after those in force', async () => {
    const budget = (await complete('Căn cứ Luật ')).filter((i) => i.label === 'Luật Ngân sách nhà nước').sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(budget.map((i) => i.detail.split(' · ')[0]), ['89/2025/QH15', '83/2015/QH13']);
    const origin = { kind: 'builtin' } as unknown as CatalogEntry['origin'];
    const laws: CatalogEntry[] = [
      { type: 'Luật', number: '1', symbol: '1/2024/QH15', date: '2024-01-01', summary: 'Luật Thử nghiệm', status: { state: 'expired', since: '2024-06-01' }, origin },
      { type: 'Luật', number: '2', symbol: '2/2020/QH14', date: '2020-01-01', summary: 'Luật Thử nghiệm khác', origin },
    ];
    const { service } = serviceWith({ lookup: { candidates: () => [], all: () => laws } });
    const items = (await service.completions(textDocument(NEW, 'Căn cứ Luật '), 12)).sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(items.map((i) => i.label), ['Luật Thử nghiệm khác', 'Luật Thử nghiệm']);
    assert.match(items[1].detail, /hết hiệu lực/);
  });

  it('keeps offering while the name is typed, in NFC or NFD, and the short form once the plan cited the law above', async () => {
    const typed = 'Căn cứ Luật Ngân s';
    assert.equal((await complete(typed))[0]?.start, typed.indexOf('Luật'));
    const nfd = 'Căn cứ Luật '.normalize('NFD');
    assert.ok((await complete(nfd)).some((i) => i.label === 'Luật Ngân sách nhà nước'));
    const cited = 'Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015;\n\nThực hiện Luật ';
    const again = (await complete(cited)).find((i) => i.insertText.includes('83/2015/QH13'))!;
    assert.equal(again.insertText, 'Luật Ngân sách nhà nước số 83/2015/QH13');
  });

  it('offers no law after `pháp luật`, after a law already numbered, or on another line', () => {
    assert.equal(lawContext('theo quy định của pháp luật ', 28), undefined);
    assert.equal(lawContext('theo quy định của Điều luật ', 28), undefined);
    const numbered = 'Căn cứ Luật Ngân sách nhà nước số 83';
    assert.equal(lawContext(numbered, numbered.length), undefined);
    assert.equal(lawContext('Căn cứ Luật\nNgân ', 17), undefined);
    assert.deepEqual(lawContext('Căn cứ Luật ', 12), { start: 7 });
  });
});

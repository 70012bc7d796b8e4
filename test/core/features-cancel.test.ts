// Long requests stop when their cancellation token is set: completion over a large catalog,
// references over a large workspace, and any request whose token is set while it waits for the index.
import * as assert from 'node:assert/strict';
import { Catalog, catalogKey, WorkspaceIndex, type CatalogEntry } from '../../server/src/core/catalog/index';
import { COMPLETION_LIMIT } from '../../server/src/core/catalog/completion';
import { serviceWith, textDocument, tokenSetAfter } from './features-helpers';

const MANY = 5000;

function largeCatalog(): Catalog {
  const entries: CatalogEntry[] = [];
  for (let i = 1; i <= MANY; i++) {
    entries.push({ type: 'Quyết định', symbol: `${i}/QĐ-UBND`, number: String(i), date: '2023-01-05', issuer: 'Ủy ban nhân dân tỉnh', origin: { kind: 'user', file: '/ws/u.csv', line: i + 1 } });
  }
  return new Catalog([entries]);
}

const CITING = 'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;';

/** A workspace of `count` plans, each citing 1719/QĐ-TTg once. */
function largeWorkspace(count: number): WorkspaceIndex {
  const index = new WorkspaceIndex();
  const key = catalogKey('1719/QĐ-TTg');
  for (let i = 0; i < count; i++) {
    index.set(`file:///ws/p${i}.kh.md`, { citations: [{ key, symbol: '1719/QĐ-TTg', date: '2021-10-14', year: 2021, line: 3, character: 7, endLine: 3, endCharacter: 60 }] });
  }
  return index;
}

describe('features: cancellation', () => {
  it('completion over a catalog of thousands stops once its token is set', async () => {
    const text = 'Căn cứ Quyết định số ';
    const { service } = serviceWith({ lookup: largeCatalog() });
    const doc = textDocument('file:///ws/moi.kh.md', text);
    // Uncancelled: the first COMPLETION_LIMIT by sort order, and one more that marks the list incomplete.
    assert.equal((await service.completions(doc, text.length)).length, COMPLETION_LIMIT + 1, 'uncancelled, the first ones are offered');
    const token = tokenSetAfter(2);
    assert.deepEqual(await service.completions(doc, text.length, token), []);
    // Checked every few hundred offers, not once per offer and not never.
    assert.ok(token.reads >= 3 && token.reads < MANY / 100, `${token.reads} reads`);
  });

  it('references over a large workspace stop once their token is set', async () => {
    const { service } = serviceWith({ index: largeWorkspace(2000) });
    const doc = textDocument('file:///ws/moi.kh.md', CITING);
    const offset = CITING.indexOf('1719') + 1;
    assert.equal((await service.references(doc, offset, { includeDeclaration: false })).length, 2000);
    const token = tokenSetAfter(3);
    assert.deepEqual(await service.references(doc, offset, { includeDeclaration: false }, token), []);
    assert.ok(token.reads < 10, `${token.reads} reads: the scan of the index stopped`);
  });

  it('a request cancelled while it waits for the index answers nothing', async () => {
    const token = { isCancellationRequested: false };
    const { service } = serviceWith({ ready: () => { token.isCancellationRequested = true; } });
    const doc = textDocument('file:///ws/moi.kh.md', CITING);
    const offset = CITING.indexOf('1719') + 1;
    assert.equal(await service.hover(doc, offset, token), undefined);
    assert.deepEqual(await service.completions(textDocument('file:///ws/moi.kh.md', 'Căn cứ Quyết định số '), 21, token), []);
    assert.equal(await service.definition(doc, offset, token), undefined);
    assert.deepEqual(await service.references(doc, offset, { includeDeclaration: true }, token), []);
  });
});

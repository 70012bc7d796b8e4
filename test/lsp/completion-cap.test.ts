// Completion through the server keeps to what an editor can use: a register of thousands of documents
// matches them all before a digit is typed (13,000 items took a second to send, issue 13 §1).
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { CatalogCompletion } from '../../server/src/core/catalog/completion';
import type { PlanLanguageService } from '../../server/src/core/features/index';
import { FeatureRequests } from '../../server/src/lsp/feature-requests';

const URI = 'file:///ws/du-thao.kh.md';
const TEXT = 'Căn cứ Kế hoạch số ';

function requestsGiving(count: number): FeatureRequests {
  const doc = TextDocument.create(URI, 'markdown', 1, TEXT);
  const documents = { get: (uri: string) => (uri === URI ? doc : undefined) } as unknown as TextDocuments<TextDocument>;
  // Sorted from the last: the cap must keep the first by sort order, not the first returned.
  const items: CatalogCompletion[] = Array.from({ length: count }, (_, k) => {
    const n = count - k;
    return {
      label: `${n}/KH-UBND`, detail: '', documentation: '', insertText: `${n}/KH-UBND`, start: TEXT.length, end: TEXT.length,
      filterText: `${n}/KH-UBND`, sortText: String(n).padStart(6, '0'),
    };
  });
  const service = { completions: async () => items } as unknown as PlanLanguageService;
  return new FeatureRequests(documents, service);
}

const ask = (requests: FeatureRequests) =>
  requests.completion({ textDocument: { uri: URI }, position: { line: 0, character: TEXT.length } }, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });

describe('completion through the server: a cap on what one answer sends', () => {
  it('sends every item when they are few, as a plain (complete) list', async () => {
    const items = await ask(requestsGiving(12));
    assert.ok(Array.isArray(items));
    assert.equal(items.length, 12);
  });

  it('sends the first 200 by sort order of 13,005, marked incomplete so that the editor asks again as one types', async () => {
    const list = await ask(requestsGiving(13_005));
    assert.ok(!Array.isArray(list) && list.isIncomplete);
    assert.equal(list.items.length, 200);
    assert.deepEqual(list.items.slice(0, 2).map((i) => i.label), ['1/KH-UBND', '2/KH-UBND']);
    assert.equal(list.items[199].label, '200/KH-UBND');
  });
});

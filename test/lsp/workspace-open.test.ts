// The workspace index reads an open document from the server's one parse of its version (no parse of its own),
// in the editor's positions (a BOM moves the first line's columns).
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PlanCache } from '../../server/src/lsp/plan-cache';
import type { DocumentSettings } from '../../server/src/lsp/settings';
import { shiftSummary } from '../../server/src/lsp/summary-shift';
import { PlanWorkspace } from '../../server/src/lsp/workspace-service';
import { PLAN_15 } from '../core/catalog-plans';

const SETTINGS: DocumentSettings = { run: 'onType', debounceMs: 0, maxFileSize: 2 * 1024 * 1024, config: {} };
const URI = 'file:///ws/ke-hoach-15.kh.md';

/** Just what PlanWorkspace asks of a connection outside initialize. */
const connection = { onRequest: () => ({ dispose() {} }), console: { warn() {}, error() {} }, window: {} } as unknown as Connection;

function setUp(text: string) {
  const cache = new PlanCache({ readSettings: async () => SETTINGS, withSource: (_u, _b, plan) => plan, onTooLarge() {} });
  const docs = new Map([[URI, TextDocument.create(URI, 'markdown', 1, text)]]);
  let asked = 0;
  const workspace = new PlanWorkspace(connection, {
    builtin: [],
    parsedOf: async (uri) => { asked++; const doc = docs.get(uri); return doc && cache.current(doc); },
  });
  return { cache, docs, workspace, asked: () => asked };
}

describe('language server: open documents in the workspace index', () => {
  it('indexes an open plan from the parse diagnostics made, once per change', async () => {
    const { cache, docs, workspace, asked } = setUp(PLAN_15);
    cache.parse(docs.get(URI)!, SETTINGS); // the check of this version
    workspace.onDocumentChanged(URI);
    await workspace.ready();
    assert.equal(cache.parses, 1, 'the index parsed nothing of its own');
    assert.equal(workspace.index.get(URI)?.self?.symbol, '15/KH-UBND');
    await workspace.ready();
    assert.equal(asked(), 1, 'an unchanged document is not read again');
  });

  it('keeps the editor’s positions when the text starts with a BOM: the first line’s columns move by one', () => {
    const span = (line: number, character: number, endLine: number, endCharacter: number) => ({ line, character, endLine, endCharacter });
    const summary = {
      self: { key: 'k', symbol: '15/KH-UBND', issuerLines: [], ...span(0, 4, 0, 14) },
      citations: [{ key: 'c', symbol: '1/QĐ-TTg', ...span(0, 20, 1, 3) }, { key: 'c', symbol: '1/QĐ-TTg', ...span(2, 5, 2, 9) }],
    };
    const shifted = shiftSummary(summary, 1);
    assert.deepEqual([shifted.self!.character, shifted.self!.endCharacter], [5, 15]);
    assert.deepEqual(shifted.citations.map((c) => [c.character, c.endCharacter]), [[21, 3], [5, 9]]);
    assert.equal(shiftSummary(summary, 0), summary);
  });
});

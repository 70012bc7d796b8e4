// The server's one parse per (uri, version): diagnostics, features and the workspace index share it.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PlanCache } from '../../server/src/lsp/plan-cache';
import type { DocumentSettings } from '../../server/src/lsp/settings';
import { COMPLETE_PLAN, README_TEXT } from './plans';

const URI = 'file:///ws/ke-hoach.kh.md';
const SETTINGS: DocumentSettings = { run: 'onType', debounceMs: 0, maxFileSize: 2 * 1024 * 1024, config: {} };

function cacheWith(settings: DocumentSettings = SETTINGS) {
  const events = { settingsRead: 0, tooLarge: 0 };
  const cache = new PlanCache({
    readSettings: async () => { events.settingsRead++; return settings; },
    withSource: (_uri, _body, plan) => plan,
    onTooLarge: () => { events.tooLarge++; },
  });
  return { cache, events };
}

describe('language server: the parse cache', () => {
  it('parses a version once, whoever asks first', async () => {
    const { cache } = cacheWith();
    const doc = TextDocument.create(URI, 'markdown', 1, COMPLETE_PLAN);
    const first = await cache.current(doc);
    assert.ok(first.plan);
    assert.equal(cache.parse(doc, SETTINGS), first);
    assert.equal(await cache.current(doc), first);
    assert.equal(cache.parses, 1);
    const next = TextDocument.update(doc, [{ text: '\n' }], 2);
    assert.notEqual((await cache.current(next)).plan, first.plan);
    assert.equal(cache.parses, 2);
  });

  it('parses a version again when the settings that shape the parse change', () => {
    const { cache } = cacheWith();
    const doc = TextDocument.create(URI, 'markdown', 1, COMPLETE_PLAN);
    cache.parse(doc, SETTINGS);
    cache.parse(doc, { ...SETTINGS, debounceMs: 50 });
    assert.equal(cache.parses, 1, 'the debounce shapes no parse');
    cache.parse(doc, { ...SETTINGS, config: { sectionSynonyms: { tasks: ['CÔNG VIỆC'] } } });
    assert.equal(cache.parses, 2);
  });

  it('reads the text after a BOM, and leaves a README and a too large plan unparsed', async () => {
    const { cache } = cacheWith();
    const bom = await cache.current(TextDocument.create(URI, 'markdown', 1, `\uFEFF${COMPLETE_PLAN}`));
    assert.deepEqual([bom.bom, bom.body, bom.plan?.text], [1, COMPLETE_PLAN, COMPLETE_PLAN]);
    assert.equal((await cache.current(TextDocument.create('file:///ws/README.md', 'markdown', 1, README_TEXT))).plan, undefined);
    const { cache: small, events } = cacheWith({ ...SETTINGS, maxFileSize: 100 });
    assert.equal((await small.current(TextDocument.create(URI, 'markdown', 1, COMPLETE_PLAN))).plan, undefined);
    assert.equal(events.tooLarge, 1);
    assert.deepEqual([cache.parses, small.parses], [1, 0]);
  });

  it('serves no version whose check failed outside the rules', async () => {
    const { cache } = cacheWith();
    const doc = TextDocument.create(URI, 'markdown', 1, COMPLETE_PLAN);
    cache.parse(doc, SETTINGS);
    cache.markFailed(doc, new Error('lint failed'));
    await assert.rejects(cache.current(doc), /lint failed/);
    assert.ok((await cache.current(TextDocument.update(doc, [{ text: '\n' }], 2))).plan);
  });
});

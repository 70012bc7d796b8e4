import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { inProcessClient, spawnedClient, type TestClient } from './harness';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS, README_TEXT } from './plans';

const PLAN_URI = 'file:///ws/ke-hoach-2023.kh.md';
const README_URI = 'file:///ws/README.md';
const ruleIds = (ds: readonly Diagnostic[]) => ds.map((d) => d.code);

function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}

describe('language server over in-memory streams', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = inProcessClient();
    await client.initialize();
  });
  afterEach(() => client.close());

  it('announces incremental sync and quick fixes', async () => {
    const fresh = inProcessClient();
    const { capabilities } = await fresh.initialize();
    assert.deepEqual((capabilities.textDocumentSync as { change: number }).change, 2);
    assert.ok(capabilities.codeActionProvider);
    await fresh.close();
  });

  it('publishes section-missing on open with its code, source and a link to the rule', async () => {
    await client.open(PLAN_URI, PLAN_MISSING_TASKS);
    const { diagnostics, version } = await client.diagnostics(PLAN_URI);
    assert.equal(version, 1);
    const d = diagnostics.find((x) => x.code === 'section-missing');
    assert.ok(d, `got ${ruleIds(diagnostics)}`);
    assert.equal(d.source, 'kehoach');
    assert.match(d.codeDescription!.href, /README\.md#section-missing$/i);
    assert.match(d.message, /Nhiệm vụ/);
  });

  it('offers the quick fix, and after the edit the diagnostic is gone', async () => {
    await client.open(PLAN_URI, PLAN_MISSING_TASKS);
    const { diagnostics } = await client.diagnostics(PLAN_URI);
    const d = diagnostics.find((x) => x.code === 'section-missing')!;
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: PLAN_URI }, range: d.range, context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === 'section-missing'));
    assert.ok(fix, 'no quick fix offered');
    await client.change(PLAN_URI, applyAction(PLAN_MISSING_TASKS, PLAN_URI, fix), 2);
    const after = await client.diagnostics(PLAN_URI, (p) => p.version === 2);
    assert.deepEqual(ruleIds(after.diagnostics).filter((id) => id === 'section-missing'), []);
  });

  it('keeps a README in the same folder silent', async () => {
    await client.open(README_URI, README_TEXT);
    assert.deepEqual((await client.diagnostics(README_URI)).diagnostics, []);
  });

  it('publishes nothing for a complete plan', async () => {
    await client.open(PLAN_URI, COMPLETE_PLAN);
    assert.deepEqual(ruleIds((await client.diagnostics(PLAN_URI)).diagnostics), []);
  });

  it('with a debounce, publishes only for the newest of quick successive changes', async () => {
    client.settings = { run: 'onType', debounceMs: 50 };
    await client.open(PLAN_URI, COMPLETE_PLAN);
    await client.diagnostics(PLAN_URI, (p) => p.version === 1);
    await client.change(PLAN_URI, PLAN_MISSING_TASKS, 2);
    await client.change(PLAN_URI, COMPLETE_PLAN, 3);
    await client.change(PLAN_URI, PLAN_MISSING_TASKS, 4);
    const last = await client.diagnostics(PLAN_URI, (p) => p.version === 4);
    assert.ok(ruleIds(last.diagnostics).includes('section-missing'));
    assert.deepEqual(client.published.filter((p) => p.version === 2 || p.version === 3), []);
  });

  it('with run = onSave, checks on save and not while typing', async () => {
    client.settings = { run: 'onSave', debounceMs: 0 };
    await client.open(PLAN_URI, COMPLETE_PLAN);
    await client.diagnostics(PLAN_URI, (p) => p.version === 1);
    await client.change(PLAN_URI, PLAN_MISSING_TASKS, 2);
    await client.rpc.sendNotification('textDocument/didSave', { textDocument: { uri: PLAN_URI } });
    const saved = await client.diagnostics(PLAN_URI, (p) => p.version === 2);
    assert.ok(ruleIds(saved.diagnostics).includes('section-missing'));
    // The save is the only trigger for version 2: one publication, not one per change plus one per save.
    assert.equal(client.published.filter((p) => p.version === 2).length, 1);
  });

  it('with run = off, clears diagnostics', async () => {
    client.settings = { run: 'off' };
    await client.open(PLAN_URI, PLAN_MISSING_TASKS);
    assert.deepEqual((await client.diagnostics(PLAN_URI)).diagnostics, []);
  });

  it('when run is switched to off, clears what it had published, and offers no quick fix for it', async () => {
    await client.open(PLAN_URI, PLAN_MISSING_TASKS);
    const before = await client.diagnostics(PLAN_URI);
    const d = before.diagnostics.find((x) => x.code === 'section-missing');
    assert.ok(d, `got ${ruleIds(before.diagnostics)}`);
    const seen = client.published.length;
    client.settings = { run: 'off' };
    await client.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const cleared = await client.diagnostics(PLAN_URI, (p) => client.published.indexOf(p) >= seen);
    assert.deepEqual(cleared.diagnostics, []);
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: PLAN_URI }, range: d.range, context: { diagnostics: [d] },
    });
    assert.deepEqual(actions, []);
    // Typing under `off` publishes nothing new either.
    await client.change(PLAN_URI, `${PLAN_MISSING_TASKS}\nThêm.\n`, 2);
    assert.deepEqual((await client.diagnostics(PLAN_URI, (p) => p.version === undefined && client.published.indexOf(p) > seen)).diagnostics, []);
  });

  it('answers the lint command with the number of findings', async () => {
    await client.open(PLAN_URI, PLAN_MISSING_TASKS);
    await client.diagnostics(PLAN_URI);
    assert.equal(await client.rpc.sendRequest<number>('kehoach/lint', { uri: PLAN_URI }), 1);
  });
});

describe('language server spawned as `kehoach lsp --stdio`', function () {
  this.timeout(30000);
  it('initializes, publishes diagnostics, and exits cleanly on shutdown/exit', async () => {
    const { client, child } = spawnedClient();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await client.initialize(true);
    await client.open(PLAN_URI, PLAN_MISSING_TASKS);
    const { diagnostics } = await client.diagnostics(PLAN_URI);
    assert.ok(ruleIds(diagnostics).includes('section-missing'));
    await client.rpc.sendRequest('shutdown');
    await client.rpc.sendNotification('exit');
    assert.equal(await exited, 0);
    client.rpc.dispose();
  });
});

// Settings kept in the server over stdio: typing asks the client nothing again, a change of the editor's
// settings (workspace/didChangeConfiguration) or of a watched `.kehoach.json` re-checks open documents
// with the new values.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { readSettings } from '../../server/src/lsp/settings';
import { PLAN_MISSING_TASKS } from './plans';
import { StdioServer, type Message } from './stdio';

const FILE_CREATED = 1;
const FILE_CHANGED = 2;
const FILE_DELETED = 3;
const codes = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map((d) => String(d.code));
const missing = (p: { diagnostics: Array<{ code?: unknown }> }) => codes(p).includes('section-missing');

describe('language server over stdio: settings kept between checks', function () {
  this.timeout(30000);
  let server: StdioServer | undefined;
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'kehoach-settings-')); });
  afterEach(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A server over `dir` as a workspace folder, with file watching as VS Code announces it. */
  async function start(settings: Record<string, unknown>): Promise<{ uri: string; asked: () => number }> {
    server = new StdioServer(settings);
    const folder = pathToFileURL(dir).toString();
    await server.initialize({
      rootUri: folder, workspaceFolders: [{ uri: folder, name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await server.waitFor((m) => m.method === 'client/registerCapability', 'the registration of file watchers');
    await server.result('kehoach/catalogStatus', { waitForIndex: true });
    const uri = pathToFileURL(join(dir, 'ke-hoach.kh.md')).toString();
    const forDocument = (m: Message) => m.method === 'workspace/configuration' && m.params.items.some((i: { scopeUri?: string }) => i.scopeUri === uri);
    return { uri, asked: () => server!.received.filter(forDocument).length };
  }

  function change(uri: string, version: number, text: string): void {
    server!.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  it('asks the client for a document’s settings once, not at every change', async () => {
    const { uri, asked } = await start({ run: 'onType', debounceMs: 0 });
    server!.open(uri, PLAN_MISSING_TASKS);
    assert.ok(missing(await server!.diagnostics(uri)));
    for (let version = 2; version <= 6; version++) {
      change(uri, version, `${PLAN_MISSING_TASKS}\nThêm ${version}.\n`);
      await server!.diagnostics(uri, (p) => p.version === version);
    }
    assert.equal(asked(), 1, 'five changes asked nothing more');
  });

  it('re-checks open documents with the editor’s new settings on workspace/didChangeConfiguration', async () => {
    const { uri, asked } = await start({ run: 'onType', debounceMs: 0 });
    server!.open(uri, PLAN_MISSING_TASKS);
    assert.ok(missing(await server!.diagnostics(uri)));
    const quiet = { run: 'onType', debounceMs: 0, rules: { 'section-missing': 'off' } };
    server!.answers.set('workspace/configuration', (p: { items: unknown[] }) => ({ result: p.items.map(() => quiet) }));
    const before = server!.received.length;
    server!.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await server!.waitFor((m) => server!.received.indexOf(m) >= before && m.method === 'textDocument/publishDiagnostics' && !missing(m.params), 'diagnostics with the new settings');
    assert.equal(after.params.version, 1);
    assert.equal(asked(), 2);
  });

  it('re-checks open documents when a watched .kehoach.json is created, changed and deleted', async () => {
    const { uri, asked } = await start({ run: 'onType', debounceMs: 0 });
    server!.open(uri, PLAN_MISSING_TASKS);
    assert.ok(missing(await server!.diagnostics(uri)));
    const config = join(dir, '.kehoach.json');
    const fileEvent = (type: number) => server!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).toString(), type }] });
    /** The next diagnostics published after now that satisfy `match`. */
    const next = (match: (p: { diagnostics: Array<{ code?: unknown }> }) => boolean) => {
      const from = server!.received.length;
      return server!.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && server!.received.indexOf(m) >= from && match(m.params), 'diagnostics after the file event');
    };

    writeFileSync(config, JSON.stringify({ rules: { 'section-missing': 'off' } }));
    let published = next((p) => !missing(p));
    fileEvent(FILE_CREATED);
    await published;

    writeFileSync(config, JSON.stringify({ rules: { 'section-missing': 'error' } }));
    published = next((p) => p.diagnostics.some((d: any) => d.code === 'section-missing' && d.severity === 1));
    fileEvent(FILE_CHANGED);
    await published;

    rmSync(config);
    published = next((p) => p.diagnostics.some((d: any) => d.code === 'section-missing' && d.severity !== 1));
    fileEvent(FILE_DELETED);
    await published;
    assert.equal(asked(), 1, 'a change of the file asks the client nothing');
  });
});

describe('the editor’s kehoach.* settings: checked as .kehoach.json is, key by key', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'kehoach-settings-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A client that answers `settings` for every document. */
  const answering = (settings: Record<string, unknown>) =>
    ({ workspace: { getConfiguration: async () => settings } }) as unknown as Connection;

  it('a bad value and an unknown rule id are named with their keys; every other setting is kept', async () => {
    const uri = pathToFileURL(join(dir, 'ke-hoach.kh.md')).toString();
    const editor = { run: 'onType', profile: 'party', rules: { 'section-missing': 'off', 'date-format': 'loud', 'date-wekday': 'off' } };
    const settings = await readSettings(answering(editor), uri, true, 'en');
    assert.deepEqual(settings.config, { profile: 'party', rules: { 'section-missing': 'off' } });
    assert.equal(settings.configError,
      'The editor’s kehoach.* settings: “kehoach.rules.date-format” needs one of error, warning, information, hint, off; '
      + '“kehoach.rules”: there is no rule “date-wekday”; did you mean “date-weekday”?; those values take their defaults.');
  });

  it('the editor’s problems and those of .kehoach.json are both told; the file still wins field by field', async () => {
    writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ rules: { 'section-order': 'off', 'sectoin-empty': 'off' } }));
    const uri = pathToFileURL(join(dir, 'ke-hoach.kh.md')).toString();
    const settings = await readSettings(answering({ rules: { 'section-missing': 'of' } }), uri, true, 'vi');
    assert.deepEqual(settings.config.rules, { 'section-order': 'off' });
    const [editorLine, fileLine] = (settings.configError ?? '').split('\n');
    assert.match(editorLine, /^Cài đặt kehoach\.\* của trình soạn thảo: “kehoach\.rules\.section-missing” cần một trong/);
    assert.match(fileLine, /\.kehoach\.json: “rules”: không có quy tắc nào mã “sectoin-empty”; có phải ý bạn là “section-empty”\?/);
  });

  it('correct settings: no problem told', async () => {
    const uri = pathToFileURL(join(dir, 'ke-hoach.kh.md')).toString();
    const settings = await readSettings(answering({ run: 'onSave', profile: 'auto', rules: { 'date-weekday': 'hint' }, planGlobs: ['**/*.kh.md'], detectByContent: true }), uri, true);
    assert.equal(settings.configError, undefined);
    assert.deepEqual(settings.config.rules, { 'date-weekday': 'hint' });
  });
});

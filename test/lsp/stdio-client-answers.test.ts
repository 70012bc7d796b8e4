// The server's own requests (a message box, the configuration, registrations, progress) answered with
// an error or with garbage by the client, over stdio: the server takes it as no answer and runs on.
import * as assert from 'node:assert/strict';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from './plans';
import { StdioServer, type Answer, type Message } from './stdio';

const PLAN_URI = 'file:///ws/ke-hoach.kh.md';
const findsMissingSection = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.some((d) => d.code === 'section-missing');
const refuse: Answer = () => ({ error: { code: -32603, message: 'the client refuses' } });
const messageBox = (m: Message) => m.method === 'window/showMessageRequest';

/** A plan padded with paragraphs to about `bytes` bytes of UTF-8. */
function planOfSize(bytes: number): string {
  const paragraph = 'Tổ chức tuyên truyền, phổ biến nội dung kế hoạch đến cán bộ, công chức, viên chức và Nhân dân.\n\n';
  const count = Math.ceil((bytes - Buffer.byteLength(PLAN_MISSING_TASKS)) / Buffer.byteLength(paragraph));
  return PLAN_MISSING_TASKS + paragraph.repeat(Math.max(0, count));
}

describe('language server over stdio: the client answers with an error or garbage', function () {
  this.timeout(30000);
  let server: StdioServer | undefined;
  afterEach(() => server?.kill());

  it('runs on when the "file too large" message box is answered with an error, and says the sizes in KB', async () => {
    server = new StdioServer({ run: 'onType', debounceMs: 0, maxFileSize: 1024 });
    server.answers.set('window/showMessageRequest', refuse);
    await server.initialize();
    server.open(PLAN_URI, PLAN_MISSING_TASKS);
    assert.deepEqual((await server.diagnostics(PLAN_URI)).diagnostics, []);
    const shown = await server.waitFor(messageBox, 'the message box');
    assert.match(shown.params.message, /\(2 KB > 1 KB\)/);
    // The same document grows: still too large, no second message box, and the server answers.
    server.notify('textDocument/didChange', { textDocument: { uri: PLAN_URI, version: 2 }, contentChanges: [{ text: `${PLAN_MISSING_TASKS}\nThêm.\n` }] });
    await server.diagnostics(PLAN_URI, (p) => p.version === 2);
    await server.alive();
    assert.equal(server.received.filter(messageBox).length, 1);
  });

  it('says the size of a file over 1 MB in MB with one decimal', async () => {
    server = new StdioServer({ run: 'onType', debounceMs: 0, maxFileSize: 1024 * 1024 });
    await server.initialize({ locale: 'en' });
    server.open(PLAN_URI, planOfSize(1.5 * 1024 * 1024));
    await server.diagnostics(PLAN_URI);
    assert.match((await server.waitFor(messageBox, 'the message box')).params.message, /\(1\.[56] MB > 1\.0 MB\)/);
  });

  it('runs on when the message box of an explanation is answered with an error', async () => {
    server = new StdioServer();
    server.answers.set('window/showMessageRequest', refuse);
    await server.initialize();
    const text = COMPLETE_PLAN.replace('trước ngày 31/3/2023', 'trước ngày 31/01/2023');
    server.open(PLAN_URI, text);
    const d = (await server.diagnostics(PLAN_URI)).diagnostics.find((x) => x.code === 'date-deadline-before-issue');
    assert.ok(d, 'no past deadline');
    const [explain] = await server.result<Array<{ command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', {
      textDocument: { uri: PLAN_URI }, range: d.range, context: { diagnostics: [d] },
    });
    assert.equal(await server.result('workspace/executeCommand', explain.command), null);
    await server.waitFor(messageBox, 'the message box');
    await server.alive();
    // Asked again, it explains again: a refused message box leaves nothing behind.
    assert.equal(await server.result('workspace/executeCommand', explain.command), null);
    await server.alive();
  });

  it('runs on when file watching and progress are refused', async () => {
    server = new StdioServer();
    server.answers.set('client/registerCapability', refuse);
    server.answers.set('window/workDoneProgress/create', refuse);
    await server.initialize({
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
      },
    });
    await server.waitFor((m) => m.method === 'client/registerCapability', 'the registration');
    assert.deepEqual(await server.result('kehoach/catalogStatus', { waitForIndex: true }), await server.result('kehoach/catalogStatus', {}));
    server.open(PLAN_URI, PLAN_MISSING_TASKS);
    assert.ok(findsMissingSection(await server.diagnostics(PLAN_URI)));
    server.notify('workspace/didChangeConfiguration', { settings: null });
    await server.alive();
  });

  it('runs on when a client answers a request it never got, or answers twice', async () => {
    server = new StdioServer();
    await server.initialize();
    server.send({ id: 4242, result: { anything: true } });
    server.send({ id: 'not-a-request', error: { code: -32603, message: 'nope' } });
    await server.alive();
  });
});

describe('language server over stdio: workspace/configuration answered with an error or garbage', function () {
  this.timeout(30000);
  // One server: it asks for the settings each time it checks a document.
  let server: StdioServer;
  before(async () => {
    server = new StdioServer();
    await server.initialize();
  });
  after(() => server.kill());

  const answers: Array<[string, Answer]> = [
    ['an error', refuse],
    ['a string instead of a list', () => ({ result: 'garbage' })],
    ['an empty list', () => ({ result: [] })],
    ['a list of null', () => ({ result: [null] })],
    ['a list of a number', () => ({ result: [5] })],
    ['a list of a list', () => ({ result: [['run', 'off']] })],
    ['settings of the wrong shape', () => ({ result: [{
      run: 5, debounceMs: 'soon', maxFileSize: -1, planGlobs: 5, rules: 'all', abbreviations: 7, abbreviationExpansions: ['x'],
      requiredSections: 3, sectionSynonyms: 'none', profile: 9, catalogs: 5, detectByContent: 'yes',
    }] })],
    ['settings with wrong shapes inside', () => ({ result: [{ planGlobs: [5, null], rules: { 'section-missing': 5 }, requiredSections: { state: 'nhiem-vu' }, abbreviations: [null] }] })],
  ];
  answers.forEach(([what, answer], i) => {
    it(`checks with the default settings when it is answered with ${what}`, async () => {
      server.answers.set('workspace/configuration', answer);
      const uri = `file:///ws/ke-hoach-${i}.kh.md`;
      server.open(uri, PLAN_MISSING_TASKS);
      assert.ok(findsMissingSection(await server.diagnostics(uri)));
      server.notify('workspace/didChangeConfiguration', { settings: null });
      await server.alive();
    });
  });
});

// Input no editor should send, sent to the built server over stdio: it must answer what it can, never
// exit and never hang. Each case ends by asking the server something and getting the answer.
import * as assert from 'node:assert/strict';
import { PLAN_MISSING_TASKS } from './plans';
import { StdioServer } from './stdio';

const PLAN_URI = 'file:///ws/ke-hoach.kh.md';
const findsMissingSection = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.some((d) => d.code === 'section-missing');

/** Every request about a document the server answers, at `position`. */
function requestsAbout(uri: string, position: unknown): Array<[string, unknown]> {
  const at = { textDocument: { uri }, position };
  const range = { start: position, end: position };
  return [
    ['textDocument/hover', at],
    ['textDocument/completion', at],
    ['textDocument/definition', at],
    ['textDocument/references', { ...at, context: { includeDeclaration: true } }],
    ['textDocument/documentSymbol', { textDocument: { uri } }],
    ['textDocument/foldingRange', { textDocument: { uri } }],
    ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }],
    ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } }],
    ['kehoach/fixAll', { uri }],
    ['kehoach/lint', { uri }],
  ];
}

/** Each request is answered with a result (null or empty at worst), never an error. */
async function answersAll(server: StdioServer, requests: Array<[string, unknown]>): Promise<void> {
  for (const [method, params] of requests) {
    const response = await server.request(method, params);
    assert.equal(response.error, undefined, `${method} ${JSON.stringify(params)}: ${JSON.stringify(response.error)}`);
  }
}

describe('language server over stdio: odd file URIs in didOpen', function () {
  this.timeout(30000);
  let server: StdioServer;
  before(async () => {
    server = new StdioServer();
    await server.initialize();
  });
  after(() => server.kill());

  const uris: Array<[string, string]> = [
    ['an encoded slash inside a name', 'file:///ws/a%2Fb.kh.md'],
    ['a host part', 'file://server/share/ke-hoach.kh.md'],
    ['a bad percent escape', 'file:///ws/a%ZZ.kh.md'],
    ['an escape that is not UTF-8', 'file:///ws/a%E0%A4.kh.md'],
    ['a NUL character', 'file:///ws/a%00.kh.md'],
    ['a URI that does not parse', 'file://[bad/ke-hoach.kh.md'],
    ['an untitled document', 'untitled:Untitled-1'],
    ['a notebook cell', 'vscode-notebook-cell:/ws/plan.ipynb#W0sZmlsZQ%3D%3D'],
  ];
  for (const [what, uri] of uris) {
    it(`checks a plan opened with ${what}, answers requests on it, closes it`, async () => {
      server.open(uri, PLAN_MISSING_TASKS);
      assert.ok(findsMissingSection(await server.diagnostics(uri)));
      await answersAll(server, requestsAbout(uri, { line: 0, character: 0 }));
      server.notify('textDocument/didClose', { textDocument: { uri } });
      await server.diagnostics(uri, (p) => p.diagnostics.length === 0);
      await server.alive();
    });
  }
});

describe('language server over stdio: malformed JSON-RPC', function () {
  this.timeout(30000);
  let server: StdioServer;
  before(async () => {
    server = new StdioServer();
    await server.initialize();
  });
  after(() => server.kill());

  const bodies: Array<[string, string]> = [
    ['a body that is not JSON', '{"jsonrpc":"2.0","id":1,"method":'],
    ['a wrong version', JSON.stringify({ jsonrpc: '1.0', id: 900, method: 'textDocument/hover', params: {} })],
    ['no version', JSON.stringify({ id: 901, method: 'textDocument/hover', params: {} })],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"textDocument/hover"'],
    ['an object that is no message', '{"hello":"world"}'],
  ];
  for (const [what, body] of bodies) {
    it(`reads on after ${what}`, async () => {
      server.sendRaw(body);
      await server.alive();
    });
  }

  it('answers an unknown request with MethodNotFound and ignores an unknown notification', async () => {
    const response = await server.request('kehoach/noSuchThing', { a: 1 });
    assert.equal(response.error?.code, -32601);
    server.notify('kehoach/noSuchNotification', { a: 1 });
    server.notify('$/noSuchNotification');
    await server.alive();
  });

  it('answers requests with garbled params with null or empty', async () => {
    const garbled = [null, 5, 'text', { textDocument: 5 }, { textDocument: { uri: 5 }, position: 'here' }, { uri: { not: 'a string' } }];
    for (const params of garbled) {
      await answersAll(server, requestsAbout('file:///ws/x.kh.md', null).map(([method]) => [method, params]));
    }
    await server.alive();
  });

  it('answers requests without params or with params by position: InvalidParams for the protocol’s, null or empty for its own', async () => {
    for (const params of [undefined, []]) {
      for (const [method] of requestsAbout('file:///ws/x.kh.md', null)) {
        const response = await server.request(method, params);
        if (method.startsWith('kehoach/')) assert.equal(response.error, undefined, method);
        else assert.equal(response.error?.code, -32602, method);
      }
    }
    await server.alive();
  });
});

describe('language server over stdio: positions and edits outside the document', function () {
  this.timeout(30000);
  let server: StdioServer;
  before(async () => {
    server = new StdioServer();
    await server.initialize();
    server.open(PLAN_URI, PLAN_MISSING_TASKS);
    await server.diagnostics(PLAN_URI);
  });
  after(() => server.kill());

  const positions = [
    { line: 1e9, character: 0 }, { line: -1, character: -1 }, { line: 0, character: 1e9 }, { line: 3, character: -5 },
    { line: 1.5, character: 2.5 }, { line: null, character: 'x' }, {}, null,
  ];
  for (const position of positions) {
    it(`answers every request at ${JSON.stringify(position)}`, async () => {
      await answersAll(server, requestsAbout(PLAN_URI, position));
      await server.alive();
    });
  }

  const ranges: Array<[string, unknown]> = [
    ['past the end', { start: { line: 1e9, character: 0 }, end: { line: 1e9 + 1, character: 5 } }],
    ['before the start', { start: { line: -5, character: -1 }, end: { line: -1, character: 0 } }],
    ['ending before it starts', { start: { line: 10, character: 4 }, end: { line: 2, character: 0 } }],
    ['past the end of a line', { start: { line: 0, character: 1e9 }, end: { line: 1, character: 1e9 } }],
  ];
  let version = 1;
  for (const [what, range] of ranges) {
    it(`applies a didChange edit ${what} and checks the new version`, async () => {
      version += 1;
      server.notify('textDocument/didChange', { textDocument: { uri: PLAN_URI, version }, contentChanges: [{ range, text: 'x' }] });
      await server.diagnostics(PLAN_URI, (p) => p.version === version);
      await server.alive();
    });
  }
});

describe('language server over stdio: documents it does not know', function () {
  this.timeout(30000);
  let server: StdioServer;
  before(async () => {
    server = new StdioServer();
    await server.initialize();
  });
  after(() => server.kill());
  const UNKNOWN = 'file:///ws/never-opened.kh.md';

  it('ignores didClose, didSave and didChange of a document never opened', async () => {
    server.notify('textDocument/didClose', { textDocument: { uri: UNKNOWN } });
    server.notify('textDocument/didSave', { textDocument: { uri: UNKNOWN } });
    server.notify('textDocument/didChange', { textDocument: { uri: UNKNOWN, version: 2 }, contentChanges: [{ text: PLAN_MISSING_TASKS }] });
    server.notify('textDocument/didChange', {
      textDocument: { uri: UNKNOWN, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await server.alive();
  });

  it('answers every request about an unknown document with null or empty', async () => {
    await answersAll(server, requestsAbout(UNKNOWN, { line: 0, character: 0 }));
    assert.equal(await server.result('kehoach/lint', { uri: UNKNOWN }), null);
    assert.deepEqual(await server.result('kehoach/fixAll', { uri: UNKNOWN }), []);
    assert.equal(await server.result('textDocument/hover', { textDocument: { uri: UNKNOWN }, position: { line: 0, character: 0 } }), null);
  });

  it('runs on after a didOpen without a text document or without text, and checks the other documents', async () => {
    server.notify('textDocument/didOpen', {});
    server.notify('textDocument/didOpen', { textDocument: null });
    server.notify('textDocument/didOpen', { textDocument: { uri: 'file:///ws/no-text.kh.md', languageId: 'markdown', version: 1 } });
    server.notify('textDocument/didOpen', { textDocument: { uri: 'file:///ws/number.kh.md', languageId: 'markdown', version: 1, text: 5 } });
    await answersAll(server, requestsAbout('file:///ws/number.kh.md', { line: 0, character: 0 }));
    const uri = 'file:///ws/after.kh.md';
    server.open(uri, PLAN_MISSING_TASKS);
    assert.ok(findsMissingSection(await server.diagnostics(uri)));
    const lines = PLAN_MISSING_TASKS.split('\n');
    const line = lines.findIndex((l) => /\d{1,2}\/\d{1,2}\/\d{4}/.test(l));
    const character = lines[line].search(/\d{1,2}\/\d{1,2}\/\d{4}/) + 1;
    assert.ok(await server.result('textDocument/hover', { textDocument: { uri }, position: { line, character } }), 'a date on another document still has its hover');
  });

  it('closes a document twice, and opens it again', async () => {
    server.open(PLAN_URI, PLAN_MISSING_TASKS);
    await server.diagnostics(PLAN_URI, (p) => p.version === 1);
    server.notify('textDocument/didClose', { textDocument: { uri: PLAN_URI } });
    server.notify('textDocument/didClose', { textDocument: { uri: PLAN_URI } });
    server.open(PLAN_URI, PLAN_MISSING_TASKS, 7);
    assert.ok(findsMissingSection(await server.diagnostics(PLAN_URI, (p) => p.version === 7)));
  });
});

describe('language server over stdio: a client that never sends initialized', function () {
  this.timeout(30000);
  it('answers every request without waiting for an indexing that never starts', async () => {
    const server = new StdioServer();
    try {
      await server.result('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
      server.open(PLAN_URI, PLAN_MISSING_TASKS);
      await server.diagnostics(PLAN_URI);
      const citation = PLAN_MISSING_TASKS.split('\n').findIndex((l) => l.includes('1719/QĐ-TTg'));
      await answersAll(server, requestsAbout(PLAN_URI, { line: citation, character: 25 }));
      await server.result('kehoach/catalogStatus', { waitForIndex: true });
    } finally {
      server.kill();
    }
  });
});

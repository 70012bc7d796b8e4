// A bug inside the server's own code, made on purpose in this process (a rule's check replaced for one
// test): a rule that throws is logged with its id and skipped, the other rules' findings published; a
// failure outside the rules is logged, publishes nothing for that version, and every request answers
// null or empty. The server checks the next version as usual.
import * as assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { ALL_RULES, type Rule } from '../../server/src/core/lint';
import { inProcessClient, type TestClient } from './harness';
import { COMPLETE_PLAN } from './plans';

/** A plan from its title on: findings of several rules, among them fixes that fix-all applies. */
const TITLE_FIRST = COMPLETE_PLAN.slice(COMPLETE_PLAN.indexOf('KẾ HOẠCH'));
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const errorsLogged = (client: TestClient) => client.logs.filter((l) => l.type === 1).map((l) => l.message);

/** Replaces the check of rule `id` until the returned function puts it back. */
function replaceCheck(id: string, check: Rule['check']): () => void {
  const rule = ALL_RULES.find((r) => r.id === id) as { check: Rule['check'] } | undefined;
  assert.ok(rule, id);
  const original = rule.check;
  rule.check = check;
  return () => { rule.check = original; };
}

describe('language server: a rule or the analysis fails inside', () => {
  let client: TestClient;
  let restore: () => void = () => undefined;
  beforeEach(async () => {
    client = inProcessClient();
    await client.initialize();
  });
  afterEach(async () => {
    restore();
    await client.close();
  });

  it('logs a rule that throws with its id, skips it, and still publishes and fixes the other rules’ findings', async () => {
    await client.open('file:///ws/sound.kh.md', TITLE_FIRST);
    const sound = codes(await client.diagnostics('file:///ws/sound.kh.md'));
    assert.deepEqual(sound, ['header-national-title', 'header-number', 'header-date-line']);
    const broken = 'header-date-line';
    restore = replaceCheck(broken, () => { throw new TypeError('a rule bug'); });
    const uri = 'file:///ws/broken.kh.md';
    await client.open(uri, TITLE_FIRST);
    assert.deepEqual(codes(await client.diagnostics(uri)), sound.filter((c) => c !== broken));
    assert.ok(errorsLogged(client).some((m) => m.includes(broken) && m.includes('a rule bug') && m.includes(uri)), JSON.stringify(client.logs));
    // Fix all lints again and again: with the rule still failing, the Quốc hiệu is still inserted.
    const edits = await client.rpc.sendRequest<Array<{ newText: string }>>('kehoach/fixAll', { uri });
    assert.match(edits.map((e) => e.newText).join(''), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    assert.equal(errorsLogged(client).filter((m) => m.includes(broken)).length, 1, 'logged once per document, rule and error');
  });

  it('logs a failure outside the rules, publishes nothing for that version, answers every request empty, and checks the next version', async () => {
    // A finding whose offset core cannot place: lint fails after the rules have run.
    restore = replaceCheck('header-title', (_doc, ctx) => ctx.report({ message: 'x', start: Symbol('nowhere') as unknown as number, end: 0 }));
    const uri = 'file:///ws/failing.kh.md';
    await client.open(uri, TITLE_FIRST);
    assert.equal(await client.rpc.sendRequest('kehoach/lint', { uri }), null);
    assert.deepEqual(client.published.filter((p) => p.uri === uri), []);
    assert.ok(errorsLogged(client).some((m) => m.includes('diagnostics') && m.includes(uri)), JSON.stringify(client.logs));
    const at = { textDocument: { uri }, position: { line: 0, character: 0 } };
    const range = { start: at.position, end: at.position };
    const answers = await Promise.all([
      client.rpc.sendRequest('textDocument/hover', at),
      client.rpc.sendRequest('textDocument/completion', at),
      client.rpc.sendRequest('textDocument/definition', at),
      client.rpc.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: true } }),
      client.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
      client.rpc.sendRequest('textDocument/foldingRange', { textDocument: { uri } }),
      client.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] as Diagnostic[] } }),
      client.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } }),
      client.rpc.sendRequest('kehoach/fixAll', { uri }),
    ]);
    assert.deepEqual(answers, [null, [], null, [], [], [], [], [], []]);
    assert.ok(errorsLogged(client).some((m) => m.includes('textDocument/hover') && m.includes(uri)), JSON.stringify(client.logs));
    restore();
    await client.change(uri, `${TITLE_FIRST}\n`, 2);
    assert.ok((await client.diagnostics(uri, (p) => p.version === 2)).diagnostics.length > 0);
  });
});

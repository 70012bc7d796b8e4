// The lightbulb of a finding that has no fix leads with its explanation (a command of the server's,
// so that any LSP client runs it), before "disable the rule"; a finding with a fix keeps its fix first.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { inProcessClient, type TestClient } from './harness';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from './plans';

const URI = 'file:///ws/ke-hoach-2023.kh.md';
const PAST_DEADLINE = COMPLETE_PLAN.replace('trước ngày 31/3/2023', 'trước ngày 31/01/2023');
const NO_SUCH_DAY = COMPLETE_PLAN.replace('trước ngày 31/3/2023', 'trước ngày 30/02/2023');

describe('language server: the explanation of a finding without a fix', () => {
  let client: TestClient;
  let shown: string[];
  beforeEach(async () => {
    client = inProcessClient();
    shown = [];
    client.rpc.onRequest('window/showMessageRequest', (p: { message: string }) => { shown.push(p.message); return null; });
    await client.initialize();
  });
  afterEach(() => client.close());

  async function actionsFor(text: string, rule: string): Promise<{ d: Diagnostic; actions: CodeAction[] }> {
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI);
    const d = diagnostics.find((x) => x.code === rule);
    assert.ok(d, `no ${rule} in ${diagnostics.map((x) => x.code)}`);
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    return { d, actions };
  }

  /** Runs the action's command as a client does, and resolves with the message box it brings. */
  async function run(action: CodeAction): Promise<string> {
    assert.ok(action.command, action.title);
    const answer = await client.rpc.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
    assert.equal(answer, null);
    // The message box follows the answer: one more round trip makes sure it has been sent.
    await client.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.equal(shown.length, 1, 'one message box');
    return shown[0];
  }

  it('announces the command, so that a client registers it', async () => {
    const fresh = inProcessClient();
    const { capabilities } = await fresh.initialize();
    assert.deepEqual(capabilities.executeCommandProvider, { commands: ['kehoach.explainFinding'] });
    await fresh.close();
  });

  it('a past deadline: the explanation leads, and says what the date hover says', async () => {
    const { actions } = await actionsFor(PAST_DEADLINE, 'date-deadline-before-issue');
    assert.deepEqual(actions.map((a) => a.title), ['Giải thích cảnh báo date-deadline-before-issue', 'Tắt quy tắc date-deadline-before-issue cho dòng này']);
    assert.equal(actions[0].edit, undefined);
    const message = await run(actions[0]);
    assert.match(message, /^“hoàn thành trước ngày 31\/01\/2023”: thời hạn này đã qua/);
    assert.match(message, /Thứ Ba, ngày 31 tháng 01 năm 2023\. Trước ngày ban hành kế hoạch \(06\/02\/2023\) 6 ngày\. Thời hạn\./);
    assert.match(message, /date-deadline-before-issue: Thời hạn .* sớm hơn ngày ban hành của kế hoạch\. Căn cứ: thông lệ/);
  });

  it('a date that does not exist: the explanation leads, with what the rule checks', async () => {
    const { actions } = await actionsFor(NO_SUCH_DAY, 'date-invalid');
    assert.equal(actions[0].title, 'Giải thích cảnh báo date-invalid');
    const message = await run(actions[0]);
    assert.match(message, /^Ngày “30\/02\/2023” không có thật: tháng 2 năm 2023 chỉ có 28 ngày\./);
    assert.match(message, /date-invalid: Ngày tháng không có trong lịch/);
  });

  it('a finding with a fix: the fix first, and no explanation in the way', async () => {
    const { actions } = await actionsFor(PLAN_MISSING_TASKS, 'section-missing');
    assert.equal(actions[0].kind, 'quickfix');
    assert.ok(actions[0].edit && actions[0].isPreferred);
    assert.ok(!actions.some((a) => a.command), actions.map((a) => a.title).join(', '));
  });

  it('answers a command it does not know, or arguments of the wrong shape, with null and no message box', async () => {
    await client.open(URI, PAST_DEADLINE);
    await client.diagnostics(URI);
    for (const params of [
      { command: 'kehoach.nothing', arguments: [] },
      { command: 'kehoach.explainFinding' },
      { command: 'kehoach.explainFinding', arguments: [{ uri: URI, ruleId: 'date-invalid', range: 'here' }] },
      { command: 'kehoach.explainFinding', arguments: [{ uri: 'file:///ws/not-open.kh.md', ruleId: 'date-invalid', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] },
    ]) assert.equal(await client.rpc.sendRequest('workspace/executeCommand', params), null);
    await client.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepEqual(shown, []);
  });
});

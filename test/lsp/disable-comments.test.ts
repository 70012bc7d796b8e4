// "Disable for this line" writes the comment form of the file's kind: an HTML comment in Markdown, a
// `// kehoach-…` line in plain text (where an HTML comment would print); a mistyped rule id in either
// form is reported on the id, with a quick fix to the nearest id.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { inProcessClient, type TestClient } from './harness';
import { PLAN_MISSING_TASKS } from './plans';

const MD = 'file:///ws/ke-hoach.kh.md';
const TXT = 'file:///ws/ke-hoach.txt';
const PLAIN_PLAN = PLAN_MISSING_TASKS.replace(/^#+ /gm, '');

function applied(uri: string, text: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), action.edit?.changes?.[uri] ?? []);
}

describe('language server: disable comments', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = inProcessClient();
    await client.initialize();
  });
  afterEach(() => client.close());

  async function actionsOn(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    return client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  }

  async function disableFirst(uri: string, text: string, languageId: string): Promise<{ inserted: string; after: Diagnostic[] }> {
    await client.open(uri, text, 1, languageId);
    const d = (await client.diagnostics(uri)).diagnostics.find((x) => x.code === 'section-missing')!;
    assert.ok(d, 'no section-missing');
    const disable = (await actionsOn(uri, d)).find((a) => a.title.startsWith('Tắt quy tắc section-missing'))!;
    const inserted = disable.edit!.changes![uri][0].newText;
    await client.change(uri, applied(uri, text, disable), 2);
    return { inserted, after: (await client.diagnostics(uri, (p) => p.version === 2)).diagnostics };
  }

  it('in a .txt plan, writes `// kehoach-disable-next-line`, which silences the rule and is read as no text', async () => {
    const { inserted, after } = await disableFirst(TXT, PLAIN_PLAN, 'plaintext');
    assert.equal(inserted, '// kehoach-disable-next-line section-missing\n');
    assert.deepEqual(after.map((d) => d.code), []);
  });

  it('in a Markdown plan, writes the HTML comment, never the plain-text form', async () => {
    const { inserted, after } = await disableFirst(MD, PLAN_MISSING_TASKS, 'markdown');
    assert.equal(inserted, '<!-- kehoach-disable-next-line section-missing -->\n');
    assert.deepEqual(after.map((d) => d.code), []);
  });

  for (const [uri, languageId, text] of [
    [MD, 'markdown', PLAN_MISSING_TASKS.replace('KẾ HOẠCH\n', '<!-- kehoach-disable-next-line section-misssing -->\nKẾ HOẠCH\n')],
    [TXT, 'plaintext', PLAIN_PLAN.replace('KẾ HOẠCH\n', '// kehoach-disable-next-line section-misssing\nKẾ HOẠCH\n')],
  ] as const) {
    it(`reports a mistyped rule id on the id, and fixes it to the nearest (${languageId})`, async () => {
      await client.open(uri, text, 1, languageId);
      const { diagnostics } = await client.diagnostics(uri);
      const typo = diagnostics.find((d) => d.code === 'disable-comment-unknown-rule')!;
      assert.ok(typo, `got ${diagnostics.map((d) => d.code)}`);
      assert.equal(typo.severity, 2);
      assert.equal(typo.message, 'Không có quy tắc “section-misssing”: chú thích này không tắt gì. Có phải ý bạn là “section-missing”?');
      const doc = TextDocument.create(uri, languageId, 1, text);
      assert.equal(doc.getText(typo.range), 'section-misssing');
      // The rule it meant is not silenced yet.
      assert.ok(diagnostics.some((d) => d.code === 'section-missing'));
      const [fix] = await actionsOn(uri, typo);
      assert.equal(fix.title, 'Sửa thành “section-missing”');
      await client.change(uri, applied(uri, text, fix), 2);
      assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 2)).diagnostics.map((d) => d.code), []);
    });
  }
});

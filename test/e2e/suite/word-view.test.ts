// Issue 10 through the VS Code API: "Kế hoạch: Kiểm tra tệp Word" on a .docx built here from a workspace plan
// by the exporter opens the Word file's text read-only on the kehoach-docx: scheme, checked as a plan (each
// finding names its Word paragraph, the outline is there); rewriting the .docx on disk refreshes the text and
// the findings; a file that is no Word file opens nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exportDocx } from '../../../server/src/export';
import { ruleOf, waitForDiagnostics, workspaceFile } from './wait';

const SCHEME = 'kehoach-docx';
const PARAGRAPH = /^¶\d+: /;

/** The workspace plan `planName` exported to `target` by the project's exporter. */
async function exportPlan(planName: string, target: vscode.Uri): Promise<void> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(planName)));
  await vscode.workspace.fs.writeFile(target, await exportDocx(text));
}

/** Resolves once the document's text satisfies `predicate`: checked now, then on each change; rejects after `timeoutMs`. */
function waitForText(document: vscode.TextDocument, predicate: (text: string) => boolean, timeoutMs: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!predicate(document.getText())) return;
      finish();
      resolve();
    };
    const listener = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === document) check(); });
    const timer = setTimeout(() => { finish(); reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)); }, timeoutMs);
    function finish() { clearTimeout(timer); listener.dispose(); }
    check();
  });
}

function viewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === SCHEME);
}

describe('kehoach in a real VS Code: the Word check view', () => {
  const docx = workspaceFile('kiem-tra-word.docx');
  let view: vscode.Uri | undefined;

  before(async () => {
    await vscode.extensions.getExtension('kehoach.kehoach')!.activate();
    await exportPlan('thieu-nhiem-vu.kh.md', docx);
  });

  after(async () => {
    await vscode.window.tabGroups.close(viewTabs());
    await vscode.workspace.fs.delete(docx).then(undefined, () => undefined);
  });

  it('registers kehoach.checkDocx', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('kehoach.checkDocx'));
  });

  it('opens the Word file’s text on kehoach-docx:, checked as a plan: findings with their Word paragraph, hovers, the outline', async () => {
    view = await vscode.commands.executeCommand<vscode.Uri | undefined>('kehoach.checkDocx', docx);
    assert.equal(view?.scheme, SCHEME, 'the command returns the view it opened');
    assert.equal(view.path, docx.path, 'the view’s path is the .docx’s path');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), view.toString(), 'the view is the active editor');
    assert.equal(editor.document.languageId, 'plaintext');
    assert.match(editor.document.getText(), /KẾ HOẠCH/);
    assert.match(editor.document.getText(), /MỤC ĐÍCH, YÊU CẦU/);

    const diagnostics = await waitForDiagnostics(view, (ds) => ds.some((d) => ruleOf(d) === 'section-missing'), 20_000, 'section-missing on the view');
    for (const d of diagnostics) assert.match(d.message, PARAGRAPH, `no Word paragraph in “${d.message}”`);

    // Hovers as on a text plan: the cited decision, from the catalog.
    const cited = editor.document.getText().indexOf('1719/QĐ-TTg');
    assert.ok(cited > 0, 'the citation is not in the view');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', view, editor.document.positionAt(cited + 3))) ?? [];
    const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(shown, /Quyết định số 1719\/QĐ-TTg/);

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', view);
    const names = (symbols ?? []).flatMap((s) => [s.name, ...s.children.map((c) => c.name)]);
    assert.ok(names.includes('I. MỤC ĐÍCH, YÊU CẦU'), `outline: ${names.join(', ')}`);
  });

  it('is read-only: typing in the view changes nothing, and it never becomes dirty', async () => {
    assert.ok(view, 'the view was not opened');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(view));
    assert.equal(vscode.window.activeTextEditor, editor, 'the view has the focus');
    const before = editor.document.getText();
    editor.selection = new vscode.Selection(2, 1, 2, 1);
    // What a person does in the editor: type, delete, paste. The extension API's own edits are not the
    // editor's (VS Code applies them to any document), and no quick fix is offered for the view.
    await vscode.env.clipboard.writeText('dán thử');
    for (const [command, args] of [['type', { text: 'Sửa thử. ' }], ['deleteLeft', undefined], ['editor.action.clipboardPasteAction', undefined]] as const) {
      await vscode.commands.executeCommand(command, args);
      assert.equal(editor.document.getText(), before, `${command} changed the view`);
    }
    assert.equal(editor.document.isDirty, false);
    const range = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', view, range);
    assert.deepEqual((actions ?? []).filter((a) => a.edit?.has(view!)).map((a) => a.title), [], 'an action would edit the view');
  });

  it('follows the file: the .docx rewritten on disk refreshes the text and the findings', async () => {
    assert.ok(view, 'the view was not opened');
    const current = view;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === current.toString());
    assert.ok(document, 'the view’s document is not open');
    const refreshed = waitForText(document, (text) => text.includes('thứ Ba'), 20_000, 'the text of the rewritten .docx');
    await exportPlan('ngay-sai-thu.kh.md', docx);
    await refreshed;
    const diagnostics = await waitForDiagnostics(current,
      (ds) => ds.some((d) => ruleOf(d) === 'date-weekday') && !ds.some((d) => ruleOf(d) === 'section-missing'), 20_000, 'date-weekday and no section-missing');
    for (const d of diagnostics) assert.match(d.message, PARAGRAPH, `no Word paragraph in “${d.message}”`);
  });

  it('opens nothing for a file that is no Word file', async () => {
    const notWord = workspaceFile('khong-phai-word.docx');
    await vscode.workspace.fs.writeFile(notWord, new TextEncoder().encode('KẾ HOẠCH\nSố: 1/KH-UBND\n'));
    try {
      const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('kehoach.checkDocx', notWord);
      assert.equal(opened, undefined);
      assert.ok(!viewTabs().some((t) => (t.input as vscode.TabInputText).uri.path === notWord.path), 'a view was opened');
    } finally {
      await vscode.workspace.fs.delete(notWord);
    }
  });
});

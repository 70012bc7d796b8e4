// Issue 3 through the VS Code API: a citation whose issuer disagrees with its symbol is reported, and its
// quick fix writes the right issuer.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActionsAt, openInEditor, ruleOf, waitForDiagnostics, workspaceFile } from './wait';

describe('kehoach in a real VS Code: citations', () => {
  const plan = workspaceFile('trich-dan-sai.kh.md');

  before(async () => {
    await vscode.extensions.getExtension('kehoach.kehoach')!.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports “…/QĐ-TTg … của Chính phủ” and fixes it to “của Thủ tướng Chính phủ”', async () => {
    const editor = await openInEditor(plan);
    const isMismatch = (d: vscode.Diagnostic) => ruleOf(d) === 'citation-issuer-mismatch';
    const [mismatch] = (await waitForDiagnostics(plan, (ds) => ds.some(isMismatch), 20_000, 'citation-issuer-mismatch')).filter(isMismatch);
    assert.match(mismatch.message, /Thủ tướng Chính phủ|Prime Minister/);
    const actions = await codeActionsAt(plan, mismatch.range);
    const fix = actions.find((a) => a.edit && /Thủ tướng Chính phủ/.test(a.title + JSON.stringify(a.edit.entries())));
    assert.ok(fix?.edit, `no fix offered: ${actions.map((a) => a.title).join(' | ')}`);
    const gone = waitForDiagnostics(plan, (ds) => !ds.some(isMismatch), 20_000, 'the mismatch to go away');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await gone;
    assert.match(editor.document.getText(), /1719\/QĐ-TTg ngày 14\/10\/2021 của Thủ tướng Chính phủ phê duyệt/);
  });
});

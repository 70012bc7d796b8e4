// Restricted Mode (issue 14): run by run.mjs in a second VS Code whose folder (test/e2e/workspace-restricted)
// is not trusted, and only there (index.ts). The extension declares limited support: it runs, checks plans
// (nothing from the workspace is executed), and the workspace's kehoach.maxFileSize (1 byte, which would
// leave every plan unchecked) is not applied.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor, ruleOf, waitForDiagnostics, workspaceFile } from './wait';

describe('kehoach in a real VS Code: Restricted Mode', () => {
  it('the folder is not trusted, and the extension is enabled and active there', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'run.mjs should open this folder in Restricted Mode');
    const extension = vscode.extensions.getExtension('kehoach.kehoach');
    assert.ok(extension, 'the extension is disabled in Restricted Mode');
    await extension.activate();
    assert.ok(extension.isActive);
  });

  it('ignores the workspace’s kehoach.maxFileSize and checks the plan', async () => {
    const settings = vscode.workspace.getConfiguration('kehoach');
    assert.equal(settings.get('maxFileSize'), 2 * 1024 * 1024);
    const plan = workspaceFile('ke-hoach.kh.md');
    await openInEditor(plan);
    await waitForDiagnostics(plan, (ds) => ds.some((d) => ruleOf(d) === 'header-date-line'), 20_000, 'header-date-line');
  });
});

// The foundation seen through the VS Code API, in a real VS Code with the extension loaded: a plan without
// its Nhiệm vụ section is reported, the quick fix repairs it, and a README in the same folder stays silent.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActionsAt, kehoachDiagnostics, nextDiagnosticsChange, openInEditor, ruleOf, waitForDiagnostics, workspaceFile } from './wait';

const EXTENSION_ID = 'kehoach.kehoach';
const hasSectionMissing = (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === 'section-missing');
const summary = (ds: readonly vscode.Diagnostic[]) => ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}: ${d.message}`);

describe('kehoach in a real VS Code: structure', () => {
  const missingPlan = workspaceFile('thieu-nhiem-vu.kh.md');

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath must be the repo root)`);
    await extension.activate();
  });

  after(async () => {
    // The quick fix edited the plan in memory only: put the editor back as the file is on disk.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === missingPlan.toString());
    if (open?.isDirty) {
      await vscode.window.showTextDocument(open);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('reports section-missing (source kehoach) for a plan without a Nhiệm vụ section', async () => {
    await openInEditor(missingPlan);
    const diagnostics = await waitForDiagnostics(missingPlan, hasSectionMissing, 20_000, 'section-missing');
    const missing = diagnostics.filter((d) => ruleOf(d) === 'section-missing');
    assert.equal(missing.length, 1, `one section-missing expected, got: ${summary(missing).join('; ')}`);
    assert.equal(missing[0].source, 'kehoach');
    assert.match(missing[0].message, /Nhiệm vụ/);
  });

  it('offers a quick fix for it, and applying the fix makes section-missing go away', async () => {
    const editor = await openInEditor(missingPlan);
    const [missing] = (await waitForDiagnostics(missingPlan, hasSectionMissing, 20_000, 'section-missing'))
      .filter((d) => ruleOf(d) === 'section-missing');
    const actions = await codeActionsAt(missingPlan, missing.range);
    // vscode.executeCodeActionProvider hands back kind, title, edit and isPreferred, not the diagnostics a
    // fix belongs to; the range asked for is the section-missing diagnostic's alone.
    const fixes = actions.filter((a) => !!a.edit && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) &&
      (a.diagnostics === undefined || a.diagnostics.some((d) => ruleOf(d) === 'section-missing')));
    const fix = fixes.find((a) => a.isPreferred) ?? fixes[0];
    assert.ok(fix?.edit, `no quick fix for section-missing; code actions offered: ${JSON.stringify(actions.map((a) => a.title))}`);

    const gone = waitForDiagnostics(missingPlan, (ds) => !hasSectionMissing(ds), 20_000, 'section-missing to go away');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'VS Code refused the quick fix edit');
    await gone;
    assert.match(editor.document.getText(), /^## II\. NHIỆM VỤ/m, 'the fix should insert the Nhiệm vụ heading');
  });

  it('gives README.md no kehoach diagnostics and a complete plan no section-* diagnostics', async () => {
    const readme = workspaceFile('README.md');
    const completePlan = workspaceFile('day-du.kh.md');
    // The server handles documents in the order they are opened: once the plan opened after the README has
    // its diagnostics published, the README has been handled too.
    const planPublished = nextDiagnosticsChange(completePlan, 20_000);
    const readmeEditor = await openInEditor(readme);
    assert.equal(readmeEditor.document.languageId, 'markdown', 'README.md must reach the server as Markdown');
    await openInEditor(completePlan);
    const planDiagnostics = await planPublished;

    const sectionFindings = planDiagnostics.filter((d) => ruleOf(d)?.startsWith('section-'));
    assert.deepEqual(summary(sectionFindings), [], 'day-du.kh.md is a complete plan');
    assert.deepEqual(summary(kehoachDiagnostics(readme)), [], 'README.md is not a plan');
  });

  it('registers the commands kehoach.lint and kehoach.restartServer', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['kehoach.lint', 'kehoach.restartServer']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });
});

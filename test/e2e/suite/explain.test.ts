// The lightbulb of a finding without a fix, in a real VS Code: it leads with the explanation, whose command
// the language client registered from the server's executeCommandProvider, so that choosing it runs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActionsAt, ruleOf, waitForDiagnostics, workspaceFile } from './wait';

describe('explanation of a finding without a fix (real VS Code)', () => {
  it('leads the lightbulb of a past deadline, before "disable", and its command is registered and runs', async () => {
    const complete = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('day-du.kh.md')));
    const content = complete.replace(/trước ngày 30\/4\/2024/, 'trước ngày 30/01/2024');
    assert.notEqual(content, complete, 'day-du.kh.md no longer has the deadline this test moves');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document, { preview: false });
    try {
      const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'date-deadline-before-issue'), 20_000, 'date-deadline-before-issue');
      const past = diagnostics.find((d) => ruleOf(d) === 'date-deadline-before-issue')!;
      const actions = await codeActionsAt(document.uri, past.range);
      const titles = actions.map((a) => a.title);
      const explain = titles.findIndex((t) => /^(Explain|Giải thích cảnh báo) date-deadline-before-issue$/.test(t));
      const disable = titles.findIndex((t) => /date-deadline-before-issue (for this line|cho dòng này)$/.test(t));
      assert.ok(explain >= 0 && disable >= 0 && explain < disable, `actions: ${titles.join(' | ')}`);
      const command = actions[explain].command!;
      assert.equal(command.command, 'kehoach.explainFinding');
      assert.ok((await vscode.commands.getCommands(true)).includes('kehoach.explainFinding'), 'the client did not register the command');
      // What the user's click does: the command goes to the server, which answers and shows a message box.
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

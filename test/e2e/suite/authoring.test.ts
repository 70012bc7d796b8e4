// Issue 5 and 6 through the VS Code API: a plan snippet in an empty file lints clean apart from its
// placeholders, the outline shows the sections, a disable comment silences its rule, and a date has its
// diagnostic and hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { kehoachDiagnostics, openInEditor, ruleOf, waitForDiagnostics, workspaceFile } from './wait';

const summary = (ds: readonly vscode.Diagnostic[]) => ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}: ${d.message}`);

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('kehoach in a real VS Code: authoring', () => {
  before(async () => {
    await vscode.extensions.getExtension('kehoach.kehoach')!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts the state plan snippet into an empty file, and it lints clean apart from the … placeholders', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Kế hoạch (nhà nước)' });
    assert.match(editor.document.getText(), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM[\s\S]*KẾ HOẠCH[\s\S]*TỔ CHỨC THỰC HIỆN/);
    // The lint command answers once the server has checked this version and published the result.
    await vscode.commands.executeCommand('kehoach.lint');
    // The server took it for a plan and parsed its sections (an outline only plans get) …
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    const names = flatten(symbols).map((s) => s.name);
    for (const name of ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN', 'Nơi nhận']) {
      assert.ok(names.some((n) => n.startsWith(name)), `${name} not in the outline of the inserted plan: ${names.join(' | ')}`);
    }
    // … and whatever it reports sits on a placeholder the drafter still has to fill.
    const lines = editor.document.getText().split(/\r?\n/);
    // A section whose content is still a placeholder is reported on its heading (section-empty).
    const nextText = (line: number) => lines.slice(line + 1).find((l) => l.trim() !== '') ?? '';
    const elsewhere = kehoachDiagnostics(document.uri).filter((d) => {
      const text = lines.slice(d.range.start.line, d.range.end.line + 1).join('\n');
      if (ruleOf(d) === 'section-empty' && nextText(d.range.end.line).includes('…')) return false;
      return !text.includes('…');
    });
    assert.deepEqual(summary(elsewhere), []);
  });

  it('shows the sections, and Nơi nhận, in the outline', async () => {
    const plan = workspaceFile('day-du.kh.md');
    await openInEditor(plan);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', plan)) ?? [];
    const names = flatten(symbols).map((s) => s.name);
    for (const name of ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. NHIỆM VỤ VÀ GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN', 'Nơi nhận']) {
      assert.ok(names.includes(name), `${name} not in the outline: ${names.join(' | ')}`);
    }
  });

  it('a disable comment silences its rule; removing it brings the diagnostic back', async () => {
    const plan = workspaceFile('tat-quy-tac.kh.md');
    const editor = await openInEditor(plan);
    // The lint command answers after the server has checked the file and published the result.
    await vscode.commands.executeCommand('kehoach.lint');
    assert.deepEqual(summary(kehoachDiagnostics(plan).filter((d) => ruleOf(d) === 'section-missing')), []);
    const line = editor.document.getText().split(/\r?\n/).findIndex((l) => l.includes('kehoach-disable-next-line'));
    const back = waitForDiagnostics(plan, (ds) => ds.some((d) => ruleOf(d) === 'section-missing'), 20_000, 'section-missing once the comment is gone');
    await editor.edit((e) => e.delete(new vscode.Range(line, 0, line + 1, 0)));
    await back;
  });

  it('reports a weekday that disagrees with its date, and the hover on the date tells the right one', async () => {
    const plan = workspaceFile('ngay-sai-thu.kh.md');
    const editor = await openInEditor(plan);
    const diagnostics = await waitForDiagnostics(plan, (ds) => ds.some((d) => ruleOf(d) === 'date-weekday'), 20_000, 'date-weekday');
    const weekday = diagnostics.find((d) => ruleOf(d) === 'date-weekday')!;
    // VS Code's display language decides: Vietnamese for `vi`, English otherwise (this test VS Code is English).
    const vietnamese = vscode.env.language.startsWith('vi');
    assert.match(weekday.message, vietnamese ? /thứ Tư/i : /Wednesday/);
    const text = editor.document.getText();
    const position = editor.document.positionAt(text.indexOf('15/3/2023') + 3);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plan, position)) ?? [];
    const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(shown, vietnamese ? /Thứ Tư, ngày 15 tháng 3 năm 2023/ : /Wednesday, 15 March 2023/);
    assert.match(shown, vietnamese ? /Sau ngày ban hành kế hoạch .* 37 ngày/ : /37 days after the plan/);
  });
});

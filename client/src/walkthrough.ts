/**
 * The commands of the walkthrough "Bắt đầu với Kế hoạch" (package.json contributes.walkthroughs):
 * the sample plan as an unsaved copy with one mistake left on purpose, and a new plan from the skeleton
 * snippet. Both open beside the walkthrough when it is the active tab, so that its next steps stay in view.
 */
import * as vscode from 'vscode';

/** The sample plan shipped with the extension (examples/ is packaged for it, see .vscodeignore). */
const SAMPLE = ['examples', 'ke-hoach-mau.kh.md'];
/** The mistake the walkthrough's next steps show and fix: header-date-line wants `06` and `02`. */
const CORRECT_DATE = 'ngày 06 tháng 02 năm 2023';
const MISTAKEN_DATE = 'ngày 6 tháng 2 năm 2023';
/** The key of the state plan skeleton in snippets/kehoach.markdown.code-snippets. */
const SKELETON = 'Kế hoạch (nhà nước)';

/** Beside the walkthrough (or any page that is not a text editor), else in the active group. */
function column(): vscode.ViewColumn {
  // The walkthrough's tab has an input of no type the API exposes (undefined).
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  return !tab || tab.input instanceof vscode.TabInputText ? vscode.ViewColumn.Active : vscode.ViewColumn.Beside;
}

export async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE));
  const content = new TextDecoder().decode(bytes).replace(CORRECT_DATE, MISTAKEN_DATE);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document, { viewColumn: column() });
}

export async function newPlan(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column() });
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: SKELETON });
  return editor;
}

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('kehoach.openExample', () => openSample(context.extensionUri)),
    vscode.commands.registerCommand('kehoach.newPlan', () => newPlan()),
  );
}

/**
 * "Kế hoạch: Xuất ra Word": the plan in the editor (with its unsaved changes) as a .docx beside it,
 * named as `kehoach export` names it (`ke-hoach.kh.md` → `ke-hoach.docx`). The server builds the file
 * (kehoach/exportDocx); the client only writes it. An existing .docx is never replaced without asking:
 * it may hold edits made in Word. An untitled plan, or a plan outside the file system, gets a save dialog.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planEditor } from './plan-editor';
import { EXPORT_DOCX_REQUEST, type ExportResult } from './protocol';

function failureText(result: Exclude<ExportResult, { ok: true }>, name: string): string {
  switch (result.reason) {
    case 'noText': return vscode.l10n.t('Kế hoạch: “{0}” is no longer open; open it and export again.', name);
    case 'notPlan': return vscode.l10n.t('Kế hoạch: “{0}” is not a plan (no “KẾ HOẠCH” title and no “Số …/KH-…” line); nothing was exported.', name);
    case 'tooLarge': return vscode.l10n.t('Kế hoạch: “{0}” is too large to export ({1} KB; kehoach.maxFileSize is {2} KB).', name, result.sizeKb, result.maxKb);
    case 'failed': return vscode.l10n.t('Kế hoạch: “{0}” could not be exported: {1}', name, result.detail);
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Where to write: beside the plan, unless that file exists and the user picks another place (or none). */
async function chooseTarget(document: vscode.TextDocument, fileName: string): Promise<vscode.Uri | undefined> {
  const saveAs = (defaultUri: vscode.Uri) => vscode.window.showSaveDialog({
    defaultUri, filters: { [vscode.l10n.t('Word document')]: ['docx'] }, saveLabel: vscode.l10n.t('Export'),
  });
  if (document.uri.scheme !== 'file') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return saveAs(folder ? vscode.Uri.joinPath(folder, fileName) : vscode.Uri.file(fileName));
  }
  const beside = vscode.Uri.joinPath(document.uri, '..', fileName);
  if (!(await exists(beside))) return beside;
  const replace = vscode.l10n.t('Replace');
  const other = vscode.l10n.t('Save as…');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('“{0}” already exists. Replace it? Changes made to it in Word would be lost.', fileName),
    { modal: true }, replace, other);
  if (choice === replace) return beside;
  return choice === other ? saveAs(beside) : undefined;
}

/** Shows the folder of the exported file: in the OS's file manager on a desktop, else in the Explorer. */
async function revealExported(target: vscode.Uri): Promise<void> {
  const local = vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop;
  await vscode.commands.executeCommand(local ? 'revealFileInOS' : 'revealInExplorer', target);
}

/** Returns the file written, or undefined (nothing to export, cancelled, or failed with a message shown). */
export async function exportActivePlan(client: LanguageClient, resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = resource instanceof vscode.Uri
    ? await vscode.workspace.openTextDocument(resource)
    : planEditor()?.document;
  if (!document) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Kế hoạch: open a plan (Markdown or plain text) first, then export it to Word.'));
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(document.uri);
  let result: ExportResult;
  try {
    result = await client.sendRequest<ExportResult>(EXPORT_DOCX_REQUEST, { uri: document.uri.toString(), text: document.getText() });
  } catch (e) {
    result = { ok: false, reason: 'failed', detail: (e as Error)?.message ?? String(e) };
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(failureText(result, name));
    return undefined;
  }
  const target = await chooseTarget(document, result.fileName);
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  } catch (e) {
    const detail = e instanceof vscode.FileSystemError ? e.code || e.message : (e as Error)?.message ?? String(e);
    void vscode.window.showErrorMessage(vscode.l10n.t('Kế hoạch: cannot write “{0}” ({1}).', target.fsPath, detail));
    return undefined;
  }
  const openFolder = vscode.l10n.t('Open folder');
  // Not awaited: the command returns as soon as the file is written (the message may stay open).
  void vscode.window.showInformationMessage(vscode.l10n.t('Kế hoạch: exported “{0}” to “{1}”.', name, vscode.workspace.asRelativePath(target)), openFolder)
    .then((choice) => (choice === openFolder ? revealExported(target) : undefined));
  return target;
}

export function registerExport(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('kehoach.exportDocx', (resource?: vscode.Uri) => exportActivePlan(client, resource)));
}

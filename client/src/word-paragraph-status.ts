/**
 * In a Word file's view, the status bar names the Word paragraph the cursor is in (`¶ 12`), counted as
 * the findings count them (document order, table cells and text boxes included), so that the drafter
 * finds in Word the place read in the view.
 */
import * as vscode from 'vscode';
import type { ParagraphSpan } from './word-view';

/** The last paragraph starting at or before `offset` (an offset between two paragraphs belongs to the one before). */
export function paragraphAtOffset(paragraphs: readonly ParagraphSpan[], offset: number): ParagraphSpan | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found: ParagraphSpan | undefined = paragraphs[0];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= offset) { found = paragraphs[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

export function registerParagraphStatus(context: vscode.ExtensionContext, paragraphsOf: (view: vscode.Uri) => readonly ParagraphSpan[]): void {
  const item = vscode.window.createStatusBarItem('kehoach.wordParagraph', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Word paragraph');
  item.tooltip = vscode.l10n.t('The paragraph of the Word file the cursor is in, counted as Word lists them (table cells and text boxes included)');
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const paragraph = editor?.document.uri.scheme === 'kehoach-docx'
      ? paragraphAtOffset(paragraphsOf(editor.document.uri), editor.document.offsetAt(editor.selection.active))
      : undefined;
    if (!paragraph) {
      item.hide();
      return;
    }
    item.text = `¶ ${paragraph.index}`;
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) update(); }),
  );
  update();
}

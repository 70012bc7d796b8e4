/**
 * Which document a command acts on. The active text editor, or, when the focus is elsewhere (a
 * walkthrough page, a preview, the Problems panel), the plan shown in a visible editor: a button of the
 * walkthrough runs its command while the walkthrough, not the plan beside it, is the active tab.
 */
import * as vscode from 'vscode';

/** The languages a plan is written in: Markdown, plain text, and plain text recognised as a plan. */
export const PLAN_LANGUAGES: readonly string[] = ['markdown', 'plaintext', 'kehoach-text'];

export const isPlanLanguage = (document: vscode.TextDocument): boolean => PLAN_LANGUAGES.includes(document.languageId);

export function planEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  return vscode.window.visibleTextEditors.find((e) => isPlanLanguage(e.document));
}

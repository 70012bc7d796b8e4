/**
 * Plain-text plans get the plan grammar (syntaxes/kehoach.text.tmLanguage.json): a `.txt` file that the
 * server recognises as a plan (the `KẾ HOẠCH` title or a `Số …/KH-…` line in its first 40 lines, or a
 * plan glob) is switched to the language `kehoach-text`, and no other: the world's `.txt` files stay plain.
 * A file the user turned back to Plain Text stays so for the session.
 */
import * as vscode from 'vscode';

export const PLAN_TEXT_LANGUAGE = 'kehoach-text';

export class PlainTextPlans {
  /** Documents switched to the plan language, by URI. */
  private readonly switched = new Set<string>();

  /** Called with the server's answer for the active document. */
  async recognised(document: vscode.TextDocument, isPlan: boolean): Promise<void> {
    if (!isPlan || document.languageId !== 'plaintext') return;
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return;
    const key = document.uri.toString();
    // Switched before and plain text again: the user chose Plain Text.
    if (this.switched.has(key)) return;
    this.switched.add(key);
    await vscode.languages.setTextDocumentLanguage(document, PLAN_TEXT_LANGUAGE);
  }
}

/**
 * The context key `kehoach.isPlan`: whether the active editor holds a plan, as the server decides it
 * (plan globs, or the `KẾ HOẠCH` title / `Số …/KH-…` line in the first lines). The editor title shows
 * "Xem trước bản in" for such files only.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IS_PLAN_REQUEST } from './protocol';

const KEY = 'kehoach.isPlan';
/** A typed title makes a file a plan: checked again after a pause in typing. */
const RECHECK_MS = 500;

export function registerPlanContext(context: vscode.ExtensionContext, client: LanguageClient): void {
  let timer: NodeJS.Timeout | undefined;
  let sequence = 0;
  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    const mine = ++sequence;
    let isPlan = false;
    if (document && (document.languageId === 'markdown' || document.languageId === 'plaintext')) {
      isPlan = await client.sendRequest<boolean>(IS_PLAN_REQUEST, { uri: document.uri.toString(), text: document.getText() })
        .then((answer) => answer === true, () => false);
    }
    if (mine === sequence) await vscode.commands.executeCommand('setContext', KEY, isPlan);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== vscode.window.activeTextEditor?.document) return;
      clearTimeout(timer);
      timer = setTimeout(() => void update(), RECHECK_MS);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  void update();
}

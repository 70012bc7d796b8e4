// Waiting on what VS Code reports, never on the clock: every wait here listens to an event and only times
// out as a failure. Shared by every suite in this folder (structure, citations, dates, hover …).
import * as vscode from 'vscode';

export const KEHOACH = 'kehoach';

/** A diagnostic's rule id: with a codeDescription VS Code hands the code over as `{ value, target }`. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** This extension's diagnostics for `uri`, as VS Code holds them now. */
export function kehoachDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === KEHOACH);
}

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics.map((d) => `${d.source}/${ruleOf(d)}@${d.range.start.line + 1}: ${d.message}`).join('; ');
}

/**
 * Resolves with the kehoach diagnostics of `uri` as soon as `predicate` holds for them: checked once now,
 * then on every `onDidChangeDiagnostics` that names `uri`. Rejects after `timeoutMs`, saying what was seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 15_000,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = kehoachDiagnostics(uri);
      if (!predicate(current)) return false;
      finish();
      resolve(current);
      return true;
    };
    // Subscribe before the first check, so that a change between the two cannot be missed.
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; ` +
        `diagnostics now: ${describe(vscode.languages.getDiagnostics(uri))}`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      listener.dispose();
    }
    check();
  });
}

/**
 * Resolves on the next diagnostics change that names `uri`, even one that publishes an empty list (a
 * correct plan): create it BEFORE the action that makes the server publish (opening, editing the file).
 */
export function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(kehoachDiagnostics(uri));
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms: no diagnostics were published for ${vscode.workspace.asRelativePath(uri)}`));
    }, timeoutMs);
  });
}

/**
 * The code actions VS Code offers at `range` (quick fixes by default), resolved. VS Code cancels such a request
 * when the set of code action providers changes while it runs (the built-in Markdown extensions register theirs
 * as they activate, at a moment that varies), and the command then answers [] although our server answered:
 * so an empty answer is asked again, each time a full round trip, at most `attempts` times.
 */
export async function codeActionsAt(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: vscode.CodeActionKind = vscode.CodeActionKind.QuickFix,
  attempts = 5,
): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let i = 0; i < attempts && actions.length === 0; i++) {
    const answer = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
      'vscode.executeCodeActionProvider', uri, range, kind.value, 10);
    actions = (answer ?? []).filter((a): a is vscode.CodeAction => a instanceof vscode.CodeAction);
  }
  return actions;
}

/** The workspace file `name` (the suite opens test/e2e/workspace as its only folder). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: run.mjs must open test/e2e/workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens `uri` in an editor, as a person would (that is what makes the extension activate and lint it). */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

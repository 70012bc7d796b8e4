/**
 * "Kế hoạch: Kiểm tra tệp này như một kế hoạch": a file that plan detection passes over is checked
 * anyway, until VS Code restarts. "Kế hoạch: Kiểm tra tệp này như văn bản thường" checks such a file (a
 * Quyết định, a Báo cáo, a news page) with the rules for any administrative text only: the client answers
 * `checkAsText: true` in that file's settings, and the server, which still finds it no plan, checks it so. The server decides which files are plans from `kehoach.planGlobs` and
 * the first lines; the client adds the file's own path to the plan globs it answers for that file
 * (workspace/configuration), so the diagnostics, the status bar, the preview and the export agree
 * without a second notion of "plan" in the server. A `.kehoach.json` that sets `planGlobs` wins over
 * the editor's settings (as for the command line): then the user is told where to add the file.
 */
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { isPlanLanguage, planEditor } from './plan-editor';
import type { PlanStatus } from './protocol';

/** The server's default plan globs (server/src/core/detect.ts), kept when the user set none. */
const DEFAULT_PLAN_GLOBS = ['**/*.kh.md', '**/*.kehoach.md'];

/**
 * The glob naming this one document as the server sees it: a file's path with `/` (the server matches
 * globs on such paths), another document by its URI. `*` and `?` in a name also match themselves.
 */
export function planGlobOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath.replace(/\\/g, '/') : uri.toString();
}

type ConfigurationMiddleware = NonNullable<NonNullable<Middleware['workspace']>['configuration']>;

export class CheckedAnyway {
  private readonly uris = new Set<string>();
  /** The documents checked with the rules for any text. */
  private readonly asText = new Set<string>();

  has(uri: vscode.Uri): boolean {
    return this.uris.has(uri.toString());
  }

  add(uri: vscode.Uri): void {
    this.uris.add(uri.toString());
  }

  addAsText(uri: vscode.Uri): void {
    this.asText.add(uri.toString());
  }

  /** For LanguageClientOptions.middleware.workspace: the `kehoach` settings of a checked-anyway document name it as a plan. */
  readonly configuration: ConfigurationMiddleware = async (params, token, next) => {
    const answer = await next(params, token);
    if (!Array.isArray(answer)) return answer;
    return answer.map((value: unknown, i) => {
      const item = params.items[i];
      if (item?.section !== 'kehoach' || !item.scopeUri) return value;
      const asPlan = this.uris.has(item.scopeUri);
      const asText = this.asText.has(item.scopeUri);
      if (!asPlan && !asText) return value;
      const settings = (value && typeof value === 'object' ? value : {}) as { planGlobs?: unknown };
      const globs = Array.isArray(settings.planGlobs) ? settings.planGlobs : DEFAULT_PLAN_GLOBS;
      return {
        ...settings,
        ...(asPlan ? { planGlobs: [...globs, planGlobOf(vscode.Uri.parse(item.scopeUri))] } : {}),
        ...(asText ? { checkAsText: true } : {}),
      };
    });
  };
}

type Refresh = () => Promise<PlanStatus | null | undefined>;

/**
 * One command: the document in the editor is marked (`mark`), the server reads the settings of its
 * documents again and checks this one now, and `after` sees the status it then answers. `refresh` asks
 * the server again for the active document's status (and updates the status bar); the check runs first,
 * so that the answer is about the settings just changed.
 */
function checkCommand(
  client: LanguageClient, refresh: Refresh, noDocument: string,
  mark: (uri: vscode.Uri) => void, after: (status: PlanStatus | null | undefined, name: string) => void,
): () => Promise<void> {
  return async () => {
    const document = planEditor()?.document;
    if (!document || !isPlanLanguage(document)) {
      void vscode.window.showErrorMessage(noDocument);
      return;
    }
    mark(document.uri);
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.sendRequest('kehoach/lint', { uri: document.uri.toString() });
    after(await refresh(), vscode.workspace.asRelativePath(document.uri));
  };
}

/** The commands “check this file as a plan” and “check this file as any text”. */
export function registerCheckAsPlan(context: vscode.ExtensionContext, client: LanguageClient, anyway: CheckedAnyway, refresh: Refresh): void {
  const asPlan = checkCommand(client, refresh, vscode.l10n.t('Kế hoạch: open a Markdown or plain-text file first, then check it as a plan.'), (uri) => anyway.add(uri), (status, name) => {
    if (status && !status.isPlan) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Kế hoạch: “{0}” is still not checked as a plan: the “planGlobs” of the folder’s .kehoach.json decide which files are plans. Add the file there.', name));
    }
  });
  const asText = checkCommand(client, refresh, vscode.l10n.t('Kế hoạch: open a Markdown or plain-text file first, then check it.'), (uri) => anyway.addAsText(uri), (status, name) => {
    // A plan stays checked as a plan, with every rule: said, so that the command is not taken to do nothing.
    if (status?.isPlan) void vscode.window.showInformationMessage(vscode.l10n.t('Kế hoạch: “{0}” is a plan: it is checked with every rule, the plan rules too.', name));
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('kehoach.checkAsPlan', asPlan),
    vscode.commands.registerCommand('kehoach.checkAsText', asText),
  );
}

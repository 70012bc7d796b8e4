import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type TextEdit } from 'vscode-languageclient/node';
import { CheckedAnyway, registerCheckAsPlan } from './check-as-plan';
import { registerExport } from './export-docx';
import { registerPlanContext } from './plan-context';
import { planEditor } from './plan-editor';
import type { PlanStatusView } from './plan-status';
import { registerPreview } from './preview';
import { registerWalkthrough } from './walkthrough';
import { DOCX_VIEW_SCHEME, registerWordView } from './word-view';

let client: LanguageClient | undefined;

/** What activate hands to other extensions: the end-to-end tests read the status bar item through it. */
export interface KehoachApi {
  planStatus(): PlanStatusView;
  readonly onDidChangePlanStatus: vscode.Event<PlanStatusView>;
}

/** VS Code glue only: start the server, register the commands; every check lives in the server. */
export async function activate(context: vscode.ExtensionContext): Promise<KehoachApi> {
  const output = vscode.window.createOutputChannel('Kế hoạch', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const anyway = new CheckedAnyway();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      // A plain-text plan, switched to the plan grammar's language (plain-text-plans.ts).
      { scheme: 'file', language: 'kehoach-text' },
      { scheme: 'untitled', language: 'kehoach-text' },
      // "Kế hoạch: Kiểm tra tệp Word": a Word file's text, read-only, checked as a plan.
      { scheme: DOCX_VIEW_SCHEME },
    ],
    outputChannel: output,
    // The storage holds the workspace index's cache file, so that a restart reads only changed plans.
    initializationOptions: { locale: vscode.env.language, storageUri: context.storageUri?.toString(), globalStorageUri: context.globalStorageUri.toString() },
    // configurationSection: a changed `kehoach.*` setting reaches the server (it then asks for the settings again).
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.kehoach.json'), configurationSection: 'kehoach' },
    middleware: { workspace: { configuration: anyway.configuration } },
  };
  client = new LanguageClient('kehoach', 'Kế hoạch', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('kehoach.lint', async () => {
      const editor = planEditor();
      if (!editor || !client) return;
      const count = await client.sendRequest<number>('kehoach/lint', { uri: editor.document.uri.toString() });
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Kế hoạch: {0} problem(s)', count), 4000);
    }),
    vscode.commands.registerCommand('kehoach.fixAll', async () => {
      const editor = planEditor();
      if (!editor || !client) return;
      const edits = await client.sendRequest<TextEdit[]>('kehoach/fixAll', { uri: editor.document.uri.toString() });
      const converted = await client.protocol2CodeConverter.asTextEdits(edits);
      if (!converted?.length) {
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Kế hoạch: nothing to fix automatically'), 4000);
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.set(editor.document.uri, converted);
      await vscode.workspace.applyEdit(edit);
    }),
    vscode.commands.registerCommand('kehoach.restartServer', async () => {
      output.info(vscode.l10n.t('Restarting the kehoach server'));
      await client?.restart();
    }),
  );
  registerPreview(context, client);
  registerExport(context, client);
  registerWordView(context, client);
  registerWalkthrough(context);
  await client.start();
  const plans = registerPlanContext(context, client, anyway);
  registerCheckAsPlan(context, client, anyway, plans.update);
  return { planStatus: () => plans.item.view, onDidChangePlanStatus: plans.item.onDidChange };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

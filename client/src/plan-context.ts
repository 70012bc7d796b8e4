/**
 * What the editor shows of the server's plan detection for the active document: the context key
 * `kehoach.isPlan` (the editor title shows "Xem trước bản in" for plans only), the status bar item
 * (plan-status.ts), and the plan language for a plain-text plan (plain-text-plans.ts). The server
 * answers kehoach/planStatus from its own parse (plan globs, or the `KẾ HOẠCH` title / `Số …/KH-…` line
 * in the first lines), so what is shown is what gets diagnostics.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CheckedAnyway } from './check-as-plan';
import { PlainTextPlans } from './plain-text-plans';
import { isPlanLanguage } from './plan-editor';
import { PlanStatusItem } from './plan-status';
import { PLAN_STATUS_REQUEST, type PlanStatus } from './protocol';

const KEY = 'kehoach.isPlan';
/** A typed title makes a file a plan: checked again after a pause in typing. */
const RECHECK_MS = 500;

export interface PlanContext {
  readonly item: PlanStatusItem;
  /** Asks the server again about the active document; its answer (undefined: no plan-language document is active). */
  update(): Promise<PlanStatus | null | undefined>;
}

export function registerPlanContext(context: vscode.ExtensionContext, client: LanguageClient, anyway: CheckedAnyway): PlanContext {
  const item = new PlanStatusItem();
  const plainText = new PlainTextPlans();
  let timer: NodeJS.Timeout | undefined;
  let sequence = 0;
  const update = async (): Promise<PlanStatus | null | undefined> => {
    const document = vscode.window.activeTextEditor?.document;
    const mine = ++sequence;
    let status: PlanStatus | null | undefined;
    if (document && isPlanLanguage(document)) {
      status = await client.sendRequest<PlanStatus | null>(PLAN_STATUS_REQUEST, { uri: document.uri.toString() }).then((s) => s, () => null);
    }
    if (mine !== sequence) return status;
    await vscode.commands.executeCommand('setContext', KEY, status?.isPlan === true);
    // The language first: once the item shows a plain-text document's status, its language is settled.
    if (document && status) await plainText.recognised(document, status.isPlan);
    if (document && status) item.show(document, status, anyway.has(document.uri));
    else item.hide();
    return status;
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== vscode.window.activeTextEditor?.document) return;
      clearTimeout(timer);
      timer = setTimeout(() => void update(), RECHECK_MS);
    }),
    // kehoach.profile, kehoach.planGlobs … decide the answer too.
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('kehoach')) void update(); }),
    { dispose: () => clearTimeout(timer) },
  );
  void update();
  return { item, update };
}

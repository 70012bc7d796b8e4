/**
 * "Kế hoạch: Xem trước bản in": a webview beside the editor showing the plan as it will print. One
 * panel per document. The server renders (kehoach/preview) from the editor's text and the findings the
 * editor shows; each render is posted to the page as a message, so the page keeps its scroll position.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, type MarkSeverity, type PreviewMark, type PreviewResult } from './protocol';
import { nonce, previewPage, PREVIEW_VIEW_TYPE } from './preview-page';

const SEVERITY: Record<vscode.DiagnosticSeverity, MarkSeverity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** Wait after a diagnostics change: they come right after the text's own render, in a burst. */
const DIAGNOSTICS_DELAY_MS = 50;

/** The diagnostics VS Code shows for the document, as offset ranges in its current text. */
export function marksOf(document: vscode.TextDocument): PreviewMark[] {
  return vscode.languages.getDiagnostics(document.uri).map((d) => {
    const code = typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
    return {
      start: document.offsetAt(d.range.start),
      end: document.offsetAt(d.range.end),
      message: d.message,
      severity: SEVERITY[d.severity],
      rule: code ?? d.source,
    };
  });
}

/** Words for a failed render, in the editor's language. */
export function failureText(result: Exclude<PreviewResult, { ok: true }>): string {
  switch (result.reason) {
    case 'noText': return vscode.l10n.t('The document is no longer open.');
    case 'notPlan': return vscode.l10n.t('This file is not a plan.');
    case 'tooLarge': return vscode.l10n.t('The file is too large to preview ({0} KB; kehoach.maxFileSize is {1} KB).', result.sizeKb, result.maxKb);
    case 'failed': return vscode.l10n.t('The preview could not be drawn: {0}', result.detail);
  }
}

class PreviewPanel {
  private timer: NodeJS.Timeout | undefined;
  private sequence = 0;
  private first = true;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly panel: vscode.WebviewPanel, private document: vscode.TextDocument, private readonly client: LanguageClient, onDispose: () => void) {
    const webview = panel.webview;
    webview.html = previewPage(panel.title, nonce(), vscode.env.language);
    this.disposables.push(
      webview.onDidReceiveMessage((m: { type?: string }) => {
        // The page (re)loaded: at first, and each time VS Code brings a hidden preview back.
        if (m?.type === 'ready') { this.first = true; void this.render(); }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri) this.schedule(this.debounceMs());
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === this.uri)) this.schedule(DIAGNOSTICS_DELAY_MS);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // Reopened after being closed: follow the new document object.
        if (d.uri.toString() === this.uri) { this.document = d; this.schedule(0); }
      }),
    );
    panel.onDidDispose(() => {
      clearTimeout(this.timer);
      for (const d of this.disposables) d.dispose();
      onDispose();
    });
  }

  get uri(): string {
    return this.document.uri.toString();
  }

  private debounceMs(): number {
    const value = vscode.workspace.getConfiguration('kehoach', this.document.uri).get<number>('debounceMs', 300);
    return typeof value === 'number' && value >= 0 ? value : 300;
  }

  schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), delayMs);
  }

  async render(): Promise<void> {
    // A hidden preview has no page to draw on; it asks again ('ready') when it is shown.
    if (!this.panel.visible) return;
    const sequence = ++this.sequence;
    const document = this.document;
    let result: PreviewResult;
    try {
      result = await this.client.sendRequest<PreviewResult>(PREVIEW_REQUEST, {
        uri: this.uri, text: document.isClosed ? undefined : document.getText(), marks: document.isClosed ? [] : marksOf(document),
      });
    } catch (e) {
      result = { ok: false, reason: 'failed', detail: (e as Error)?.message ?? String(e) };
    }
    // A newer render started while this one was on its way: its answer is the one to show.
    if (sequence !== this.sequence) return;
    if (!result.ok) {
      void this.panel.webview.postMessage({ type: 'notice', text: failureText(result) });
      return;
    }
    const notice = result.isPlan ? '' : vscode.l10n.t('This file does not look like a plan (no “KẾ HOẠCH” title and no “Số …/KH-…” line): shown as a plan would print.');
    void this.panel.webview.postMessage({ type: 'render', css: result.css, body: result.body, notice, first: this.first });
    this.first = false;
  }
}

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  const panels = new Map<string, PreviewPanel>();
  context.subscriptions.push(vscode.commands.registerCommand('kehoach.preview', async (resource?: vscode.Uri) => {
    const document = resource instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(resource)
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Open a plan (Markdown or plain text) first, then preview it.'));
      return undefined;
    }
    const key = document.uri.toString();
    const open = panels.get(key);
    if (open) {
      open.panel.reveal(vscode.ViewColumn.Beside, true);
      return PREVIEW_VIEW_TYPE;
    }
    const name = path.basename(document.uri.path);
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Print preview: {0}', name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] });
    panels.set(key, new PreviewPanel(panel, document, client, () => panels.delete(key)));
    return PREVIEW_VIEW_TYPE;
  }));
  context.subscriptions.push({ dispose: () => { for (const p of panels.values()) p.panel.dispose(); } });
}

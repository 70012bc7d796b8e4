/**
 * "Kế hoạch: Kiểm tra tệp Word": a .docx's text, as the server's reader extracts it (kehoach/readDocx),
 * in a read-only editor on the scheme `kehoach-docx:` whose path is the .docx's path. The language
 * server checks that text as a plan: findings in Problems, hovers and the outline, each finding led by
 * its Word paragraph (¶N). The view follows the file: when it changes on disk (Word saving it), it is
 * read again after a short pause, and its text and findings change with it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerParagraphStatus } from './word-paragraph-status';

export const DOCX_VIEW_SCHEME = 'kehoach-docx';
/** The request of server/src/lsp/docx-requests.ts (the client does not import server code: keep both in step). */
export const READ_DOCX_REQUEST = 'kehoach/readDocx';
/** Word writes a file in several steps (a temporary file, renames): read it once they are done. */
const REFRESH_DELAY_MS = 300;

export interface ParagraphSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export type ReadDocxResult =
  | { readonly ok: true; readonly text: string; readonly paragraphs: readonly ParagraphSpan[]; readonly isPlan: boolean }
  | { readonly ok: false; readonly reason: string; readonly message: string };

/** The view of a .docx: same authority and path, its own scheme. */
export const viewUriOf = (file: vscode.Uri): vscode.Uri => vscode.Uri.from({ scheme: DOCX_VIEW_SCHEME, authority: file.authority, path: file.path });
/** The .docx a view shows. */
export const fileUriOf = (view: vscode.Uri): vscode.Uri => vscode.Uri.from({ scheme: 'file', authority: view.authority, path: view.path });
export const isDocxFile = (uri: vscode.Uri): boolean => uri.scheme === 'file' && /\.docx$/i.test(uri.path);
const nameOf = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** The text of each view, read from its .docx by the server, and the watchers that keep it current. */
export class WordViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly readings = new Map<string, Extract<ReadDocxResult, { ok: true }>>();
  private readonly watched = new Map<string, { readonly watcher: vscode.FileSystemWatcher; timer?: NodeJS.Timeout }>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.disposables = [
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => { if (d.uri.scheme === DOCX_VIEW_SCHEME) this.watch(d.uri); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (d.uri.scheme === DOCX_VIEW_SCHEME) this.forget(d.uri); }),
    ];
    // Views VS Code restored before the extension started.
    for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === DOCX_VIEW_SCHEME) this.watch(d.uri);
  }

  /** The paragraphs of the text a view shows now. */
  paragraphsOf(view: vscode.Uri): readonly ParagraphSpan[] {
    return this.readings.get(view.toString())?.paragraphs ?? [];
  }

  private async read(view: vscode.Uri): Promise<ReadDocxResult> {
    try {
      const result = await this.client.sendRequest<ReadDocxResult | null>(READ_DOCX_REQUEST, { uri: fileUriOf(view).toString() });
      return result ?? { ok: false, reason: 'failed', message: nameOf(view) };
    } catch (e) {
      return { ok: false, reason: 'failed', message: `${nameOf(view)}: ${(e as Error)?.message ?? String(e)}` };
    }
  }

  /** Reads the .docx again; an open view whose text changed shows the new text (and is checked again). */
  async load(view: vscode.Uri): Promise<ReadDocxResult> {
    const result = await this.read(view);
    if (!result.ok) return result;
    const key = view.toString();
    const before = this.readings.get(key);
    this.readings.set(key, result);
    // Also when the view showed a reason instead of a text (restored while the file could not be read).
    if (before?.text !== result.text) this.changed.fire(view);
    return result;
  }

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const known = this.readings.get(view.toString());
    if (known) return known.text;
    const result = await this.load(view);
    // A view VS Code restores after its file went away: the reason, rather than an editor that fails to open.
    return result.ok ? result.text : vscode.l10n.t('Kế hoạch: {0}', result.message);
  }

  /** Watches the view's .docx: its folder's direct children, filtered to the file (no glob escaping of its name). */
  private watch(view: vscode.Uri): void {
    const key = view.toString();
    if (this.watched.has(key)) return;
    const file = fileUriOf(view);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), '*'), false, false, true);
    const entry: { readonly watcher: vscode.FileSystemWatcher; timer?: NodeJS.Timeout } = { watcher };
    const later = (changed: vscode.Uri) => {
      if (changed.path !== file.path) return;
      clearTimeout(entry.timer);
      entry.timer = setTimeout(() => void this.refresh(view), REFRESH_DELAY_MS);
    };
    watcher.onDidChange(later);
    watcher.onDidCreate(later);
    this.watched.set(key, entry);
  }

  private async refresh(view: vscode.Uri): Promise<void> {
    if (!this.watched.has(view.toString())) return;
    const result = await this.load(view);
    if (!result.ok) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Kế hoạch: “{0}” could not be read again ({1}); the view keeps the text read before.', nameOf(view), result.message), 10_000);
    }
  }

  private forget(view: vscode.Uri): void {
    const key = view.toString();
    const entry = this.watched.get(key);
    if (entry) {
      clearTimeout(entry.timer);
      entry.watcher.dispose();
    }
    this.watched.delete(key);
    this.readings.delete(key);
  }

  dispose(): void {
    for (const key of [...this.watched.keys()]) this.forget(vscode.Uri.parse(key));
    for (const d of this.disposables) d.dispose();
  }
}

/** The .docx of the active tab: a Word file VS Code could not show as text, or a view (to read it again). */
function activeDocx(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (!(input instanceof vscode.TabInputText)) return undefined;
  if (input.uri.scheme === DOCX_VIEW_SCHEME) return fileUriOf(input.uri);
  return isDocxFile(input.uri) ? input.uri : undefined;
}

async function pickDocx(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: true, canSelectFolders: false, canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Word document')]: ['docx'] },
    openLabel: vscode.l10n.t('Check'),
    title: vscode.l10n.t('Choose a Word file to check'),
  });
  return picked?.[0];
}

/** Opens the view of a .docx (the Explorer's file, the active tab's, or one picked); returns the view, or undefined with a message. */
export async function checkDocx(views: WordViews, resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const chosen = resource instanceof vscode.Uri ? resource : activeDocx() ?? await pickDocx();
  if (!chosen) return undefined;
  const file = chosen.scheme === DOCX_VIEW_SCHEME ? fileUriOf(chosen) : chosen;
  if (file.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Kế hoạch: only Word files on this computer can be checked; “{0}” is not one.', file.toString()));
    return undefined;
  }
  const view = viewUriOf(file);
  const result = await views.load(view);
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Kế hoạch: {0}', result.message));
    return undefined;
  }
  let document = await vscode.workspace.openTextDocument(view);
  // The text is Word's paragraphs, not Markdown: a `*` or `1.` typed in Word is text, not emphasis or a list.
  if (document.languageId !== 'plaintext') document = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  await vscode.window.showTextDocument(document, { preview: false });
  if (!result.isPlan) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Kế hoạch: “{0}” does not look like a plan (no “KẾ HOẠCH” title and no “Số …/KH-…” line): its text is shown without checks.', nameOf(file)));
  }
  return view;
}

/** The tabs where VS Code shows `file` as a binary file it cannot display. */
function placeholderTabs(file: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === file.toString());
}

/**
 * A .docx opened in VS Code shows as a binary file: the check is offered once per file and session
 * (the extension starts in a workspace holding a .docx, so that the offer is there on the first one).
 */
function offerOnOpen(context: vscode.ExtensionContext): void {
  const offered = new Set<string>();
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs((e) => {
    for (const tab of e.opened) {
      const input = tab.input;
      if (!(input instanceof vscode.TabInputText) || !isDocxFile(input.uri) || offered.has(input.uri.toString())) continue;
      offered.add(input.uri.toString());
      const check = vscode.l10n.t('Check Word file');
      void vscode.window.showInformationMessage(vscode.l10n.t('Kế hoạch: “{0}” is a Word file. Check its text as a plan?', nameOf(input.uri)), check)
        .then(async (choice) => {
          if (choice !== check) return;
          const view = await vscode.commands.executeCommand<vscode.Uri | undefined>('kehoach.checkDocx', input.uri);
          // The view takes the place of VS Code's "binary file" placeholder, which shows nothing.
          if (view) await vscode.window.tabGroups.close(placeholderTabs(input.uri));
        });
    }
  }));
}

export function registerWordView(context: vscode.ExtensionContext, client: LanguageClient): void {
  const views = new WordViews(client);
  context.subscriptions.push(
    views,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_VIEW_SCHEME, views),
    vscode.commands.registerCommand('kehoach.checkDocx', (resource?: vscode.Uri) => checkDocx(views, resource)),
  );
  offerOnOpen(context);
  registerParagraphStatus(context, (view) => views.paragraphsOf(view));
}

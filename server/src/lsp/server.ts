import { CancellationTokenSource, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, type PlanDocument } from '../core/document';
import { isPlan } from '../core/detect';
import { lintDocument, type Finding } from '../core/lint';
import { codeActionsFor, toDiagnostic } from './convert';
import { readSettings, type DocumentSettings } from './settings';

interface Analysis {
  readonly version: number;
  readonly plan?: PlanDocument;
  readonly findings: readonly Finding[];
}

export const LINT_REQUEST = 'kehoach/lint';

/** The README shipped beside dist/ (vsce stores it as readme.md), where each rule has its section. */
function readmeBeside(dir: string): string {
  const upper = join(dir, '..', 'README.md');
  const lower = join(dir, '..', 'readme.md');
  return existsSync(upper) || !existsSync(lower) ? upper : lower;
}

/** Wires the LSP handlers to core; each handler is one call into core or the analysis cache. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const pending = new Map<string, { timer?: NodeJS.Timeout; cancel: CancellationTokenSource }>();
  const warnedTooLarge = new Set<string>();
  let canAskConfiguration = false;
  let docsBase = pathToFileURL(readmeBeside(__dirname)).toString();

  connection.onInitialize((params: InitializeParams) => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    const init = params.initializationOptions as { docsBaseUri?: string } | undefined;
    if (init?.docsBaseUri) docsBase = init.docsBaseUri;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'kehoach' },
    };
  });

  async function analyze(doc: TextDocument, settings: DocumentSettings, token: CancellationTokenSource['token']): Promise<Analysis | undefined> {
    const text = doc.getText();
    const path = doc.uri.startsWith('file:') ? decodeURIComponent(new URL(doc.uri).pathname) : doc.uri;
    if (!isPlan(path, text, settings.config)) return { version: doc.version, findings: [] };
    if (text.length > settings.maxFileSize) {
      if (!warnedTooLarge.has(doc.uri)) {
        warnedTooLarge.add(doc.uri);
        void connection.window.showWarningMessage(`Kế hoạch: tệp quá lớn để kiểm tra (${Math.round(text.length / 1024)} KB > ${Math.round(settings.maxFileSize / 1024)} KB); tăng kehoach.maxFileSize nếu cần.`);
      }
      return { version: doc.version, findings: [] };
    }
    const plan = parsePlan(text, settings.config);
    const findings = lintDocument(plan, settings.config, token);
    return token.isCancellationRequested ? undefined : { version: doc.version, plan, findings };
  }

  async function validate(uri: string, reason: 'open' | 'change' | 'save' | 'command'): Promise<void> {
    const previous = pending.get(uri);
    previous?.cancel.cancel();
    if (previous?.timer) clearTimeout(previous.timer);
    const cancel = new CancellationTokenSource();
    const entry: { timer?: NodeJS.Timeout; cancel: CancellationTokenSource } = { cancel };
    pending.set(uri, entry);
    const doc = documents.get(uri);
    if (!doc) return;
    const settings = await readSettings(connection, uri, canAskConfiguration);
    if (settings.configError) connection.console.warn(settings.configError);
    const wanted = reason === 'command' || reason === 'open'
      ? settings.run !== 'off' || reason === 'command'
      : settings.run === 'onType' || (settings.run === 'onSave' && reason === 'save');
    if (!wanted) {
      if (settings.run === 'off') await publish(uri, undefined);
      return;
    }
    const run = async () => {
      if (cancel.token.isCancellationRequested) return;
      const current = documents.get(uri);
      if (!current) return;
      const analysis = await analyze(current, settings, cancel.token);
      if (!analysis || cancel.token.isCancellationRequested || documents.get(uri)?.version !== analysis.version) return;
      analyses.set(uri, analysis);
      await publish(uri, analysis);
      if (pending.get(uri) === entry) pending.delete(uri);
    };
    if (reason === 'change' && settings.debounceMs > 0) entry.timer = setTimeout(() => void run(), settings.debounceMs);
    else await run();
  }

  async function publish(uri: string, analysis: Analysis | undefined): Promise<void> {
    const doc = documents.get(uri);
    const diagnostics = doc && analysis ? analysis.findings.map((f) => toDiagnostic(doc, f, docsBase)) : [];
    await connection.sendDiagnostics({ uri, version: analysis?.version, diagnostics });
  }

  const openedAt = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedAt.set(e.document.uri, e.document.version);
    void validate(e.document.uri, 'open');
  });
  documents.onDidChangeContent((e) => {
    // TextDocuments reports every open as a content change too; the open is handled above.
    if (openedAt.get(e.document.uri) !== e.document.version) void validate(e.document.uri, 'change');
  });
  documents.onDidSave((e) => void validate(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    pending.get(e.document.uri)?.cancel.cancel();
    pending.delete(e.document.uri);
    analyses.delete(e.document.uri);
    openedAt.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(() => {
    for (const doc of documents.all()) void validate(doc.uri, 'command');
  });
  connection.onRequest(LINT_REQUEST, async (params: { uri: string }) => {
    await validate(params.uri, 'command');
    return analyses.get(params.uri)?.findings.length ?? 0;
  });
  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    const analysis = analyses.get(params.textDocument.uri);
    if (!doc || !analysis || analysis.version !== doc.version) return [];
    return codeActionsFor(doc, analysis.findings, params.range, docsBase);
  });

  documents.listen(connection);
  connection.listen();
}

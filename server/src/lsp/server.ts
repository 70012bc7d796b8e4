import {
  CancellationTokenSource, CodeActionKind, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan, type PlanDocument } from '../core/document';
import { isPlan } from '../core/detect';
import { lintDocument, type Finding, type LintOptions, type Locale } from '../core/lint';
import { localeFrom } from '../core/messages';
import { CatalogService, mergeHovers } from './catalog-service';
import { codeActionsFor, toDiagnostic } from './convert';
import { dateHover, documentSymbols, FIX_ALL_KIND, fixAllAction, fixAllEdits, foldingRanges } from './features';
import { serverText } from './messages';
import { readSettings, type DocumentSettings } from './settings';
import { pathOf } from './uri';
import { registerPreviewRequests } from './preview-requests';

interface Analysis {
  readonly version: number;
  /** Undefined when the document is not a plan. */
  readonly plan?: PlanDocument;
  readonly options: LintOptions;
  readonly findings: readonly Finding[];
}

export const LINT_REQUEST = 'kehoach/lint';
export const FIX_ALL_REQUEST = 'kehoach/fixAll';

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
  let locale: Locale = 'vi';
  const catalog = new CatalogService(connection, { onCatalogChanged: () => { for (const doc of documents.all()) void validate(doc.uri, 'command'); } });

  connection.onInitialize((params: InitializeParams) => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    const init = params.initializationOptions as { docsBaseUri?: string; locale?: string } | undefined;
    if (init?.docsBaseUri) docsBase = init.docsBaseUri;
    locale = localeFrom(init?.locale ?? params.locale, 'vi');
    const catalogCapabilities = catalog.initialize(params);
    return {
      capabilities: {
        ...catalogCapabilities,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Kế hoạch' },
        foldingRangeProvider: true,
        hoverProvider: true,
      },
      serverInfo: { name: 'kehoach' },
    };
  });

  async function analyze(doc: TextDocument, settings: DocumentSettings, token: CancellationTokenSource['token']): Promise<Analysis | undefined> {
    const text = doc.getText();
    const options: LintOptions = { ...settings.config, locale, catalog: catalog.catalogFor(doc.uri) };
    const path = pathOf(doc.uri) ?? doc.uri;
    if (!isPlan(path, text, settings.config)) return { version: doc.version, options, findings: [] };
    if (text.length > settings.maxFileSize) {
      if (!warnedTooLarge.has(doc.uri)) {
        warnedTooLarge.add(doc.uri);
        const size = Math.round(text.length / 1024);
        void connection.window.showWarningMessage(serverText(locale, 'tooLarge', { size, max: Math.round(settings.maxFileSize / 1024) }));
      }
      return { version: doc.version, options, findings: [] };
    }
    const plan = parsePlan(text, options);
    const findings = lintDocument(plan, options, token);
    return token.isCancellationRequested ? undefined : { version: doc.version, plan, options, findings };
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
    const settings = await readSettings(connection, uri, canAskConfiguration, locale);
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

  /** The parsed plan of the document's current version: from the last check, or parsed now (run = off, or typing ahead of the debounce). */
  async function currentPlan(uri: string): Promise<{ doc: TextDocument; plan: PlanDocument; options: LintOptions } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const cached = analyses.get(uri);
    if (cached && cached.version === doc.version) return cached.plan ? { doc, plan: cached.plan, options: cached.options } : undefined;
    const settings = await readSettings(connection, uri, canAskConfiguration, locale);
    const analysis = await analyze(doc, settings, new CancellationTokenSource().token);
    return analysis?.plan ? { doc, plan: analysis.plan, options: analysis.options } : undefined;
  }

  const openedAt = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedAt.set(e.document.uri, e.document.version);
    void validate(e.document.uri, 'open');
  });
  documents.onDidChangeContent((e) => {
    catalog.onDocumentChanged(e.document.uri, e.document.getText());
    // TextDocuments reports every open as a content change too; the open is handled above.
    if (openedAt.get(e.document.uri) !== e.document.version) void validate(e.document.uri, 'change');
  });
  documents.onDidSave((e) => void validate(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    pending.get(e.document.uri)?.cancel.cancel();
    pending.delete(e.document.uri);
    analyses.delete(e.document.uri);
    openedAt.delete(e.document.uri);
    void catalog.onDocumentClosed(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onInitialized(() => void catalog.initialized());
  connection.onDidChangeWatchedFiles((params) => void catalog.onWatchedFiles(params.changes));
  connection.onDidChangeConfiguration(async () => {
    await catalog.configure();
    for (const doc of documents.all()) void validate(doc.uri, 'command');
  });
  connection.onRequest(LINT_REQUEST, async (params: { uri: string }) => {
    await validate(params.uri, 'command');
    return analyses.get(params.uri)?.findings.length ?? 0;
  });
  connection.onRequest(FIX_ALL_REQUEST, async (params: { uri: string }): Promise<LspTextEdit[]> => {
    const current = await currentPlan(params.uri);
    return current ? fixAllEdits(current.doc, current.options) : [];
  });
  connection.onCodeAction(async (params) => {
    const current = await currentPlan(params.textDocument.uri);
    if (!current) return [];
    const only = params.context.only;
    if (only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
      const action = fixAllAction(current.doc, current.options, serverText(locale, 'fixAll'));
      return action ? [action] : [];
    }
    const analysis = analyses.get(params.textDocument.uri);
    if (!analysis || analysis.version !== current.doc.version) return [];
    return codeActionsFor(current.doc, analysis.findings, params.range, docsBase, (rule) => serverText(locale, 'disableLine', { rule }));
  });
  connection.onDocumentSymbol(async (params) => {
    const current = await currentPlan(params.textDocument.uri);
    return current ? documentSymbols(current.doc, current.plan) : [];
  });
  connection.onFoldingRanges(async (params) => {
    const current = await currentPlan(params.textDocument.uri);
    return current ? foldingRanges(current.plan) : [];
  });
  connection.onHover(async (params) => {
    const current = await currentPlan(params.textDocument.uri);
    if (!current) return null;
    const offset = current.doc.offsetAt(params.position);
    return mergeHovers(await catalog.hover(params.textDocument.uri, current.plan, offset, locale), dateHover(current.doc, current.plan, offset, locale));
  });
  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? catalog.completion(doc.uri, doc.getText(), doc.offsetAt(params.position), async () => (await currentPlan(doc.uri))?.plan, locale) : [];
  });
  connection.onDefinition(async (params) => {
    const current = await currentPlan(params.textDocument.uri);
    return catalog.definition(params.textDocument.uri, current?.plan, current ? current.doc.offsetAt(params.position) : 0);
  });
  connection.onReferences(async (params) => {
    const current = await currentPlan(params.textDocument.uri);
    return catalog.references(params.textDocument.uri, current?.plan, current ? current.doc.offsetAt(params.position) : 0, params.context.includeDeclaration);
  });

  registerPreviewRequests(connection, documents);
  documents.listen(connection);
  connection.listen();
}

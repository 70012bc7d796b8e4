import {
  CodeActionKind, CodeActionRequest, CompletionRequest, DefinitionRequest, DocumentSymbolRequest, ExecuteCommandRequest, FoldingRangeRequest,
  HoverRequest, ReferencesRequest, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { explainTitle } from '../core/features/explain';
import { createLanguageService } from '../core/features/index';
import { withWordSource } from '../core/format/word-source';
import type { LintOptions, Locale } from '../core/lint';
import { localeFrom } from '../core/messages';
import { Diagnostics } from './diagnostics';
import { registerDocxRequests } from './docx-requests';
import { fileUriFor, isDocxView } from './docx-view';
import { ExplainRequests } from './explain-requests';
import { EditorDocument, FeatureRequests } from './feature-requests';
import { FIX_ALL_KIND } from './features';
import { FixRequests } from './fix-requests';
import { serverText } from './messages';
import { PlanCache } from './plan-cache';
import { PLAN_STATUS_REQUEST, planStatus, type PlanStatusParams } from './plan-status';
import { registerPreviewRequests } from './preview-requests';
import { logError, quietly } from './safety';
import { ServerLog } from './server-log';
import { SettingsCache, type DocumentSettings } from './settings';
import { PlanWorkspace } from './workspace-service';

export const LINT_REQUEST = 'kehoach/lint';
export const FIX_ALL_REQUEST = 'kehoach/fixAll';

/** The README shipped beside dist/ (vsce stores it as readme.md), where each rule has its section. */
function readmeBeside(dir: string): string {
  const upper = join(dir, '..', 'README.md');
  const lower = join(dir, '..', 'readme.md');
  return existsSync(upper) || !existsSync(lower) ? upper : lower;
}

/** What the entry points need from a started server. */
export interface StartedServer {
  /** Logs a failure that no handler caught (the process-level guard's report). */
  reportProcessFailure(kind: string, error: unknown): void;
}

/** What the client told the server at initialize. */
interface ClientState {
  locale: Locale;
  docsBase: string;
  canAskConfiguration: boolean;
}

/** The parts of a running server, each created once with what it needs. */
interface Parts {
  readonly connection: Connection;
  readonly client: ClientState;
  readonly documents: TextDocuments<TextDocument>;
  readonly log: ServerLog;
  readonly cache: PlanCache;
  readonly settings: SettingsCache;
  readonly workspace: PlanWorkspace;
  readonly diagnostics: Diagnostics;
  readonly features: FeatureRequests;
  readonly fixes: FixRequests;
  readonly explain: ExplainRequests;
}

/**
 * Wires the LSP handlers to core; each handler is one call. No input ends the server: every handler
 * catches its own failures, logs them and answers null or empty.
 */
export function startServer(connection: Connection): StartedServer {
  const parts = createParts(connection);
  connection.onInitialize((params: InitializeParams) => initialize(parts, params));
  registerDocumentEvents(parts);
  registerRequests(parts);
  registerPreviewRequests(connection, parts.documents, (uri, text) => parts.cache.planIfCurrent(parts.documents.get(uri), text));
  parts.documents.listen(connection);
  connection.listen();
  return { reportProcessFailure: (kind, error) => parts.log.processFailed(kind, error) };
}

function createParts(connection: Connection): Parts {
  const client: ClientState = { locale: 'vi', docsBase: pathToFileURL(readmeBeside(__dirname)).toString(), canAskConfiguration: false };
  const documents = new TextDocuments(TextDocument);
  const log = new ServerLog(connection, () => client.locale);
  const docxViews = registerDocxRequests(connection, documents, () => client.locale);
  const settings: SettingsCache = new SettingsCache({
    connection, canAsk: () => client.canAskConfiguration, locale: () => client.locale, watchesConfigFiles: (): boolean => workspace.watchesFiles,
  });
  const settingsOf = (uri: string) => settings.read(uri);
  const cache = new PlanCache({
    readSettings: settingsOf,
    // A Word file's view carries the file's formatting, so the format-* rules check it as `kehoach lint` does.
    withSource: (uri, body, plan) => {
      const reading = docxViews.readingOf(uri, body);
      return reading ? withWordSource(plan, reading) : plan;
    },
    onTooLarge: (uri, size, max) => log.tooLarge(uri, size, max),
  });
  const parsedOf = async (uri: string) => { const doc = documents.get(uri); return doc && cache.current(doc); };
  const workspace = new PlanWorkspace(connection, {
    onCatalogChanged: () => diagnostics.validateAll(), onConfigFileChanged: () => settings.configFileChanged(), parsedOf,
  });
  // A Word file's view (kehoach-docx:) is checked with the catalog of the .docx itself.
  const lintOptions = (uri: string, settings: DocumentSettings): LintOptions =>
    ({ ...settings.config, locale: client.locale, catalog: workspace.catalogFor(fileUriFor(uri)), onRuleError: log.ruleFailed(uri) });
  const diagnostics = new Diagnostics({
    connection, documents, cache, lintOptions, readSettings: settingsOf,
    annotate: (uri, body, findings) => docxViews.annotate(uri, body, findings),
    failed: (what, uri) => log.failed(what, uri), docsBase: () => client.docsBase,
  });
  const service = createLanguageService({
    planOf: async (doc) => (doc instanceof EditorDocument ? (await cache.current(doc.editor)).plan : undefined),
    catalogFor: (uri) => workspace.catalogFor(uri),
    workspace,
    files: { uriOfPath: (path) => pathToFileURL(path).toString() },
    locale: () => client.locale,
    logger: { error: (message) => logError(connection, message) },
  });
  const fixes = new FixRequests({
    documents, cache, diagnostics, lintOptions, docsBase: () => client.docsBase,
    fixAllTitle: () => serverText(client.locale, 'fixAll'),
    titles: { disable: (rule) => serverText(client.locale, 'disableLine', { rule }), explain: (rule) => explainTitle(rule, client.locale) },
  });
  const explain = new ExplainRequests({ connection, documents, cache, diagnostics, locale: () => client.locale });
  return { connection, client, documents, log, cache, settings, workspace, diagnostics, features: new FeatureRequests(documents, service), fixes, explain };
}

function initialize({ client, workspace }: Parts, params: InitializeParams): InitializeResult {
  client.canAskConfiguration = params.capabilities?.workspace?.configuration === true;
  const init = params.initializationOptions as { docsBaseUri?: unknown; locale?: unknown } | undefined;
  if (typeof init?.docsBaseUri === 'string' && init.docsBaseUri) client.docsBase = init.docsBaseUri;
  const tag = init?.locale ?? params.locale;
  client.locale = localeFrom(typeof tag === 'string' ? tag : undefined, 'vi');
  workspace.initialize(params, client.locale);
  return {
    capabilities: {
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', '/', '-'] },
      definitionProvider: true,
      referencesProvider: true,
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [...ExplainRequests.commands] },
      documentSymbolProvider: { label: 'Kế hoạch' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'kehoach' },
  };
}

function registerDocumentEvents({ connection, documents, diagnostics, workspace, cache, settings, log }: Parts): void {
  const openedAt = new Map<string, number>();
  documents.onDidOpen((e) => {
    // A URI opened again without a close in between (VS Code gives a closed Untitled-1's name to the next
    // one) starts at version 1 again: the parse of the old text must not serve it.
    cache.delete(e.document.uri);
    openedAt.set(e.document.uri, e.document.version);
    void diagnostics.validate(e.document.uri, 'open');
  });
  documents.onDidChangeContent((e) => {
    // A Word file's view is no file of the workspace: kept out of the index of plans.
    if (!isDocxView(e.document.uri)) workspace.onDocumentChanged(e.document.uri);
    // TextDocuments reports every open as a content change too; the open is handled above.
    if (openedAt.get(e.document.uri) !== e.document.version) void diagnostics.validate(e.document.uri, 'change');
  });
  documents.onDidSave((e) => void diagnostics.validate(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    diagnostics.forget(e.document.uri);
    cache.delete(e.document.uri);
    settings.forget(e.document.uri);
    openedAt.delete(e.document.uri);
    log.forget(e.document.uri);
    void workspace.onDocumentClosed(e.document.uri);
    void quietly(() => connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  });
  connection.onInitialized(() => void workspace.initialized().catch(log.failed('initialized')));
  // The index's cache file gets its last changes before the client ends the process.
  connection.onShutdown(() => workspace.flush());
  connection.onDidChangeWatchedFiles((params) => void workspace.onWatchedFiles(params?.changes ?? []));
  connection.onDidChangeConfiguration(async () => {
    settings.configurationChanged();
    await workspace.configure().catch(log.failed('workspace/didChangeConfiguration'));
    diagnostics.validateAll();
  });
}

/**
 * Registered by type rather than through connection.onHover and the like: those read params (for
 * progress tokens) before the handler runs, and fail on a client's null params outside its guard.
 */
function registerRequests({ connection, client, log, diagnostics, features, fixes, explain, documents, cache, settings }: Parts): void {
  connection.onRequest(LINT_REQUEST, log.request(LINT_REQUEST, null, (params: { uri: string }) => diagnostics.checkNow(params.uri)));
  connection.onRequest(PLAN_STATUS_REQUEST, log.request(PLAN_STATUS_REQUEST, null, (params: PlanStatusParams) => planStatus(params, { documents, cache, readSettings: (uri) => settings.read(uri), locale: () => client.locale })));
  connection.onRequest(FIX_ALL_REQUEST, log.request(FIX_ALL_REQUEST, [], (params: { uri: string }) => fixes.fixAll(params)));
  connection.onRequest(CodeActionRequest.type, log.request('textDocument/codeAction', [], (params) => fixes.codeActions(params)));
  connection.onRequest(ExecuteCommandRequest.type, log.request('workspace/executeCommand', null, (params) => explain.execute(params)));
  connection.onRequest(DocumentSymbolRequest.type, log.request('textDocument/documentSymbol', [], (params, token) => features.documentSymbols(params, token)));
  connection.onRequest(FoldingRangeRequest.type, log.request('textDocument/foldingRange', [], (params, token) => features.foldingRanges(params, token)));
  connection.onRequest(HoverRequest.type, log.request('textDocument/hover', null, (params, token) => features.hover(params, token)));
  connection.onRequest(CompletionRequest.type, log.request('textDocument/completion', [], (params, token) => features.completion(params, token)));
  connection.onRequest(DefinitionRequest.type, log.request('textDocument/definition', null, (params, token) => features.definition(params, token)));
  connection.onRequest(ReferencesRequest.type, log.request('textDocument/references', [], (params, token) => features.references(params, token)));
}

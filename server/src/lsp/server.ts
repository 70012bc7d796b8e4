import {
  CancellationTokenSource, CodeActionKind, CodeActionRequest, CompletionRequest, DefinitionRequest, DocumentSymbolRequest,
  FoldingRangeRequest, HoverRequest, ReferencesRequest, TextDocuments, TextDocumentSyncKind,
  type CodeActionParams, type CompletionParams, type Connection, type DefinitionParams, type DocumentSymbolParams,
  type FoldingRangeParams, type Hover, type HoverParams, type InitializeParams, type ReferenceParams, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan, type PlanDocument } from '../core/document';
import { isPlan } from '../core/detect';
import { lintDocument, type Finding, type LintOptions, type Locale, type RuleError } from '../core/lint';
import { localeFrom } from '../core/messages';
import { CatalogService } from './catalog-service';
import { bodyOf, bodyOffset, codeActionsFor, shiftFinding, shiftRange, toDiagnostic } from './convert';
import { dateHover, documentSymbols, FIX_ALL_KIND, fixAllAction, fixAllEdits, foldingRanges, mergeHovers } from './features';
import { formatSize, serverText } from './messages';
import { describeError, guarded, logError, quietly } from './safety';
import { readSettings, sizeOf, type DocumentSettings } from './settings';
import { pathOf } from './uri';
import { registerPreviewRequests } from './preview-requests';
import { registerDocxRequests } from './docx-requests';
import { withWordSource } from '../core/format/word-source';
import { fileUriFor, isDocxView } from './docx-view';

interface Analysis {
  readonly version: number;
  /** Undefined when the document is not a plan. Parsed from the text after the BOM (see bodyOf). */
  readonly plan?: PlanDocument;
  readonly options: LintOptions;
  /** In the editor's offsets: shifted past the BOM. */
  readonly findings: readonly Finding[];
  /** 1 when the text starts with a BOM, else 0. */
  readonly bom: number;
}

/** The parsed plan of a document's current version, and how to map its offsets to the editor's. */
interface Current {
  readonly doc: TextDocument;
  readonly plan: PlanDocument;
  readonly options: LintOptions;
  readonly bom: number;
}

export const LINT_REQUEST = 'kehoach/lint';
export const FIX_ALL_REQUEST = 'kehoach/fixAll';

/** The README shipped beside dist/ (vsce stores it as readme.md), where each rule has its section. */
function readmeBeside(dir: string): string {
  const upper = join(dir, '..', 'README.md');
  const lower = join(dir, '..', 'readme.md');
  return existsSync(upper) || !existsSync(lower) ? upper : lower;
}

/** The document a request is about, for the log: `textDocument.uri` or (custom requests) `uri`. */
function uriIn(params: unknown): unknown {
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown } | null | undefined;
  return p?.textDocument?.uri ?? p?.uri;
}

/** What the entry points need from a started server. */
export interface StartedServer {
  /** Logs a failure that no handler caught (the process-level guard's report). */
  reportProcessFailure(kind: string, error: unknown): void;
}

/**
 * Wires the LSP handlers to core; each handler is one call into core or the analysis cache. No input
 * ends the server: every handler catches its own failures, logs them and answers null or empty.
 */
export function startServer(connection: Connection): StartedServer {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const pending = new Map<string, { timer?: NodeJS.Timeout; cancel: CancellationTokenSource }>();
  const warnedTooLarge = new Set<string>();
  const loggedRuleErrors = new Map<string, Set<string>>();
  let canAskConfiguration = false;
  let docsBase = pathToFileURL(readmeBeside(__dirname)).toString();
  let locale: Locale = 'vi';
  const catalog = new CatalogService(connection, { onCatalogChanged: () => { for (const doc of documents.all()) void validate(doc.uri, 'command'); } });
  const docxViews = registerDocxRequests(connection, documents, () => locale);

  const failed = (what: string, uri?: unknown) => (error: unknown) =>
    logError(connection, serverText(locale, 'handlerFailed', { what, uri: uri === undefined ? '–' : String(uri), detail: describeError(error) }));
  /** Once per document, rule and message: a rule failing on every keystroke says so once. */
  const ruleFailed = (uri: string) => (error: RuleError) => {
    const seen = loggedRuleErrors.get(uri) ?? new Set<string>();
    loggedRuleErrors.set(uri, seen);
    const detail = describeError(error.cause);
    if (seen.has(`${error.ruleId}\0${detail}`)) return;
    seen.add(`${error.ruleId}\0${detail}`);
    logError(connection, serverText(locale, 'ruleFailed', { rule: error.ruleId, uri, detail }));
  };
  /** A request handler that logs a failure and answers `fallback` (null or empty) instead. */
  const request = <P, R, F>(what: string, fallback: F, handler: (params: P) => R | Promise<R>) =>
    (params: P) => guarded(failed(what, uriIn(params)), fallback, handler)(params);

  connection.onInitialize((params: InitializeParams) => {
    canAskConfiguration = params.capabilities?.workspace?.configuration === true;
    const init = params.initializationOptions as { docsBaseUri?: unknown; locale?: unknown } | undefined;
    if (typeof init?.docsBaseUri === 'string' && init.docsBaseUri) docsBase = init.docsBaseUri;
    const tag = init?.locale ?? params.locale;
    locale = localeFrom(typeof tag === 'string' ? tag : undefined, 'vi');
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

  /** Undefined when cancelled; throws what core throws outside a rule (the callers log it). */
  async function analyze(doc: TextDocument, settings: DocumentSettings, token: CancellationTokenSource['token']): Promise<Analysis | undefined> {
    const text = doc.getText();
    const { body, bom } = bodyOf(text);
    // A Word file's view (kehoach-docx:) is checked with the catalog and plan globs of the .docx itself.
    const options: LintOptions = { ...settings.config, locale, catalog: catalog.catalogFor(fileUriFor(doc.uri)), onRuleError: ruleFailed(doc.uri) };
    const path = pathOf(fileUriFor(doc.uri)) ?? doc.uri;
    if (!isPlan(path, body, settings.config)) return { version: doc.version, options, findings: [], bom };
    const size = sizeOf(text);
    if (size > settings.maxFileSize) {
      if (!warnedTooLarge.has(doc.uri)) {
        warnedTooLarge.add(doc.uri);
        const sizes = { size: formatSize(size, locale, Math.ceil), max: formatSize(settings.maxFileSize, locale, Math.floor) };
        void quietly(() => connection.window.showWarningMessage(serverText(locale, 'tooLarge', sizes)));
      }
      return { version: doc.version, options, findings: [], bom };
    }
    // A Word file's view carries the file's formatting, so the format-* rules check it as `kehoach lint` does.
    const reading = docxViews.readingOf(doc.uri, body);
    const plan = reading ? withWordSource(parsePlan(body, options), reading) : parsePlan(body, options);
    const findings = docxViews.annotate(doc.uri, body, lintDocument(plan, options, token)).map((f) => shiftFinding(f, bom));
    return token.isCancellationRequested ? undefined : { version: doc.version, plan, options, findings, bom };
  }

  /** Checks the document and publishes its diagnostics; a failure is logged and nothing is published for that version. */
  async function validate(uri: string, reason: 'open' | 'change' | 'save' | 'command'): Promise<void> {
    try {
      await schedule(uri, reason);
    } catch (e) {
      failed('diagnostics', uri)(e);
    }
  }

  async function schedule(uri: string, reason: 'open' | 'change' | 'save' | 'command'): Promise<void> {
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
    if (reason === 'change' && settings.debounceMs > 0) entry.timer = setTimeout(() => void run().catch(failed('diagnostics', uri)), settings.debounceMs);
    else await run();
  }

  async function publish(uri: string, analysis: Analysis | undefined): Promise<void> {
    const doc = documents.get(uri);
    const diagnostics = doc && analysis ? analysis.findings.map((f) => toDiagnostic(doc, f, docsBase)) : [];
    await connection.sendDiagnostics({ uri, version: analysis?.version, diagnostics });
  }

  /** The parsed plan of the document's current version: from the last check, or parsed now (run = off, or typing ahead of the debounce). */
  async function currentPlan(uri: unknown): Promise<Current | undefined> {
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!doc) return undefined;
    const cached = analyses.get(doc.uri);
    const analysis = cached && cached.version === doc.version
      ? cached
      : await analyze(doc, await readSettings(connection, doc.uri, canAskConfiguration, locale), new CancellationTokenSource().token);
    return analysis?.plan ? { doc, plan: analysis.plan, options: analysis.options, bom: analysis.bom } : undefined;
  }

  const openedAt = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedAt.set(e.document.uri, e.document.version);
    void validate(e.document.uri, 'open');
  });
  documents.onDidChangeContent((e) => {
    // A Word file's view is no file of the workspace: kept out of the index of plans.
    if (!isDocxView(e.document.uri)) catalog.onDocumentChanged(e.document.uri, e.document.getText());
    // TextDocuments reports every open as a content change too; the open is handled above.
    if (openedAt.get(e.document.uri) !== e.document.version) void validate(e.document.uri, 'change');
  });
  documents.onDidSave((e) => void validate(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    pending.get(e.document.uri)?.cancel.cancel();
    pending.delete(e.document.uri);
    analyses.delete(e.document.uri);
    openedAt.delete(e.document.uri);
    loggedRuleErrors.delete(e.document.uri);
    void catalog.onDocumentClosed(e.document.uri);
    void quietly(() => connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  });
  connection.onInitialized(() => void catalog.initialized().catch(failed('initialized')));
  connection.onDidChangeWatchedFiles((params) => void catalog.onWatchedFiles(params?.changes ?? []));
  connection.onDidChangeConfiguration(async () => {
    await catalog.configure().catch(failed('workspace/didChangeConfiguration'));
    for (const doc of documents.all()) void validate(doc.uri, 'command');
  });
  // Registered by type rather than through connection.onHover and the like: those read params (for
  // progress tokens) before the handler runs, and fail on a client's null params outside its guard.
  connection.onRequest(LINT_REQUEST, request(LINT_REQUEST, null, async (params: { uri: string }) => {
    await validate(params.uri, 'command');
    const analysis = analyses.get(params.uri);
    // A check that failed has no count: null, not the count of an older version.
    return analysis && analysis.version === documents.get(params.uri)?.version ? analysis.findings.length : null;
  }));
  connection.onRequest(FIX_ALL_REQUEST, request(FIX_ALL_REQUEST, [], async (params: { uri: string }): Promise<LspTextEdit[]> => {
    if (isDocxView(params.uri)) return []; // a Word file's view is read-only: fixes are made in Word
    const current = await currentPlan(params.uri);
    return current ? fixAllEdits(current.doc, current.options) : [];
  }));
  connection.onRequest(CodeActionRequest.type, request('textDocument/codeAction', [], async (params: CodeActionParams) => {
    if (isDocxView(params.textDocument.uri)) return [];
    const current = await currentPlan(params.textDocument.uri);
    if (!current) return [];
    const only = params.context?.only;
    if (only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
      const action = fixAllAction(current.doc, current.options, serverText(locale, 'fixAll'));
      return action ? [action] : [];
    }
    const analysis = analyses.get(current.doc.uri);
    if (!analysis || analysis.version !== current.doc.version) return [];
    return codeActionsFor(current.doc, analysis.findings, params.range, docsBase, (rule) => serverText(locale, 'disableLine', { rule }));
  }));
  connection.onRequest(DocumentSymbolRequest.type, request('textDocument/documentSymbol', [], async (params: DocumentSymbolParams) => {
    const current = await currentPlan(params.textDocument.uri);
    return current ? documentSymbols(current.doc, current.plan, current.bom) : [];
  }));
  connection.onRequest(FoldingRangeRequest.type, request('textDocument/foldingRange', [], async (params: FoldingRangeParams) => {
    const current = await currentPlan(params.textDocument.uri);
    return current ? foldingRanges(current.plan) : [];
  }));
  connection.onRequest(HoverRequest.type, request('textDocument/hover', null, async (params: HoverParams): Promise<Hover | null> => {
    const current = await currentPlan(params.textDocument.uri);
    if (!current) return null;
    const { doc, plan, bom } = current;
    const offset = bodyOffset(doc, params.position, bom);
    const found = await catalog.hover(fileUriFor(doc.uri), plan, offset, locale);
    return mergeHovers(found && { ...found, range: found.range && shiftRange(found.range, bom) }, dateHover(doc, plan, offset, locale, bom));
  }));
  connection.onRequest(CompletionRequest.type, request('textDocument/completion', [], async (params: CompletionParams) => {
    const doc = typeof params.textDocument.uri === 'string' ? documents.get(params.textDocument.uri) : undefined;
    if (!doc) return [];
    const { body, bom } = bodyOf(doc.getText());
    const items = await catalog.completion(doc.uri, body, bodyOffset(doc, params.position, bom), async () => (await currentPlan(doc.uri))?.plan, locale);
    return items.map((item) => (item.textEdit && 'range' in item.textEdit ? { ...item, textEdit: { ...item.textEdit, range: shiftRange(item.textEdit.range, bom) } } : item));
  }));
  connection.onRequest(DefinitionRequest.type, request('textDocument/definition', null, async (params: DefinitionParams) => {
    const current = await currentPlan(params.textDocument.uri);
    return current ? catalog.definition(current.doc.uri, current.plan, bodyOffset(current.doc, params.position, current.bom)) : null;
  }));
  connection.onRequest(ReferencesRequest.type, request('textDocument/references', [], async (params: ReferenceParams) => {
    const current = await currentPlan(params.textDocument.uri);
    if (!current) return [];
    return catalog.references(current.doc.uri, current.plan, bodyOffset(current.doc, params.position, current.bom), params.context?.includeDeclaration !== false);
  }));

  registerPreviewRequests(connection, documents);
  documents.listen(connection);
  connection.listen();
  return { reportProcessFailure: (kind, error) => logError(connection, serverText(locale, 'processFailed', { kind, detail: describeError(error) })) };
}

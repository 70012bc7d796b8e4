/**
 * The directive catalog in the editor: hover, completion, go to definition and find references on
 * citations, the catalog each plan is linted with, and the index of the workspace's plans kept
 * current as files open, change, appear and disappear. The server creates one; each of its handlers
 * is one call here, and every answer's content comes from core/catalog.
 */
import {
  CompletionItemKind, DidChangeWatchedFilesNotification, FileChangeType, MarkupKind,
  type CompletionItem, type Connection, type FileEvent, type Hover, type InitializeParams, type Location, type ServerCapabilities,
} from 'vscode-languageserver';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinEntries } from '../core/catalog/builtin';
import { catalogCompletions, completionContext } from '../core/catalog/completion';
import { catalogHover } from '../core/catalog/hover';
import { rangeOf, summarizeText } from '../core/catalog/plan-summary';
import { formatProblem } from '../core/catalog/problems';
import { targetAt } from '../core/catalog/target';
import type { CatalogEntry, CatalogLookup } from '../core/catalog/types';
import { WorkspaceIndex } from '../core/catalog/workspace-index';
import { isPlan, type DetectOptions } from '../core/detect';
import type { PlanDocument } from '../core/document';
import { localeFrom } from '../core/messages';
import type { Locale } from '../core/rules/types';
import { positionAt } from '../core/text/lines';
import { catalogPaths, UserCatalogs } from '../node/catalog-files';
import { findConfigFile, loadConfigFile } from '../node/config-file';
import { indexPlans, isCandidateFile, readPlanFile } from '../node/workspace-scan';
import { describeError, guarded, logError, quietly } from './safety';
import { isRecord, sizeOf } from './settings';
import { normalizeUri, pathOf } from './uri';

/**
 * `kehoach/catalogStatus` (`{ waitForIndex?: boolean }`): how far indexing is, how big the catalog is,
 * what is wrong in the user's catalog files; with `waitForIndex`, answered once the workspace is indexed.
 */
export const CATALOG_STATUS_REQUEST = 'kehoach/catalogStatus';

export interface CatalogStatus {
  readonly indexing: boolean;
  readonly plans: number;
  readonly entries: number;
  readonly problems: readonly string[];
}

export interface CatalogServiceOptions {
  /** The built-in entries (data/builtin.json, checked); tests may pass fewer. */
  readonly builtin?: readonly CatalogEntry[];
  /** Called when a user catalog changes on disk, so that open plans are linted again. */
  readonly onCatalogChanged?: () => void;
}

const WATCHED = [{ globPattern: '**/*.{md,markdown,txt}' }, { globPattern: '**/*.{csv,json}' }];
const settle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function detectOptionsFor(path: string): DetectOptions {
  const file = findConfigFile(dirname(path));
  return file ? (loadConfigFile(file).config as DetectOptions) : {};
}

export class CatalogService {
  private readonly index = new WorkspaceIndex();
  private readonly catalogs: UserCatalogs;
  private readonly open = new Set<string>();
  private readonly pendingTexts = new Map<string, string>();
  private folders: string[] = [];
  private locale: Locale = 'vi';
  private canAskConfiguration = false;
  private canWatch = false;
  private canShowProgress = false;
  private maxFileSize = 2 * 1024 * 1024;
  private generation = 0;
  private indexing: Promise<void> = Promise.resolve();
  private indexed = true;
  private markIndexed: () => void = () => undefined;
  /** Files on disk being read again after a watched-file notification: queries wait for it. */
  private fileWork: Promise<void> = Promise.resolve();

  constructor(private readonly connection: Connection, private readonly options: CatalogServiceOptions = {}) {
    this.catalogs = new UserCatalogs(options.builtin ?? builtinEntries());
    connection.onRequest(CATALOG_STATUS_REQUEST, guarded((e) => logError(connection, `kehoach: ${CATALOG_STATUS_REQUEST}: ${describeError(e)}`), null, async (params?: { waitForIndex?: boolean }) => {
      if (params?.waitForIndex) await this.settled();
      return this.status();
    }));
  }

  /** From onInitialize: the workspace folders and what the client can do; returns the capabilities to announce. */
  initialize(params: InitializeParams): ServerCapabilities {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map(pathOf).filter((path): path is string => path !== undefined);
    // A .kehoach.json anywhere in a workspace folder may name catalogs in that folder, and no further.
    this.catalogs.setWorkspaceFolders(this.folders);
    const caps = params.capabilities;
    this.canAskConfiguration = caps.workspace?.configuration === true;
    this.canWatch = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.canShowProgress = caps.window?.workDoneProgress === true;
    const tag = (params.initializationOptions as { locale?: unknown } | undefined)?.locale ?? params.locale;
    this.locale = localeFrom(typeof tag === 'string' ? tag : undefined);
    return {
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', '/', '-'] },
      definitionProvider: true,
      referencesProvider: true,
    };
  }

  /** From onInitialized: reads the settings, watches plan and catalog files, indexes the workspace in the background. */
  async initialized(): Promise<void> {
    // From now until the first indexing ends, queries wait for it (never when the client skips `initialized`).
    this.indexed = false;
    this.indexing = new Promise<void>((resolve) => { this.markIndexed = resolve; });
    try {
      await this.configure();
      if (this.canWatch) await quietly(() => this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED }));
    } finally {
      this.reindex();
    }
  }

  /** Settings changed (or first read): `kehoach.catalogs`, `kehoach.maxFileSize`. */
  async configure(): Promise<void> {
    const answer: unknown = this.canAskConfiguration ? await quietly(() => this.connection.workspace.getConfiguration('kehoach')) : undefined;
    // An error or anything but an object as the answer: the defaults.
    const settings: { catalogs?: unknown; maxFileSize?: unknown } = isRecord(answer) ? answer : {};
    if (typeof settings.maxFileSize === 'number' && settings.maxFileSize > 0) this.maxFileSize = settings.maxFileSize;
    this.catalogs.setSettingPaths(this.folders.length ? catalogPaths(settings.catalogs, this.folders[0]) : catalogPaths(settings.catalogs, process.cwd()));
    this.catalogFor(undefined);
  }

  /** The catalog a plan is linted with (LintOptions.catalog). */
  catalogFor(uri: string | undefined): CatalogLookup {
    const catalog = this.catalogs.catalogFor(uri ? pathOf(normalizeUri(uri)) : undefined);
    this.reportProblems();
    return catalog;
  }

  /** Resolves once the workspace has been indexed (at once when it has). */
  whenIndexed(): Promise<void> {
    return this.indexing;
  }

  status(): CatalogStatus {
    return {
      indexing: !this.indexed, plans: this.index.size, entries: this.catalogs.catalogFor(this.folders[0] && join(this.folders[0], '_')).size,
      problems: this.catalogs.allProblems().map((p) => formatProblem(p, this.locale)),
    };
  }

  async hover(uri: string, plan: PlanDocument | undefined, offset: number, locale = this.locale): Promise<Hover | null> {
    if (!plan) return null;
    await this.settled(1000);
    const found = catalogHover(plan, offset, { lookup: this.catalogFor(uri), index: this.index, uri: normalizeUri(uri), locale });
    if (!found) return null;
    return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: this.range(plan, found.start, found.end) };
  }

  /**
   * Completion at `offset` of the document's current `text`. The plan is asked for only when the text
   * before the cursor asks for a citation: a space typed anywhere else costs no parse.
   */
  async completion(uri: string, text: string, offset: number, planOf: () => Promise<PlanDocument | undefined>, locale = this.locale): Promise<CompletionItem[]> {
    if (!completionContext(text, offset)) return [];
    const plan = await planOf();
    if (!plan) return [];
    await this.settled(500);
    return catalogCompletions(plan, offset, { lookup: this.catalogFor(uri), index: this.index, uri: normalizeUri(uri), locale }).map((c) => ({
      label: c.label,
      kind: CompletionItemKind.Reference,
      detail: c.detail,
      documentation: { kind: MarkupKind.Markdown, value: c.documentation },
      textEdit: { range: this.range(plan, c.start, c.end), newText: c.insertText },
      filterText: c.filterText,
      sortText: c.sortText,
    }));
  }

  /** The workspace plan that is the cited document; else the row of the user catalog that describes it. */
  async definition(uri: string, plan: PlanDocument | undefined, offset: number): Promise<Location[] | null> {
    if (!plan) return null;
    await this.settled();
    const target = targetAt(plan, offset, this.catalogFor(uri));
    if (!target || target.kind === 'self') return null;
    const here = normalizeUri(uri);
    const plans = this.index.plansBeing(target.id).filter((p) => p.uri !== here);
    if (plans.length) return plans.map((p) => ({ uri: p.uri, range: rangeOf(p.self) }));
    const res = target.resolved.resolution;
    const entry = res.kind === 'exact' || res.kind === 'same' || res.kind === 'likely' ? res.entry : undefined;
    if (entry?.origin.kind === 'user') {
      const line = Math.max(0, entry.origin.line - 1);
      return [{ uri: pathToFileURL(entry.origin.file).toString(), range: { start: { line, character: 0 }, end: { line, character: 0 } } }];
    }
    // A built-in entry has no place in the workspace: its hover carries the source link.
    return null;
  }

  /** Every citation of the document under the cursor across the workspace (and the plan that is it, when asked). */
  async references(uri: string, plan: PlanDocument | undefined, offset: number, includeDeclaration = true): Promise<Location[]> {
    if (!plan) return [];
    await this.settled();
    const target = targetAt(plan, offset, this.catalogFor(uri));
    if (!target) return [];
    const locations: Location[] = this.index.citationsOf(target.id).map(({ uri: u, citation }) => ({ uri: u, range: rangeOf(citation) }));
    if (includeDeclaration) locations.unshift(...this.index.plansBeing(target.id).map((p) => ({ uri: p.uri, range: rangeOf(p.self) })));
    return locations;
  }

  /** An open document's text (the editor's text wins over the file on disk). */
  onDocumentChanged(uri: string, text: string): void {
    const key = normalizeUri(uri);
    this.open.add(key);
    this.pendingTexts.set(key, text);
  }

  /** Closed without saving, the file on disk is the plan again. */
  onDocumentClosed(uri: string): Promise<void> {
    const key = normalizeUri(uri);
    this.open.delete(key);
    this.pendingTexts.delete(key);
    this.fileWork = this.fileWork.then(() => this.reread(key)).catch(() => undefined);
    return this.fileWork;
  }

  /** Files created, changed or deleted on disk: plans are indexed again, catalogs are read again. */
  onWatchedFiles(changes: readonly FileEvent[]): Promise<void> {
    // In the order they came: a later query sees every change notified before it.
    this.fileWork = this.fileWork.then(() => this.applyFileChanges(changes)).catch((e) => logError(this.connection, `kehoach: ${describeError(e)}`));
    return this.fileWork;
  }

  private async applyFileChanges(changes: readonly FileEvent[]): Promise<void> {
    let catalogChanged = false;
    for (const change of changes) {
      const uri = normalizeUri(change.uri);
      const path = pathOf(uri);
      if (!path) continue;
      if (basename(path) === '.kehoach.json' || /\.(csv|json)$/i.test(path)) {
        catalogChanged ||= basename(path) === '.kehoach.json' || this.catalogs.isCatalogFile(path);
        continue;
      }
      if (!isCandidateFile(path) || this.open.has(uri)) continue;
      if (change.type === FileChangeType.Deleted) this.index.delete(uri);
      else await this.reread(uri);
    }
    if (catalogChanged) {
      this.catalogFor(this.folders[0] ? pathToFileURL(this.folders[0]).toString() : undefined);
      this.options.onCatalogChanged?.();
    }
  }

  private async reread(uri: string): Promise<void> {
    const path = pathOf(uri);
    if (!path) return;
    const text = await readPlanFile(path, { ...detectOptionsFor(path), maxFileSize: this.maxFileSize });
    if (this.open.has(uri)) return;
    if (text === undefined) this.index.delete(uri);
    else this.index.set(uri, summarizeText(text));
  }

  /** Open documents' latest texts into the index, then wait for indexing (at most `ms` when given). */
  private async settled(ms?: number): Promise<void> {
    if (!this.indexed) await (ms === undefined ? this.indexing : Promise.race([this.indexing, settle(ms)]));
    await this.fileWork;
    for (const [uri, text] of this.pendingTexts) this.indexOpen(uri, text);
    this.pendingTexts.clear();
  }

  /** An open document into the index; one that cannot be read is left out, never in the way of the others. */
  private indexOpen(uri: string, text: string): void {
    const path = pathOf(uri) ?? uri;
    try {
      // A file too large to lint is too large to index: the editor shows it unchecked.
      if (sizeOf(text) <= this.maxFileSize && isPlan(path, text, pathOf(uri) ? detectOptionsFor(path) : {})) this.index.set(uri, summarizeText(text));
      else this.index.delete(uri);
    } catch (e) {
      this.index.delete(uri);
      logError(this.connection, `kehoach: ${uri}: ${describeError(e)}`);
    }
  }

  private reindex(): void {
    const generation = ++this.generation;
    this.indexed = false;
    this.indexing = this.indexFolders(generation).catch((e) => logError(this.connection, `kehoach: ${describeError(e)}`)).finally(() => {
      if (generation !== this.generation) return;
      this.indexed = true;
      this.markIndexed();
    });
  }

  private async indexFolders(generation: number): Promise<void> {
    const progress = this.canShowProgress ? await quietly(() => this.connection.window.createWorkDoneProgress()) : undefined;
    progress?.begin(this.locale === 'vi' ? 'Kế hoạch: lập chỉ mục' : 'Kế hoạch: indexing', undefined, undefined, false);
    await indexPlans(this.folders, {
      options: (folder) => ({ ...detectOptionsFor(join(folder, '_')), maxFileSize: this.maxFileSize, isCancelled: () => generation !== this.generation }),
      onPlan: (path, text) => {
        const uri = pathToFileURL(path).toString();
        if (!this.open.has(uri)) this.index.set(uri, summarizeText(text));
      },
      onProgress: (count) => progress?.report(this.locale === 'vi' ? `${count} kế hoạch` : `${count} plans`),
    });
    progress?.done();
  }

  private reportProblems(): void {
    const fresh = this.catalogs.takeProblems();
    if (fresh.length === 0) return;
    for (const p of fresh) this.connection.console.warn(formatProblem(p, this.locale));
    const files = [...new Set(fresh.map((p) => basename(p.file)))].join(', ');
    const first = formatProblem({ ...fresh[0], file: basename(fresh[0].file) }, this.locale);
    void quietly(() => this.connection.window.showWarningMessage(this.locale === 'vi'
      ? `Kế hoạch: danh mục ${files} có ${fresh.length} lỗi; các dòng lỗi bị bỏ qua, phần còn lại vẫn được dùng. ${first}`
      : `Kế hoạch: catalog ${files} has ${fresh.length} problem(s); those rows are skipped, the rest is used. ${first}`));
  }

  private range(plan: PlanDocument, start: number, end: number) {
    return { start: positionAt(plan.lines, start), end: positionAt(plan.lines, end) };
  }
}

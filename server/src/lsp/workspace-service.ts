/**
 * The workspace as the features see it: the catalog each plan is read with (built-in, `.kehoach.json`,
 * `kehoach.catalogs`), and the index of the workspace's plans, kept current as files open, change,
 * appear and disappear. Open documents are indexed from the server's one parse of their version;
 * files on disk that no editor has open are read and summarized here.
 */
import {
  DidChangeWatchedFilesNotification, FileChangeType,
  type Connection, type FileEvent, type InitializeParams,
} from 'vscode-languageserver';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinEntries } from '../core/catalog/builtin';
import type { Catalog } from '../core/catalog/catalog';
import { summarizePlan, summarizeText } from '../core/catalog/plan-summary';
import { formatProblem } from '../core/catalog/problems';
import type { CatalogEntry, CatalogLookup } from '../core/catalog/types';
import { WorkspaceIndex } from '../core/catalog/workspace-index';
import type { WorkspaceService as FeatureWorkspace } from '../core/features/index';
import type { Locale } from '../core/rules/types';
import { catalogPaths, UserCatalogs } from '../node/catalog-files';
import { detectOptionsFor } from '../node/config-file';
import { IndexCache, indexCachePath } from '../node/index-cache';
import { indexPlans, isCandidateFile, readScannedFile, type FileStamp, type ScannedFile } from '../node/workspace-scan';
import { serverText } from './messages';
import type { ParsedDocument } from './plan-cache';
import { describeError, guarded, logError, quietly } from './safety';
import { readWorkspaceSettings } from './settings';
import { shiftSummary } from './summary-shift';
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

export interface WorkspaceServiceOptions {
  /** The built-in entries (data/builtin.json, checked); tests may pass fewer. */
  readonly builtin?: readonly CatalogEntry[];
  /** Called when a user catalog changes on disk, so that open plans are linted again. */
  readonly onCatalogChanged?: () => void;
  /** Called first when a `.kehoach.json` is created, changed or deleted: the settings read from it are stale. */
  readonly onConfigFileChanged?: () => void;
  /** The server's parse of an open document's current version; undefined once it is closed. */
  readonly parsedOf: (uri: string) => Promise<ParsedDocument | undefined>;
}

const WATCHED = [{ globPattern: '**/*.{md,markdown,txt}' }, { globPattern: '**/*.{csv,json}' }];
const settle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The storage folder the client named (initializationOptions.storageUri, else globalStorageUri). */
function storageOf(params: InitializeParams): string | undefined {
  const init = params.initializationOptions as { storageUri?: unknown; globalStorageUri?: unknown } | undefined;
  const uri = [init?.storageUri, init?.globalStorageUri].find((u) => typeof u === 'string' && u) as string | undefined;
  return uri && pathOf(uri);
}

export class PlanWorkspace implements FeatureWorkspace {
  readonly index = new WorkspaceIndex();
  private readonly catalogs: UserCatalogs;
  /** The catalogs whose completion lists were asked for in idle time (see prepareInIdleTime). */
  private readonly prepared = new WeakSet<Catalog>();
  /** Open documents by index key (normalized URI) → the editor's URI. */
  private readonly open = new Map<string, string>();
  /** Open documents changed since they were last indexed, by index key → the editor's URI. */
  private readonly changed = new Map<string, string>();
  private folders: string[] = [];
  private locale: Locale = 'vi';
  private canAskConfiguration = false;
  private canWatch = false;
  /** Whether the client took the registration of file watchers: it reports changes of plans, catalogs and `.kehoach.json`. */
  watchesFiles = false;
  private canShowProgress = false;
  private maxFileSize = 2 * 1024 * 1024;
  private generation = 0;
  private indexing: Promise<void> = Promise.resolve();
  private indexed = true;
  private markIndexed: () => void = () => undefined;
  /** Files on disk being read again after a watched-file notification: queries wait for it. */
  private fileWork: Promise<void> = Promise.resolve();
  /** The summaries of files on disk, kept across restarts in the client's storage (none without one). */
  private diskCache = new IndexCache(undefined);

  constructor(private readonly connection: Connection, private readonly options: WorkspaceServiceOptions) {
    this.catalogs = new UserCatalogs(options.builtin ?? builtinEntries());
    connection.onRequest(CATALOG_STATUS_REQUEST, guarded((e) => logError(connection, `kehoach: ${CATALOG_STATUS_REQUEST}: ${describeError(e)}`), null, async (params?: { waitForIndex?: boolean }) => {
      if (params?.waitForIndex) await this.ready();
      return this.status();
    }));
  }

  /** From onInitialize: the workspace folders and what the client can do. */
  initialize(params: InitializeParams, locale: Locale): void {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map(pathOf).filter((path): path is string => path !== undefined);
    // A .kehoach.json anywhere in a workspace folder may name catalogs in that folder, and no further.
    this.catalogs.setWorkspaceFolders(this.folders);
    const caps = params.capabilities;
    this.canAskConfiguration = caps.workspace?.configuration === true;
    this.canWatch = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.canShowProgress = caps.window?.workDoneProgress === true;
    this.locale = locale;
    const storage = storageOf(params);
    const onError = (e: unknown) => logError(this.connection, `kehoach: ${describeError(e)}`);
    this.diskCache = new IndexCache(storage ? indexCachePath(storage, this.folders) : undefined, onError);
  }

  /** From shutdown: the cache file gets its last changes. */
  flush(): Promise<void> {
    return this.diskCache.flush();
  }

  /** From onInitialized: reads the settings, watches plan and catalog files, indexes the workspace in the background. */
  async initialized(): Promise<void> {
    // From now until the first indexing ends, queries wait for it (never when the client skips `initialized`).
    this.indexed = false;
    this.indexing = new Promise<void>((resolve) => { this.markIndexed = resolve; });
    try {
      await this.configure();
      if (this.canWatch) {
        const registration = await quietly(() => this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED }));
        this.watchesFiles = registration !== undefined;
      }
    } finally {
      this.reindex();
    }
  }

  /** Settings changed (or first read): `kehoach.catalogs`, `kehoach.maxFileSize`. */
  async configure(): Promise<void> {
    const settings = await readWorkspaceSettings(this.connection, this.canAskConfiguration);
    if (settings.maxFileSize !== undefined) this.maxFileSize = settings.maxFileSize;
    this.catalogs.setSettingPaths(catalogPaths(settings.catalogs, this.folders.length ? this.folders[0] : process.cwd()));
    this.catalogFor(undefined);
  }

  /** The catalog a plan is read with (LintOptions.catalog, the features' lookups). */
  catalogFor(uri: string | undefined): CatalogLookup {
    const catalog = this.catalogs.catalogFor(uri ? pathOf(normalizeUri(uri)) : undefined);
    this.reportProblems();
    this.prepareInIdleTime(catalog);
    return catalog;
  }

  /** A catalog new to the server reads what completion needs of all its documents once the load's request is answered. */
  private prepareInIdleTime(catalog: Catalog): void {
    if (this.prepared.has(catalog)) return;
    this.prepared.add(catalog);
    setImmediate(() => {
      try {
        catalog.prepareCompletion();
      } catch (e) {
        logError(this.connection, `kehoach: ${describeError(e)}`);
      }
    });
  }

  status(): CatalogStatus {
    return {
      indexing: !this.indexed, plans: this.index.size, entries: this.catalogs.catalogFor(this.folders[0] && join(this.folders[0], '_')).size,
      problems: this.catalogs.allProblems().map((p) => formatProblem(p, this.locale)),
    };
  }

  /** Open documents' latest versions into the index, after waiting for indexing (at most `waitMs` when given). */
  async ready(waitMs?: number): Promise<void> {
    if (!this.indexed) await (waitMs === undefined ? this.indexing : Promise.race([this.indexing, settle(waitMs)]));
    await this.fileWork;
    const changed = [...this.changed];
    this.changed.clear();
    for (const [key, uri] of changed) await this.indexOpen(key, uri);
  }

  /** An open document changed (the editor's text wins over the file on disk): indexed when next asked. */
  onDocumentChanged(uri: string): void {
    const key = normalizeUri(uri);
    this.open.set(key, uri);
    this.changed.set(key, uri);
  }

  /** Closed without saving, the file on disk is the plan again. */
  onDocumentClosed(uri: string): Promise<void> {
    const key = normalizeUri(uri);
    this.open.delete(key);
    this.changed.delete(key);
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
    let configChanged = false;
    for (const change of changes) {
      const uri = normalizeUri(change.uri);
      const path = pathOf(uri);
      if (!path) continue;
      if (basename(path) === '.kehoach.json' || /\.(csv|json)$/i.test(path)) {
        configChanged ||= basename(path) === '.kehoach.json';
        catalogChanged ||= configChanged || this.catalogs.isCatalogFile(path);
        continue;
      }
      if (!isCandidateFile(path)) continue;
      if (change.type === FileChangeType.Deleted) this.forgetFile(uri, path);
      else if (!this.open.has(uri)) await this.reread(uri);
    }
    if (configChanged) this.options.onConfigFileChanged?.();
    if (catalogChanged) {
      this.catalogFor(this.folders[0] ? pathToFileURL(this.folders[0]).toString() : undefined);
      this.options.onCatalogChanged?.();
    }
  }

  private async reread(uri: string): Promise<void> {
    const path = pathOf(uri);
    if (!path) return;
    const file = await readScannedFile(path, { ...detectOptionsFor(path), maxFileSize: this.maxFileSize });
    if (file) this.fileRead(uri, file);
    else this.forgetFile(uri, path);
  }

  /** A file on disk just read: into the cache file, and into the index unless an editor has it open. */
  private fileRead(uri: string, file: ScannedFile): void {
    const summary = file.text === undefined ? null : summarizeText(file.text);
    this.diskCache.record(file.path, file, summary);
    if (this.indexed) this.diskCache.saveSoon();
    if (this.open.has(uri)) return;
    if (summary) this.index.set(uri, summary);
    else this.index.delete(uri);
  }

  /** A file gone, or no longer readable. */
  private forgetFile(uri: string, path: string): void {
    this.diskCache.forget(path);
    if (this.indexed) this.diskCache.saveSoon();
    if (!this.open.has(uri)) this.index.delete(uri);
  }

  /** Indexing: a file unchanged since the cache file was written is taken from it, not read. */
  private reuse(path: string, stamp: FileStamp): boolean {
    const hit = this.diskCache.reuse(path, stamp);
    if (!hit) return false;
    const uri = pathToFileURL(path).toString();
    if (hit.summary && !this.open.has(uri)) this.index.set(uri, hit.summary);
    return true;
  }


  /** An open document into the index, from the server's parse; one that cannot be read is left out, never in the way of the others. */
  private async indexOpen(key: string, uri: string): Promise<void> {
    try {
      const parsed = await this.options.parsedOf(uri);
      if (!parsed || !this.open.has(key)) return;
      // Not a plan, or too large to check (the editor shows it unchecked): not in the index either.
      // A text checked as any text is still no plan: it stays out of the index of plans.
      if (parsed.plan && parsed.scope === 'plan') this.index.set(key, shiftSummary(summarizePlan(parsed.plan), parsed.bom));
      else this.index.delete(key);
    } catch (e) {
      this.index.delete(key);
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
    progress?.begin(serverText(this.locale, 'indexing'), undefined, undefined, false);
    const detect = this.folders.map((folder) => detectOptionsFor(join(folder, '_')));
    // What decides which files are plans: a cache file saved under other settings is not used.
    await this.diskCache.load(JSON.stringify({ maxFileSize: this.maxFileSize, detect }));
    await indexPlans(this.folders, {
      options: (folder) => ({
        ...detect[this.folders.indexOf(folder)], maxFileSize: this.maxFileSize,
        isCancelled: () => generation !== this.generation, known: (path, stamp) => this.reuse(path, stamp),
      }),
      onFile: (file) => this.fileRead(pathToFileURL(file.path).toString(), file),
      onProgress: (count) => progress?.report(serverText(this.locale, 'indexedCount', { count })),
    });
    progress?.done();
    this.diskCache.scanned();
    const { reads, reused } = this.diskCache;
    this.connection.console.log(serverText(this.locale, 'indexed', { plans: this.index.size, reads, reused }));
    void this.diskCache.saveNow();
  }

  private reportProblems(): void {
    const fresh = this.catalogs.takeProblems();
    if (fresh.length === 0) return;
    for (const p of fresh) this.connection.console.warn(formatProblem(p, this.locale));
    const files = [...new Set(fresh.map((p) => basename(p.file)))].join(', ');
    const first = formatProblem({ ...fresh[0], file: basename(fresh[0].file) }, this.locale);
    void quietly(() => this.connection.window.showWarningMessage(serverText(this.locale, 'catalogProblems', { files, count: fresh.length, first })));
  }
}

/**
 * User catalogs on disk: the files `.kehoach.json` lists under `"catalogs"` (relative to it) and
 * the `kehoach.catalogs` setting lists (relative to the workspace folder), read as data only and
 * kept until their modification time changes.
 *
 * A workspace is not trusted to read the rest of the disk: paths from `.kehoach.json` (and from any
 * setting the workspace itself can set) must stay inside its folder, links followed. Only the user's
 * own settings may name a catalog anywhere.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Catalog } from '../core/catalog/catalog';
import { parseCsvCatalog } from '../core/catalog/csv-rows';
import { parseXlsxCatalog } from '../core/catalog/xlsx';
import { parseJsonCatalog } from '../core/catalog/json';
import type { CatalogEntry, CatalogProblem, LoadedCatalog } from '../core/catalog/types';
import { findConfigFile, loadConfigFile } from './config-file';

/**
 * Where a list of catalog paths comes from, which decides how far it may reach: `userSettings` (the
 * user's own settings, not the workspace's) may name any file; `within` confines the files to a folder.
 */
export type CatalogOrigin = { readonly userSettings: true } | { readonly within: string };

export const FROM_USER_SETTINGS: CatalogOrigin = { userSettings: true };

/** A catalog file and the folder it must stay inside (none for the user's own settings). */
interface CatalogRef {
  readonly path: string;
  readonly within?: string;
}

/**
 * Larger files are no register: they are not read into the editor's memory. A province's registers
 * over twenty years (200,000 documents) are about 60 MB of JSON.
 */
const MAX_CATALOG_SIZE = 128 * 1024 * 1024;

const fileProblem = (file: string, code: CatalogProblem['code'], data?: CatalogProblem['data']): LoadedCatalog =>
  ({ entries: [], problems: [{ file, line: 0, code, ...(data ? { data } : {}) }] });

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The file to read for `path` when it stays inside `folder` once every link is followed; undefined when
 * it leads out. A path that does not exist is judged as written (reading it then says it is missing).
 */
export function confinedPath(path: string, folder: string): string | undefined {
  const realFolder = realOrResolved(folder);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    const written = resolve(path);
    return isInside(resolve(folder), written) || isInside(realFolder, written) ? written : undefined;
  }
  return isInside(realFolder, real) ? real : undefined;
}

/**
 * Reads one catalog file by its extension; an unreadable or unknown file is one problem, never a throw.
 * With `within`, a file outside that folder (by `../`, an absolute path or a link) is not read at all.
 */
export function readCatalogFile(path: string, within?: string): LoadedCatalog {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.json' && ext !== '.xlsx') return fileProblem(path, 'unknown-format');
  const target = within === undefined ? path : confinedPath(path, within);
  if (target === undefined) return fileProblem(path, 'outside-workspace', { folder: within! });
  try {
    // A FIFO or a device would block the read for ever; a huge file would fill the memory.
    const info = statSync(target);
    if (!info.isFile()) return fileProblem(path, 'not-a-file');
    if (info.size > MAX_CATALOG_SIZE) return fileProblem(path, 'unreadable', { detail: 'EFBIG' });
    if (ext === '.json') return readJsonCatalog(target, path);
    return ext === '.csv' ? parseCsvCatalog(readFileSync(target), path) : parseXlsxCatalog(readFileSync(target), path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fileProblem(path, 'unreadable', { detail: code ?? (e as Error).message });
  }
}

/**
 * A JSON catalog read whole as bytes and kept so: its rows are checked in one pass over the bytes and
 * built into entries from them when asked for. Its text (twice its size in UTF-16) is never made, nor
 * 200,000 entries at once: a register of 200,000 documents keeps the server under 300 MB.
 */
function readJsonCatalog(target: string, path: string): LoadedCatalog {
  const bytes = readFileSync(target);
  if (bytes.length > MAX_CATALOG_SIZE) return fileProblem(path, 'unreadable', { detail: 'EFBIG' });
  return parseJsonCatalog(bytes, path);
}

/** The paths a list of catalog names stands for, relative to `base`; entries that are not strings are ignored. */
export function catalogPaths(list: unknown, base: string): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => (isAbsolute(p) ? p : resolve(base, p)));
}

/** The catalogs a `.kehoach.json` lists, relative to the folder it is in. */
export function catalogPathsOfConfig(configFile: string, config: { catalogs?: unknown }): string[] {
  return catalogPaths(config.catalogs, dirname(configFile));
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Catalog files read once per version: a file is read again only when its modification time changes. */
export class CatalogFileCache {
  private readonly files = new Map<string, { mtime: number; loaded: LoadedCatalog }>();

  /**
   * The file's entries and problems, and whether they were read just now (so new problems can be told
   * once). The same file confined to another folder (or not at all) is a different entry.
   */
  get(path: string, within?: string): { loaded: LoadedCatalog; fresh: boolean } {
    const key = `${within ?? ''}\0${path}`;
    const mtime = mtimeOf(path);
    const hit = this.files.get(key);
    if (hit && hit.mtime === mtime) return { loaded: hit.loaded, fresh: false };
    const loaded = readCatalogFile(path, within);
    this.files.set(key, { mtime, loaded });
    return { loaded, fresh: true };
  }

  /** A signature that changes whenever one of the files (or the folder it must stay in) does. */
  signature(paths: readonly (string | CatalogRef)[]): string {
    return paths.map((p) => (typeof p === 'string' ? { path: p } : p)).map((r) => `${r.path}@${mtimeOf(r.path)}#${r.within ?? ''}`).join('|');
  }

  forget(path: string): void {
    for (const key of [...this.files.keys()]) if (key.endsWith(`\0${path}`)) this.files.delete(key);
  }
}

/** The deepest of `folders` holding `path`, if any. */
function folderHolding(folders: readonly string[], path: string): string | undefined {
  return folders.filter((f) => isInside(resolve(f), resolve(path))).sort((a, b) => b.length - a.length)[0];
}

/**
 * The catalog for each plan: the catalogs its nearest `.kehoach.json` lists, then those of the
 * `kehoach.catalogs` setting, then the built-in one. Problems of a file are handed out once per
 * version of the file, for the editor to show.
 */
export class UserCatalogs {
  private readonly files = new CatalogFileCache();
  private readonly catalogs = new Map<string, Catalog>();
  private settingRefs: CatalogRef[] = [];
  private workspaceFolders: string[] = [];
  private readonly pendingProblems: CatalogProblem[] = [];
  private readonly problemsByFile = new Map<string, readonly CatalogProblem[]>();

  constructor(private readonly builtin: readonly CatalogEntry[]) {}

  /**
   * The setting's paths, already resolved against the workspace folder. `origin` says whose setting it
   * is: the user's own (any path; the default, as before) or one the workspace can set (`{ within: folder }`).
   */
  setSettingPaths(paths: readonly string[], origin: CatalogOrigin = FROM_USER_SETTINGS): void {
    const within = 'within' in origin ? origin.within : undefined;
    this.settingRefs = paths.map((path) => (within === undefined ? { path } : { path, within }));
  }

  /**
   * The editor's workspace folders: a `.kehoach.json` inside one may name catalogs anywhere in that
   * folder; one outside every folder (or in the CLI) only inside its own folder.
   */
  setWorkspaceFolders(folders: readonly string[]): void {
    this.workspaceFolders = [...folders];
  }

  /** The catalog files that apply to a plan at `path` (undefined for an untitled document). */
  pathsFor(path: string | undefined): string[] {
    return this.refsFor(path).map((r) => r.path);
  }

  private refsFor(path: string | undefined): CatalogRef[] {
    const refs: CatalogRef[] = [...this.settingRefs];
    if (path) {
      const file = findConfigFile(dirname(path));
      if (file) {
        const within = folderHolding(this.workspaceFolders, file) ?? dirname(file);
        const listed = catalogPathsOfConfig(file, loadConfigFile(file).config as { catalogs?: unknown });
        refs.unshift(...listed.map((p) => ({ path: p, within })));
      }
    }
    // One file named twice is read once, under the wider of its origins (a setting of the user's own wins).
    const byPath = new Map<string, CatalogRef>();
    for (const ref of refs) {
      const seen = byPath.get(ref.path);
      if (!seen) byPath.set(ref.path, ref);
      else if (ref.within === undefined) byPath.set(ref.path, { path: ref.path });
    }
    return [...byPath.values()];
  }

  catalogFor(path: string | undefined): Catalog {
    const refs = this.refsFor(path);
    const signature = this.files.signature(refs);
    let catalog = this.catalogs.get(signature);
    if (!catalog) {
      const sources = refs.map((ref) => {
        const { loaded, fresh } = this.files.get(ref.path, ref.within);
        if (fresh) {
          this.pendingProblems.push(...loaded.problems);
          this.problemsByFile.set(ref.path, loaded.problems);
        }
        return loaded.rows ?? loaded.entries;
      });
      catalog = new Catalog([...sources, this.builtin]);
      // Old versions are dropped: a signature holds the files' times, so an edited file makes a new one.
      if (this.catalogs.size > 32) this.catalogs.clear();
      this.catalogs.set(signature, catalog);
    }
    return catalog;
  }

  /** Problems found since the last call, each once. */
  takeProblems(): CatalogProblem[] {
    return this.pendingProblems.splice(0);
  }

  /** The problems of every catalog file as last read. */
  allProblems(): CatalogProblem[] {
    return [...this.problemsByFile.values()].flat();
  }

  /** Whether a path is one of the catalog files in use. */
  isCatalogFile(path: string): boolean {
    return this.settingRefs.some((r) => r.path === path) || [...this.catalogs.keys()].some((sig) => sig.split('|').some((part) => part.startsWith(path + '@')));
  }
}

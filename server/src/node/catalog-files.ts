/**
 * User catalogs on disk: the files `.kehoach.json` lists under `"catalogs"` (relative to it) and
 * the `kehoach.catalogs` setting lists (relative to the workspace folder), read as data only and
 * kept until their modification time changes.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { Catalog } from '../core/catalog/catalog';
import { parseCsvCatalog } from '../core/catalog/csv';
import { parseJsonCatalog } from '../core/catalog/json';
import type { CatalogEntry, CatalogProblem, LoadedCatalog } from '../core/catalog/types';
import { findConfigFile, loadConfigFile } from './config-file';

/** Reads one catalog file by its extension; an unreadable or unknown file is one problem, never a throw. */
export function readCatalogFile(path: string): LoadedCatalog {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') return { entries: [], problems: [{ file: path, line: 0, code: 'unknown-format' }] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { entries: [], problems: [{ file: path, line: 0, code: 'unreadable', data: { detail: code ?? (e as Error).message } }] };
  }
  return ext === '.csv' ? parseCsvCatalog(text, path) : parseJsonCatalog(text, path);
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

  /** The file's entries and problems, and whether they were read just now (so new problems can be told once). */
  get(path: string): { loaded: LoadedCatalog; fresh: boolean } {
    const mtime = mtimeOf(path);
    const hit = this.files.get(path);
    if (hit && hit.mtime === mtime) return { loaded: hit.loaded, fresh: false };
    const loaded = readCatalogFile(path);
    this.files.set(path, { mtime, loaded });
    return { loaded, fresh: true };
  }

  /** A signature that changes whenever one of the files does. */
  signature(paths: readonly string[]): string {
    return paths.map((p) => `${p}@${mtimeOf(p)}`).join('|');
  }

  forget(path: string): void {
    this.files.delete(path);
  }
}

/**
 * The catalog for each plan: the catalogs its nearest `.kehoach.json` lists, then those of the
 * `kehoach.catalogs` setting, then the built-in one. Problems of a file are handed out once per
 * version of the file, for the editor to show.
 */
export class UserCatalogs {
  private readonly files = new CatalogFileCache();
  private readonly catalogs = new Map<string, Catalog>();
  private settingPaths: string[] = [];
  private readonly pendingProblems: CatalogProblem[] = [];
  private readonly problemsByFile = new Map<string, readonly CatalogProblem[]>();

  constructor(private readonly builtin: readonly CatalogEntry[]) {}

  /** The setting's paths, already resolved against the workspace folder. */
  setSettingPaths(paths: readonly string[]): void {
    this.settingPaths = [...paths];
  }

  /** The catalog files that apply to a plan at `path` (undefined for an untitled document). */
  pathsFor(path: string | undefined): string[] {
    const fromConfig: string[] = [];
    if (path) {
      const file = findConfigFile(dirname(path));
      if (file) fromConfig.push(...catalogPathsOfConfig(file, loadConfigFile(file).config as { catalogs?: unknown }));
    }
    return [...new Set([...fromConfig, ...this.settingPaths])];
  }

  catalogFor(path: string | undefined): Catalog {
    const paths = this.pathsFor(path);
    const signature = this.files.signature(paths);
    let catalog = this.catalogs.get(signature);
    if (!catalog) {
      const sources = paths.map((p) => {
        const { loaded, fresh } = this.files.get(p);
        if (fresh) {
          this.pendingProblems.push(...loaded.problems);
          this.problemsByFile.set(p, loaded.problems);
        }
        return loaded.entries;
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
    return this.settingPaths.includes(path) || [...this.catalogs.keys()].some((sig) => sig.split('|').some((part) => part.startsWith(path + '@')));
  }
}

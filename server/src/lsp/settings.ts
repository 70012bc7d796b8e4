import { dirname } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { Locale } from '../core/lint';
import { CONFIG_MESSAGES, validateConfig } from '../core/config';
import { translator } from '../core/messages';
import { quietly } from './safety';
import { pathOf } from './uri';
import { fileUriFor } from './docx-view';
import { findConfigFile, loadConfigFile, type LoadedConfig, type ProjectConfig } from '../node/config-file';

export type RunMode = 'onType' | 'onSave' | 'off';

export interface DocumentSettings {
  readonly run: RunMode;
  readonly debounceMs: number;
  readonly maxFileSize: number;
  readonly config: ProjectConfig;
  readonly configError?: string;
  /**
   * The user asked to check this document even though it is not a plan (“Kế hoạch: Check this file as any
   * text”): the client answers `checkAsText: true` in the document's `kehoach` settings. Then a non-plan is
   * checked with the rules for any administrative text; a plan is checked as a plan all the same.
   */
  readonly asText?: boolean;
}

/** The `kehoach.*` settings that mirror `.kehoach.json` fields. */
const MIRRORED = ['profile', 'requiredSections', 'sectionSynonyms', 'rules', 'abbreviations', 'abbreviationExpansions', 'catalogs', 'planGlobs', 'detectByContent'] as const;

/**
 * Editor settings for the fields `.kehoach.json` can also hold. The file wins field by field, so that
 * the CLI (which reads only the file) and the editor agree on any project that has one. The settings go
 * through the file's own check: a value of the wrong shape (a client can answer anything), an unknown
 * rule id, is named by its key and dropped as the file's would be, and every other setting is kept.
 */
function mirroredSettings(editor: Record<string, unknown>, locale: Locale): { config: ProjectConfig; problems: string[] } {
  const out: Record<string, unknown> = {};
  for (const key of MIRRORED) {
    const value = editor[key];
    const isEmpty = value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
    if (!isEmpty) out[key] = value;
  }
  return validateConfig(out, locale, 'kehoach.');
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The editor's `kehoach` settings for `uri`; {} when the client cannot say, answers an error or anything but an object. */
async function editorSettings(connection: Connection, uri: string): Promise<Record<string, unknown>> {
  const answer = await quietly(() => connection.workspace.getConfiguration({ scopeUri: uri, section: 'kehoach' }));
  return isRecord(answer) ? answer : {};
}

const DEFAULTS = { run: 'onType' as RunMode, debounceMs: 300, maxFileSize: 2 * 1024 * 1024 };

/** A document's settings from the editor's `kehoach` settings and its `.kehoach.json` (already loaded). */
function settingsFrom(editor: Record<string, unknown>, file: LoadedConfig | undefined, locale: Locale): DocumentSettings {
  const run = editor.run === 'onSave' || editor.run === 'off' || editor.run === 'onType' ? editor.run : DEFAULTS.run;
  const debounceMs = typeof editor.debounceMs === 'number' && Number.isFinite(editor.debounceMs) && editor.debounceMs >= 0 ? editor.debounceMs : DEFAULTS.debounceMs;
  const maxFileSize = typeof editor.maxFileSize === 'number' && editor.maxFileSize > 0 ? editor.maxFileSize : DEFAULTS.maxFileSize;
  const mirrored = mirroredSettings(editor, locale);
  const editorError = mirrored.problems.length ? translator(CONFIG_MESSAGES, locale, 'config')('editorSettings', { problems: mirrored.problems.join('; ') }) : undefined;
  const configError = [editorError, file?.error].filter((e) => e !== undefined).join('\n') || undefined;
  return { run, debounceMs, maxFileSize, config: { ...mirrored.config, ...(file?.config ?? {}) }, configError, asText: editor.checkAsText === true };
}

/** The `.kehoach.json` that applies to `scope` (a document's URI), loaded; undefined when there is none. */
function configFileOf(scope: string, locale: Locale): LoadedConfig | undefined {
  const path = pathOf(scope);
  const file = path ? findConfigFile(dirname(path)) : undefined;
  return file ? loadConfigFile(file, locale) : undefined;
}

/**
 * Settings for one document, read fresh: the editor's `kehoach.*` settings for that document's scope,
 * merged over its `.kehoach.json`. The server reads them through SettingsCache; preview and export
 * (one request each, not one per keystroke) read them here.
 */
export async function readSettings(connection: Connection, uri: string, canAsk: boolean, locale: Locale = 'vi'): Promise<DocumentSettings> {
  // A Word file's view takes the settings of the .docx it shows.
  const scope = fileUriFor(uri);
  const editor = canAsk ? await editorSettings(connection, scope) : {};
  return settingsFrom(editor, configFileOf(scope, locale), locale);
}

export interface SettingsSource {
  readonly connection: Connection;
  /** Whether the client answers workspace/configuration. */
  canAsk(): boolean;
  locale(): Locale;
  /** Whether the client reports `.kehoach.json` files created, changed and deleted (then the file is looked up once). */
  watchesConfigFiles(): boolean;
}

/**
 * The settings of open documents, kept between checks: typing asks the client nothing and reads no
 * file. The editor's part is dropped on workspace/didChangeConfiguration, the file's part when a
 * watched `.kehoach.json` is created, changed or deleted. A client that does not report file events
 * gets its `.kehoach.json` looked up at each check, as before (loadConfigFile still skips unchanged files).
 */
export class SettingsCache {
  /** The editor's `kehoach` settings by scope (a document's URI); only answers that are objects are kept. */
  private readonly editor = new Map<string, Promise<Record<string, unknown>>>();
  /** Folder → its nearest `.kehoach.json` (or none), while the client watches those files. */
  private readonly nearest = new Map<string, string | undefined>();
  private readonly files = new Map<string, LoadedConfig>();

  constructor(private readonly source: SettingsSource) {}

  async read(uri: string): Promise<DocumentSettings> {
    const scope = fileUriFor(uri);
    const editor = this.source.canAsk() ? await this.editorSettings(scope) : {};
    if (!this.source.watchesConfigFiles()) return settingsFrom(editor, configFileOf(scope, this.source.locale()), this.source.locale());
    const path = pathOf(scope);
    return settingsFrom(editor, path === undefined ? undefined : this.configFileIn(dirname(path)), this.source.locale());
  }

  /** workspace/didChangeConfiguration: the editor's settings are asked again. */
  configurationChanged(): void {
    this.editor.clear();
  }

  /** A `.kehoach.json` was created, changed or deleted: every document's file is looked up again. */
  configFileChanged(): void {
    this.nearest.clear();
    this.files.clear();
  }

  /** A document closed: its scope's settings are no longer kept. */
  forget(uri: string): void {
    this.editor.delete(fileUriFor(uri));
  }

  private editorSettings(scope: string): Promise<Record<string, unknown>> {
    const known = this.editor.get(scope);
    if (known) return known;
    const asked = quietly(() => this.source.connection.workspace.getConfiguration({ scopeUri: scope, section: 'kehoach' }));
    const settings = asked.then((answer) => {
      // An error or a wrong answer is not kept: the next check asks again.
      if (isRecord(answer)) return answer;
      if (this.editor.get(scope) === settings) this.editor.delete(scope);
      return {};
    });
    this.editor.set(scope, settings);
    return settings;
  }

  /** The `.kehoach.json` for documents in `dir`, looked up and read once until one changes. */
  private configFileIn(dir: string): LoadedConfig | undefined {
    let file = this.nearest.get(dir);
    if (!this.nearest.has(dir)) this.nearest.set(dir, (file = findConfigFile(dir)));
    if (file === undefined) return undefined;
    let loaded = this.files.get(file);
    if (!loaded) this.files.set(file, (loaded = loadConfigFile(file, this.source.locale())));
    return loaded;
  }
}

/** The workspace-wide settings the index and the catalogs read: `kehoach.catalogs`, `kehoach.maxFileSize`. */
export interface WorkspaceSettings {
  readonly catalogs?: unknown;
  /** Absent when unset or not a positive number. */
  readonly maxFileSize?: number;
}

/** The workspace's `kehoach` settings; an error or anything but an object as the answer reads as none set. */
export async function readWorkspaceSettings(connection: Connection, canAsk: boolean): Promise<WorkspaceSettings> {
  const answer: unknown = canAsk ? await quietly(() => connection.workspace.getConfiguration('kehoach')) : undefined;
  const settings = isRecord(answer) ? answer : {};
  const max = settings.maxFileSize;
  return { catalogs: settings.catalogs, ...(typeof max === 'number' && max > 0 ? { maxFileSize: max } : {}) };
}

/** A document's size as `maxFileSize` counts it: UTF-8 bytes, as the file has on disk. */
export const sizeOf = (text: string): number => Buffer.byteLength(text, 'utf8');

import { dirname } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { Locale } from '../core/lint';
import { validateConfig } from '../core/config';
import { quietly } from './safety';
import { pathOf } from './uri';
import { fileUriFor } from './docx-view';
import { findConfigFile, loadConfigFile, type ProjectConfig } from '../node/config-file';

export type RunMode = 'onType' | 'onSave' | 'off';

export interface DocumentSettings {
  readonly run: RunMode;
  readonly debounceMs: number;
  readonly maxFileSize: number;
  readonly config: ProjectConfig;
  readonly configError?: string;
}

/** The `kehoach.*` settings that mirror `.kehoach.json` fields. */
const MIRRORED = ['profile', 'requiredSections', 'sectionSynonyms', 'rules', 'abbreviations', 'abbreviationExpansions', 'catalogs', 'planGlobs', 'detectByContent'] as const;

/**
 * Editor settings for the fields `.kehoach.json` can also hold. The file wins field by field, so that
 * the CLI (which reads only the file) and the editor agree on any project that has one. A value of the
 * wrong shape (a client can answer anything) is dropped as the file's would be: its default applies.
 */
function mirroredSettings(editor: Record<string, unknown>): ProjectConfig {
  const out: Record<string, unknown> = {};
  for (const key of MIRRORED) {
    const value = editor[key];
    const isEmpty = value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
    if (!isEmpty) out[key] = value;
  }
  return validateConfig(out).config;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The editor's `kehoach` settings for `uri`; {} when the client cannot say, answers an error or anything but an object. */
async function editorSettings(connection: Connection, uri: string): Promise<Record<string, unknown>> {
  const answer = await quietly(() => connection.workspace.getConfiguration({ scopeUri: uri, section: 'kehoach' }));
  return isRecord(answer) ? answer : {};
}

const DEFAULTS = { run: 'onType' as RunMode, debounceMs: 300, maxFileSize: 2 * 1024 * 1024 };

/**
 * Settings for one document, read fresh each time it is checked: the editor's `kehoach.*`
 * settings for that document's scope, merged over its `.kehoach.json`.
 */
export async function readSettings(connection: Connection, uri: string, canAsk: boolean, locale: Locale = 'vi'): Promise<DocumentSettings> {
  // A Word file's view takes the settings of the .docx it shows.
  const scope = fileUriFor(uri);
  const editor = canAsk ? await editorSettings(connection, scope) : {};
  let fileConfig: ProjectConfig = {};
  let configError: string | undefined;
  const path = pathOf(scope);
  if (path) {
    const file = findConfigFile(dirname(path));
    if (file) {
      const loaded = loadConfigFile(file, locale);
      fileConfig = loaded.config;
      configError = loaded.error;
    }
  }
  const run = editor.run === 'onSave' || editor.run === 'off' || editor.run === 'onType' ? editor.run : DEFAULTS.run;
  const debounceMs = typeof editor.debounceMs === 'number' && Number.isFinite(editor.debounceMs) && editor.debounceMs >= 0 ? editor.debounceMs : DEFAULTS.debounceMs;
  const maxFileSize = typeof editor.maxFileSize === 'number' && editor.maxFileSize > 0 ? editor.maxFileSize : DEFAULTS.maxFileSize;
  return { run, debounceMs, maxFileSize, config: { ...mirroredSettings(editor), ...fileConfig }, configError };
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

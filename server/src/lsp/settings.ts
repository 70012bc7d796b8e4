import { dirname } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { Locale } from '../core/lint';
import { pathOf } from './uri';
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
 * the CLI (which reads only the file) and the editor agree on any project that has one.
 */
function mirroredSettings(editor: Record<string, unknown>): ProjectConfig {
  const out: Record<string, unknown> = {};
  for (const key of MIRRORED) {
    const value = editor[key];
    const isEmpty = value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
    if (!isEmpty) out[key] = value;
  }
  return out as ProjectConfig;
}

const DEFAULTS = { run: 'onType' as RunMode, debounceMs: 300, maxFileSize: 2 * 1024 * 1024 };

/**
 * Settings for one document, read fresh each time it is checked: the editor's `kehoach.*`
 * settings for that document's scope, merged over its `.kehoach.json`.
 */
export async function readSettings(connection: Connection, uri: string, canAsk: boolean, locale: Locale = 'vi'): Promise<DocumentSettings> {
  let editor: Record<string, unknown> = {};
  if (canAsk) {
    try {
      editor = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'kehoach' })) ?? {};
    } catch {
      editor = {};
    }
  }
  let fileConfig: ProjectConfig = {};
  let configError: string | undefined;
  const path = pathOf(uri);
  if (path) {
    const file = findConfigFile(dirname(path));
    if (file) {
      const loaded = loadConfigFile(file, locale);
      fileConfig = loaded.config;
      configError = loaded.error;
    }
  }
  const run = editor.run === 'onSave' || editor.run === 'off' || editor.run === 'onType' ? editor.run : DEFAULTS.run;
  const debounceMs = typeof editor.debounceMs === 'number' && editor.debounceMs >= 0 ? editor.debounceMs : DEFAULTS.debounceMs;
  const maxFileSize = typeof editor.maxFileSize === 'number' && editor.maxFileSize > 0 ? editor.maxFileSize : DEFAULTS.maxFileSize;
  return { run, debounceMs, maxFileSize, config: { ...mirroredSettings(editor), ...fileConfig }, configError };
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateConfig, type ProjectConfig } from '../core/config';
import { defineMessages, translator, type Locale, type MessageData } from '../core/messages';
import type { DetectOptions } from '../core/detect';

export type { ProjectConfig } from '../core/config';

export interface LoadedConfig {
  readonly config: ProjectConfig;
  readonly file?: string;
  /** A clear message when the file exists but cannot be used, or some of its fields; the defaults apply to those. */
  readonly error?: string;
  /** The file was read and only some fields were left out (`error` names them): its other settings hold. */
  readonly partial?: true;
}

export const CONFIG_FILE = '.kehoach.json';

/** The nearest `.kehoach.json` from `dir` upwards. Read as data only; nothing in it is executed. */
export function findConfigFile(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/** What of the nearest `.kehoach.json` decides whether a file by `path` is a plan (the workspace index reads it). */
export function detectOptionsFor(path: string): DetectOptions {
  const file = findConfigFile(dirname(path));
  if (!file) return {};
  const { planGlobs, detectByContent } = loadConfigFile(file).config;
  return { ...(planGlobs ? { planGlobs } : {}), ...(detectByContent !== undefined ? { detectByContent } : {}) };
}

/**
 * Every check of a document asks for its `.kehoach.json` (settings, catalogs, plan detection while the
 * workspace is indexed): the file is read and validated again only when its modification time changes.
 */
const loaded = new Map<string, { mtime: number; result: LoadedConfig }>();

export function loadConfigFile(file: string, locale: Locale = 'vi'): LoadedConfig {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return readConfigFile(file, locale);
  }
  const key = `${locale}\0${file}`;
  const hit = loaded.get(key);
  if (hit && hit.mtime === mtime) return hit.result;
  const result = readConfigFile(file, locale);
  loaded.set(key, { mtime, result });
  return result;
}

/** Far more than any real settings file; a larger one is not read (a workspace may hold anything). */
const MAX_CONFIG_SIZE = 1024 * 1024;

/** What is said of a settings file that cannot be used as it is; the defaults then apply. */
export const CONFIG_FILE_MESSAGES = defineMessages({
  notRegular: { vi: '{file} không phải một tệp thông thường; dùng cấu hình mặc định.', en: '{file} is not a regular file; the defaults apply.' },
  tooLarge: { vi: '{file} lớn quá (trên 1 MB); dùng cấu hình mặc định.', en: '{file} is too large (over 1 MB); the defaults apply.' },
  unreadable: { vi: 'Không đọc được {file}: {detail}', en: 'Cannot read {file}: {detail}' },
  invalidJson: { vi: '{file}: JSON không hợp lệ ({detail}); dùng cấu hình mặc định.', en: '{file}: invalid JSON ({detail}); the defaults apply.' },
  badFields: { vi: '{file}: {problems}; các trường này dùng giá trị mặc định.', en: '{file}: {problems}; those fields take their defaults.' },
});

type Say = (id: keyof typeof CONFIG_FILE_MESSAGES, data: MessageData) => string;

function readConfigText(file: string, say: Say): { text: string } | { error: string } {
  try {
    // A FIFO or a device named .kehoach.json would block a read for ever: only regular files are read.
    const info = statSync(file);
    if (!info.isFile()) return { error: say('notRegular', { file }) };
    if (info.size > MAX_CONFIG_SIZE) return { error: say('tooLarge', { file }) };
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    return { error: say('unreadable', { file, detail: (e as Error).message }) };
  }
}

function readConfigFile(file: string, locale: Locale): LoadedConfig {
  const say: Say = translator(CONFIG_FILE_MESSAGES, locale, 'config file');
  const read = readConfigText(file, say);
  if ('error' in read) return { config: {}, file, error: read.error };
  let raw: unknown;
  try {
    raw = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: {}, file, error: say('invalidJson', { file, detail: (e as Error).message }) };
  }
  // Only the parse may fail as "invalid JSON": a valid file with odd keys keeps its good fields.
  const { config, problems } = validateConfig(raw, locale);
  if (problems.length === 0) return { config, file };
  return { config, file, error: say('badFields', { file, problems: problems.join('; ') }), partial: true };
}

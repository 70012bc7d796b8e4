import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LintOptions } from '../core/lint';
import type { DetectOptions } from '../core/detect';

/** Everything `.kehoach.json` may say (a subset now; the README lists the fields). */
export interface ProjectConfig extends LintOptions, DetectOptions {}

export interface LoadedConfig {
  readonly config: ProjectConfig;
  readonly file?: string;
  /** A clear message when the file exists but cannot be used; the defaults apply then. */
  readonly error?: string;
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

export function loadConfigFile(file: string): LoadedConfig {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    return { config: {}, file, error: `Không đọc được ${file}: ${(e as Error).message}` };
  }
  try {
    const parsed: unknown = JSON.parse(raw.replace(/^\uFEFF/, ''));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { config: {}, file, error: `${file}: cần một đối tượng JSON ({ … }); dùng cấu hình mặc định.` };
    }
    return { config: parsed as ProjectConfig, file };
  } catch (e) {
    return { config: {}, file, error: `${file}: JSON không hợp lệ (${(e as Error).message}); dùng cấu hình mặc định.` };
  }
}

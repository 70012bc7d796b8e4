import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateConfig, type ProjectConfig } from '../core/config';
import type { Locale } from '../core/lint';

export type { ProjectConfig } from '../core/config';

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

export function loadConfigFile(file: string, locale: Locale = 'vi'): LoadedConfig {
  const say = (vi: string, en: string) => (locale === 'en' ? en : vi);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    return { config: {}, file, error: say(`Không đọc được ${file}: ${(e as Error).message}`, `Cannot read ${file}: ${(e as Error).message}`) };
  }
  try {
    const { config, problems } = validateConfig(JSON.parse(raw.replace(/^\uFEFF/, '')), locale);
    if (problems.length === 0) return { config, file };
    return { config, file, error: `${file}: ${problems.join('; ')}; ${say('các trường này dùng giá trị mặc định.', 'those fields take their defaults.')}` };
  } catch (e) {
    return { config: {}, file, error: `${file}: ${say('JSON không hợp lệ', 'invalid JSON')} (${(e as Error).message}); ${say('dùng cấu hình mặc định.', 'the defaults apply.')}` };
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateConfig, type ProjectConfig } from '../core/config';

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

export function loadConfigFile(file: string): LoadedConfig {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    return { config: {}, file, error: `Không đọc được ${file}: ${(e as Error).message}` };
  }
  try {
    const { config, problems } = validateConfig(JSON.parse(raw.replace(/^\uFEFF/, '')));
    if (problems.length === 0) return { config, file };
    return { config, file, error: `${file}: ${problems.join('; ')}; các trường này dùng giá trị mặc định.` };
  } catch (e) {
    return { config: {}, file, error: `${file}: JSON không hợp lệ (${(e as Error).message}); dùng cấu hình mặc định.` };
  }
}

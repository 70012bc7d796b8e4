import type { LintOptions } from './lint';
import type { DetectOptions } from './detect';

/** Everything `.kehoach.json` may say; schemas/kehoach.schema.json describes the same fields for VS Code. */
export interface ProjectConfig extends LintOptions, DetectOptions {
  readonly catalogs?: readonly string[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const PROFILES = ['auto', 'state', 'party'];

type Check = (value: unknown) => string | undefined;

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectOf = (valid: (x: unknown) => boolean, what: string): Check => (v) =>
  isObject(v) && Object.values(v).every(valid) ? undefined : what;

const FIELDS: Record<string, Check> = {
  $schema: (v) => (typeof v === 'string' ? undefined : 'một chuỗi'),
  profile: (v) => (PROFILES.includes(v as string) ? undefined : `một trong ${PROFILES.join(', ')}`),
  requiredSections: objectOf(isStringArray, '{ "state": [mã mục …], "party": [mã mục …] }'),
  sectionSynonyms: objectOf(isStringArray, '{ "mã mục": ["TÊN KHÁC", …] }'),
  rules: objectOf((x) => SEVERITIES.includes(x as string), `{ "mã quy tắc": ${SEVERITIES.join(' | ')} }`),
  abbreviations: (v) => (isStringArray(v) ? undefined : 'một mảng chuỗi'),
  abbreviationExpansions: objectOf((x) => typeof x === 'string' && x.length > 0, '{ "VIẾT TẮT": "cụm từ đầy đủ" }'),
  catalogs: (v) => (isStringArray(v) ? undefined : 'một mảng đường dẫn'),
  planGlobs: (v) => (isStringArray(v) ? undefined : 'một mảng mẫu tên tệp'),
  detectByContent: (v) => (typeof v === 'boolean' ? undefined : 'true hoặc false'),
};

/**
 * Keeps the valid fields and names each invalid or unknown one, so that one typo costs one setting,
 * not the whole file. Nothing in the file is executed: it is data.
 */
export function validateConfig(raw: unknown): { config: ProjectConfig; problems: string[] } {
  if (!isObject(raw)) return { config: {}, problems: ['cần một đối tượng JSON ({ … })'] };
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const check = FIELDS[key];
    if (!check) {
      problems.push(`trường “${key}” không có trong cấu hình kehoach`);
      continue;
    }
    const expected = check(value);
    if (expected) problems.push(`“${key}” cần ${expected}`);
    else if (key !== '$schema') config[key] = value;
  }
  return { config: config as ProjectConfig, problems };
}

import type { LintOptions, Locale } from './lint';
import type { DetectOptions } from './detect';

/** Everything `.kehoach.json` may say; schemas/kehoach.schema.json describes the same fields for VS Code. */
export interface ProjectConfig extends LintOptions, DetectOptions {
  readonly catalogs?: readonly string[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const PROFILES = ['auto', 'state', 'party'];

/** What a field needs, said in both languages. */
type Need = { readonly vi: string; readonly en: string };
type Check = (value: unknown) => Need | undefined;

const need = (vi: string, en: string = vi): Need => ({ vi, en });

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectOf = (valid: (x: unknown) => boolean, what: Need): Check => (v) =>
  isObject(v) && Object.values(v).every(valid) ? undefined : what;

const FIELDS: Record<string, Check> = {
  $schema: (v) => (typeof v === 'string' ? undefined : need('một chuỗi', 'a string')),
  profile: (v) => (PROFILES.includes(v as string) ? undefined : need(`một trong ${PROFILES.join(', ')}`, `one of ${PROFILES.join(', ')}`)),
  requiredSections: objectOf(isStringArray, need('{ "state": [mã mục …], "party": [mã mục …] }', '{ "state": [section ids …], "party": [section ids …] }')),
  sectionSynonyms: objectOf(isStringArray, need('{ "mã mục": ["TÊN KHÁC", …] }', '{ "section id": ["OTHER TITLE", …] }')),
  rules: objectOf((x) => SEVERITIES.includes(x as string), need(`{ "mã quy tắc": ${SEVERITIES.join(' | ')} }`, `{ "rule id": ${SEVERITIES.join(' | ')} }`)),
  abbreviations: (v) => (isStringArray(v) ? undefined : need('một mảng chuỗi', 'an array of strings')),
  abbreviationExpansions: objectOf((x) => typeof x === 'string' && x.length > 0, need('{ "VIẾT TẮT": "cụm từ đầy đủ" }', '{ "ABBR": "full phrase" }')),
  catalogs: (v) => (isStringArray(v) ? undefined : need('một mảng đường dẫn', 'an array of paths')),
  planGlobs: (v) => (isStringArray(v) ? undefined : need('một mảng mẫu tên tệp', 'an array of globs')),
  detectByContent: (v) => (typeof v === 'boolean' ? undefined : need('true hoặc false', 'true or false')),
};

/**
 * Keeps the valid fields and names each invalid or unknown one, so that one typo costs one setting,
 * not the whole file. Nothing in the file is executed: it is data.
 */
export function validateConfig(raw: unknown, locale: Locale = 'vi'): { config: ProjectConfig; problems: string[] } {
  const say = (vi: string, en: string) => (locale === 'en' ? en : vi);
  if (!isObject(raw)) return { config: {}, problems: [say('cần một đối tượng JSON ({ … })', 'a JSON object ({ … }) is needed')] };
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const check = FIELDS[key];
    if (!check) {
      problems.push(say(`trường “${key}” không có trong cấu hình kehoach`, `“${key}” is not a kehoach setting`));
      continue;
    }
    const expected = check(value);
    if (expected) problems.push(say(`“${key}” cần ${expected.vi}`, `“${key}” needs ${expected.en}`));
    else if (key !== '$schema') config[key] = value;
  }
  return { config: config as ProjectConfig, problems };
}

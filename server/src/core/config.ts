import type { LintOptions } from './lint';
import type { DetectOptions } from './detect';
import { defineMessages, translator, textIn, type Locale, type MessageData } from './messages';
import { SECTION_KINDS } from './sections';

/** Everything `.kehoach.json` may say; schemas/kehoach.schema.json describes the same fields for VS Code. */
export interface ProjectConfig extends LintOptions, DetectOptions {
  readonly catalogs?: readonly string[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const PROFILES = ['auto', 'state', 'party'];
const SECTION_IDS = SECTION_KINDS.map((k) => k.id);

/** What a field needs, said in both languages. */
type Need = { readonly vi: string; readonly en: string };
type Check = (value: unknown) => Need | undefined;

interface Field {
  /** What the value as a whole needs, when it is not that. */
  readonly check: Check;
  /** A map whose keys are ids (section kinds, profiles): its other keys are named and left out. */
  readonly keys?: readonly string[];
  /** A map of lists of ids: the ids a list may hold. */
  readonly items?: readonly string[];
}

const need = (vi: string, en: string = vi): Need => ({ vi, en });

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectOf = (valid: (x: unknown) => boolean, what: Need): Check => (v) =>
  isObject(v) && Object.values(v).every(valid) ? undefined : what;

/**
 * A Map, not an object literal: a key of the file such as `constructor`, `toString` or `__proto__` must
 * find nothing here rather than a function of Object.prototype (which dropped the whole file).
 */
const FIELDS = new Map<string, Field>([
  ['$schema', { check: (v) => (typeof v === 'string' ? undefined : need('một chuỗi', 'a string')) }],
  ['profile', { check: (v) => (PROFILES.includes(v as string) ? undefined : need(`một trong ${PROFILES.join(', ')}`, `one of ${PROFILES.join(', ')}`)) }],
  ['requiredSections', {
    check: objectOf(isStringArray, need('{ "state": [mã mục …], "party": [mã mục …] }', '{ "state": [section ids …], "party": [section ids …] }')),
    keys: ['state', 'party'],
    items: SECTION_IDS,
  }],
  ['sectionSynonyms', {
    check: objectOf(isStringArray, need('{ "mã mục": ["TÊN KHÁC", …] }', '{ "section id": ["OTHER TITLE", …] }')),
    keys: SECTION_IDS,
  }],
  ['rules', { check: objectOf((x) => SEVERITIES.includes(x as string), need(`{ "mã quy tắc": ${SEVERITIES.join(' | ')} }`, `{ "rule id": ${SEVERITIES.join(' | ')} }`)) }],
  ['abbreviations', { check: (v) => (isStringArray(v) ? undefined : need('một mảng chuỗi', 'an array of strings')) }],
  ['abbreviationExpansions', { check: objectOf((x) => typeof x === 'string' && x.length > 0, need('{ "VIẾT TẮT": "cụm từ đầy đủ" }', '{ "ABBR": "full phrase" }')) }],
  ['catalogs', { check: (v) => (isStringArray(v) ? undefined : need('một mảng đường dẫn', 'an array of paths')) }],
  ['planGlobs', { check: (v) => (isStringArray(v) ? undefined : need('một mảng mẫu tên tệp', 'an array of globs')) }],
  ['detectByContent', { check: (v) => (typeof v === 'boolean' ? undefined : need('true hoặc false', 'true or false')) }],
]);

/** A key as shown in a message: a file may hold any string there, even a very long one. */
const shown = (key: string) => (key.length > 60 ? `${key.slice(0, 60)}…` : key);

/** What a settings file is told about its fields; `{need}` is a field's {@link Need} in the same language. */
export const CONFIG_MESSAGES = defineMessages({
  notObject: { vi: 'cần một đối tượng JSON ({ … })', en: 'a JSON object ({ … }) is needed' },
  unknownField: { vi: 'trường “{key}” không có trong cấu hình kehoach', en: '“{key}” is not a kehoach setting' },
  badValue: { vi: '“{key}” cần {need}', en: '“{key}” needs {need}' },
  unknownKey: { vi: '“{name}” không có mục “{key}” (cần một trong {keys})', en: '“{name}” has no key “{key}” (one of {keys})' },
  unknownIds: { vi: '“{name}.{key}” có mã mục không biết: {ids} (cần một trong {items})', en: '“{name}.{key}” has unknown section ids: {ids} (one of {items})' },
});

type Say = (id: keyof typeof CONFIG_MESSAGES, data?: MessageData) => string;

/**
 * A copy of a valid value: arrays and maps are copied (maps through Object.fromEntries, which makes
 * `__proto__` an ordinary key, never a prototype), keys and ids outside a closed set named and left out.
 */
function copyOf(name: string, value: unknown, field: Field, problems: string[], say: Say): unknown {
  if (Array.isArray(value)) return [...value];
  if (!isObject(value)) return value;
  const entries: [string, unknown][] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (field.keys && !field.keys.includes(key)) {
      problems.push(say('unknownKey', { name, key: shown(key), keys: field.keys.join(', ') }));
      continue;
    }
    const items = field.items;
    if (items && Array.isArray(inner)) {
      const unknown = inner.filter((id) => !items.includes(id as string));
      if (unknown.length > 0) {
        const ids = unknown.map((id) => `“${shown(String(id))}”`).join(', ');
        problems.push(say('unknownIds', { name, key, ids, items: items.join(', ') }));
      }
      entries.push([key, inner.filter((id) => items.includes(id as string))]);
    } else entries.push([key, Array.isArray(inner) ? [...inner] : inner]);
  }
  return Object.fromEntries(entries);
}

/**
 * Keeps the valid fields and names each invalid or unknown one, so that one typo costs one setting,
 * not the whole file. Nothing in the file is executed: it is data.
 */
export function validateConfig(raw: unknown, locale: Locale = 'vi'): { config: ProjectConfig; problems: string[] } {
  const say: Say = translator(CONFIG_MESSAGES, locale, 'config');
  if (!isObject(raw)) return { config: {}, problems: [say('notObject')] };
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = FIELDS.get(key);
    if (!field) {
      problems.push(say('unknownField', { key: shown(key) }));
      continue;
    }
    const expected = field.check(value);
    if (expected) problems.push(say('badValue', { key, need: textIn(expected, locale) }));
    // Only names of FIELDS reach here, so this assignment never sets a prototype.
    else if (key !== '$schema') config[key] = copyOf(key, value, field, problems, say);
  }
  return { config: config as ProjectConfig, problems };
}

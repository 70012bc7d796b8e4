import type { LintOptions } from './lint';
import type { DetectOptions } from './detect';
import { defineMessages, translator, textIn, type Locale, type MessageData } from './messages';
import { SECTION_KINDS } from './sections';
import { RULES } from './rules/index';
import { nearestName } from './text/nearest';

// In text/nearest.ts, below the rules: a rule (disable-comment-unknown-rule) tells the nearest id too.
export { nearestName } from './text/nearest';

/** Everything `.kehoach.json` may say; schemas/kehoach.schema.json describes the same fields for VS Code. */
export interface ProjectConfig extends LintOptions, DetectOptions {
  readonly catalogs?: readonly string[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const PROFILES = ['auto', 'state', 'party', 'doan', 'mass'];
const SECTION_IDS = SECTION_KINDS.map((k) => k.id);
const RULE_IDS = RULES.map((r) => r.id);

/** What a field needs, said in both languages. */
type Need = { readonly vi: string; readonly en: string };
type Check = (value: unknown) => Need | undefined;

interface Field {
  /** What the value as a whole needs, when it is not that. */
  readonly check: Check;
  /**
   * A map checked entry by entry: one bad entry is named by its key and left out, the others kept.
   * `entry` is what each value needs; `keys`, when given, are the only keys it may have (ids).
   */
  readonly entry?: Check;
  readonly keys?: readonly string[];
  /** The keys are rule ids (an unknown one is told as a rule, not as a key). */
  readonly keysAreRules?: true;
  /** A map of lists of ids: the ids a list may hold. */
  readonly items?: readonly string[];
}

const need = (vi: string, en: string = vi): Need => ({ vi, en });

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const anObject = (what: Need): Check => (v) => (isObject(v) ? undefined : what);
const when = (valid: (x: unknown) => boolean, what: Need): Check => (v) => (valid(v) ? undefined : what);
const STRING_LIST = need('một mảng chuỗi', 'an array of strings');

/**
 * A Map, not an object literal: a key of the file such as `constructor`, `toString` or `__proto__` must
 * find nothing here rather than a function of Object.prototype (which dropped the whole file).
 */
const FIELDS = new Map<string, Field>([
  ['$schema', { check: when((v) => typeof v === 'string', need('một chuỗi', 'a string')) }],
  ['profile', { check: when((v) => PROFILES.includes(v as string), need(`một trong ${PROFILES.join(', ')}`, `one of ${PROFILES.join(', ')}`)) }],
  ['requiredSections', {
    check: anObject(need('{ "state": [mã mục …], "party": [mã mục …] }', '{ "state": [section ids …], "party": [section ids …] }')),
    entry: when(isStringArray, need('một mảng mã mục', 'an array of section ids')),
    keys: PROFILES.slice(1),
    items: SECTION_IDS,
  }],
  ['sectionSynonyms', {
    check: anObject(need('{ "mã mục": ["TÊN KHÁC", …] }', '{ "section id": ["OTHER TITLE", …] }')),
    entry: when(isStringArray, STRING_LIST),
    keys: SECTION_IDS,
  }],
  ['rules', {
    check: anObject(need(`{ "mã quy tắc": ${SEVERITIES.join(' | ')} }`, `{ "rule id": ${SEVERITIES.join(' | ')} }`)),
    entry: when((x) => SEVERITIES.includes(x as string), need(`một trong ${SEVERITIES.join(', ')}`, `one of ${SEVERITIES.join(', ')}`)),
    keys: RULE_IDS,
    keysAreRules: true,
  }],
  ['abbreviations', { check: when(isStringArray, STRING_LIST) }],
  ['abbreviationExpansions', {
    check: anObject(need('{ "VIẾT TẮT": "cụm từ đầy đủ" }', '{ "ABBR": "full phrase" }')),
    entry: when((x) => typeof x === 'string' && x.length > 0, need('một cụm từ đầy đủ (chuỗi)', 'a full phrase (a string)')),
  }],
  ['catalogs', { check: when(isStringArray, need('một mảng đường dẫn', 'an array of paths')) }],
  ['planGlobs', { check: when(isStringArray, need('một mảng mẫu tên tệp', 'an array of globs')) }],
  ['detectByContent', { check: when((v) => typeof v === 'boolean', need('true hoặc false', 'true or false')) }],
]);

/** The names `.kehoach.json` may hold, for telling the nearest one. */
export const CONFIG_FIELDS: readonly string[] = [...FIELDS.keys()];

/** A key as shown in a message: a file may hold any string there, even a very long one. */
const shown = (key: string) => (key.length > 60 ? `${key.slice(0, 60)}…` : key);

/** What a settings file is told about its fields; `{need}` is a field's {@link Need} in the same language. */
export const CONFIG_MESSAGES = defineMessages({
  notObject: { vi: 'cần một đối tượng JSON ({ … })', en: 'a JSON object ({ … }) is needed' },
  unknownField: { vi: 'trường “{key}” không có trong cấu hình kehoach', en: '“{key}” is not a kehoach setting' },
  unknownFieldNear: {
    vi: 'trường “{key}” không có trong cấu hình kehoach; có phải ý bạn là “{near}”?',
    en: '“{key}” is not a kehoach setting; did you mean “{near}”?',
  },
  badValue: { vi: '“{key}” cần {need}', en: '“{key}” needs {need}' },
  unknownKey: { vi: '“{name}” không có mục “{key}” (cần một trong {keys})', en: '“{name}” has no key “{key}” (one of {keys})' },
  unknownKeyNear: { vi: '“{name}” không có mục “{key}”; có phải ý bạn là “{near}”?', en: '“{name}” has no key “{key}”; did you mean “{near}”?' },
  unknownRule: { vi: '“{name}”: không có quy tắc nào mã “{key}”', en: '“{name}”: there is no rule “{key}”' },
  unknownRuleNear: { vi: '“{name}”: không có quy tắc nào mã “{key}”; có phải ý bạn là “{near}”?', en: '“{name}”: there is no rule “{key}”; did you mean “{near}”?' },
  unknownIds: { vi: '“{name}.{key}” có mã mục không biết: {ids} (cần một trong {items})', en: '“{name}.{key}” has unknown section ids: {ids} (one of {items})' },
  idNear: { vi: '“{id}” (có phải ý bạn là “{near}”?)', en: '“{id}” (did you mean “{near}”?)' },
  editorSettings: {
    vi: 'Cài đặt kehoach.* của trình soạn thảo: {problems}; các giá trị này dùng mặc định.',
    en: 'The editor’s kehoach.* settings: {problems}; those values take their defaults.',
  },
});

type Say = (id: keyof typeof CONFIG_MESSAGES, data?: MessageData) => string;

/** An id outside a closed set, told with the nearest right one when there is one. */
function unknownEntry(name: string, key: string, field: Field & { keys: readonly string[] }, say: Say): string {
  const { keys } = field;
  const near = nearestName(key, keys);
  if (field.keysAreRules) return near ? say('unknownRuleNear', { name, key: shown(key), near }) : say('unknownRule', { name, key: shown(key) });
  return near ? say('unknownKeyNear', { name, key: shown(key), near }) : say('unknownKey', { name, key: shown(key), keys: keys.join(', ') });
}

/** A list's ids outside `items` named (each with its nearest right id), and the list without them. */
function knownIds(name: string, key: string, list: readonly unknown[], items: readonly string[], problems: string[], say: Say): unknown[] {
  const unknown = list.filter((id) => !items.includes(id as string)).map((id) => shown(String(id)));
  if (unknown.length > 0) {
    const ids = unknown.map((id) => {
      const near = nearestName(id, items);
      return near ? say('idNear', { id, near }) : `“${id}”`;
    }).join(', ');
    problems.push(say('unknownIds', { name, key, ids, items: items.join(', ') }));
  }
  return list.filter((id) => items.includes(id as string));
}

/**
 * A copy of a valid value: arrays and maps are copied (maps through Object.fromEntries, which makes
 * `__proto__` an ordinary key, never a prototype). A map's entries are checked one by one: an unknown
 * key or a bad value is named and left out, and every other entry keeps its setting.
 */
function copyOf(name: string, value: unknown, field: Field, problems: string[], say: Say, locale: Locale): unknown {
  if (Array.isArray(value)) return [...value];
  if (!isObject(value)) return value;
  const entries: [string, unknown][] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (field.keys && !field.keys.includes(key)) {
      problems.push(unknownEntry(name, key, { ...field, keys: field.keys }, say));
      continue;
    }
    const expected = field.entry?.(inner);
    if (expected) {
      problems.push(say('badValue', { key: `${name}.${shown(key)}`, need: textIn(expected, locale) }));
      continue;
    }
    const items = field.items;
    if (items && Array.isArray(inner)) entries.push([key, knownIds(name, key, inner, items, problems, say)]);
    else entries.push([key, Array.isArray(inner) ? [...inner] : inner]);
  }
  return Object.fromEntries(entries);
}

/**
 * Keeps the valid fields and names each invalid or unknown one, so that one typo costs one setting,
 * not the whole file. Nothing in the file is executed: it is data. The one check of `.kehoach.json`
 * (CLI and server) and of the editor's `kehoach.*` settings; `prefix` is how a message names a field
 * (`kehoach.` for the editor's settings).
 */
export function validateConfig(raw: unknown, locale: Locale = 'vi', prefix = ''): { config: ProjectConfig; problems: string[] } {
  const say: Say = translator(CONFIG_MESSAGES, locale, 'config');
  if (!isObject(raw)) return { config: {}, problems: [say('notObject')] };
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = FIELDS.get(key);
    if (!field) {
      const near = nearestName(key, CONFIG_FIELDS);
      problems.push(near ? say('unknownFieldNear', { key: shown(prefix + key), near: prefix + near }) : say('unknownField', { key: shown(prefix + key) }));
      continue;
    }
    const expected = field.check(value);
    if (expected) problems.push(say('badValue', { key: prefix + key, need: textIn(expected, locale) }));
    // Only names of FIELDS reach here, so this assignment never sets a prototype.
    else if (key !== '$schema') config[key] = copyOf(prefix + key, value, field, problems, say, locale);
  }
  return { config: config as ProjectConfig, problems };
}

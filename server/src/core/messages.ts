/**
 * The one message mechanism: every text a user reads (rule findings, CLI, server, export, catalog,
 * settings) lives in a table of ids, each `{ vi, en }` with the same `{name}` placeholders, Vietnamese
 * first. Tables are made with {@link defineMessages}, so that an id not in the table fails to compile;
 * test/core/messages.test.ts checks every table for parity.
 */

export type Locale = 'vi' | 'en';

/** One message in both languages; `{name}` placeholders are filled from {@link MessageData}. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** Messages by id: the one place their wording lives, in both languages. */
export type MessageTable = Readonly<Record<string, Text>>;

export type MessageData = Readonly<Record<string, string | number>>;

/** A message as shown: which one, what filled it, and its text in one locale. */
export interface Message<Id extends string = string> {
  readonly id: Id;
  readonly data: MessageData;
  readonly text: string;
}

/** The ids of a table, as a union of literal types. */
export type MessageId<T extends MessageTable> = keyof T & string;

/** The `{name}` placeholders of a template literal type (a brace pair holding a space is no placeholder). */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${string} ${string}` | '' ? never : Name) | Placeholders<Rest>
  : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A table whose two languages name the same placeholders; else the message is told where they differ. */
export type WithParity<T extends Record<string, Text>> = {
  [K in keyof T]: Same<Placeholders<T[K]['vi']>, Placeholders<T[K]['en']>> extends true
    ? T[K]
    : { readonly vi: string; readonly en: string; readonly placeholdersDiffer: [Placeholders<T[K]['vi']>, Placeholders<T[K]['en']>] };
};

/**
 * Keeps the table's ids as literal types, and fails to compile when a message's Vietnamese and English
 * name different placeholders; the table itself is returned unchanged.
 */
export function defineMessages<const T extends Record<string, Text>>(table: T & WithParity<T>): T {
  return table;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** The placeholder names of a template, sorted (each once): what the parity test compares. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

export function textIn(text: Text, locale: Locale): string {
  return text[locale] || text.vi;
}

/** Message `id` of `table` in `locale`, filled; `owner` names the table in the error for a missing id. */
export function messageOf<T extends MessageTable>(table: T, id: MessageId<T>, locale: Locale, data: MessageData = {}, owner = 'messages'): Message<MessageId<T>> {
  // Own properties only: an id such as `constructor` must not find a function of Object.prototype.
  const text = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!text) throw new Error(`${owner}: no message '${id}'`);
  return { id, data, text: fillTemplate(textIn(text, locale), data) };
}

/** The text of one message of `table`, as a function of its id and data. */
export function translator<T extends MessageTable>(table: T, locale: Locale, owner: string): (id: MessageId<T>, data?: MessageData) => string {
  return (id, data) => messageOf(table, id, locale, data, owner).text;
}

/**
 * Vietnamese for a `vi` tag (VS Code's `vi`, `LANG=vi_VN.UTF-8`), English for any other language;
 * `fallback` when the tag names none (unset, `C`, `POSIX`).
 */
export function localeFrom(tag: string | undefined, fallback: Locale = 'vi'): Locale {
  const lang = (tag ?? '').trim().toLowerCase();
  if (lang === '' || lang === 'c' || lang.startsWith('c.') || lang === 'posix') return fallback;
  return lang.startsWith('vi') ? 'vi' : 'en';
}

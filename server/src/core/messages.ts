import type { Locale, MessageData, MessageTable, Text } from './rules/types';

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function textIn(text: Text, locale: Locale): string {
  return text[locale] || text.vi;
}

export function translator(table: MessageTable, locale: Locale, owner: string): (id: string, data?: MessageData) => string {
  return (id, data) => {
    const text = table[id];
    if (!text) throw new Error(`${owner}: no message '${id}'`);
    return fillTemplate(textIn(text, locale), data);
  };
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

import { foldKey, isUpperCaseText } from './text/fold';
import { cleanSlice } from './text/clean';
import { splitLines } from './text/lines';
import { isPlanNumberText, isTitleKey } from './header/index';
import { readNumberText } from './header/number';
import { DOCUMENT_TYPES } from './citations/tables';
import { compileGlob } from './text/glob';
import { defineMessages, translator, type Locale } from './messages';

export { compileGlob, matchGlob, type GlobMatcher } from './text/glob';

export const DEFAULT_PLAN_GLOBS = ['**/*.kh.md', '**/*.kehoach.md'];
const MARKER_LINES = 40;

export interface DetectOptions {
  /** Globs (on `/`-separated paths) of files that are always plans. */
  readonly planGlobs?: readonly string[];
  /** Whether a file is a plan when its first 40 lines show a `KẾ HOẠCH` title or a KH number. */
  readonly detectByContent?: boolean;
}

/** The globs to use: settings reach here unchecked from the editor, so anything but strings is ignored. */
function planGlobsOf(options: DetectOptions): readonly string[] {
  const globs: unknown = options.planGlobs;
  if (!Array.isArray(globs)) return DEFAULT_PLAN_GLOBS;
  return globs.filter((g): g is string => typeof g === 'string' && g !== '');
}

/** The cells of the first 40 lines, without Markdown decoration, in NFC: where plan markers are looked for. */
function markerCells(text: string): string[] {
  const lines = splitLines(text.slice(0, 20000)).slice(0, MARKER_LINES);
  return lines.flatMap((line) => line.text.split('|').map((cell) => cleanSlice(cell, 0).text.normalize('NFC')));
}

/** Which files get diagnostics: plans by name, or by the markers of their first lines. */
export function isPlan(path: string, text: string, options: DetectOptions = {}): boolean {
  const normalizedPath = path.replace(/\\/g, '/');
  if (planGlobsOf(options).some((g) => compileGlob(g).test(normalizedPath))) return true;
  if (options.detectByContent === false) return false;
  return markerCells(text).some((clean) => isTitleKey(foldKey(clean)) || isPlanNumberText(clean));
}

/** Why a file is not a plan, as a records officer would check it: its title, its number, or nothing that says. */
export type NotPlanReason =
  /** A title of another type of document stands in the first lines: `QUYẾT ĐỊNH`, `BÁO CÁO`. */
  | { readonly kind: 'title'; readonly title: string }
  /** A `Số` line with another document's number: `Số: 1858/QĐ-TTg`. */
  | { readonly kind: 'number'; readonly number: string }
  /** Neither a `KẾ HOẠCH` title nor a `Số …/KH-…` line in the first 40 lines (a news page, a README). */
  | { readonly kind: 'noMarker' }
  /** Detection by content is off (`detectByContent: false`) and no plan glob names the file. */
  | { readonly kind: 'notNamed' };

/** Folded type names a title may be (`quyet dinh`, `bao cao` …), `Kế hoạch` and the generic `Văn bản` aside. */
const OTHER_TITLES = new Set(DOCUMENT_TYPES.filter((t) => !t.generic && t.name !== 'Kế hoạch').map((t) => foldKey(t.name)));
/** A number's value as told: one line, at most this long (a pasted line may run on). */
const NUMBER_SHOWN = 40;

/**
 * Why `isPlan` said no to this file (call it only then): the first title of another type of document
 * in upper case, else the first `Số` line with a number, else that nothing marks it.
 */
export function notPlanReason(text: string, options: DetectOptions = {}): NotPlanReason {
  if (options.detectByContent === false) return { kind: 'notNamed' };
  const cells = markerCells(text);
  const title = cells.find((c) => isUpperCaseText(c) && OTHER_TITLES.has(foldKey(c)));
  // The operative `QUYẾT ĐỊNH:` may stand first when the title was lost: told without its colon.
  if (title !== undefined) return { kind: 'title', title: title.replace(/[\s:：]+$/u, '') };
  for (const cell of cells) {
    const number = readNumberText(cell);
    if (number && number.label === 'Số' && number.digits && /[/-]/.test(number.parts[0]?.sep ?? '')) {
      return { kind: 'number', number: cell.replace(/\s+/g, ' ').slice(0, NUMBER_SHOWN) };
    }
  }
  return { kind: 'noMarker' };
}

export const NOT_PLAN_MESSAGES = defineMessages({
  notPlan: { vi: 'không phải Kế hoạch ({reason})', en: 'not a plan ({reason})' },
  title: { vi: 'tiêu đề là {title}', en: 'its title is {title}' },
  number: { vi: 'số hiệu “{number}” không phải số của Kế hoạch (…/KH-…)', en: 'its number “{number}” is not a plan’s (…/KH-…)' },
  noMarker: {
    vi: 'không có tiêu đề “KẾ HOẠCH” hay dòng “Số …/KH-…” trong 40 dòng đầu',
    en: 'no “KẾ HOẠCH” title and no “Số …/KH-…” line in the first 40 lines',
  },
  notNamed: {
    vi: 'không mẫu nào của planGlobs khớp tên tệp, và nhận diện theo nội dung đang tắt (detectByContent)',
    en: 'no planGlobs pattern matches its name, and detection by content is off (detectByContent)',
  },
  anyTextRules: {
    vi: 'chỉ áp dụng các quy tắc chung cho mọi văn bản (trích dẫn, ngày tháng, chữ viết tắt), không áp dụng các quy tắc của Kế hoạch',
    en: 'only the rules for any administrative text were applied (citations, dates, abbreviations), not the plan rules',
  },
});

/** The reason in words: `không phải Kế hoạch (tiêu đề là QUYẾT ĐỊNH)`. */
export function describeNotPlan(reason: NotPlanReason, locale: Locale): string {
  const t = translator(NOT_PLAN_MESSAGES, locale, 'detect');
  const { kind, ...data } = reason;
  return t('notPlan', { reason: t(kind, data) });
}

/** What a check of a text that is not a plan says once: `không phải Kế hoạch (…): chỉ áp dụng …`. */
export function describeAnyTextCheck(reason: NotPlanReason, locale: Locale): string {
  return `${describeNotPlan(reason, locale)}: ${translator(NOT_PLAN_MESSAGES, locale, 'detect')('anyTextRules')}`;
}

/**
 * @deprecated The name is historical: the matcher is no RegExp (a backtracking one took exponential time
 * on globs such as `**\/**\/…`); use {@link compileGlob}. Kept because callers only call `.test(path)`.
 */
export const globToRegExp = compileGlob;

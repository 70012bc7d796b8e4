/**
 * The official names of the Government's ministries and ministry-level bodies, from
 * data/official-names.json: which body an issuer's words name, whether they spell its name right, and
 * the names that ended when bodies merged on 01/3/2025. Only rows the data marks confirmed are read.
 */
import { foldLetters, stripTones, toneMarksOf } from '../text/fold';
import { isoDay } from './plan-when';

interface BodyRow {
  readonly name: string;
  readonly status: string;
  /** The last day the name was in force (`2025-02-28`). */
  readonly until?: string;
  readonly successor?: string;
}

export interface OfficialNameData {
  readonly bodies: readonly BodyRow[];
}

// Loaded with require so that the bundler inlines it (see catalog/builtin.ts).
const data = require('../data/official-names.json') as OfficialNameData;

/** A word as written and folded: `Đào` → `dao`. */
interface Word {
  readonly text: string;
  readonly folded: string;
}

export interface OfficialBody {
  readonly name: string;
  readonly words: readonly Word[];
  /** The first day on which the name names no body any more; absent while it is in force. */
  readonly endedFrom?: number;
  readonly successor?: string;
}

/**
 * The words of a name, or undefined when one of them folds to something other than a-z and 0-9 (a
 * script the table never holds): such an issuer is no official name misspelt.
 */
function wordsOf(text: string): Word[] | undefined {
  const words: Word[] = [];
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const folded = foldLetters(m[0]);
    if (!/^[a-z0-9]+$/.test(folded)) return undefined;
    words.push({ text: m[0], folded });
  }
  return words;
}

const isConfirmed = (status: string) => /^confirmed\b/.test(status);

export function officialBodies(table: OfficialNameData): OfficialBody[] {
  return table.bodies.filter((b) => isConfirmed(b.status)).flatMap((b) => {
    const words = wordsOf(b.name);
    if (!words) return [];
    const endedFrom = b.until ? isoDay(b.until) + 1 : undefined;
    return [{ name: b.name, words, ...(endedFrom !== undefined && b.successor ? { endedFrom, successor: b.successor } : {}) }];
  });
}

const BODIES = officialBodies(data);

/** Titles written before a body's name when a document is its head's: `Bộ trưởng Bộ Tài chính`. */
const TITLES: readonly (readonly string[])[] = [
  ['bo', 'truong', 'chu', 'nhiem'], ['bo', 'truong'], ['chu', 'nhiem'], ['thong', 'doc'], ['tong', 'thanh', 'tra'], [],
];

/** A word compared as a reader does: case and tone placement (`hoá`/`hóa`) aside, every mark counts. */
const spelling = (w: string) => {
  const lower = w.normalize('NFC').toLowerCase();
  return `${stripTones(lower)}|${toneMarksOf(lower)}`;
};

const sameFolded = (a: readonly Word[], b: readonly Word[]) => a.length === b.length && a.every((w, i) => w.folded === b[i].folded);

/** `exact`: the name (case, punctuation and tone placement aside); `misspelled`: a word's marks differ; `missingWord`: one word left out. */
export type NameMatch = { readonly body: OfficialBody; readonly kind: 'exact' | 'misspelled' | 'missingWord'; readonly titleWords: number };

/**
 * Marks that differ in at most two words of a text that has marks at all; a text typed without any
 * (`Bo Tai chinh`) is unaccented throughout, not misspelt here.
 */
function spellingMatch(words: readonly Word[], body: OfficialBody): 'exact' | 'misspelled' {
  const differing = words.filter((w, i) => spelling(w.text) !== spelling(body.words[i].text)).length;
  const accented = words.some((w) => w.text.normalize('NFD') !== w.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || /[đĐ]/.test(w.text));
  return differing === 0 || !accented || differing > 2 ? 'exact' : 'misspelled';
}

/**
 * The name with one inner word left out: `và` (`Bộ Lao động Thương binh Xã hội`), or any inner word of a
 * long name. Never its first or last word: an issuer cut short by the reader is not a misspelling.
 */
function lacksOneWord(words: readonly Word[], body: OfficialBody): boolean {
  const name = body.words;
  if (words.length !== name.length - 1) return false;
  for (let skip = 1; skip < name.length - 1; skip++) {
    if (name[skip].folded !== 'va' && name.length < 6) continue;
    if (sameFolded(words, [...name.slice(0, skip), ...name.slice(skip + 1)])) return true;
  }
  return false;
}

/** The official body an issuer names, with or without its head's title, and how it is written. */
export function matchOfficialName(issuer: string, bodies: readonly OfficialBody[] = BODIES): NameMatch | undefined {
  const all = wordsOf(issuer);
  if (!all || all.length === 0) return undefined;
  const rests = TITLES.filter((t) => t.length < all.length && t.every((w, i) => all[i].folded === w))
    .map((t) => ({ titleWords: t.length, words: all.slice(t.length) }));
  for (const { titleWords, words } of rests) {
    const body = bodies.find((b) => sameFolded(words, b.words));
    if (body) return { body, kind: spellingMatch(words, body), titleWords };
  }
  for (const { titleWords, words } of rests) {
    const body = bodies.find((b) => lacksOneWord(words, b));
    if (body) return { body, kind: 'missingWord', titleWords };
  }
  return undefined;
}

/** The issuer's title as written (`Bộ trưởng`, `Bộ trưởng, Chủ nhiệm`): its first `count` words and what is between them. */
export function titleText(issuer: string, count: number): string {
  if (count === 0) return '';
  const text = issuer.normalize('NFC');
  const words = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  const last = words[count - 1];
  return last && last.index !== undefined ? text.slice(0, last.index + last[0].length) : '';
}

/**
 * TCVN3 (ABC) has no capital letters with a tone mark: `KẾ HOẠCH` is typed as the bytes of `kế hoạch`'s
 * toned letters in a capitals font (.VnTimeH), so a decoded file reads `Kế HOạCH`. This puts those
 * letters back in capitals where the spelling shows the word was written in capitals, and leaves them
 * alone where it may be a capitalised word (`Số`, `Kế`). Pure and linear; the rules, in order:
 * - a word with a lowercase letter that is not a toned one (`hoạch`, `Sơn`) keeps its case;
 * - a word with a capital after its first letter (`HOạCH`, `ủY`) is in capitals;
 * - a word whose only capital is its first letter (`Kế`, `Uỷ`) is in capitals when the line has no
 *   lowercase letter of its own and another word on it is in capitals: by the rule above, or two
 *   words of Vietnamese spelled in capitals (`UỶ BAN NHÂN`, but not `Số: …/KH-UBND`);
 * - a word that starts a sentence (`Ủy ban …` at the start of a paragraph, after `.`, `!`, `?` or a
 *   table's `|`) takes a capital first letter. A capital in the middle of a sentence (`của Ủy ban`)
 *   cannot be told from the bytes and stays lowercase.
 */
import { TCVN3_LETTERS } from './legacy-encodings';
import { isVietnameseSyllable } from './vietnamese-syllable';

/** The lowercase toned letters: the ones whose case the bytes do not record. */
const CASELESS = new Set([...TCVN3_LETTERS].filter(([byte]) => byte >= 0xb5).map(([, ch]) => ch));

const isCaseless = (ch: string) => CASELESS.has(ch);
const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLower = (ch: string) => ch !== ch.toUpperCase() && !CASELESS.has(ch);

interface Word { readonly start: number; readonly end: number }

/** Runs of letters in a line. */
function wordsOf(line: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const letter = i < line.length && (isUpper(line[i]) || line[i] !== line[i].toUpperCase());
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    }
  }
  return words;
}

type Verdict = 'caps' | 'maybe' | 'keep';

function verdictOf(word: string): Verdict {
  if (![...word].some(isCaseless) || [...word].some(isLower)) return 'keep';
  if ([...word].slice(1).some(isUpper)) return 'caps';
  return isUpper(word[0]) ? 'maybe' : 'keep';
}

/** Whether the line is written in capitals: a word in capitals, or two capitalised Vietnamese words. */
function inCaps(line: string, words: readonly Word[], verdicts: readonly Verdict[]): boolean {
  if ([...line].some(isLower)) return false;
  if (verdicts.includes('caps')) return true;
  const capitalWords = words.filter((w, i) => {
    const word = line.slice(w.start, w.end);
    return verdicts[i] === 'keep' && word.length >= 2 && isVietnameseSyllable(word);
  });
  return capitalWords.length >= 2;
}

const SENTENCE_END = new Set(['.', '!', '?', '|']);

/** Whether the text before `at` ends a sentence: nothing, a blank line, or `.`, `!`, `?`, `|` and spaces. */
function startsSentence(before: string): boolean {
  let i = before.length - 1;
  let breaks = 0;
  for (; i >= 0; i--) {
    const c = before[i];
    if (c === '\n') breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '#' && c !== '*' && c !== '>' && c !== '-') break;
  }
  return i < 0 || breaks >= 2 || SENTENCE_END.has(before[i]);
}

function restoreLine(text: string, start: number, end: number): { line: string; restored: number } {
  const line = text.slice(start, end);
  const words = wordsOf(line);
  const verdicts = words.map((w) => verdictOf(line.slice(w.start, w.end)));
  const lineInCaps = inCaps(line, words, verdicts);
  let restored = 0;
  const parts: string[] = [];
  let at = 0;
  words.forEach((w, i) => {
    const word = line.slice(w.start, w.end);
    let fixed = word;
    if (verdicts[i] === 'caps' || (verdicts[i] === 'maybe' && lineInCaps)) fixed = word.toUpperCase();
    else if (isCaseless(word[0]) && startsSentence(text.slice(Math.max(0, start + w.start - 200), start + w.start))) fixed = word[0].toUpperCase() + word.slice(1);
    if (fixed === word) return;
    for (let k = 0; k < word.length; k++) if (word[k] !== fixed[k]) restored++;
    parts.push(line.slice(at, w.start), fixed);
    at = w.end;
  });
  parts.push(line.slice(at));
  return { line: parts.join(''), restored };
}

/** The text with its capitals restored, line breaks untouched, and how many letters changed. */
export function restoreTcvn3Capitals(text: string): { text: string; restored: number } {
  const out: string[] = [];
  let restored = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') continue;
    const line = restoreLine(text, start, i);
    out.push(line.line, text.slice(i, i + 1));
    restored += line.restored;
    start = i + 1;
  }
  return { text: out.join(''), restored };
}

/**
 * The one fold of Vietnamese text, for comparing it the way a reader does: case, NFC/NFD, tone
 * placement (`Uỷ`/`Ủy`) and all diacritics are ignored, `đ` reads as `d`. Whole-text keys
 * (foldKey, foldLoose, foldWords) and the per-character fold of the scanners (foldChar,
 * foldSameLength) give the same letters. Keys are for matching only; ranges always come from the
 * original text.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** The five Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng); the other marks make letters (ă, â, ơ). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Lower case without diacritics, `đ` → `d`; punctuation and spaces stay as written. The base of every key. */
export function foldLetters(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The folded letters and digits, every run of anything else one space: `MỤC ĐÍCH, YÊU CẦU` → `muc dich yeu cau`. */
export function foldKey(text: string): string {
  return foldLetters(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * foldKey of the text's beginning, cut at the first white space `atLeast` characters in (or the whole
 * text): for a test of how a line starts, which must not fold a line of 28 KB whole.
 */
export function foldKeyPrefix(text: string, atLeast = 64): string {
  if (text.length <= atLeast) return foldKey(text);
  const cut = text.slice(atLeast).search(/\s/);
  return foldKey(cut < 0 ? text : text.slice(0, atLeast + cut));
}

/** Like foldKey but keeps punctuation, so "MỤC ĐÍCH, YÊU CẦU" can be split at its comma. */
export function foldLoose(text: string): string {
  return foldLetters(text).replace(/\s+/g, ' ').trim();
}

/** The folded words of a-z and 0-9, anything else separating them: `Bộ Lao động - Thương binh` → `bo lao dong thuong binh`. */
export function foldWords(text: string): string[] {
  return foldLetters(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/** A word without its tone marks, the letters' own marks kept, in NFC: `Việt` → `Viêt`. */
export function stripTones(word: string): string {
  return word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/** The tone marks of a word, in the order written (NFD): `Việt` → `\u0323`; two in a misspelt `aứ̀`. */
export function toneMarksOf(word: string): string {
  return (word.normalize('NFD').match(TONE_MARKS) ?? []).join('');
}

/**
 * The base letter a word opens with, lower-cased, `đ` kept (`Đào` → `đ`, `Ấp` → `a`); undefined when
 * it opens with no letter, such as a combining mark left after a space (`Nội dung ́`).
 */
export function initialLetter(word: string): string | undefined {
  const first = word.normalize('NFD')[0];
  return first !== undefined && /\p{L}/u.test(first) ? first.toLowerCase() : undefined;
}

const charFolds = new Map<string, string>();

/**
 * The fold of one UTF-16 unit, always one unit long so that indexes stay those of the text: `Ố` → `o`,
 * `đ` → `d`. A unit whose fold would not be one unit stays as it is.
 */
export function foldChar(ch: string): string {
  let f = charFolds.get(ch);
  if (f === undefined) {
    const base = ch.normalize('NFD')[0].toLowerCase();
    f = base === 'đ' ? 'd' : base.length === 1 ? base : ch;
    charFolds.set(ch, f);
  }
  return f;
}

/** foldChar of every unit below U+2000 (Latin, its extensions, the Vietnamese letters), ASCII kept as it is. */
let foldTable: Uint16Array | undefined;

function foldTableOf(): Uint16Array {
  if (!foldTable) {
    foldTable = new Uint16Array(0x2000);
    for (let c = 0; c < 0x2000; c++) foldTable[c] = c < 128 ? c : foldChar(String.fromCharCode(c)).charCodeAt(0);
  }
  return foldTable;
}

const utf16 = new TextDecoder('utf-16le');

/** Units per String.fromCharCode call: well under the engine's limit on arguments. */
const CHUNK = 8192;

/**
 * The text folded character by character, the same length as it: index i of the result is the fold of
 * character i. For text already lower-cased (ASCII is copied as it is); scanners read words here and
 * slice the original at the same indexes. Built from a table of codes rather than a string per letter:
 * a 1 MB plan has some 300,000 letters outside ASCII.
 */
export function foldSameLength(text: string): string {
  const table = foldTableOf();
  const codes = new Uint16Array(text.length);
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A few CJK compatibility letters fold to half of a pair (U+FA6C → U+242EE's high surrogate).
    const f = c < 0x2000 ? table[c] : c < 0xd800 || c > 0xdfff ? foldChar(text[i]).charCodeAt(0) : c;
    codes[i] = f;
    if (f >= 0xd800 && f <= 0xdfff) surrogates = true;
  }
  // The decoder is the fast way back to a string, but it would turn a lone surrogate into U+FFFD.
  if (!surrogates) return utf16.decode(codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) parts.push(String.fromCharCode(...codes.subarray(i, i + CHUNK)));
  return parts.join('');
}

/** True when the letters of `text` are all upper case (digits and punctuation ignored). */
export function isUpperCaseText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return letters > 0;
}

/** Word-boundary prefix test on folded keys: "nhiem vu giai phap" starts with "nhiem vu". */
export function keyStartsWith(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix + ' ');
}

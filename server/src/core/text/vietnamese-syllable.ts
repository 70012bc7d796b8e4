/**
 * Whether a word has the shape of a Vietnamese syllable: an initial consonant, a vowel group that
 * Vietnamese spelling allows, a final consonant that group may take, and at most one tone mark. It
 * knows shapes, not a dictionary: `céng` passes, `hßa`, `aứ` and `caùc` do not. Used to tell which
 * legacy encoding a file was written in (the right one turns nearly every word into such a shape).
 */

import { stripTones, toneMarksOf } from './fold';

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Vowel groups that end the syllable (their last vowel is a glide, or they end open). */
const OPEN_ONLY = new Set(['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui',
  'ưa', 'ưi', 'ưu', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'uơ']);

/** Vowel groups that need a final consonant (`ăn`, `tiên`, `muốn`, `người`…). */
const CLOSED_ONLY = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oă', 'uâ']);

/** Vowel groups that may end open or take a final consonant. */
const EITHER = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'oo', 'uê', 'uy']);

const VOWELS = new Set([...'aăâeêioôơuưy']);

function isRhyme(rhyme: string): boolean {
  let end = 0;
  while (end < rhyme.length && VOWELS.has(rhyme[end])) end++;
  const nucleus = rhyme.slice(0, end);
  const coda = rhyme.slice(end);
  if (!nucleus || !CODAS.has(coda)) return false;
  if (coda === '') return OPEN_ONLY.has(nucleus) || EITHER.has(nucleus);
  return CLOSED_ONLY.has(nucleus) || EITHER.has(nucleus);
}

/** The word without its tone mark, letters recomposed (`ấ` → `â`), or null when it has two tone marks. */
function toneless(word: string): string | null {
  const lower = word.toLowerCase();
  return toneMarksOf(lower).length > 1 ? null : stripTones(lower);
}

export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const base = toneless(word);
  if (base === null) return false;
  for (const onset of ONSETS) {
    if (base.startsWith(onset) && isRhyme(base.slice(onset.length))) return true;
  }
  // `gi` before a consonant is `g` + `i` (`gìn`), already tried above through the onset `g`.
  return false;
}

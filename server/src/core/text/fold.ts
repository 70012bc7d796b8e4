/**
 * Keys for comparing Vietnamese text the way a reader does: case, NFC/NFD, tone placement
 * (`Uỷ`/`Ủy`) and all diacritics are ignored, punctuation collapses to single spaces.
 * Keys are for matching only; ranges always come from the original text.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Like foldKey but keeps punctuation, so "MỤC ĐÍCH, YÊU CẦU" can be split at its comma. */
export function foldLoose(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
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

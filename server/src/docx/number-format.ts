/**
 * A list counter as Word draws it in each `w:numFmt`. Pure; every loop bounded by the value's digits.
 */

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  let out = '';
  let rest = value;
  for (const [v, s] of ROMAN) while (rest >= v) { out += s; rest -= v; }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa …: the letter repeated, not a base-26 number. Word has no đ. */
function letters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.min(Math.floor((value - 1) / 26) + 1, 50));
}

/** `custom` formats (`001, 002, 003, ...`): zero-padded decimals to the width of the first example. */
function custom(value: number, pattern: string | undefined): string {
  const width = /^0*1(?=\D|$)/.exec(pattern ?? '')?.[0].length ?? 1;
  return String(value).padStart(width, '0');
}

/**
 * The counter in a format. Formats of other scripts (Chinese, Hebrew …) and spelled-out numbers are
 * drawn as decimals: a Vietnamese plan does not use them, and the digits keep the sequence checkable.
 */
export function formatCounter(value: number, format: string, customPattern?: string): string {
  switch (format) {
    case 'upperRoman': return roman(value);
    case 'lowerRoman': return roman(value).toLowerCase();
    case 'upperLetter': return letters(value).toUpperCase();
    case 'lowerLetter': return letters(value);
    case 'decimalZero': return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'none': return '';
    case 'custom': return custom(value, customPattern);
    default: return String(value);
  }
}

/** Bullet characters of the Symbol and Wingdings fonts (private-use code points) as the text shows them. */
const SYMBOL_BULLETS: ReadonlyMap<string, string> = new Map([
  ['\uF0B7', '•'], ['\uF0A7', '▪'], ['\uF0D8', '➢'], ['\uF076', '❖'], ['\uF0FC', '✓'], ['\uF0A8', '□'], ['\uF02D', '-'],
]);

/**
 * A bullet level's text. A bullet drawn from a symbol font's private-use character reads as `•`,
 * so that the line still reads as a list item.
 */
export function bulletText(lvlText: string): string {
  let out = '';
  for (const ch of lvlText) {
    const code = ch.codePointAt(0)!;
    out += SYMBOL_BULLETS.get(ch) ?? (code >= 0xe000 && code <= 0xf8ff ? '•' : ch);
  }
  return out;
}

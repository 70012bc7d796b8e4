/**
 * Section numbering tokens: `I.` `II-` (Roman, Phần/mục), `1.` `1-` `1.2.` (Arabic, khoản),
 * `a)` `đ)` (Vietnamese letters, điểm), as Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.đ
 * lays them out; Party texts also write `I-`, `1-`.
 */
export type NumberingStyle = 'roman' | 'arabic' | 'letter';

export interface Numbering {
  readonly style: NumberingStyle;
  /** The token as written, without its separator: `IV`, `2`, `1.2`, `b`. */
  readonly label: string;
  /** The separator as written: `.`, `-`, `)`, `–`, or '' for `1.2 Title`. */
  readonly separator: string;
  /** Ordinal within its run: I = 1, b = 2, 1.2 = 2. */
  readonly value: number;
  /** Number of dotted parts for Arabic (`1.2` has 2); 1 otherwise. */
  readonly depth: number;
  /** Length of the token and separator and following spaces in the line. */
  readonly length: number;
}

/** Vietnamese alphabetical order of điểm letters (no f, j, w, z). */
export const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

// Up to LXXXIX: a long plan may have forty sections or more (one per year or per programme).
const ROMAN = /^((?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))[ \t\u00a0]*([.\-–)])[ \t\u00a0]*/;
// A separator followed by a digit is a number (`2.000 hộ`), not a token.
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:([.\-–)])(?!\d)[ \t\u00a0]*|[ \t\u00a0]+)/;
const LETTER = /^([a-zđ])([).])[ \t\u00a0]+/;

export function romanValue(label: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = values[label[i]];
    const next = values[label[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** The numeral for `value`; past MMMCMXCIX, digits (a label stays short however long the run it renumbers). */
export function toRoman(value: number): string {
  if (value >= 4000) return String(value);
  let out = '';
  for (const [v, s] of ROMAN_DIGITS) while (value >= v) { out += s; value -= v; }
  return out;
}

export function parseNumbering(text: string): Numbering | undefined {
  let m = ROMAN.exec(text);
  if (m && m[1]) {
    return { style: 'roman', label: m[1], separator: m[2], value: romanValue(m[1]), depth: 1, length: m[0].length };
  }
  m = ARABIC.exec(text);
  if (m) {
    const parts = m[1].split('.');
    // `2021 - 2025` or `15 tháng` would need 3+ digits or no separator; a bare `1 ` needs a dotted label.
    if (!m[2] && parts.length === 1) return undefined;
    return {
      style: 'arabic', label: m[1], separator: m[2] ?? '', value: Number(parts[parts.length - 1]),
      depth: parts.length, length: m[0].length,
    };
  }
  m = LETTER.exec(text);
  if (m) {
    const value = LETTERS.indexOf(m[1]) + 1;
    if (value > 0) return { style: 'letter', label: m[1], separator: m[2], value, depth: 1, length: m[0].length };
  }
  return undefined;
}

/** The label that should stand at `value` in a run of the given style, keeping the Arabic prefix. */
export function labelFor(style: NumberingStyle, value: number, like: string): string {
  if (style === 'roman') return toRoman(value);
  if (style === 'letter') return LETTERS[value - 1] ?? String(value);
  const parts = like.split('.');
  parts[parts.length - 1] = String(value);
  return parts.join('.');
}

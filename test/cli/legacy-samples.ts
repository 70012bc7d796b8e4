/**
 * Vietnamese text in the three legacy encodings, made for the tests by means independent of the decoders
 * under test: iconv-lite for TCVN3 and Windows-1258, and for VNI-Windows a composition of its published
 * rules (a vowel, then one byte for its modifier and tone, 0x20 lower for a capital) over Windows-1252.
 */
import * as iconv from 'iconv-lite';

const TONE_NAMES = { '\u0301': 'acute', '\u0300': 'grave', '\u0309': 'hook', '\u0303': 'tilde', '\u0323': 'dot' } as const;
type Tone = keyof typeof TONE_NAMES;

/** Lowercase VNI mark bytes: tone alone, after a circumflex, after a breve. */
const VNI_TONE = { '': -1, '\u0301': 0xf9, '\u0300': 0xf8, '\u0309': 0xfb, '\u0303': 0xf5, '\u0323': 0xef } as const;
const VNI_CIRCUMFLEX = { '': 0xe2, '\u0301': 0xe1, '\u0300': 0xe0, '\u0309': 0xe5, '\u0303': 0xe3, '\u0323': 0xe4 } as const;
const VNI_BREVE = { '': 0xea, '\u0301': 0xe9, '\u0300': 0xe8, '\u0309': 0xfa, '\u0303': 0xfc, '\u0323': 0xeb } as const;
/** Letters VNI writes in one byte (lowercase; a capital is 0x20 lower), with the tone of i and ỵ. */
const VNI_I = { '': 0x69, '\u0301': 0xed, '\u0300': 0xec, '\u0309': 0xe6, '\u0303': 0xf3, '\u0323': 0xf2 } as const;

/** One letter (NFD: base, modifier, tone) as VNI-Windows bytes. */
function vniLetter(letter: string): number[] {
  const upper = letter !== letter.toLowerCase();
  const [base, ...marks] = [...letter.toLowerCase().normalize('NFD')];
  const tone = (marks.find((m) => m in TONE_NAMES) ?? '') as Tone | '';
  const modifier = marks.find((m) => !(m in TONE_NAMES)) ?? '';
  const cap = (b: number) => (upper ? b - 0x20 : b);
  if (base === 'đ') return [cap(0xf1)];
  if (base === 'i') return [tone ? cap(VNI_I[tone]) : cap(0x69)];
  if (base === 'y' && tone === '\u0323') return [cap(0xee)];
  let head = [cap(base.charCodeAt(0))];
  if (modifier === '\u031b') head = [cap(base === 'o' ? 0xf4 : 0xf6)];
  const mark = modifier === '\u0302' ? VNI_CIRCUMFLEX[tone] : modifier === '\u0306' ? VNI_BREVE[tone] : VNI_TONE[tone];
  return mark < 0 ? head : [...head, cap(mark)];
}

export function toVni(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (/[a-zđ]/i.test(ch.normalize('NFD')[0]) && ch.charCodeAt(0) > 0x7f) out.push(...vniLetter(ch));
    else out.push(...iconv.encode(ch, 'windows1252'));
  }
  return Buffer.from(out);
}

/** As an ABC-font file stores it: a capital with a tone mark is written with its lowercase byte. */
export function toTcvn3(text: string): Buffer {
  const abc = [...text.normalize('NFC')].map((ch) => {
    const hasTone = [...ch.normalize('NFD')].some((m) => m in TONE_NAMES);
    return hasTone ? ch.toLowerCase() : ch;
  }).join('');
  return iconv.encode(abc, 'tcvn');
}

/** The characters Windows-1258 has, as iconv-lite reads its 256 bytes. */
const CP1258 = new Set(iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows1258'));

/**
 * As Word writes Windows-1258: letters with a modifier (â, ơ …) precomposed, the tone as a combining
 * mark, except where Windows-1258 has the toned letter itself (á, è …), which iconv-lite picks.
 */
export function toWindows1258(text: string, precomposeLatin1 = true): Buffer {
  const decomposed = [...text.normalize('NFC')].map((ch) => {
    const [base, ...marks] = [...ch.normalize('NFD')];
    const tone = marks.filter((m) => m in TONE_NAMES).join('');
    const rest = (base + marks.filter((m) => !(m in TONE_NAMES)).join('')).normalize('NFC');
    const whole = (rest + tone).normalize('NFC');
    return precomposeLatin1 && CP1258.has(whole) ? whole : rest + tone;
  }).join('');
  return iconv.encode(decomposed, 'windows1258');
}

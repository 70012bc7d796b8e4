/**
 * The printed width of a line in Times New Roman, to size the rules the decree measures against a
 * line of text (the issuer's rule is 1/3 to 1/2 of its line, the Tiêu ngữ's as long as its line).
 *
 * Advance widths in thousandths of an em for U+0020…U+007E, regular and bold: the public metrics of
 * Times (Adobe's Times-Roman and Times-Bold), which Times New Roman and its metric twin Liberation
 * Serif share. A Vietnamese letter with tone or hat marks is as wide as its base letter; the horned
 * letters and đ have their own widths.
 */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
  500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
  611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
  556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
const OWN: Readonly<Record<string, readonly [number, number]>> = {
  Đ: [722, 722], đ: [500, 556], Ơ: [722, 778], ơ: [529, 554], Ư: [776, 796], ư: [542, 600],
  '“': [444, 500], '”': [444, 500], '‘': [333, 333], '’': [333, 333], '–': [500, 500], '—': [1000, 1000], '…': [1000, 1000],
};

function advance(char: string, bold: boolean): number {
  const own = OWN[char];
  if (own) return own[bold ? 1 : 0];
  const decomposed = char.normalize('NFD');
  if (decomposed.length > 1) {
    // Tone and hat marks do not widen a letter: measure its base, or its horned form (ơ, ư).
    const base = decomposed[0];
    return advance(decomposed.includes('\u031b') ? `${base}\u031b`.normalize('NFC') : base, bold);
  }
  const code = char.charCodeAt(0);
  return code >= 32 && code < 127 ? (bold ? BOLD : REGULAR)[code - 32] : 500;
}

/** Width in points of `text` set in Times New Roman at `sizePt`, on one line. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  let units = 0;
  for (const char of text.normalize('NFC')) units += advance(char, bold);
  return (units * sizePt) / 1000;
}

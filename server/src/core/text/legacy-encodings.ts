/**
 * Decoding tables of the two 8-bit Vietnamese encodings that offices used before Unicode and that
 * iconv-lite does not carry as offices wrote them: TCVN3 (ABC) and VNI-Windows. Pure: bytes in, text out.
 *
 * Both are fonts over Windows-1252 ("Western") text: the bytes they do not use for Vietnamese letters
 * keep their Windows-1252 meaning, which is how Word saves curly quotes, dashes and the degree sign of a
 * document typed in a .VnTime or VNI-Times font. A byte with no meaning at all is reported, never guessed.
 */

/**
 * Windows-1252 at 0x80–0x9F (the rest of the upper half is Latin-1, the byte's own code point), from
 * Unicode's mapping file MICSFT/WINDOWS/CP1252.TXT; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined there.
 */
const CP1252_C1 = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

export const UNDEFINED = '\uFFFD';

/** A byte as Windows-1252 text; U+FFFD for the five undefined bytes. */
export function cp1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? CP1252_C1[byte - 0x80] : String.fromCharCode(byte);
}

/**
 * TCVN3 (ABC): TCVN 5712:1993, table VN3, the one the ABC fonts (.VnTime, .VnArial …) implement. Byte
 * 0xA1 + i is the i-th letter of `TCVN3_UPPER_BASE`, then the lowercase letters from 0xB5. VN3 has no
 * capital letters with a tone mark: a heading is typed with the same bytes in a capitals font
 * (.VnTimeH), so the bytes say `ế` where the page shows `Ế` (see `restoreTcvn3Capitals`).
 * The positions agree with UniKey's converter (vnconv `data.cpp`, table TCVN3) and with iconv-lite's
 * `tcvn`, whose table is VN1: VN1 puts capitals at 0x80–0x9F, where ABC documents hold Windows-1252
 * quotes and dashes, so iconv-lite's `tcvn` turns “…” into `Ỏ…Õ` and is not used to read them.
 */
const TCVN3_HIGH: ReadonlyMap<number, string> = new Map([
  ...[...'ĂÂÊÔƠƯĐăâêôơưđ'].map((ch, i) => [0xa1 + i, ch] as const),
  ...Object.entries({
    b5: 'à', b6: 'ả', b7: 'ã', b8: 'á', b9: 'ạ', bb: 'ằ', bc: 'ẳ', bd: 'ẵ', be: 'ắ',
    c6: 'ặ', c7: 'ầ', c8: 'ẩ', c9: 'ẫ', ca: 'ấ', cb: 'ậ', cc: 'è', ce: 'ẻ', cf: 'ẽ',
    d0: 'é', d1: 'ẹ', d2: 'ề', d3: 'ể', d4: 'ễ', d5: 'ế', d6: 'ệ', d7: 'ì', d8: 'ỉ', dc: 'ĩ', dd: 'í', de: 'ị', df: 'ò',
    e1: 'ỏ', e2: 'õ', e3: 'ó', e4: 'ọ', e5: 'ồ', e6: 'ổ', e7: 'ỗ', e8: 'ố', e9: 'ộ', ea: 'ờ', eb: 'ở', ec: 'ỡ', ed: 'ớ', ee: 'ợ', ef: 'ù',
    f1: 'ủ', f2: 'ũ', f3: 'ú', f4: 'ụ', f5: 'ừ', f6: 'ử', f7: 'ữ', f8: 'ứ', f9: 'ự', fa: 'ỳ', fb: 'ỷ', fc: 'ỹ', fd: 'ý', fe: 'ỵ',
  }).map(([hex, ch]) => [parseInt(hex, 16), ch] as const),
]);

/** Every Vietnamese letter TCVN3 has, with its byte: for tests and for callers that encode. */
export const TCVN3_LETTERS: ReadonlyMap<number, string> = TCVN3_HIGH;

export function tcvn3Char(byte: number): string {
  return TCVN3_HIGH.get(byte) ?? cp1252Char(byte);
}

/**
 * VNI-Windows (VNI Software's VNI-Times fonts), from the VNI-WIN table of UniKey's converter (vnconv
 * `data.cpp`, Phạm Kim Long), the same pairs vietnamese-conversion (npm) lists. A letter is an ASCII
 * vowel followed by a mark byte (`oä` = ộ, `OÄ` = Ộ; a capital takes the byte 0x20 lower), or one byte
 * of its own (`ñ` = đ, `ô` = ơ, `ö` = ư, and the i's and ỵ), which may itself take a tone (`ôù` = ớ).
 */
const VNI_SINGLE: ReadonlyMap<number, string> = new Map([
  [0xf1, 'đ'], [0xed, 'í'], [0xec, 'ì'], [0xe6, 'ỉ'], [0xf3, 'ĩ'], [0xf2, 'ị'], [0xf4, 'ơ'], [0xf6, 'ư'], [0xee, 'ỵ'],
  [0xd1, 'Đ'], [0xcd, 'Í'], [0xcc, 'Ì'], [0xc6, 'Ỉ'], [0xd3, 'Ĩ'], [0xd2, 'Ị'], [0xd4, 'Ơ'], [0xd6, 'Ư'], [0xce, 'Ỵ'],
]);

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Lowercase mark bytes: the combining marks they add. The same minus 0x20 mark a capital. */
const VNI_MARKS: ReadonlyMap<number, { readonly modifier: string; readonly tone: string }> = new Map([
  [0xf9, { modifier: '', tone: ACUTE }], [0xf8, { modifier: '', tone: GRAVE }], [0xfb, { modifier: '', tone: HOOK }],
  [0xf5, { modifier: '', tone: TILDE }], [0xef, { modifier: '', tone: DOT }],
  [0xe2, { modifier: CIRCUMFLEX, tone: '' }], [0xe1, { modifier: CIRCUMFLEX, tone: ACUTE }], [0xe0, { modifier: CIRCUMFLEX, tone: GRAVE }],
  [0xe5, { modifier: CIRCUMFLEX, tone: HOOK }], [0xe3, { modifier: CIRCUMFLEX, tone: TILDE }], [0xe4, { modifier: CIRCUMFLEX, tone: DOT }],
  [0xea, { modifier: BREVE, tone: '' }], [0xe9, { modifier: BREVE, tone: ACUTE }], [0xe8, { modifier: BREVE, tone: GRAVE }],
  [0xfa, { modifier: BREVE, tone: HOOK }], [0xfc, { modifier: BREVE, tone: TILDE }], [0xeb, { modifier: BREVE, tone: DOT }],
]);

/** Which marks each base letter takes: a takes all; e, o the circumflex; ơ, ư, u only tones; y no dot (ỵ has its own byte). */
function vniCombines(base: string, mark: { modifier: string; tone: string }): boolean {
  const b = base.toLowerCase();
  if (mark.modifier === BREVE) return b === 'a';
  if (mark.modifier === CIRCUMFLEX) return b === 'a' || b === 'e' || b === 'o';
  if (b === 'y') return mark.tone !== DOT;
  return 'aeouơư'.includes(b);
}

const VNI_BASES = 'aeouyơưAEOUYƠƯ';

function vniMark(byte: number | undefined) {
  if (byte === undefined) return undefined;
  return VNI_MARKS.get(byte) ?? (byte < 0xe0 ? VNI_MARKS.get(byte + 0x20) : undefined);
}

/** VNI-Windows bytes as text; a mark byte that follows no letter it fits keeps its Windows-1252 meaning. */
export function decodeVni(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const base = VNI_SINGLE.get(bytes[i]) ?? cp1252Char(bytes[i]);
    const mark = vniMark(bytes[i + 1]);
    if (mark && VNI_BASES.includes(base) && vniCombines(base, mark)) {
      out.push((base + mark.modifier + mark.tone).normalize('NFC'));
      i++;
    } else out.push(base);
  }
  return out.join('');
}

export function decodeTcvn3(bytes: Uint8Array): string {
  const out: string[] = [];
  for (const byte of bytes) out.push(tcvn3Char(byte));
  return out.join('');
}

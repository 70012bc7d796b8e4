/**
 * Runs typed in a legacy Vietnamese font: the font, not the characters, makes them Vietnamese. A
 * document typed in .VnTime (TCVN3, ABC) or VNI-Times (VNI) keeps each byte of the old encoding as
 * the Windows-1252 character of that byte (`KÕ ho¹ch` for `Kế hoạch`); Word saves those characters
 * in the .docx as they are. Each character is turned back into its byte and the bytes decoded with the
 * project's tables (core/text/legacy-encodings.ts), so the rules read Unicode.
 *
 * - TCVN3 has no toned capitals: a line in capitals is typed in the capitals font (.VnTimeH,
 *   .VnArialH …, the name ending in H), which draws every letter as a capital. Such a run is decoded
 *   then put in capitals, as it prints.
 * - A run whose characters are not all Windows-1252 (Unicode text later set in an old font) is left
 *   as it is: it cannot hold old bytes.
 */
import { cp1252Char, decodeTcvn3, decodeVni } from '../core/text/legacy-encodings';
import type { LegacyEncoding } from './types';

/** The Windows-1252 byte of each character that has one. */
const BYTE_OF_CHAR: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const ch = cp1252Char(byte);
    if (ch !== '\uFFFD') map.set(ch, byte);
  }
  return map;
})();

/** Which old encoding a font name stands for; undefined for a Unicode font. */
export function legacyEncodingOfFont(font: string | undefined): LegacyEncoding | undefined {
  if (!font) return undefined;
  const name = font.trim().toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (name.startsWith('vni-') || name.startsWith('vni ')) return 'vni';
  return undefined;
}

/** .VnTimeH, .VnArialH: the TCVN3 fonts that draw every letter as a capital. */
function isCapitalsFont(font: string): boolean {
  return /^\.vn\w*h$/i.test(font.trim());
}

/** The run's text in Unicode, or undefined when it is not in the font's old encoding (or reads the same). */
export function decodeLegacyRun(text: string, font: string, encoding: LegacyEncoding): string | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = BYTE_OF_CHAR.get(text[i]);
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  let decoded = encoding === 'tcvn3' ? decodeTcvn3(bytes) : decodeVni(bytes);
  if (encoding === 'tcvn3' && isCapitalsFont(font)) decoded = decoded.toUpperCase();
  decoded = decoded.normalize('NFC');
  return decoded === text ? undefined : decoded;
}

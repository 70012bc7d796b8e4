/**
 * What encoding a file's bytes are in, and its text in that encoding. Pure (no file system): the CLI
 * reads the bytes, this says UTF-8, UTF-16 or UTF-32 (from a byte order mark or the pattern of zero
 * bytes), binary, or which legacy Vietnamese encoding turns the most words into Vietnamese syllables.
 */
import * as iconv from 'iconv-lite';
import { decodeTcvn3, decodeVni, UNDEFINED } from '../core/text/legacy-encodings';
import { restoreTcvn3Capitals } from '../core/text/tcvn3-capitals';
import { isVietnameseSyllable } from '../core/text/vietnamese-syllable';

export const LEGACY_ENCODINGS = ['tcvn3', 'vni', 'windows-1258'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];
export type UnicodeEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
export type SourceEncoding = LegacyEncoding | UnicodeEncoding;

/** Where the first byte that is not UTF-8 is: a 1-based line and the byte's value. */
export interface BadByte { readonly line: number; readonly byte: number }

export type Sniffed =
  | { readonly kind: 'utf8'; readonly text: string; readonly bom: boolean }
  | { readonly kind: 'unicode'; readonly encoding: UnicodeEncoding; readonly bom: boolean }
  | { readonly kind: 'binary' }
  /** `likely` is empty when no legacy encoding reads as Vietnamese, two or more when they read equally well. */
  | { readonly kind: 'legacy'; readonly likely: readonly LegacyEncoding[]; readonly bad: BadByte };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: UnicodeEncoding | 'utf-8' }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe, 0, 0], encoding: 'utf-32le' },
  { bytes: [0, 0, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomOf(bytes: Uint8Array) {
  return BOMS.find((b) => startsWith(bytes, b.bytes));
}

const SAMPLE = 65536;

/** Whether the sample decodes, in that byte order, to text: no unpaired surrogate, few control characters. */
function readsAsUtf16(bytes: Uint8Array, n: number, littleEndian: boolean): boolean {
  let controls = 0;
  let highSurrogate = false;
  for (let i = 0; i < n; i += 2) {
    const unit = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    if (low !== highSurrogate && !(i + 2 >= n && highSurrogate)) return false;
    highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    if (unit < 0x20 && unit !== 9 && unit !== 10 && unit !== 12 && unit !== 13) controls++;
  }
  return controls <= n / 2 * 0.01;
}

/**
 * UTF-16 without a byte order mark: text has many characters below U+0100 (spaces, digits, ASCII and
 * Latin-1 letters), each with a zero byte on the same side of its pair; the other side is seldom zero.
 * The sample must then read as text in that byte order; a few bytes are not enough to tell.
 */
export function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs < 8) return undefined;
  if (odd >= pairs * 0.2 && even <= pairs * 0.02 && readsAsUtf16(bytes, n, true)) return 'utf-16le';
  if (even >= pairs * 0.2 && odd <= pairs * 0.02 && readsAsUtf16(bytes, n, false)) return 'utf-16be';
  return undefined;
}

/**
 * More than a stray NUL byte (over 1 % of the sample), or many control characters other than tab, line
 * breaks, form feed and Ctrl-Z. One NUL pasted into a plan leaves it a text to check, not a binary file.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nuls++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1a && b !== 0x1b) controls++;
  }
  return nuls > n * 0.01 || controls + nuls > n * 0.1;
}

/** The 1-based line of a byte offset, counting LF, CRLF and lone CR breaks. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** The first byte that does not start a valid UTF-8 sequence (each sequence checked by the strict decoder). */
function firstBadUtf8(bytes: Uint8Array): BadByte {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    try {
      if (len === 0) throw new Error('not a lead byte');
      UTF8.decode(bytes.subarray(i, i + len));
      i += len - 1;
    } catch {
      return { line: lineAt(bytes, i), byte: b };
    }
  }
  return { line: 1, byte: 0 };
}

/** What the bytes are; the text too when they are UTF-8 (the BOM taken off). */
export function sniff(bytes: Uint8Array): Sniffed {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return { kind: 'unicode', encoding: bom.encoding, bom: true };
  const byZeros = bom ? undefined : utf16ByZeros(bytes);
  if (byZeros) return { kind: 'unicode', encoding: byZeros, bom: false };
  if (looksBinary(bytes)) return { kind: 'binary' };
  try {
    return { kind: 'utf8', text: UTF8.decode(bom ? bytes.subarray(3) : bytes), bom: Boolean(bom) };
  } catch {
    return { kind: 'legacy', likely: likelyLegacy(bytes), bad: firstBadUtf8(bytes) };
  }
}

/** Separators of words for the syllable count: white space, ASCII punctuation and digits, typographic punctuation. */
const SEPARATORS = /[\s!-@[-`{-~\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022]+/;

/** Words with a letter outside ASCII that have a Vietnamese syllable's shape, minus those that do not. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.normalize('NFC').split(SEPARATORS)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}

/** Text decoded as the encoding, before any check: U+FFFD stands for a byte the encoding leaves undefined. */
function rawDecode(bytes: Uint8Array, encoding: SourceEncoding): string {
  if (encoding === 'tcvn3') return decodeTcvn3(bytes);
  if (encoding === 'vni') return decodeVni(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding === 'windows-1258' ? 'windows1258' : encoding, { stripBOM: false });
}

/** The legacy encodings in which the text reads best as Vietnamese; none when none reads well. */
export function likelyLegacy(bytes: Uint8Array): LegacyEncoding[] {
  const scored = LEGACY_ENCODINGS.map((encoding) => ({ encoding, score: vietnameseScore(rawDecode(bytes, encoding)) }));
  const best = Math.max(...scored.map((s) => s.score));
  if (best <= 0) return [];
  return scored.filter((s) => s.score === best).map((s) => s.encoding);
}

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly bom: boolean; readonly capitalsRestored: number }
  | { readonly ok: false; readonly bad: BadByte };

/** The UTF-16 index of the first unpaired surrogate, or -1. */
function loneSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

const linesBefore = (text: string, index: number) => text.slice(0, index).split(/\r\n|\r|\n/).length;

/** UTF-16 or UTF-32: a half unit at the end or an unpaired surrogate is a fault, not a replacement character. */
function decodeUnicode(bytes: Uint8Array, encoding: UnicodeEncoding): Decoded {
  const unit = encoding.startsWith('utf-32') ? 4 : 2;
  const bom = bomOf(bytes)?.encoding === encoding;
  const body = bom ? bytes.subarray(unit) : bytes;
  const text = rawDecode(body.subarray(0, body.length - (body.length % unit)), encoding);
  if (body.length % unit !== 0) return { ok: false, bad: { line: linesBefore(text, text.length), byte: body[body.length - 1] } };
  const lone = unit === 2 ? loneSurrogateAt(text) : text.indexOf(UNDEFINED);
  if (lone >= 0) return { ok: false, bad: { line: linesBefore(text, lone), byte: 0 } };
  return { ok: true, text, bom, capitalsRestored: 0 };
}

/** The bytes each legacy encoding leaves undefined, computed once. */
const UNDEFINED_BYTES = new Map(LEGACY_ENCODINGS.map((encoding) => {
  const bytes = new Set<number>();
  for (let b = 0x80; b < 0x100; b++) if (rawDecode(Uint8Array.of(b), encoding) === UNDEFINED) bytes.add(b);
  return [encoding, bytes] as const;
}));

function undefinedByte(bytes: Uint8Array, encoding: LegacyEncoding): BadByte | undefined {
  const undefinedBytes = UNDEFINED_BYTES.get(encoding)!;
  const i = bytes.findIndex((b) => undefinedBytes.has(b));
  return i < 0 ? undefined : { line: lineAt(bytes, i), byte: bytes[i] };
}

/**
 * The text of bytes in a given encoding, as NFC Unicode with its line breaks as they were. Fails, naming
 * the byte, rather than write a replacement character: a converted file never loses a byte's meaning.
 */
export function decodeAs(bytes: Uint8Array, encoding: SourceEncoding): Decoded {
  if (encoding.startsWith('utf-')) return decodeUnicode(bytes, encoding as UnicodeEncoding);
  const legacy = encoding as LegacyEncoding;
  const bad = undefinedByte(bytes, legacy);
  if (bad) return { ok: false, bad };
  const text = rawDecode(bytes, legacy).normalize('NFC');
  if (legacy !== 'tcvn3') return { ok: true, text, bom: false, capitalsRestored: 0 };
  const restored = restoreTcvn3Capitals(text);
  return { ok: true, text: restored.text, bom: false, capitalsRestored: restored.restored };
}

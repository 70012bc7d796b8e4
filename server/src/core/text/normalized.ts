/**
 * An NFC copy of a slice of the original text with a way back, so that patterns written in NFC
 * match NFD input and still report ranges in the original. Non-breaking and other odd spaces
 * become plain spaces (one for one).
 */
export interface NormalizedText {
  readonly text: string;
  /** Offset in the original of normalized index i (i may equal text.length). */
  toOriginal(i: number): number;
}

const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff]/;

function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1dc0 && code <= 0x1dff);
}

function isSurrogatePair(text: string, i: number, end: number): boolean {
  const high = text.charCodeAt(i);
  const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** A character NFC leaves as it is when no mark follows it: Latin (below the marks) and the Vietnamese letters of Latin Extended Additional. */
function isStableAlone(code: number): boolean {
  return code < 0x300 || (code >= 0x1e00 && code <= 0x1eff);
}

export function normalizeSlice(original: string, start: number, end: number): NormalizedText {
  const slice = original.slice(start, end);
  if (!COMBINING.test(slice)) {
    // Already NFC for every Vietnamese letter we match on: offsets stay one for one.
    return { text: slice.replace(ODD_SPACE, ' '), toOriginal: (i) => start + i };
  }
  const whole = original.length >= WHOLE_TEXT_MIN ? wholeTextOf(original, end - start) : undefined;
  if (whole && whole.isClusterStart(start) && whole.isClusterStart(end)) return whole.slice(start, end);
  return normalizeClusters(original, start, end);
}

/**
 * The ASCII character that ends the text before `start`, white space skipped, as every normalization
 * and folding here keeps it (no mark composes with an ASCII letter before it); undefined when a
 * non-ASCII character or nothing stands there. A reader of the words before a point asks this first.
 */
export function asciiBefore(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && WHITE_SPACE.test(text[i])) i--;
  return i >= 0 && text.charCodeAt(i) < 128 ? text[i] : undefined;
}

const WHITE_SPACE = /\s/;

/** Below this length a text is normalized slice by slice; above, once and then cut. */
const WHOLE_TEXT_MIN = 512;

/**
 * Every reader of a plan (body, header, citations, dates, abbreviations) normalizes its own lines: on
 * an NFD plan that normalized the same text five times and more. The whole text is normalized once
 * (the last few texts are kept) and a slice cut on cluster boundaries is read out of it; a slice
 * that cuts a cluster is normalized on its own, as before, so the result is the same either way.
 */
class WholeText {
  /** Where each cluster of the original starts in the normalized text; -1 inside a cluster. */
  private readonly normStart: Int32Array;
  private readonly norm: Normalized;

  constructor(readonly original: string) {
    this.normStart = new Int32Array(original.length + 1).fill(-1);
    this.norm = normalizeClusters(original, 0, original.length, this.normStart);
    this.normStart[original.length] = this.norm.text.length;
  }

  isClusterStart(i: number): boolean {
    return this.normStart[i] >= 0;
  }

  slice(start: number, end: number): NormalizedText {
    const from = this.normStart[start];
    const to = this.normStart[end];
    const map = this.norm.map;
    return { text: this.norm.text.slice(from, to), toOriginal: (k) => (from + k < to ? map[from + k] : end) };
  }
}

/** The texts normalized lately, with how much of each was normalized slice by slice. */
const recent: { readonly original: string; sliced: number; whole?: WholeText }[] = [];

/**
 * The whole text normalized, once its slices normalized one by one add up to twice its length: a text
 * read once in a few places (a fix's header read again on the edited text) never pays for all of it.
 */
function wholeTextOf(original: string, sliceLength: number): WholeText | undefined {
  let entry = recent.find((e) => e.original === original);
  if (!entry) {
    entry = { original, sliced: 0 };
    recent.unshift(entry);
    if (recent.length > 4) recent.pop();
  }
  if (entry.whole) return entry.whole;
  entry.sliced += sliceLength;
  if (entry.sliced < 2 * original.length) return undefined;
  entry.whole = new WholeText(original);
  return entry.whole;
}

/** NFC of the clusters met so far, by base and up to two marks: an NFD text repeats a few hundred. */
const clusterCache = new Map<number, string>();

function clusterNfc(original: string, i: number, j: number): string {
  if (j - i > 3 || (j - i === 3 && isSurrogatePair(original, i, j))) return original.slice(i, j).normalize('NFC').replace(ODD_SPACE, ' ');
  let key = original.charCodeAt(i);
  for (let k = i + 1; k < j; k++) key = key * 0x10000 + original.charCodeAt(k);
  key = key * 4 + (j - i);
  let nfc = clusterCache.get(key);
  if (nfc === undefined) {
    nfc = original.slice(i, j).normalize('NFC').replace(ODD_SPACE, ' ');
    if (clusterCache.size < 4096) clusterCache.set(key, nfc);
  }
  return nfc;
}

interface Normalized extends NormalizedText {
  /** Offset in the original of each normalized index, and of the end. */
  readonly map: Int32Array;
}

/** The slice normalized cluster by cluster; `normStart`, when given, gets where each cluster starts in the result. */
function normalizeClusters(original: string, start: number, end: number, normStart?: Int32Array): Normalized {
  const parts: string[] = [];
  // NFC seldom lengthens a text: room for one more character per cluster is made only when it does.
  let map = new Int32Array(end - start + 1);
  let length = 0;
  // Characters that stand as they are go out a run at a time, not one string each.
  let run = start;
  let i = start;
  while (i < end) {
    if (normStart) normStart[i] = length;
    const code = original.charCodeAt(i);
    // A mark after a surrogate pair belongs to the whole pair: mapped to its low half, a range could
    // start between the two.
    let j = isSurrogatePair(original, i, end) ? i + 2 : i + 1;
    while (j < end && isCombining(original.charCodeAt(j))) j++;
    if (j === i + 1 && isStableAlone(code) && code !== 0xa0) {
      // Most characters of an NFD text (its base letters) stand as they are: no normalize call each.
      map[length++] = i;
      i = j;
      continue;
    }
    if (run < i) parts.push(original.slice(run, i));
    const nfc = code === 0xa0 && j === i + 1 ? ' ' : clusterNfc(original, i, j);
    if (length + nfc.length + (end - j) + 1 > map.length) map = grown(map, length + nfc.length + (end - j) + 1);
    for (let k = 0; k < nfc.length; k++) map[length++] = i;
    parts.push(nfc);
    i = run = j;
  }
  if (run < end) parts.push(original.slice(run, end));
  map[length] = end;
  const text = parts.join('');
  return { text, map, toOriginal: (k) => map[Math.min(k, length)] };
}

function grown(map: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(size, 2 * map.length));
  bigger.set(map);
  return bigger;
}

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
  if (original.length >= WHOLE_TEXT_MIN) {
    const whole = wholeTextOf(original);
    if (whole.isClusterStart(start) && whole.isClusterStart(end)) return whole.slice(start, end);
  }
  return normalizeClusters(original, start, end);
}

/** Below this length a text is normalized slice by slice; above, once and then cut. */
const WHOLE_TEXT_MIN = 512;

/**
 * Every reader of a plan (body, header, citations, dates, abbreviations) normalizes its own lines: on
 * an NFD plan that normalized the same text five times and more. The whole text is normalized once
 * (the last few texts are kept) and a slice cut on cluster boundaries is read out of it; a slice
 * that cuts a cluster is normalized on its own, as before, so the result is the same either way.
 */
class WholeText {
  private readonly starts: Uint8Array;
  private readonly normStart: Int32Array;
  private readonly map: Int32Array;
  private readonly text: string;

  constructor(readonly original: string, norm: NormalizedText & { map: readonly number[] }, clusterStarts: readonly number[]) {
    this.map = Int32Array.from(norm.map);
    this.text = norm.text;
    this.starts = new Uint8Array(original.length + 1);
    this.normStart = new Int32Array(original.length + 1);
    let k = 0;
    for (const s of clusterStarts) {
      this.starts[s] = 1;
      while (this.map[k] < s) k++;
      this.normStart[s] = k;
    }
    this.starts[original.length] = 1;
    this.normStart[original.length] = this.text.length;
  }

  isClusterStart(i: number): boolean {
    return this.starts[i] === 1;
  }

  slice(start: number, end: number): NormalizedText {
    const from = this.normStart[start];
    const to = this.normStart[end];
    const map = this.map;
    return { text: this.text.slice(from, to), toOriginal: (k) => (from + k < to ? map[from + k] : end) };
  }
}

const recent: WholeText[] = [];

function wholeTextOf(original: string): WholeText {
  const found = recent.find((w) => w.original === original);
  if (found) return found;
  const starts: number[] = [];
  const whole = new WholeText(original, normalizeClusters(original, 0, original.length, starts), starts);
  recent.unshift(whole);
  if (recent.length > 3) recent.pop();
  return whole;
}

function normalizeClusters(original: string, start: number, end: number, clusterStarts?: number[]): NormalizedText & { map: readonly number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = start;
  while (i < end) {
    clusterStarts?.push(i);
    const code = original.charCodeAt(i);
    // A mark after a surrogate pair belongs to the whole pair: mapped to its low half, a range could
    // start between the two.
    let j = isSurrogatePair(original, i, end) ? i + 2 : i + 1;
    while (j < end && isCombining(original.charCodeAt(j))) j++;
    if (j === i + 1 && isStableAlone(code)) {
      // Most characters of an NFD text (its base letters) stand as they are: no normalize call each.
      map.push(i);
      parts.push(code === 0xa0 ? ' ' : original[i]);
      i = j;
      continue;
    }
    const nfc = original.slice(i, j).normalize('NFC').replace(ODD_SPACE, ' ');
    for (let k = 0; k < nfc.length; k++) map.push(i);
    parts.push(nfc);
    i = j;
  }
  map.push(end);
  return { text: parts.join(''), map, toOriginal: (k) => map[Math.min(k, map.length - 1)] };
}

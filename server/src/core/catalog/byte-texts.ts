/**
 * The texts of a file's short fields read once per distinct value: a register repeats its symbols,
 * dates, types and statuses on thousands of rows, and decoding each occurrence (a call into the
 * runtime per field, 800,000 for 200,000 rows) cost more than the rest of the load. The bytes are
 * hashed and compared here; only a value not met before is decoded.
 */

/** UTF-8 as JSON.parse and the CSV reader see a file's text (a byte order mark inside a field kept). */
export const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export class ByteTexts {
  /** Open addressing: slot → 1 + index of the value, 0 when empty. */
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly texts: string[] = [];

  constructor(private readonly bytes: Uint8Array) {}

  /** For each field a caller names by number, the last value it asked for: rows in series repeat it. */
  private readonly lastStarts: number[] = [];

  /**
   * The text of the bytes from `start` to `end`: the same string for the same bytes. `field`: the
   * caller's number for the field, whose last value is compared first (no hashing when it repeats).
   */
  text(start: number, end: number, field = -1): string {
    if (start === end) return '';
    if (field >= 0) {
      const last = this.lastStarts[field];
      if (last !== undefined && this.lengths[last] === end - start && this.sameBytes(last, start, end)) return this.texts[last];
    }
    const k = this.indexOf(start, end);
    if (field >= 0) this.lastStarts[field] = k;
    return this.texts[k];
  }

  /** The index of the value of these bytes, added if new. */
  private indexOf(start: number, end: number): number {
    const bytes = this.bytes;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) return this.insert(slot, hash, start, end);
      const k = held - 1;
      if (this.hashes[k] === hash && this.sameBytes(k, start, end)) return k;
    }
  }

  private sameBytes(k: number, start: number, end: number): boolean {
    const length = end - start;
    if (this.lengths[k] !== length) return false;
    const bytes = this.bytes;
    const at = this.starts[k];
    for (let i = 0; i < length; i++) if (bytes[at + i] !== bytes[start + i]) return false;
    return true;
  }

  private insert(slot: number, hash: number, start: number, end: number): number {
    const text = utf8.decode(this.bytes.subarray(start, end));
    this.hashes.push(hash);
    this.starts.push(start);
    this.lengths.push(end - start);
    this.texts.push(text);
    this.slots[slot] = this.texts.length;
    if (this.texts.length * 2 > this.slots.length) this.grow();
    return this.texts.length - 1;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.texts.length; k++) {
      let slot = this.hashes[k] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeSlice } from '../../server/src/core/text/normalized';

/**
 * A long text is normalized once and cut (text/normalized.ts); a short one slice by slice. Both ways
 * must give the same text and the same way back, wherever the slice starts and ends.
 */

const piece = fc.constantFrom(
  'Ủy ban', 'nhân dân', ' ', '\n', '\r\n', '\u00a0', '\u2000', '\u0301', '\u0323\u0302', 'e\u0302\u0301', '😀', '😀\u0301',
  '\ud83d', 'Số 12/KH-UBND', '\ufeff', 'Đ', 'A\u030a', '|',
  // NFC makes two characters of this one (a composition exclusion): the text grows.
  '\u0958',
);
const longText = fc.array(piece, { minLength: 200, maxLength: 400 }).map((parts) => parts.join('').normalize('NFD'));

function sliceAlone(text: string, start: number, end: number) {
  // Under the whole-text length the slice is normalized on its own.
  const alone = text.slice(start, end);
  assert.ok(alone.length < 512 || alone.length === 0);
  const n = normalizeSlice(alone, 0, alone.length);
  return { text: n.text, back: (k: number) => start + n.toOriginal(k) };
}

describe('text/normalized', () => {
  it('cuts the same slice out of the whole text as it normalizes alone', () => {
    fc.assert(fc.property(longText, fc.nat(), fc.nat(500), (text, from, width) => {
      fc.pre(text.length >= 512);
      const start = from % text.length;
      const end = Math.min(text.length, start + width);
      const whole = normalizeSlice(text, start, end);
      const alone = sliceAlone(text, start, end);
      assert.equal(whole.text, alone.text);
      for (let k = 0; k <= whole.text.length + 1; k++) assert.equal(whole.toOriginal(k), alone.back(k), `index ${k}`);
    }), { numRuns: 300 });
  });

  it('keeps a combining mark with its letter and maps every NFC letter back to its cluster', () => {
    const text = `${'Kế hoạch '.repeat(80)}Ủy ban`.normalize('NFD');
    const start = text.lastIndexOf('U');
    const n = normalizeSlice(text, start, text.length);
    assert.equal(n.text, 'Ủy ban');
    assert.equal(n.toOriginal(1), text.indexOf('y', start));
    assert.equal(n.toOriginal(n.text.length), text.length);
  });

  it('maps back a text that NFC makes longer, alone and cut out of the whole text', () => {
    // A mark is what sends a text down the cluster path; from its second read the text is cut out of the whole.
    const text = `e\u0301${'\u0958'.repeat(600)}`;
    for (let read = 0; read < 3; read++) {
      const n = normalizeSlice(text, 0, text.length);
      assert.equal(n.text, text.normalize('NFC'));
      assert.equal(n.text.length, 1201);
      assert.equal(n.toOriginal(0), 0);
      assert.equal(n.toOriginal(1200), 601);
      assert.equal(n.toOriginal(1201), 602);
    }
  });
});

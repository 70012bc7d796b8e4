import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  foldChar, foldKey, foldKeyPrefix, foldLetters, foldLoose, foldSameLength, foldWords, initialLetter, stripTones, toneMarksOf,
} from '../../server/src/core/text/fold';

/** The one fold of core/text: keys for whole texts and the per-character fold of the scanners agree. */

const VIETNAMESE_LETTERS = [...new Set([
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxy',
  ...'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
].flatMap((ch) => [ch, ch.toUpperCase()]))];

const nfd = (text: string) => text.normalize('NFD');

describe('text/fold', () => {
  it('folds a long text\'s beginning as the start of its whole key, a short text whole', () => {
    assert.equal(foldKeyPrefix('(Ban hành kèm theo Quyết định số 12)'), 'ban hanh kem theo quyet dinh so 12');
    const long = `Căn cứ Kế hoạch số 12 ${'của Chính phủ, '.repeat(2000)}`;
    assert.ok(foldKeyPrefix(long).length < 100 && foldKey(long).startsWith(foldKeyPrefix(long)));
    const unit = fc.oneof(fc.constantFrom(...VIETNAMESE_LETTERS, ' ', ' ', '\n', '\u00a0', ',', '(', '\u0301'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    fc.assert(fc.property(fc.string({ unit, maxLength: 300 }), fc.integer({ min: 0, max: 100 }), (text, atLeast) => {
      const key = foldKey(text);
      const prefix = foldKeyPrefix(text, atLeast);
      // Whole words: a test such as /^kem theo\b/ reads the prefix as it reads the whole key.
      assert.ok(key === prefix || key.startsWith(prefix === '' ? '' : `${prefix} `), JSON.stringify([text, prefix]));
      if (text.length <= atLeast) assert.equal(prefix, key);
    }), { seed: 16, numRuns: 2000 });
  });

  it('folds case, diacritics and đ alike in NFC and NFD', () => {
    assert.equal(foldLetters('Ủy ban nhân dân'), 'uy ban nhan dan');
    assert.equal(foldLetters('Uỷ ban'), foldLetters('Ủy ban'));
    assert.equal(foldLetters(nfd('ĐẢNG CỘNG SẢN')), 'dang cong san');
    assert.equal(foldLetters('hoá, hóa'), 'hoa, hoa');
  });

  it('makes keys, loose keys and words from the same letters', () => {
    assert.equal(foldKey('  I. MỤC ĐÍCH, YÊU CẦU  '), 'i muc dich yeu cau');
    assert.equal(foldLoose('  MỤC ĐÍCH,\n YÊU CẦU '), 'muc dich, yeu cau');
    assert.deepEqual(foldWords('Bộ Lao động - Thương binh và Xã hội'), ['bo', 'lao', 'dong', 'thuong', 'binh', 'va', 'xa', 'hoi']);
    assert.deepEqual(foldWords('Nghị quyết số 24-NQ/TW'), ['nghi', 'quyet', 'so', '24', 'nq', 'tw']);
  });

  it('strips tone marks only, keeping the letters’ own marks', () => {
    assert.equal(stripTones('Việt'), 'Viêt');
    assert.equal(stripTones(nfd('ƯỚC')), 'ƯƠC');
    assert.equal(stripTones('DTTS'), 'DTTS');
  });

  it('lists a word’s tone marks in NFC and NFD alike', () => {
    assert.equal(toneMarksOf('Việt'), '\u0323');
    assert.equal(toneMarksOf(nfd('người')), '\u0300');
    assert.equal(toneMarksOf('a\u0301\u0300'), '\u0301\u0300');
    assert.equal(toneMarksOf('Đông'), '');
  });

  it('gives the base letter a word opens with, đ kept, and none for a lone mark', () => {
    assert.equal(initialLetter('Đào'), 'đ');
    assert.equal(initialLetter('Ấp'), 'a');
    assert.equal(initialLetter(nfd('Ấp')), 'a');
    assert.equal(initialLetter('\u0301'), undefined);
    assert.equal(initialLetter(''), undefined);
  });

  it('folds each Vietnamese letter by itself as the whole-text fold does', () => {
    for (const ch of VIETNAMESE_LETTERS) assert.equal(foldChar(ch), foldLetters(ch), ch);
  });

  it('folds a text character by character without changing its length', () => {
    const text = 'căn cứ quyết định số 1719/qđ-ttg của thủ tướng chính phủ';
    const folded = foldSameLength(text);
    assert.equal(folded, 'can cu quyet dinh so 1719/qd-ttg cua thu tuong chinh phu');
    assert.equal(folded.length, text.length);
  });

  it('keeps the length for any text, and folds lower-case NFC Vietnamese as foldLetters does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => foldSameLength(text).length === text.length), { seed: 11, numRuns: 300 });
    const lowerVietnamese = fc.array(fc.constantFrom(' ', ',', '1', ...VIETNAMESE_LETTERS.filter((c) => c === c.toLowerCase())), { maxLength: 30 })
      .map((chars) => chars.join(''));
    fc.assert(fc.property(lowerVietnamese, (text) => foldSameLength(text) === foldLetters(text)), { seed: 11, numRuns: 300 });
  });

  it('folds other Latin letters too, and leaves surrogates as they are', () => {
    assert.equal(foldChar('\u0130'), 'i');
    assert.equal(foldChar('Ö'), 'o');
    assert.equal(foldSameLength('a\ud83d\ude00b'), 'a\ud83d\ude00b');
  });

  it('folds every UTF-16 unit as foldChar does (ASCII kept), lone surrogates included, at any length', () => {
    // The table and the decoder of foldSameLength against the plain definition, unit by unit.
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    const fold = (us: string[]) => us.map((u) => (u.charCodeAt(0) < 128 ? u : foldChar(u))).join('');
    assert.equal(foldSameLength(units.join('')), fold(units));
    // Without surrogates in the text; a few CJK compatibility letters still fold to half of a pair.
    const noSurrogates = units.filter((u) => u.charCodeAt(0) < 0xd800 || u.charCodeAt(0) > 0xdfff);
    assert.equal(foldSameLength(noSurrogates.join('').repeat(3)), fold(noSurrogates).repeat(3));
    const letters = noSurrogates.filter((u) => u.charCodeAt(0) < 0xf900);
    assert.equal(foldSameLength(letters.join('')), fold(letters));
    assert.equal(foldSameLength('Ấ\udc00\ud800Đ'), 'a\udc00\ud800d');
  });
});

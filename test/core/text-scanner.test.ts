import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  cursorOf, gapBackward, gapForward, isLetter, isLetterAt, isUpperAt, scanTextOf, skipGap, skipGapBack, skipSpaces,
} from '../../server/src/core/text/scanner';
import {
  anyWordAt, breaksBlock, digitsAt, isTokenStart, partOf, phraseAt, phraseEndsAt, wordAt, wordBefore, wordEnd, wordStart, yearAt,
} from '../../server/src/core/text/scanner-words';

/** The one character scanner of core/text, which the date and citation recognizers read through. */

const nfd = (text: string) => text.normalize('NFD');

describe('text/scanner', () => {
  describe('copies of the text', () => {
    it('reads an NFD text as lower-case NFC and maps indexes back to the original', () => {
      const original = nfd('Ngày 05 THÁNG 6');
      const scan = scanTextOf(original);
      assert.equal(scan.text, 'ngày 05 tháng 6');
      assert.equal(scan.cased, 'Ngày 05 THÁNG 6');
      const at = scan.text.indexOf('tháng');
      assert.equal(original.slice(scan.toOriginal(at), scan.toOriginal(at + 5)), nfd('THÁNG'));
      assert.equal(scan.toOriginal(scan.text.length), original.length);
    });

    it('reads a slice with indexes of the whole text', () => {
      const scan = scanTextOf('xx ngày 5 yy', 3, 9);
      assert.equal(scan.text, 'ngày 5');
      assert.equal(scan.toOriginal(0), 3);
    });

    it('folds the cursor copy to the same length: old and new tone places meet', () => {
      const c = cursorOf('Uỷ ban và Ủy BAN');
      assert.equal(c.folded, 'uy ban va uy ban');
      assert.equal(c.length, c.cased.length);
      assert.equal(c.folded.length, c.scan.text.length);
    });

    it('keeps every copy the length of the NFC copy, for any text', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const c = cursorOf(text);
        return c.folded.length === c.length && c.scan.text.length === c.length && c.cased.length === c.length;
      }), { seed: 11, numRuns: 300 });
    });
  });

  describe('characters', () => {
    it('counts a combining mark NFC could not join as part of a word for isLetter, not for isLetterAt', () => {
      assert.equal(isLetter('\u0301'), true);
      assert.equal(isLetterAt('a\u0301', 1), false);
      assert.equal(isLetterAt('đ', 0), true);
      assert.equal(isLetter(undefined), false);
    });

    it('tells capitals in the cased copy', () => {
      assert.equal(isUpperAt('Thứ', 0), true);
      assert.equal(isUpperAt('Thứ', 1), false);
      assert.equal(isUpperAt('1', 0), false);
    });
  });

  describe('gaps', () => {
    it('skips spaces and one line break, never a blank line', () => {
      assert.equal(gapForward('a  \r\n  b', 1), 7);
      assert.equal(gapForward('a \n\n b', 1), 1);
      assert.equal(gapBackward('a  \n  b', 6), 1);
      assert.equal(gapBackward('a \n\n b', 5), 5);
    });

    it('skips Markdown emphasis only when asked', () => {
      assert.equal(gapForward('a **b', 1), 2);
      assert.equal(gapForward('a **b', 1, true), 4);
      assert.equal(gapBackward('a** b', 4, true), 1);
    });

    it('stops after a bounded gap: 24 in a citation, 64 in a date', () => {
      const text = `a${' '.repeat(100)}b`;
      assert.equal(gapForward(text, 1), 25);
      assert.equal(skipGap(text, 1), 65);
      assert.equal(skipSpaces(text, 1), 65);
      assert.equal(skipGapBack(text, 101), 37);
    });

    it('skips any number of line breaks backwards in a date', () => {
      assert.equal(skipGapBack('a\n\n\n b', 5), 1);
    });
  });

  describe('words', () => {
    it('finds whole words only', () => {
      assert.equal(wordAt('ngày 5', 0, 'ngày'), 4);
      assert.equal(wordAt('ngàyx', 0, 'ngày'), -1);
      assert.deepEqual(anyWordAt('tháng 6', 0, ['th', 'tháng']), ['tháng', 5]);
      assert.equal(wordEnd('ab12 c', 0), 4);
      assert.equal(wordStart('ab12 c', 4), 0);
      assert.deepEqual(wordBefore('vào  \n thứ', 7), { start: 0, end: 3 });
    });

    it('reads digits of a bounded length and years of four digits', () => {
      assert.deepEqual(digitsAt('05/6', 0, 1, 2), { value: 5, end: 2 });
      assert.equal(digitsAt('123', 0, 1, 2), undefined);
      assert.deepEqual(yearAt('2014.', 0), { value: 2014, end: 4 });
      assert.equal(yearAt('3014', 0), undefined);
      assert.equal(yearAt('20145', 0), undefined);
    });

    it('starts a token only outside words, numbers and symbols', () => {
      assert.equal(isTokenStart('ngày 5', 5), true);
      assert.equal(isTokenStart('QĐ-12', 3), false);
      assert.equal(isTokenStart('1.250', 2), false);
    });

    it('reads folded phrases forward across gaps and dashes, and lower-case phrases backwards', () => {
      const c = cursorOf('Bộ Lao động -\nThương binh');
      assert.equal(phraseAt(c, 0, ['bo', 'lao', 'dong', 'thuong', 'binh'], true), c.length);
      assert.equal(phraseAt(c, 0, ['bo', 'lao', 'dong', 'thuong', 'binh']), -1);
      assert.equal(phraseEndsAt('chậm nhất  trước', 16, ['chậm', 'nhất', 'trước']), 0);
      assert.equal(phraseEndsAt('xchậm nhất', 10, ['chậm', 'nhất']), -1);
    });

    it('maps a part to the original, with wraps read as one space', () => {
      const original = nfd('của Thủ tướng\r\n  Chính phủ');
      const c = cursorOf(original);
      const part = partOf(c, 4, c.length);
      assert.equal(part.text, 'Thủ tướng Chính phủ');
      assert.equal(original.slice(part.start, part.end), nfd('Thủ tướng\r\n  Chính phủ'));
    });

    it('knows a line that opens a new block', () => {
      const c = cursorOf('của Bộ Tài chính\n- Căn cứ');
      assert.equal(breaksBlock(c, 16, 18), true);
      const d = cursorOf('của Bộ Tài\nchính');
      assert.equal(breaksBlock(d, 10, 11), false);
    });
  });
});

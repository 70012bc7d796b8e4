import * as assert from 'node:assert/strict';
import { readDateAt, type DateMention } from '../../server/src/core/dates/read';
import { dayNumber, isValidDay, weekdayOf } from '../../server/src/core/dates/calendar';

/** The text a mention covers, and its fields without offsets. */
function read(text: string, offset = 0) {
  const m = readDateAt(text, offset);
  if (!m) return undefined;
  const { start, end, ...rest } = m as DateMention & Record<string, unknown>;
  return { covers: text.slice(start, end), ...rest };
}

describe('dates: calendar', () => {
  it('knows leap years and month lengths', () => {
    assert.equal(isValidDay(2024, 2, 29), true);
    assert.equal(isValidDay(2023, 2, 29), false);
    assert.equal(isValidDay(2000, 2, 29), true);
    assert.equal(isValidDay(1900, 2, 29), false);
    assert.equal(isValidDay(2024, 4, 31), false);
    assert.equal(isValidDay(2024, 13, 1), false);
  });
  it('gives weekdays: 05/6/2014 a Thursday, 15/3/2023 a Wednesday, 27/10/2024 a Sunday', () => {
    assert.equal(weekdayOf(2014, 6, 5), 4);
    assert.equal(weekdayOf(2023, 3, 15), 3);
    assert.equal(weekdayOf(2024, 10, 27), 0);
    assert.equal(weekdayOf(1970, 1, 1), 4);
    assert.equal(weekdayOf(1945, 9, 2), 0);
  });
  it('counts days across leap years', () => {
    assert.equal(dayNumber(2023, 2, 6) - dayNumber(2014, 6, 5), 3168);
    assert.equal(dayNumber(2024, 3, 1) - dayNumber(2024, 2, 28), 2);
  });
});

describe('dates: readDateAt', () => {
  it('reads the forms citations use', () => {
    assert.deepEqual(read('ngày 05/6/2014 của'), { covers: '05/6/2014', kind: 'day', year: 2014, month: 6, day: 5, form: 'slash', valid: true });
    assert.deepEqual(read('ngày 5/6/2014'), { covers: '5/6/2014', kind: 'day', year: 2014, month: 6, day: 5, form: 'slash', valid: true });
    assert.deepEqual(read('ngày 12-5-2016'), { covers: '12-5-2016', kind: 'day', year: 2016, month: 5, day: 12, form: 'dash', valid: true });
    assert.deepEqual(read('ngày 12.5.2016.'), { covers: '12.5.2016', kind: 'day', year: 2016, month: 5, day: 12, form: 'dot', valid: true });
    assert.deepEqual(read('ngày 5 tháng 6 năm 2014 của'), { covers: '5 tháng 6 năm 2014', kind: 'day', year: 2014, month: 6, day: 5, form: 'words', valid: true });
    assert.deepEqual(read('Ngày 14 Tháng 10 Năm 2021'), { covers: '14 Tháng 10 Năm 2021', kind: 'day', year: 2021, month: 10, day: 14, form: 'words', valid: true });
  });

  it('starts after spaces and an optional ngày, at the offset given', () => {
    const text = 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của';
    const at = text.indexOf(' ngày');
    const m = readDateAt(text, at)!;
    assert.equal(text.slice(m.start, m.end), '14/10/2021');
    assert.equal(readDateAt('  14/10/2021', 0)!.start, 2);
  });

  it('reads a date wrapped over one line break (LF or CRLF), not over a blank line', () => {
    assert.equal(read('ngày 5 tháng\r\n6 năm 2014')?.covers, '5 tháng\r\n6 năm 2014');
    assert.equal(read('ngày\n05/6/2014')?.covers, '05/6/2014');
    assert.equal(read('ngày 05/6/\r\n2014')?.covers, '05/6/\r\n2014');
    assert.equal(read('ngày 5 tháng\n\n6 năm 2014'), undefined);
  });

  it('matches NFD text and non-breaking spaces, reporting offsets in the original', () => {
    const nfd = 'Căn cứ Nghị định ngày 5 tháng 6 năm 2014 của'.normalize('NFD');
    const at = nfd.indexOf('ngày'.normalize('NFD'));
    const m = readDateAt(nfd, at)!;
    assert.equal(nfd.slice(m.start, m.end), '5 tháng 6 năm 2014'.normalize('NFD'));
    assert.equal(m.year, 2014);
    const nbsp = 'ngày\u00a005\u00a0tháng\u00a06\u00a0năm\u00a02014';
    const n = readDateAt(nbsp, 0)!;
    assert.deepEqual([n.start, n.end, n.day], [5, nbsp.length, 5]);
  });

  it('marks dates that are not on the calendar as invalid', () => {
    assert.equal(read('ngày 30/02/2024')?.valid, false);
    assert.equal(read('ngày 29/02/2023')?.valid, false);
    assert.equal(read('ngày 29/02/2024')?.valid, true);
    assert.equal(read('ngày 15/13/2023')?.valid, false);
    assert.equal(read('ngày 31 tháng 4 năm 2023')?.valid, false);
    assert.equal(read('tháng 13/2023')?.valid, false);
  });

  it('reads month, quarter, half-year and year forms', () => {
    assert.deepEqual(read('tháng 6/2014'), { covers: 'tháng 6/2014', kind: 'month', year: 2014, month: 6, form: 'slash', valid: true });
    assert.deepEqual(read('tháng 6 năm 2014'), { covers: 'tháng 6 năm 2014', kind: 'month', year: 2014, month: 6, form: 'words', valid: true });
    assert.deepEqual(read('quý I/2023'), { covers: 'quý I/2023', kind: 'quarter', year: 2023, quarter: 1, form: 'words', valid: true });
    assert.deepEqual(read('Quý IV năm 2023')?.quarter, 4);
    assert.deepEqual(read('quí 3/2023')?.quarter, 3);
    assert.deepEqual(read('6 tháng đầu năm 2023'), { covers: '6 tháng đầu năm 2023', kind: 'half-year', year: 2023, half: 1, form: 'words', valid: true });
    assert.equal(read('6 tháng cuối năm 2023')?.half, 2);
    assert.deepEqual(read('năm 2023,'), { covers: 'năm 2023', kind: 'year', year: 2023, form: 'words', valid: true });
  });

  it('reads no date in symbols, amounts, section numbers, versions or bare month/year', () => {
    for (const text of ['1719/QĐ-TTg', '27/2022/NĐ-CP', '88/2019/QH14', '1.250.000 đồng', '1.2.3', 'v1.2.2023',
      '0912.345.678', '5/2023', 'ngày 05/6', '2021-2025', 'ngày 05/6/20145', '12/5/2016/QĐ-UBND', 'năm 20']) {
      assert.equal(readDateAt(text, 0), undefined, text);
    }
  });
});

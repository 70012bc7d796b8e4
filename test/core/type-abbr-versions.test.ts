/**
 * Issue 12 §2: rules versioned by date. A basis with versions (rules/basis-versions.ts), and its first
 * use beyond the law on legal documents: the abbreviations of four administrative types, which Thông tư
 * 01/2011/TT-BNV wrote otherwise than Nghị định 30/2020/NĐ-CP (rules/type-abbr-versions.ts).
 */
import * as assert from 'node:assert/strict';
import { dayNumber } from '../../server/src/core/dates/calendar';
import { lint } from '../../server/src/core/lint';
import { versionOn, versionsUpTo } from '../../server/src/core/rules/basis-versions';
import { TYPE_ABBR_VERSIONS, typeAbbrVersionsOf, type DifferencesData } from '../../server/src/core/rules/type-abbr-versions';

const day = (y: number, m: number, d: number) => dayNumber(y, m, d);
const one = (n: number) => ({ first: n, last: n });

describe('a basis with versions', () => {
  const versions = [{ provision: 'A', from: day(2011, 1, 19) }, { provision: 'B', from: day(2020, 3, 5) }];

  it('gives the version in force over the whole period, none before the first or across a change', () => {
    assert.equal(versionOn(versions, one(day(2011, 1, 18))), undefined);
    assert.equal(versionOn(versions, one(day(2011, 1, 19)))?.provision, 'A');
    assert.equal(versionOn(versions, one(day(2020, 3, 4)))?.provision, 'A');
    assert.equal(versionOn(versions, one(day(2020, 3, 5)))?.provision, 'B');
    assert.equal(versionOn(versions, { first: day(2020, 1, 1), last: day(2020, 12, 31) }), undefined);
    assert.equal(versionOn(versions, { first: day(2021, 1, 1), last: day(2021, 12, 31) })?.provision, 'B');
  });

  it('lists the versions a document of up to a day may follow', () => {
    assert.deepEqual(versionsUpTo(versions, day(2019, 5, 12)).map((v) => v.provision), ['A']);
    assert.deepEqual(versionsUpTo(versions, day(2021, 5, 12)).map((v) => v.provision), ['A', 'B']);
    assert.deepEqual(versionsUpTo(versions, day(2010, 5, 12)), []);
  });
});

describe('type abbreviations by version (data/tt01-2011-differences.json)', () => {
  it('TT 01/2011 from its date, NĐ 30/2020 from 05/3/2020, with the four confirmed differences', () => {
    assert.deepEqual(TYPE_ABBR_VERSIONS.map((v) => [v.provision, v.fromIso]), [
      ['Thông tư 01/2011/TT-BNV', '2011-01-19'], ['Nghị định 30/2020/NĐ-CP, Phụ lục III, mục I', '2020-03-05'],
    ]);
    assert.deepEqual([...TYPE_ABBR_VERSIONS[0].forms], [['Bản ghi nhớ', 'GN'], ['Bản thỏa thuận', 'TTh'], ['Giấy ủy quyền', 'UQ'], ['Giấy nghỉ phép', 'NP']]);
    assert.deepEqual([...TYPE_ABBR_VERSIONS[1].forms.values()], ['BGN', 'BTT', 'GUQ', 'GNP']);
  });

  it('reads only what the data marks confirmed', () => {
    const side = (status: string) => ({ id: '01/2011/TT-BNV', date: '2011-01-19', effective: '2020-03-05', status });
    const data = (sides: string, difference: string): DifferencesData => ({
      tt01: side(sides), nd30: side(sides), differences: [{ item: 'Bản ghi nhớ', tt01: 'GN', nd30: 'BGN', status: difference }],
    });
    assert.equal(typeAbbrVersionsOf(data('confirmed', 'confirmed (TT 01 side from a secondary source)')).length, 2);
    assert.deepEqual(typeAbbrVersionsOf(data('confirmed', 'not confirmed')), []);
    assert.deepEqual(typeAbbrVersionsOf(data('found', 'confirmed')), []);
    // A difference whose NĐ 30 side is not what the type table holds is a mistake in the data: not read.
    const wrong = data('confirmed', 'confirmed');
    assert.deepEqual(typeAbbrVersionsOf({ ...wrong, differences: [{ ...wrong.differences[0], nd30: 'GNh' }] }), []);
  });
});

/** A state plan of the given place-date line that cites `citation`. */
function plan(dateLine: string, citation: string): string {
  return ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', '', 'Số: 41/KH-UBND', '', `Lạng Sơn, ${dateLine}`, '', '# KẾ HOẠCH', '',
    `Căn cứ ${citation} của Ủy ban nhân dân tỉnh Lạng Sơn;`, ''].join('\n');
}

const typeFindings = (text: string, locale: 'vi' | 'en' = 'vi') => lint(text, { locale }).filter((f) => f.ruleId === 'citation-type-mismatch');
const IN_2019 = 'ngày 12 tháng 5 năm 2019';
const IN_2021 = 'ngày 12 tháng 5 năm 2021';
const UNDATED = 'ngày      tháng      năm';

describe('citation-type-mismatch applies the abbreviations of the cited document’s time', () => {
  it('a plan of 2019: the TT 01 form is right, the NĐ 30 form is caught and the message names TT 01 and why', () => {
    assert.deepEqual(typeFindings(plan(IN_2019, 'Bản ghi nhớ số 05/GN-UBND')), []);
    assert.deepEqual(typeFindings(plan(IN_2019, 'Giấy ủy quyền số 05/UQ-UBND ngày 12/3/2018')), []);
    const [f] = typeFindings(plan(IN_2019, 'Bản ghi nhớ số 05/BGN-UBND'));
    assert.equal(f.messageId, 'otherVersion');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /theo Thông tư 01\/2011\/TT-BNV \(kế hoạch ngày 12\/5\/2019\): Bản ghi nhớ viết tắt là “GN”/);
    assert.equal(f.fix?.edits[0].text, 'GN');
  });

  it('a plan of 2021: the TT 01 form of a document of 2021 is caught, with the fix to the NĐ 30 form', () => {
    const [f] = typeFindings(plan(IN_2021, 'Bản ghi nhớ số 05/GN-UBND ngày 12/4/2021'));
    assert.equal(f.messageId, 'otherVersion');
    assert.match(f.message, /theo Nghị định 30\/2020\/NĐ-CP, Phụ lục III, mục I \(văn bản được trích ngày 12\/4\/2021\)/);
    assert.equal(f.fix?.title, 'Sửa chữ viết tắt thành “BGN” (05/BGN-UBND)');
    const [en] = typeFindings(plan(IN_2021, 'Bản ghi nhớ số 05/GN-UBND ngày 12/4/2021'), 'en');
    assert.match(en.message, /falls under Nghị định 30\/2020\/NĐ-CP, Phụ lục III, mục I \(the cited document is dated 12 April 2021\)/);
  });

  it('a plan of 2021 that cites a document of 2018 by its own symbol of that time stays silent', () => {
    assert.deepEqual(typeFindings(plan(IN_2021, 'Bản ghi nhớ số 05/GN-UBND ngày 12/3/2018')), []);
  });

  it('a citation with no date, in a plan after 05/3/2020: the old form is information, right only for an older text', () => {
    const [f] = typeFindings(plan(IN_2021, 'Giấy ủy quyền số 07/UQ-UBND'));
    assert.equal(f.messageId, 'olderOnly');
    assert.equal(f.severity, 'information');
    assert.equal(f.fix, undefined);
    assert.match(f.message, /chỉ đúng nếu văn bản được ban hành trước ngày 05\/3\/2020/);
    assert.deepEqual(typeFindings(plan(IN_2021, 'Giấy ủy quyền số 07/GUQ-UBND')), []);
  });

  it('an undated draft reads as today: NĐ 30', () => {
    const [f] = typeFindings(plan(UNDATED, 'Bản ghi nhớ số 05/GN-UBND ngày 12/4/2024'));
    assert.equal(f.messageId, 'otherVersion');
    const [other] = typeFindings(plan(UNDATED, 'Bản ghi nhớ số 05/GM-UBND'));
    assert.equal(other.messageId, 'mismatch+basis');
    assert.match(other.message, /Căn cứ: Nghị định 30\/2020\/NĐ-CP, Phụ lục III, mục I \(kế hoạch chưa ghi ngày: tính theo hôm nay\)\.$/);
  });

  it('no version is chosen by a plan known only to the year of the change, nor before TT 01', () => {
    const in2020 = 'ngày      tháng      năm 2020';
    assert.deepEqual(typeFindings(plan(in2020, 'Bản ghi nhớ số 05/GN-UBND')), []);
    assert.deepEqual(typeFindings(plan(in2020, 'Bản ghi nhớ số 05/BGN-UBND')), []);
    assert.deepEqual(typeFindings(plan('ngày 12 tháng 5 năm 2010', 'Bản ghi nhớ số 05/BGN-UBND')), []);
  });

  it('a date after a comma may open the next clause: it does not choose the version', () => {
    const [f] = typeFindings(plan(IN_2021, 'Bản ghi nhớ số 05/GN-UBND, ngày 12/4/2021'));
    assert.equal(f.messageId, 'olderOnly');
  });

  it('finds and fixes the old form in pasted text: NFD, CRLF, lower case', () => {
    const text = plan(IN_2021, 'Bản ghi nhớ số 05/gn-UBND ngày 12/4/2021').normalize('NFD').replace(/\n/g, '\r\n');
    const [f] = typeFindings(text);
    assert.equal(f.messageId, 'otherVersion');
    assert.equal(text.slice(f.fix!.edits[0].start, f.fix!.edits[0].end), 'gn');
  });
});

/**
 * Rules whose basis depends on the plan's own date (issue 12 §2, §4): the law on legal normative
 * documents in force on that date, and the provinces merged in 2025.
 */
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/core/document';
import { dayNumber } from '../../server/src/core/dates/calendar';
import { lint } from '../../server/src/core/lint';
import { NORMATIVE_LAWS, normativeLawOn } from '../../server/src/core/rules/normative-law';
import { planWhen } from '../../server/src/core/rules/plan-when';
import { NEW_UNITS_FROM, obsoleteNames, obsoleteProvince, type ProvinceData } from '../../server/src/core/rules/provinces-2025';

const day = (y: number, m: number, d: number) => dayNumber(y, m, d);
const on = (y: number, m: number, d: number) => normativeLawOn({ first: day(y, m, d), last: day(y, m, d) })?.provision;

const LAW_80 = 'Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 10';
const LAW_64 = 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, Điều 7, khoản 3';

/** A plan with the place-date line `line` that cites a Thông tư with a symbol year that its date contradicts. */
function planDated(line: string): string {
  return ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', '', 'Số: 41/KH-UBND', '', line, '', 'KẾ HOẠCH', '',
    'Căn cứ Thông tư số 15/2021/TT-BTC ngày 18/02/2022 của Bộ Tài chính;', ''].join('\n');
}

function yearFinding(text: string, locale: 'vi' | 'en' = 'vi') {
  const found = lint(text, { locale }).filter((f) => f.ruleId === 'citation-year-mismatch');
  assert.equal(found.length, 1);
  return found[0];
}

describe('the law on legal normative documents in force on a date', () => {
  it('is Luật 80/2015 up to 31/3/2025 and Luật 64/2025 from 01/4/2025, as the data confirms both', () => {
    assert.equal(NORMATIVE_LAWS.length, 2);
    assert.equal(on(2016, 7, 1), LAW_80);
    assert.equal(on(2025, 3, 31), LAW_80);
    assert.equal(on(2025, 4, 1), LAW_64);
    assert.equal(on(2026, 1, 5), LAW_64);
  });

  it('is none before Luật 80/2015 took effect, and none for a period across the change', () => {
    assert.equal(on(2016, 6, 30), undefined);
    assert.equal(normativeLawOn({ first: day(2025, 1, 1), last: day(2025, 12, 31) }), undefined);
    assert.equal(normativeLawOn({ first: day(2025, 3, 1), last: day(2025, 3, 31) })?.provision, LAW_80);
  });
});

describe('citation-year-mismatch names the law of the plan’s own date', () => {
  it('Luật 80/2015/QH13, Điều 10 for a plan of 31/3/2025', () => {
    const f = yearFinding(planDated('Lạng Sơn, ngày 31 tháng 3 năm 2025'));
    assert.equal(f.messageId, 'dateYearLaw');
    assert.equal(f.data?.law, LAW_80);
    assert.match(f.message, /80\/2015\/QH13, Điều 10 \(luật có hiệu lực khi ban hành văn bản này, ngày 31\/3\/2025\)\.$/);
  });

  it('Luật 64/2025/QH15, Điều 7, khoản 3 for a plan of 01/4/2025, in either language', () => {
    const text = planDated('Lạng Sơn, ngày 01 tháng 4 năm 2025');
    assert.equal(yearFinding(text).data?.law, LAW_64);
    assert.match(yearFinding(text, 'en').message, /Basis: .*64\/2025\/QH15.*in force when this document was issued, 1 April 2025/);
  });

  it('the law in force today for a draft with no date, and no law for a plan known only to the year 2025', () => {
    const draft = yearFinding(planDated('Lạng Sơn, ngày      tháng      năm'));
    assert.equal(draft.data?.law, LAW_64);
    assert.equal(draft.data?.when, 'luật đang có hiệu lực; văn bản chưa ghi ngày');
    assert.equal(yearFinding(planDated('Lạng Sơn, ngày      tháng      năm 2025')).messageId, 'dateYear');
  });

  it('reads a draft with no date as of the day it is given', () => {
    const draft = parsePlan(planDated('Lạng Sơn, ngày      tháng      năm'));
    assert.deepEqual(planWhen(draft, day(2025, 3, 31))?.period, { first: day(2025, 3, 31), last: day(2025, 3, 31) });
    assert.equal(planWhen(draft, day(2025, 3, 31))?.date, undefined);
    assert.equal(planWhen(parsePlan(planDated('Lạng Sơn, ngày 30 tháng 02 năm 2025')), day(2025, 3, 31)), undefined);
  });
});

describe('provinces merged in 2025', () => {
  it('takes effect on a place-date line from 01/7/2025, when the new authorities began', () => {
    assert.equal(NEW_UNITS_FROM, day(2025, 7, 1));
  });

  it('knows an old name however it is written, and not a name that stayed', () => {
    assert.equal(obsoleteProvince('Hoà Bình')?.name, 'Hòa Bình');
    assert.equal(obsoleteProvince('HÒA BÌNH')?.name, 'Hòa Bình');
    assert.equal(obsoleteProvince('Tỉnh Hà Giang')?.name, 'Hà Giang');
    assert.equal(obsoleteProvince('Bà Rịa-Vũng Tàu')?.name, 'Bà Rịa - Vũng Tàu');
    assert.equal(obsoleteProvince('Hà Giang'.normalize('NFD'))?.name, 'Hà Giang');
    for (const kept of ['Bắc Ninh', 'Tuyên Quang', 'Hà Nội', 'Thành phố Hồ Chí Minh', 'Vũng Tàu', '']) assert.equal(obsoleteProvince(kept), undefined, kept);
  });

  it('names the new unit only where the data confirms it, in the form a place-date line takes', () => {
    assert.equal(obsoleteProvince('Hà Giang')?.successor?.place, 'Tuyên Quang');
    assert.equal(obsoleteProvince('Bình Dương')?.successor?.place, 'Thành phố Hồ Chí Minh');
    assert.equal(obsoleteProvince('Bình Dương')?.successor?.kind, 'thành phố');
    assert.equal(obsoleteProvince('Kon Tum')?.successor?.place, 'Quảng Ngãi');
    assert.equal(obsoleteProvince('Bến Tre')?.successor?.place, 'Vĩnh Long');
  });

  it('reads only what the data marks confirmed', () => {
    const unit = (status: string) => ({ name: 'Vĩnh Long', kind: 'tỉnh' as const, mergedFrom: ['Vĩnh Long', 'Bến Tre'], status });
    const data = (listStatus: string, unitStatus: string): ProvinceData => ({
      namesThatDisappear: { value: ['Bến Tre'], status: listStatus }, units: [unit(unitStatus)],
    });
    assert.equal(obsoleteProvince('Bến Tre', obsoleteNames(data('confirmed', 'confirmed (news)')))?.successor?.place, 'Vĩnh Long');
    const partly = obsoleteProvince('Bến Tre', obsoleteNames(data('confirmed', 'partly confirmed (news, before the resolution)')));
    assert.equal(partly?.name, 'Bến Tre');
    assert.equal(partly?.successor, undefined);
    assert.equal(obsoleteProvince('Bến Tre', obsoleteNames(data('not confirmed', 'confirmed'))), undefined);
  });

  it('flags an old province’s name from 01/7/2025 on, with no fix for a body of the old province', () => {
    const plan = (place: string, date: string) => ['ỦY BAN NHÂN DÂN', 'TỈNH HẢI DƯƠNG', '', 'Số: 3/KH-UBND', '', `${place}, ngày ${date}`, '', 'KẾ HOẠCH', ''].join('\n');
    const findings = (text: string) => lint(text).filter((f) => f.ruleId === 'header-place-obsolete');
    assert.equal(findings(plan('Hải Dương', '30 tháng 6 năm 2025')).length, 0);
    assert.equal(findings(plan('Hải Dương', '01 tháng 7 năm 2025')).length, 1);
    assert.equal(findings(plan('Hải Dương', '01 tháng 7 năm 2025'))[0].fix, undefined, 'a body of the old province: no certain fix');
    const [en] = lint(plan('Hải Dương', '01 tháng 7 năm 2025'), { locale: 'en' }).filter((f) => f.ruleId === 'header-place-obsolete');
    assert.match(en.message, /Hải Dương province became part of Hải Phòng city by Nghị quyết 202\/2025\/QH15/);
  });
});

describe('the National Assembly terms, khóa XVI included (data/laws-citation-year.json)', () => {
  const terms = (symbol: string) => lint(planDated('Lạng Sơn, ngày 10 tháng 8 năm 2027').replace('Thông tư số 15/2021/TT-BTC ngày 18/02/2022 của Bộ Tài chính', `Nghị quyết số ${symbol} của Quốc hội`))
    .filter((f) => f.ruleId === 'citation-year-mismatch');

  it('reads a 2027 resolution of khóa XVI as right, and one said to be of khóa XV as outside its term', () => {
    assert.deepEqual(terms('12/2027/QH16'), []);
    const wrong = terms('12/2027/QH15');
    assert.equal(wrong.length, 1);
    assert.match(wrong[0].message, /khóa XV \(2021–2026\)/);
    // 2027 lies in khóa XVI alone: the fix writes its number.
    assert.equal(wrong[0].fix?.edits[0].text, '16');
  });
});

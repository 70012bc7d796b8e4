/**
 * Issue 12 §1: the profile of a Đoàn plan (`doan`, Hướng dẫn 29-HD/TWĐTN-VP) and of a mass organisation's
 * plan whose format is not confirmed (`mass`: no header finding), read from the header.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../server/src/core/config';
import { parsePlan } from '../../server/src/core/document';
import { lint, planProfileOf } from '../../server/src/core/lint';
import { FIXTURES_ROOT } from './fixtures';

const fixture = (path: string) => readFileSync(join(FIXTURES_ROOT, path), 'utf8').replace(/ ?<!-- expect -->/g, '');
const profile = (text: string) => parsePlan(text).detectedProfile;
const headerFindings = (text: string, options = {}) => lint(text, options).filter((f) => f.ruleId.startsWith('header-')).map((f) => f.ruleId);

const CENTRAL = fixture('rules/header-national-title/doan-trung-uong.kh.md');
const NO_HEADING = fixture('rules/header-national-title/doan-thieu-tieu-de.kh.md');
const HOI_NONG_DAN = fixture('rules/header-national-title/hoi-nong-dan-khong-kiem-tra.kh.md');
const MAT_TRAN = fixture('rules/header-national-title/mat-tran-khong-kiem-tra.kh.md');
const CONG_DOAN = fixture('rules/header-national-title/cong-doan-dung.kh.md');

describe('profile doan: a Đoàn plan read from its header', () => {
  it('reads the heading ĐOÀN TNCS HỒ CHÍ MINH from a table, and the committee as the issuer', () => {
    const doc = parsePlan(CENTRAL);
    assert.equal(doc.detectedProfile, 'doan');
    assert.equal(doc.header.doanTitle?.text, 'ĐOÀN TNCS HỒ CHÍ MINH');
    assert.deepEqual(doc.header.issuer.map((f) => f.text), ['BAN CHẤP HÀNH TRUNG ƯƠNG']);
    assert.equal(doc.header.number?.value, '225 - KH/TWĐTN-CTTN');
  });

  it('reads the two columns of a web page joined by runs of spaces (thieunhivietnam.vn, 225-KH/TWĐTN-CTTN)', () => {
    const doc = parsePlan(fixture('real/twdtn-225-2024.txt'));
    assert.equal(doc.detectedProfile, 'doan');
    assert.deepEqual(doc.header.issuer.map((f) => f.text), ['BAN CHẤP HÀNH TRUNG ƯƠNG']);
    assert.equal(doc.header.doanTitle?.text, 'ĐOÀN TNCS HỒ CHÍ MINH');
    // The space inside `225 - KH` does not split the line: the place-date line starts at `Hà Nội`.
    assert.equal(doc.header.number?.parsed?.parts.map((p) => p.word).join(' '), 'KH TWĐTN CTTN');
    assert.equal(doc.header.placeDate?.text, 'Hà Nội, ngày 16 tháng 5 năm 2024');
  });

  it('splits a number line and the place-date line pasted on one line after the symbol’s groups, spaced or not', () => {
    const split = (line: string) => {
      const h = parsePlan(`ỦY BAN NHÂN DÂN\n${line}\n\nKẾ HOẠCH\nTriển khai\n`).header;
      return [h.number?.text, h.placeDate?.text];
    };
    assert.deepEqual(split('Số: 225 - KH/TWĐTN-CTTN   Hà Nội, ngày 16 tháng 5 năm 2024'), ['Số: 225 - KH/TWĐTN-CTTN', 'Hà Nội, ngày 16 tháng 5 năm 2024']);
    assert.deepEqual(split('Số: 52 / KH - UBND Lạng Sơn, ngày 05 tháng 6 năm 2014'), ['Số: 52 / KH - UBND', 'Lạng Sơn, ngày 05 tháng 6 năm 2014']);
    assert.deepEqual(split('Số: 52/KH-UBND LẠNG SƠN, ngày 05 tháng 6 năm 2014'), ['Số: 52/KH-UBND', 'LẠNG SƠN, ngày 05 tháng 6 năm 2014']);
    assert.deepEqual(split('Số: 52/KH-UBND BÀ RỊA - VŨNG TÀU, ngày 05 tháng 6 năm 2014'), ['Số: 52/KH-UBND', 'BÀ RỊA - VŨNG TÀU, ngày 05 tháng 6 năm 2014']);
  });

  it('reads NFD text with CRLF (a school’s plan pasted from Word)', () => {
    const doc = parsePlan(fixture('rules/header-national-title/doan-truong-nfd-crlf.kh.md'));
    assert.equal(doc.detectedProfile, 'doan');
    assert.deepEqual(headerFindings(doc.text), []);
  });

  it('reads the Đoàn’s code in the symbol when the heading is missing, and asks for the heading', () => {
    assert.equal(profile(NO_HEADING), 'doan');
    assert.equal(profile('Số: 05-KH/ĐTN\n\nKẾ HOẠCH\nTổ chức hội trại\n'), 'doan');
    assert.equal(profile('Số: 05-KH/TĐTN-TNTH\n\nKẾ HOẠCH\nTổ chức hội trại\n'), 'doan');
    assert.deepEqual(headerFindings(NO_HEADING), ['header-national-title']);
  });

  it('a correct Đoàn plan gets no state or Party complaint; checked as a Party plan it would', () => {
    assert.deepEqual(headerFindings(CENTRAL), []);
    assert.deepEqual(headerFindings(CENTRAL, { profile: 'party' }).sort(), ['header-national-title', 'header-number']);
    assert.deepEqual(headerFindings(CENTRAL, { profile: 'state' }).sort(), ['header-national-title', 'header-number']);
  });

  it('can be set in .kehoach.json', () => {
    const { config, problems } = validateConfig({ profile: 'doan', requiredSections: { doan: ['muc-dich'], mass: ['nhiem-vu'] } });
    assert.deepEqual(problems, []);
    assert.equal(config.profile, 'doan');
    const doc = parsePlan(CONG_DOAN);
    assert.equal(planProfileOf(doc, config), 'doan');
    // Set by hand on a state plan: the Đoàn's heading is asked for, and its `34/KH-LĐLĐ` is in the state's style.
    assert.deepEqual(headerFindings(CONG_DOAN, { profile: 'doan' }), ['header-national-title', 'header-number']);
  });

  it('a state plan that cites a Đoàn document or names the Đoàn in its text stays state', () => {
    const text = CONG_DOAN.replace(
      'Thực hiện chương trình công tác Công đoàn năm 2022,',
      'Thực hiện Kế hoạch số 225-KH/TWĐTN-CTTN ngày 16/5/2024 của Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh,',
    );
    assert.notEqual(text, CONG_DOAN);
    assert.equal(profile(text), 'state');
  });
});

describe('profile mass: organisations whose format is not confirmed', () => {
  it('Công đoàn writes the state header (933/QĐ-TLĐ): it stays state and is checked as such', () => {
    assert.equal(profile(CONG_DOAN), 'state');
    assert.deepEqual(headerFindings(CONG_DOAN), []);
    assert.deepEqual(headerFindings(fixture('rules/header-national-title/cong-doan-thieu-quoc-hieu.kh.md')), ['header-national-title']);
  });

  it('Hội Nông dân, Mặt trận Tổ quốc: no header finding at all, even on a header the state would fault', () => {
    assert.equal(profile(HOI_NONG_DAN), 'mass');
    assert.equal(profile(MAT_TRAN), 'mass');
    for (const text of [HOI_NONG_DAN, MAT_TRAN]) {
      assert.deepEqual(headerFindings(text), []);
      assert.ok(headerFindings(text, { profile: 'state' }).length > 0, 'the header is one the state rules fault');
    }
  });

  it('recognises the names of Hội LHPN and Hội Cựu chiến binh, full or abbreviated', () => {
    const plan = (issuer: string) => `${issuer}\n\nSố: 12/KH-HPN\n\nKẾ HOẠCH\nTổ chức hội thi\n`;
    for (const issuer of ['HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC NINH', 'HỘI LHPN HUYỆN GIA BÌNH', 'HỘI CỰU CHIẾN BINH VIỆT NAM', 'UBMTTQ VIỆT NAM XÃ ĐÔNG CỨU']) {
      assert.equal(profile(plan(issuer)), 'mass', issuer);
    }
    // A word that merely contains a name is not it.
    assert.equal(profile(plan('HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH')), 'state');
  });

  it('body rules still run: a section missing from a mass organisation’s plan is reported', () => {
    const text = HOI_NONG_DAN.replace(/II\. NỘI DUNG\n\n.*\n\n/u, '');
    assert.notEqual(text, HOI_NONG_DAN);
    assert.ok(lint(text).some((f) => f.ruleId === 'section-missing'));
  });
});

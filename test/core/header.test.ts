import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';
import { hasPlanHeader, placeDateForm } from '../../server/src/core/header/index';
import { FIXTURES_ROOT } from './fixtures';

const fixture = (path: string) => readFileSync(join(FIXTURES_ROOT, path), 'utf8');
const STATE_2023 = fixture('rules/header-number/state-correct-2023.kh.md');
const PARTY = fixture('rules/header-number/party-correct.kh.md');
const HEADER_RULES = ['header-national-title', 'header-number', 'header-date-line', 'header-title'];

describe('header reader', () => {
  it('reads the place-date line with or without its comma, and a numeric one as a malformed line', () => {
    assert.equal(placeDateForm('Lạng Sơn, ngày 05 tháng 6 năm 2014'), 'words');
    assert.equal(placeDateForm('Hà Nội, ngày      tháng 6 năm 2021'), 'words');
    assert.equal(placeDateForm('Lạng Sơn ngày 05 tháng 6 năm 2014'), 'words');
    assert.equal(placeDateForm('Thành phố Hồ Chí Minh ngày 29 tháng 6 năm 2019'), 'words');
    assert.equal(placeDateForm('Lạng Sơn, ngày 05/6/2014'), 'numeric');
  });

  it('does not take a web page date or a sentence for the place-date line', () => {
    assert.equal(placeDateForm('Chủ nhật, ngày 27/10/2024'), undefined);
    assert.equal(placeDateForm('Thứ Hai, ngày 16 tháng 12 năm 2019'), undefined);
    assert.equal(placeDateForm('Các đơn vị nộp trước ngày 5 tháng 6 năm 2023'), undefined);
    assert.equal(placeDateForm('Ngày ban hành 05/06/2014'), undefined);
  });

  it('keeps reading the real Lạng Sơn header as before', () => {
    const h = parsePlan(fixture('real/lang-son-52-KH-UBND-2014.txt')).header;
    assert.equal(h.number?.value, '52/KH-UBND');
    assert.equal(h.placeDate?.text, 'Lạng Sơn, ngày 05 tháng 6 năm 2014');
    assert.equal(h.title?.text, 'KẾ HOẠCH');
    assert.ok(h.summary?.text.startsWith('TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC'));
    assert.equal(h.numberLike, undefined);
    assert.ok(hasPlanHeader(h));
  });

  // Excerpts of published plans as their sites show them: Quảng Nam's wraps the Quốc hiệu and the
  // date over lines and has no blank lines (thuviennhadat.vn/vbpl/ke-hoach-4544-kh-ubnd-2023-giam-sat-
  // danh-gia-chuong-trinh-giam-ngheo-ben-vung-quang-nam-576882.html); Bắc Ninh's has the site's own
  // fields above the header (phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm).
  it('reads headers wrapped over lines by a web page, as one field each', () => {
    const h = parsePlan(fixture('rules/header-number/real-quang-nam-4544-KH-UBND-2023-excerpt.txt')).header;
    assert.equal(h.nationalTitle?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(h.placeDate?.text, 'Quảng Nam, ngày 13 tháng 7 năm 2023');
    assert.equal(h.summary?.text, 'GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2023');
    const b = parsePlan(fixture('rules/header-number/real-bac-ninh-155-KH-UBND-2017-excerpt.txt')).header;
    assert.equal(b.number?.value, '155/KH-UBND');
    assert.equal(b.placeDate?.text, 'Bắc Ninh, ngày 26 tháng 5 năm 2017');
    const party = parsePlan('ĐẢNG BỘ TỈNH CAO BẰNG\nTỈNH ỦY\n\nĐẢNG\nCỘNG SẢN VIỆT NAM\n\nSố 201-KH/TU\n\nCao Bằng,\nngày 15 tháng 3 năm 2023\n\nKẾ HOẠCH\n').header;
    assert.equal(party.partyTitle?.text, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(party.placeDate?.text, 'Cao Bằng, ngày 15 tháng 3 năm 2023');
  });

  it('reads a number line and a place-date line copied onto one line as two fields', () => {
    const h = parsePlan('Số: 15/KH-UBND Cao Bằng, ngày 06 tháng 02 năm 2023\n\nKẾ HOẠCH\n').header;
    assert.equal(h.number?.value, '15/KH-UBND');
    assert.equal(h.placeDate?.text, 'Cao Bằng, ngày 06 tháng 02 năm 2023');
  });

  it('finds no plan header in an article (the Cao Bằng text)', () => {
    assert.equal(hasPlanHeader(parsePlan(fixture('real/cao-bang-dinh-huong-2021-2025.txt')).header), false);
  });

  it('takes a short `Thực hiện …` line under the title as the trích yếu, but not the body opening with `như sau:`', () => {
    assert.ok(parsePlan(PARTY).header.summary?.text.startsWith('thực hiện Kết luận số 65-KL/TW'));
    const body = 'KẾ HOẠCH\n\nThực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị, Tỉnh ủy xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n';
    assert.equal(parsePlan(body).header.summary, undefined);
  });

  it('keeps a `Số` line it cannot read as a number-symbol, in any case', () => {
    const h = parsePlan('ỦY BAN NHÂN DÂN\n\nSố: KH-UBND\n\nKẾ HOẠCH\n').header;
    assert.equal(h.number, undefined);
    assert.equal(h.numberLike?.text, 'Số: KH-UBND');
    assert.equal(parsePlan('SỐ: 15/KH-UBND\n\nKẾ HOẠCH\n').header.number?.value, '15/KH-UBND');
    assert.equal(parsePlan('Số hiệu 52/KH-UBND\n\nKẾ HOẠCH\n').header.numberLike, undefined);
  });

  it('notices a plan issued with a decision', () => {
    const text = 'ỦY BAN NHÂN DÂN\n\nKẾ HOẠCH\n\nThực hiện năm 2023\n\n(Ban hành kèm theo Quyết định số 123/QĐ-UBND ngày 06/02/2023 của Ủy ban nhân dân tỉnh)\n\nI. MỤC ĐÍCH\n';
    assert.ok(parsePlan(text).header.attachedTo?.text.startsWith('(Ban hành kèm theo'));
  });
});

describe('header rules on complete plans', () => {
  it('a state plan dated ngày 06 tháng 02 năm 2023 with a complete header gets no header-* finding from any rule run', () => {
    const findings = lint(STATE_2023).filter((f) => HEADER_RULES.includes(f.ruleId));
    assert.deepEqual(findings.map((f) => f.message), []);
  });

  it('a Party plan (ĐẢNG CỘNG SẢN VIỆT NAM, Số 201-KH/TU, ngày 15 tháng 3 năm 2023) gets no header-* finding', () => {
    const doc = parsePlan(PARTY);
    assert.equal(doc.detectedProfile, 'party');
    assert.deepEqual(lint(PARTY).filter((f) => HEADER_RULES.includes(f.ruleId)).map((f) => f.message), []);
  });

  it('the same plan with each field broken gets one finding per rule, in Vietnamese and English', () => {
    const broken = STATE_2023
      .replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CONG HOA XA HOI CHU NGHIA VIET NAM')
      .replace('Số: 15/KH-UBND', 'Số 5/KH-UBND')
      .replace('ngày 06 tháng 02 năm 2023', 'ngày 6 tháng 2 năm 2023')
      .replace('KẾ HOẠCH\n', 'Kế hoạch\n');
    for (const locale of ['vi', 'en'] as const) {
      const ids = lint(broken, { locale }).filter((f) => HEADER_RULES.includes(f.ruleId)).map((f) => f.ruleId);
      assert.deepEqual(ids.sort(), [...HEADER_RULES].sort());
    }
    const en = lint(broken, { locale: 'en' }).find((f) => f.ruleId === 'header-number')!;
    assert.match(en.message, /Write: “Số: 05\/KH-UBND”/);
  });

  it('a profile set to party holds a state-style number to the Party style', () => {
    const text = PARTY.replace('Số 201-KH/TU', 'Số 201/KH-TU');
    const f = lint(text, { profile: 'party' }).find((x) => x.ruleId === 'header-number');
    assert.ok(f?.fix);
    assert.match(f.message, /Số 201-KH\/TU/);
  });
});

describe('header-number: a colon in a Party number line', () => {
  it('is information, not a warning, unless the user configures the rule', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'rules', 'header-number', 'party-colon.kh.md'), 'utf8').replace(/ ?<!-- expect -->/g, '');
    const only = (f: { ruleId: string }) => f.ruleId === 'header-number';
    assert.deepEqual(lint(text).filter(only).map((f) => f.severity), ['information']);
    assert.deepEqual(lint(text, { rules: { 'header-number': 'error' } }).filter(only).map((f) => f.severity), ['error']);
  });
});

import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { cp1252Char, decodeTcvn3, decodeVni, TCVN3_LETTERS } from '../../server/src/core/text/legacy-encodings';
import { restoreTcvn3Capitals } from '../../server/src/core/text/tcvn3-capitals';
import { isVietnameseSyllable } from '../../server/src/core/text/vietnamese-syllable';
import { toVni } from './legacy-samples';

/** Every Vietnamese letter with a mark, lowercase and capital: 67 each. */
const LETTERS = [...'aăâeêioôơuưy'].flatMap((v) => ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((t) => (v + t).normalize('NFC')))
  .filter((ch) => ch.charCodeAt(0) > 0x7f).concat('đ');

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('TCVN3 (ABC) table', () => {
  it('has the 134 − 67 lowercase letters and the 7 capitals without a tone that VN3 has', () => {
    const letters = new Set(TCVN3_LETTERS.values());
    assert.deepEqual(LETTERS.filter((ch) => !letters.has(ch)), []);
    assert.equal(TCVN3_LETTERS.size, 67 + 7);
  });

  it('agrees with iconv-lite’s tcvn (TCVN 5712) on every letter of VN3', () => {
    for (const [byte, letter] of TCVN3_LETTERS) assert.equal(iconv.decode(Buffer.from([byte]), 'tcvn'), letter, `0x${byte.toString(16)}`);
  });

  it('reads 0x80–0x9F as Windows-1252, where iconv-lite’s tcvn (table VN1) reads capitals', () => {
    const bytes = Buffer.from([0x93, 0x4b, 0xd5, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68, 0x94, 0x20, 0x96, 0x20, 0x31, 0x85]);
    assert.equal(decodeTcvn3(bytes), '“Kế hoạch” – 1…');
    assert.equal(iconv.decode(bytes, 'tcvn'), 'ỎKế hoạchÕ Ọ 1Ặ');
  });

  it('reads known ABC bytes: “Céng hßa x· héi chñ nghÜa ViÖt Nam”', () => {
    assert.equal(decodeTcvn3(latin1('Céng hßa x· héi chñ nghÜa ViÖt Nam')), 'Cộng hòa xã hội chủ nghĩa Việt Nam');
    assert.equal(decodeTcvn3(latin1('§éc lËp - Tù do - H¹nh phóc')), 'Độc lập - Tự do - Hạnh phúc');
  });
});

describe('VNI-Windows table', () => {
  const KNOWN: [string, string][] = [
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['UÛY BAN NHAÂN DAÂN', 'ỦY BAN NHÂN DÂN'],
    ['Uûy ban (a capital with a lowercase mark, as a careless Shift types it)', 'Ủy ban (a capital with a lowercase mark, as a careless Shift types it)'],
    ['Ngöôøi daân toäc thieåu soá ôû mieàn nuùi', 'Người dân tộc thiểu số ở miền núi'],
    ['kyø hoïp thöù möôøi moät; ñaïi bieåu; Quoác hoäi', 'kỳ họp thứ mười một; đại biểu; Quốc hội'],
    ['aên, aén, aèn, aún, aün, aën; ñöôïc; yù kieán', 'ăn, ắn, ằn, ẳn, ẵn, ặn; được; ý kiến'],
    ['mình khæ, chí, só, ò; tyû leä; Kyõ; khuyeán; yeâu; î', 'mình khỉ, chí, sĩ, ị; tỷ lệ; Kỹ; khuyến; yêu; ỵ'],
  ];
  for (const [bytes, text] of KNOWN) {
    it(`${bytes} → ${text}`, () => assert.equal(decodeVni(latin1(bytes)), text));
  }

  it('every letter, lowercase and capital, made by the published rules, reads back', () => {
    for (const letter of [...LETTERS, ...LETTERS.map((l) => l.toUpperCase())]) {
      assert.equal(decodeVni(toVni(letter)), letter, `${letter}: ${[...toVni(letter)].map((b) => b.toString(16))}`);
    }
  });

  it('a mark byte after a letter it does not fit keeps its Windows-1252 meaning', () => {
    assert.equal(decodeVni(latin1('iù bù yï')), 'iù bù yï');
  });
});

describe('Windows-1252 part of both tables', () => {
  it('agrees with iconv-lite’s windows1252 on every byte it defines', () => {
    for (let b = 0; b < 256; b++) {
      const theirs = iconv.decode(Buffer.from([b]), 'windows1252');
      assert.equal(cp1252Char(b), theirs, `0x${b.toString(16)}`);
    }
  });
});

describe('TCVN3 capitals restored from the spelling', () => {
  const CASES: [string, string][] = [
    ['Kế HOạCH', 'KẾ HOẠCH'],
    ['CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['ủY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
    ['Uỷ BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN'],
    ['## II. NHIệM Vụ Và GIảI PHÁP', '## II. NHIỆM VỤ VÀ GIẢI PHÁP'],
    ['Số: 52/KH-UBND', 'Số: 52/KH-UBND'],
    ['Số:     /KH-UBND', 'Số:     /KH-UBND'],
    ['Số:', 'Số:'],
    ['Lạng Sơn, ngày 05 tháng 6 năm 2014', 'Lạng Sơn, ngày 05 tháng 6 năm 2014'],
    ['Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc'],
    ['ủy ban nhân dân tỉnh ban hành', 'Ủy ban nhân dân tỉnh ban hành'],
    ['năm 2020. ủy ban nhân dân', 'năm 2020. Ủy ban nhân dân'],
    ['| ủy ban | ở đâu |', '| Ủy ban | Ở đâu |'],
    ['của ủy ban nhân dân', 'của ủy ban nhân dân'],
    ['thực hiện\nở các xã', 'thực hiện\nở các xã'],
    ['Mục tiêu.\r\n\r\nở các xã\rKế HOạCH', 'Mục tiêu.\r\n\r\nỞ các xã\rKẾ HOẠCH'],
  ];
  for (const [decoded, expected] of CASES) {
    it(`${JSON.stringify(decoded)} → ${JSON.stringify(expected)}`, () => assert.equal(restoreTcvn3Capitals(decoded).text, expected));
  }

  it('counts the letters it changed', () => {
    assert.equal(restoreTcvn3Capitals('Kế HOạCH\nkế hoạch').restored, 2);
  });
});

describe('Vietnamese syllable shapes (to score an encoding)', () => {
  const VALID = ['nghiêng', 'người', 'khuyến', 'quốc', 'gì', 'gìn', 'giữa', 'tiếng', 'Việt', 'ơi', 'ủy', 'uỷ', 'hoà', 'oán', 'xoong', 'yêu', 'KẾ', 'HOẠCH', 'ĐẢNG', 'céng'];
  const INVALID = ['hßa', 'aứ', 'caùc', 'QĐ', 'x·', 'kếhoạch', 'ắ̀', 'cáfe', 'tiê', 'ăo', 'ưo'];
  for (const word of VALID) it(`${word}: a syllable's shape`, () => assert.equal(isVietnameseSyllable(word), true));
  for (const word of INVALID) it(`${word}: not one`, () => assert.equal(isVietnameseSyllable(word), false));
});

/**
 * The citation recognizer on every form seen in real plans.
 *
 * Facts in these tests and in test/fixtures/rules/citation-* come from the two texts in
 * test/fixtures/real and from these published sources:
 * - Thông tư 15/2022/TT-BTC ngày 04/3/2022 của Bộ Tài chính: https://tapchimattran.vn/dai-doan-ket/quan-ly-va-su-dung-kinh-phi-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-phat-trien-kinh-te-xa-hoi-vung-dong-bao-dtts-va-mien-nui-giai-doan-i-49664.html
 * - Thông tư 02/2022/TT-UBDT ngày 30/6/2022 của Ủy ban Dân tộc: https://www.qdnd.vn/xa-hoi/dan-toc-ton-giao/hoi-dap/hoi-dap-phap-luat-nguon-von-ngan-sach-nha-nuoc-cho-tieu-du-an-2-cua-du-an-3-chuong-trinh-muc-tieu-quoc-gia-phat-trien-kinh-te-xa-hoi-vung-dong-bao-dan-toc-thieu-so-va-mien-nui-753262
 * - Nghị quyết 88/2019/QH14 ngày 18/11/2019 của Quốc hội: https://thuvienphapluat.vn/van-ban/Thuong-mai/Resolution-88-2019-QH14-socio-economic-development-of-ethnic-minority-for-the-2021-2030-period-440809.aspx
 * - Nghị quyết 120/2020/QH14 ngày 19/6/2020: https://ls1.hethongphapluat.com/resolution-no-120-2020-qh14-dated-june-19-2020-on-approving-investment-guidelines-of-national-target-program-for-socio-economic-development-of-ethnic-minority-and-mountainous-areas-in-2021-2030-period.html
 * - Nghị định 27/2022/NĐ-CP ngày 19/4/2022 và Quyết định 23/2023/QĐ-UBND (Quảng Ngãi): https://hethongphapluat.com/quyet-dinh-23-2023-qd-ubnd-quy-dinh-ve-phan-cap-quan-ly-to-chuc-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giai-doan-2021-2025-tren-dia-ban-tinh-quang-ngai.html
 * - Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị: http://baoapbac.vn/chinh-tri/201912/ban-to-chuc-trung-uong-quan-triet-trien-khai-quy-dinh-205-cua-bo-chinh-tri-884183/
 * - Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị: https://hdndtuyenquang.gov.vn/tin-hoat-dong/trang-402.html
 * - Thông báo 392/TB-VPCP ngày 24/9/2023, Công văn 11449/BTC-HCSN ngày 19/10/2023: https://ls1.hethongphapluat.com/cong-van-11449-btc-hcsn-nam-2023-tra-loi-vuong-mac-cua-dia-phuong-ve-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giai-doan-2021-2025-theo-thong-bao-392-tb-vpcp-do-bo-tai-chinh-ban-hanh.html
 * - The real căn cứ in citation-format/*.txt: Tiền Giang 383/KH-UBND (thuvienphapluat.vn bulletin), Lào Cai 258/KH-UBND,
 *   Lai Châu 1556/KH-UBND, Lạng Sơn 07/KH-UBND (thuviennhadat.vn), Kon Tum 547/QĐ-UBND, An Giang 1994/QĐ-UBND
 *   (thuvienphapluat.vn), An Giang 186/QĐ-UBND (phapluatcongdong.vn), Quảng Ngãi 23/2023/QĐ-UBND (hethongphapluat.com).
 * Made-up bodies in unit tests are written as `huyện A`, so that none reads as a real document.
 */
import * as assert from 'node:assert/strict';
import { citationsOf, findCitations } from '../../server/src/core/citations';
import type { Citation } from '../../server/src/core/citations';
import { parsePlan } from '../../server/src/core/document';

interface Expect {
  mention: string;
  kind?: 'symbol' | 'reference';
  type?: string;
  symbol?: string;
  style?: string;
  written?: string;
  hasSo?: boolean;
  date?: string;
  issuer?: string;
  summary?: string;
  number?: string;
}

const isoOf = (c: Citation) => c.date && (c.date.kind === 'day' ? `${c.date.year}-${c.date.month}-${c.date.day}` : `${c.date.year}`);

/** The parts of a citation as a reader checks them; ranges are read back from the original text. */
function view(text: string, c: Citation): Expect {
  const v: Expect = { mention: text.slice(c.start, c.end).normalize('NFC').replace(/\s+/g, ' ') };
  if (c.kind !== 'symbol') v.kind = c.kind;
  if (c.typeWord) v.type = c.typeWord.type;
  if (c.numberSymbol) {
    v.symbol = c.numberSymbol.symbol;
    v.style = c.numberSymbol.style;
    v.written = text.slice(c.numberSymbol.start, c.numberSymbol.end).normalize('NFC').replace(/\s+/g, ' ');
    v.hasSo = c.hasSo;
  }
  if (c.kind === 'reference' && c.hasSo) v.hasSo = true;
  if (c.date) v.date = isoOf(c);
  if (c.issuer) v.issuer = c.issuer.text;
  if (c.summary) v.summary = c.summary.text;
  if (c.reference?.number) v.number = c.reference.number;
  return v;
}

/** Only the keys a case names are compared. */
function pick(actual: Expect, expected: Expect): Partial<Expect> {
  return Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k as keyof Expect]]));
}

const FORMS: { name: string; text: string; expect: Expect[] }[] = [
  {
    name: 'party style with date, issuer and trích yếu',
    text: 'Để tiếp tục thực hiện hiệu quả Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện công tác dân tộc;',
    expect: [{
      mention: 'Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị', type: 'Kết luận', symbol: '65-KL/TW', style: 'party',
      hasSo: true, date: '2019-10-30', issuer: 'Bộ Chính trị', summary: 'về tiếp tục thực hiện công tác dân tộc',
    }],
  },
  {
    name: 'state style; the trích yếu after a comma',
    text: 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, phê duyệt Chương trình mục tiêu quốc gia;',
    expect: [{ mention: 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ', symbol: '1719/QĐ-TTg', style: 'state', issuer: 'Thủ tướng Chính phủ', summary: 'phê duyệt Chương trình mục tiêu quốc gia' }],
  },
  {
    name: 'state công văn: no type in the symbol',
    text: 'Thực hiện Công văn số 1301/UBDT-KHTC ngày 20/12/2013 của Ủy ban Dân tộc về việc xây dựng kế hoạch;',
    expect: [{ mention: 'Công văn số 1301/UBDT-KHTC ngày 20/12/2013 của Ủy ban Dân tộc', type: 'Công văn', style: 'cong-van', issuer: 'Ủy ban Dân tộc' }],
  },
  {
    name: 'legal normative and National Assembly symbols',
    text: 'Nghị định số 05/2011/NĐ-CP ngày 14/01/2011 của Chính phủ; Thông tư số 15/2022/TT-BTC ngày 04/3/2022 của Bộ Tài chính; Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội.',
    expect: [
      { mention: 'Nghị định số 05/2011/NĐ-CP ngày 14/01/2011 của Chính phủ', style: 'state-normative', symbol: '05/2011/NĐ-CP', date: '2011-1-14' },
      { mention: 'Thông tư số 15/2022/TT-BTC ngày 04/3/2022 của Bộ Tài chính', style: 'state-normative', issuer: 'Bộ Tài chính' },
      { mention: 'Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội', style: 'national-assembly', symbol: '88/2019/QH14' },
    ],
  },
  {
    name: 'joint circular: the issuer lists both bodies',
    text: 'Căn cứ Thông tư liên tịch số 183/2010/TTLT-BTC-BNN ngày 15 tháng 11 năm 2010 của Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn chế độ quản lý;',
    expect: [{
      mention: 'Thông tư liên tịch số 183/2010/TTLT-BTC-BNN ngày 15 tháng 11 năm 2010 của Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn',
      type: 'Thông tư liên tịch', style: 'joint', date: '2010-11-15', issuer: 'Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn', summary: 'hướng dẫn chế độ quản lý',
    }],
  },
  {
    name: 'loose: a qualifier, spaced symbol, dashed date',
    text: 'Chỉ thị chuyên đề số 15 - CT/TU ngày 12-5-2016 của Ban Thường vụ Huyện ủy A;',
    expect: [{ mention: 'Chỉ thị chuyên đề số 15 - CT/TU ngày 12-5-2016 của Ban Thường vụ Huyện ủy A', type: 'Chỉ thị', symbol: '15-CT/TU', written: '15 - CT/TU', date: '2016-5-12' }],
  },
  {
    name: 'loose: no số, a comma before the date, Số: glued to the number',
    text: 'Quyết định 2356/QĐ-TTg ngày 04/12/2013; Nghị quyết số 12-NQ/TU, ngày 09/6/2022 của Ban Chấp hành Đảng bộ tỉnh khóa XIX; Thông tư Số:15/2022/TT-BTC ngày 04/3/2022.',
    expect: [
      { mention: 'Quyết định 2356/QĐ-TTg ngày 04/12/2013', hasSo: false, symbol: '2356/QĐ-TTg' },
      { mention: 'Nghị quyết số 12-NQ/TU, ngày 09/6/2022 của Ban Chấp hành Đảng bộ tỉnh khóa XIX', date: '2022-6-9', issuer: 'Ban Chấp hành Đảng bộ tỉnh khóa XIX' },
      { mention: 'Thông tư Số:15/2022/TT-BTC ngày 04/3/2022', hasSo: true, symbol: '15/2022/TT-BTC' },
    ],
  },
  {
    name: 'loose: lower case, wrong separators, glued số, old tone placement',
    text: 'quyết định số 1719/qđ-ttg ngày 14/10/2021; Kết luận số 65-KL-TW; Quyết địnhsố 449/QĐ-TTg của Thủ tướng Chính phủ; Công văn số 1301/UBDT-KHTC của Uỷ ban Dân tộc.',
    expect: [
      { mention: 'quyết định số 1719/qđ-ttg ngày 14/10/2021', type: 'Quyết định', symbol: '1719/QĐ-TTg', written: '1719/qđ-ttg' },
      { mention: 'Kết luận số 65-KL-TW', symbol: '65-KL/TW', style: 'party' },
      { mention: 'Quyết địnhsố 449/QĐ-TTg của Thủ tướng Chính phủ', type: 'Quyết định', hasSo: true },
      { mention: 'Công văn số 1301/UBDT-KHTC của Uỷ ban Dân tộc', issuer: 'Uỷ ban Dân tộc' },
    ],
  },
  {
    name: 'dates in words, issuer before the date',
    text: 'Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ Quy định cơ chế quản lý; Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ ngày 14/10/2021.',
    expect: [
      { mention: 'Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ', date: '2022-4-19', issuer: 'Chính phủ', summary: 'Quy định cơ chế quản lý' },
      { mention: 'Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ ngày 14/10/2021', date: '2021-10-14' },
    ],
  },
  {
    name: 'wrapped over lines: inside the type word, after số, inside the date and the issuer',
    text: 'Căn cứ Nghị\nquyết số\n12-NQ/TU ngày 09/6/\n2022 của Ban Chấp hành Đảng bộ\ntỉnh về lãnh đạo thực hiện;',
    expect: [{ mention: 'Nghị quyết số 12-NQ/TU ngày 09/6/ 2022 của Ban Chấp hành Đảng bộ tỉnh', date: '2022-6-9', issuer: 'Ban Chấp hành Đảng bộ tỉnh', summary: 'về lãnh đạo thực hiện' }],
  },
  {
    name: 'a list shares its issuer when the codes agree',
    text: 'Quyết định số 755/QĐ-TTg, Quyết định số 293/QĐ-TTg của Thủ tướng Chính phủ, vốn chương trình;',
    expect: [
      { mention: 'Quyết định số 755/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' },
      { mention: 'Quyết định số 293/QĐ-TTg của Thủ tướng Chính phủ', issuer: 'Thủ tướng Chính phủ' },
    ],
  },
  {
    name: 'references without a symbol',
    text: 'Nghị quyết Trung ương 7 (khóa IX) về công tác dân tộc; Quy định 217, 218 của Bộ Chính trị; Luật Ngân sách nhà nước năm 2015; Luật Đầu tư công ngày 13 tháng 6 năm 2019.',
    expect: [
      { mention: 'Nghị quyết Trung ương 7 (khóa IX)', kind: 'reference', type: 'Nghị quyết', number: '7', summary: 'về công tác dân tộc' },
      { mention: 'Quy định 217', kind: 'reference', number: '217', issuer: 'Bộ Chính trị' },
      { mention: '218 của Bộ Chính trị', kind: 'reference', number: '218', issuer: 'Bộ Chính trị' },
      { mention: 'Luật Ngân sách nhà nước năm 2015', kind: 'reference', type: 'Luật', date: '2015' },
      { mention: 'Luật Đầu tư công ngày 13 tháng 6 năm 2019', kind: 'reference', date: '2019-6-13' },
    ],
  },
  {
    name: 'Markdown emphasis and a title set in capitals',
    text: 'Căn cứ **Quyết định số 1719/QĐ-TTg** ngày 14/10/2021 của Thủ tướng Chính phủ; THỰC HIỆN QUYẾT ĐỊNH SỐ 1719/QĐ-TTG NGÀY 14/10/2021',
    expect: [
      { mention: 'Quyết định số 1719/QĐ-TTg** ngày 14/10/2021 của Thủ tướng Chính phủ', date: '2021-10-14', issuer: 'Thủ tướng Chính phủ' },
      { mention: 'QUYẾT ĐỊNH SỐ 1719/QĐ-TTG NGÀY 14/10/2021', type: 'Quyết định', hasSo: true, symbol: '1719/QĐ-TTg', date: '2021-10-14' },
    ],
  },
  {
    name: 'a space typed for the hyphen of a Party symbol, only before a Party type and body (issue 13)',
    text: 'Thực hiện Kết luận số 65 KL/TW ngày 30/10/2019 của Bộ Chính trị; theo số 24 NQ/TW. Năm 2019 KL/TW, mục 65 KL/TW, số 12 KH/UBND, số 5 kh/tu.',
    expect: [
      { mention: 'Kết luận số 65 KL/TW ngày 30/10/2019 của Bộ Chính trị', symbol: '65-KL/TW', date: '2019-10-30', issuer: 'Bộ Chính trị' },
      { mention: 'số 24 NQ/TW', symbol: '24-NQ/TW' },
    ],
  },
  {
    name: 'a document named by its number alone after số (issue 13); an item of a programme is none',
    text: 'Thực hiện Kế hoạch số 87 của Tỉnh ủy; Tờ trình số 5 ngày 05/3/2024; Dự án số 1 và Phương án số 2 của huyện A.',
    expect: [
      { mention: 'Kế hoạch số 87 của Tỉnh ủy', kind: 'reference', number: '87', issuer: 'Tỉnh ủy', hasSo: true },
      { mention: 'Tờ trình số 5 ngày 05/3/2024', kind: 'reference', number: '5', date: '2024-3-5', hasSo: true },
    ],
  },
  {
    name: 'not citations: dates, ranges, rates, links, numbered programmes',
    text: 'Ngày 14/10/2021, giai đoạn 2021 - 2025, 2021-2030, giảm 3%/năm, 15-20 km/h, Covid-19, https://vbpl.vn/van-ban/1719-QD-TTg-2021, Chương trình 135 giai đoạn III, hệ số 2/3, quyết định của huyện.',
    expect: [],
  },
];

describe('citation recognizer: forms', () => {
  for (const f of FORMS) {
    it(f.name, () => {
      const found = findCitations(f.text).map((c) => view(f.text, c));
      assert.equal(found.length, f.expect.length, JSON.stringify(found, null, 1));
      f.expect.forEach((e, k) => assert.deepEqual(pick(found[k], e), e));
    });
  }
});

describe('citation recognizer: offsets in the original text', () => {
  const nfc = 'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;\nThực hiện Chỉ thị số 29-CT/TU của Ban Thường vụ Tỉnh uỷ;';
  const pasted = '\uFEFF' + nfc.normalize('NFD').replace(/\n/g, '\r\n').replace('số 1719', 'số\u00a01719');

  it('NFD, a BOM, CRLF and a non-breaking space: ranges still cut out the mention', () => {
    const found = findCitations(pasted);
    assert.equal(found.length, 2);
    const [a, b] = found;
    assert.equal(pasted.slice(a.start, a.end).normalize('NFC').replace(/\u00a0/g, ' '), 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ');
    assert.equal(pasted.slice(a.numberSymbol!.start, a.numberSymbol!.end), '1719/QĐ-TTg'.normalize('NFD'));
    assert.equal(pasted.slice(a.issuer!.start, a.issuer!.end), 'Thủ tướng Chính phủ'.normalize('NFD'));
    assert.equal(pasted.slice(a.date!.start, a.date!.end), '14/10/2021');
    assert.equal(b.issuer!.text, 'Ban Thường vụ Tỉnh uỷ');
    assert.equal(pasted.slice(b.typeWord!.start, b.typeWord!.end), 'Chỉ thị'.normalize('NFD'));
  });

  it('a wrapped citation is one citation whose range spans the lines', () => {
    const text = 'Căn cứ Quyết\nđịnh số\n1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng\nChính phủ;';
    const [c] = findCitations(text);
    assert.equal(text.slice(c.start, c.end), 'Quyết\nđịnh số\n1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng\nChính phủ');
  });

  it('a list item or a blank line ends the issuer', () => {
    const text = '- Nghị định số 05/2011/NĐ-CP ngày 14/01/2011 của Chính phủ\n- Quyết định số 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng Chính phủ\n\nHội nghị';
    assert.deepEqual(findCitations(text).map((c) => c.issuer?.text), ['Chính phủ', 'Thủ tướng Chính phủ']);
  });
});

describe('citationsOf: the plan and its own number', () => {
  const plan = [
    'TỈNH ỦY A', '', 'Số 201-KH/TU', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'A, ngày 05 tháng 6 năm 2023', '', 'KẾ HOẠCH', 'thực hiện Kết luận số 65-KL/TW', '',
    'Thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị; Số 88-KH/BTGTW ngày 01/3/2021 của Ban Tuyên giáo Trung ương; Kế hoạch 201-KH/TU năm 2023 này.',
  ].join('\n');

  it('leaves out the Số line, keeps a Số citation in the body, marks mentions of the plan itself', () => {
    const doc = parsePlan(plan);
    const found = citationsOf(doc);
    assert.deepEqual(found.map((c) => [c.numberSymbol?.symbol, c.self ?? false]), [
      ['65-KL/TW', false], ['65-KL/TW', false], ['88-KH/BTGTW', false], ['201-KH/TU', true],
    ]);
    assert.equal(citationsOf(doc), found, 'computed once per document');
  });

  it('only the header\'s Số line is the plan\'s own: another Số line in the first lines is a mention (issue 13)', () => {
    // A web page's list of related documents under the text, each number on a line of its own.
    const page = `${plan}\n\nVăn bản liên quan:\n\nSố: 15-KH/TU\n`;
    const found = citationsOf(parsePlan(page)).map((c) => [c.numberSymbol?.symbol, c.self ?? false]);
    assert.deepEqual(found, [['65-KL/TW', false], ['65-KL/TW', false], ['88-KH/BTGTW', false], ['201-KH/TU', true], ['15-KH/TU', false]]);
  });

  it('the same number dated in another year is another document, not the plan', () => {
    const doc = parsePlan(plan.replace('Kế hoạch 201-KH/TU năm 2023', 'Kế hoạch số 201-KH/TU ngày 02/3/2018 của Huyện ủy A'));
    assert.equal(citationsOf(doc).find((c) => c.numberSymbol?.symbol === '201-KH/TU')?.self, undefined);
  });
});

describe('citation recognizer: linear time', () => {
  const time = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      findCitations(text);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  const unit = 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về phê duyệt, ';
  const patterns: [string, (n: number) => string][] = [
    ['slashes and dashes', (n) => '/-'.repeat(n / 2)],
    ['a symbol that never ends', (n) => '1/A' + '-A'.repeat(n / 2)],
    ['spaced separators', (n) => '1 - A / '.repeat(n / 8)],
    ['số without a symbol', (n) => 'Quyết định số '.repeat(n / 14)],
    ['issuers that run on', (n) => 'số 1/QĐ-TTg của '.repeat(n / 16)],
    ['law names', (n) => 'Luật A '.repeat(n / 7)],
    ['amending titles', (n) => 'Luật sửa đổi, bổ sung một số điều của Luật A, '.repeat(n / 46)],
    ['notes', (n) => '(Ban hành kèm theo Quyết định số 1/QĐ-UBND\n'.repeat(n / 44)],
    ['one long citation line', (n) => unit.repeat(Math.ceil(n / unit.length))],
  ];
  for (const [name, make] of patterns) {
    it(`${name}: four times the text takes about four times as long`, function () {
      this.timeout(30000);
      time(make(20000)); // warm up
      const small = time(make(50000));
      const large = time(make(200000));
      // Quadratic work would be 16 times slower; allow generous noise over the linear 4.
      assert.ok(large < Math.max(small, 5) * 10, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`);
    });
  }

  it('a 1 MB line finishes', function () {
    this.timeout(30000);
    const text = unit.repeat(Math.ceil(1e6 / unit.length));
    assert.equal(findCitations(text).length, Math.ceil(1e6 / unit.length));
  });
});

describe('numbers with a letter suffix', () => {
  it('reads 30a/2008/NQ-CP and 30c/NQ-CP as one number-symbol, and a lone 3a/b as nothing', () => {
    const [a] = findCitations('Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ về Chương trình hỗ trợ giảm nghèo;');
    assert.deepEqual([a.numberSymbol?.number, a.numberSymbol?.symbol, a.numberSymbol?.style, a.issuer?.text], ['30a', '30a/2008/NQ-CP', 'state-normative', 'Chính phủ']);
    const [c] = findCitations('Thực hiện Nghị quyết 30c/NQ-CP ngày 08/11/2011 của Chính phủ');
    assert.equal(c.numberSymbol?.symbol, '30c/NQ-CP');
    assert.deepEqual(findCitations('các thôn thuộc vùng 3a/b khó khăn'), []);
  });
});

describe('codes bear no tone mark', () => {
  it('`số 1/số` repeated is no citation (the fuzz run met 8,920 of them on one line); `12/kh-ubnd` and `BCĐ` still are', () => {
    assert.deepEqual(findCitations('Theo số 1/số 1/số 1/SỐ kế hoạch, tỷ lệ 1/năm.'), []);
    assert.equal(findCitations('Căn cứ Kế hoạch số 12/kh-ubnd ngày 01/02/2024 của UBND tỉnh.')[0]?.numberSymbol?.symbol, '12/KH-UBND');
    assert.equal(findCitations('Thông báo số 15/TB-BCĐ ngày 02/3/2024 của Ban Chỉ đạo.')[0]?.numberSymbol?.symbol, '15/TB-BCĐ');
  });
});

import * as assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/core/document';
import { describeDateAt } from '../../server/src/core/dates/hover';
import { fromDayNumber, dayNumber } from '../../server/src/core/dates/calendar';

const plan = (dateLine: string, body: string) => `UỶ BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 52/KH-UBND\n\n${dateLine}\n\nKẾ HOẠCH\n\nTriển khai Chiến lược\n\n${body}\n`;

function hover(text: string, needle: string, locale: 'vi' | 'en' = 'vi') {
  const doc = parsePlan(text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const h = describeDateAt(doc, at, locale);
  return h && { covers: text.slice(h.start, h.end), lines: h.markdown.split('\n\n') };
}

describe('dates: hover', () => {
  const text = plan('Lạng Sơn, ngày 05 tháng 6 năm 2014',
    'Thực hiện Công văn số 1301/UBDT-KHTC ngày 20/12/2013 của Ủy ban Dân tộc; báo cáo trước ngày 19/6/2014; họp vào thứ Hai, ngày 16/6/2014; trong quý III/2014.');

  it('gives the full date in words with its weekday and the days before the plan, and names a cited date', () => {
    assert.deepEqual(hover(text, '20/12/2013'), { covers: '20/12/2013', lines: [
      '**Thứ Sáu, ngày 20 tháng 12 năm 2013**', 'Trước ngày ban hành kế hoạch (05/6/2014) 167 ngày.', '_Ngày ban hành của văn bản số 1301/UBDT-KHTC_'] });
    assert.deepEqual(hover(text, '20/12/2013', 'en')!.lines.slice(0, 2), ['**Friday, 20 December 2013**', '167 days before the plan’s own date (5 June 2014).']);
  });

  it('says the days after the plan, marks a deadline, and covers a weekday with its date', () => {
    assert.deepEqual(hover(text, '19/6/2014')!.lines, ['**Thứ Năm, ngày 19 tháng 6 năm 2014**', 'Sau ngày ban hành kế hoạch (05/6/2014) 14 ngày.', '_Thời hạn_']);
    assert.equal(hover(text, 'thứ Hai')!.covers, 'thứ Hai, ngày 16/6/2014');
  });

  it('describes the plan date itself and periods', () => {
    assert.deepEqual(hover(text, '05 tháng 6')!.lines, ['**Thứ Năm, ngày 05 tháng 6 năm 2014**', 'Đây là ngày ban hành của kế hoạch.']);
    assert.deepEqual(hover(text, 'quý III')!.lines, ['**Quý III năm 2014**', 'Từ 01/7/2014 đến 30/9/2014.', 'Bắt đầu sau ngày ban hành kế hoạch (05/6/2014) 26 ngày.']);
  });

  it('compares with a draft known only to the month, and says when there is no plan date', () => {
    const draft = plan('Hà Nội, ngày      tháng 7 năm 2021', 'Căn cứ Nghị quyết số 24/2021/QH15 ngày 28/7/2021 của Quốc hội; báo cáo trước ngày 01/8/2021.');
    assert.equal(hover(draft, '28/7/2021')!.lines[1], 'Trùng với tháng 7/2021, thời gian ban hành kế hoạch (chưa điền ngày).');
    assert.equal(hover(draft, '01/8/2021')!.lines[1], 'Sau tháng 7/2021, thời gian ban hành kế hoạch (chưa điền ngày), ít nhất 1 ngày.');
    const none = 'Ghi chú: họp ngày 05/6/2014.\n';
    assert.equal(hover(none, '05/6/2014')!.lines[1], 'Kế hoạch chưa có dòng địa danh, ngày tháng năm ban hành: chưa so sánh được.');
  });

  it('says why an invalid date is not a date, and gives nothing away from dates', () => {
    const bad = plan('Lạng Sơn, ngày 05 tháng 6 năm 2014', 'Họp ngày 29/02/2014 tại tỉnh.');
    assert.deepEqual(hover(bad, '29/02/2014')!.lines, ['**“29/02/2014” không có thật** trong lịch: tháng 2 năm 2014 có 28 ngày.']);
    assert.equal(hover(bad, 'tại tỉnh'), undefined);
  });

  it('works on NFD text with offsets in the original', () => {
    const nfd = text.normalize('NFD');
    const h = hover(nfd, 'thứ Hai'.normalize('NFD'))!;
    assert.equal(h.covers, 'thứ Hai, ngày 16/6/2014'.normalize('NFD'));
    assert.equal(h.lines[0], '**Thứ Hai, ngày 16 tháng 6 năm 2014**');
  });

  it('turns day numbers back into dates', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2014, 6, 5], [1900, 3, 1], [2100, 12, 31]]) {
      assert.deepEqual(fromDayNumber(dayNumber(y, m, d)), { year: y, month: m, day: d });
    }
  });
});

/**
 * Mentions issue 13 §2 found missed: a `(Ban hành kèm theo …)` note names the document that issues
 * the text below it, and an amending law's title belongs to the amending law.
 *
 * Real published texts (copied from the stored pages of the `search` tool, corpus `pages`, as the
 * sites show them; a cut is marked `[...]`):
 * - rules/citation-inconsistent/real-quang-tri-41-2019-QD-UBND.txt: Quyết định 41/2019/QĐ-UBND, 22/10/2019,
 *   UBND tỉnh Quảng Trị (chế độ báo cáo định kỳ), its header and the note of the Quy định it issues:
 *   https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html
 * - rules/citation-incomplete/real-binh-dinh-1528-2021-QD-UBND.txt: Quyết định 1528/QĐ-UBND, 29/4/2021, UBND tỉnh
 *   Bình Định (công tác xã hội 2021-2025), whose căn cứ cites the amending law of 22/11/2019 by its title:
 *   https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html
 * Facts: Luật số 47/2019/QH14 ngày 22/11/2019 của Quốc hội sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và
 * Luật Tổ chức chính quyền địa phương (Văn bản hợp nhất 32/VBHN-VPQH 2023, as reproduced at
 * https://danhmucvanbanphapluatvietnam.blogspot.com/p/van-ban-hop-nhat-32vbhn-vpqh-nam-2023.html); Luật Đất đai số
 * 45/2013/QH13 ngày 29/11/2013 (https://thukyluat.vn/34B1C/luat-dat-dai-2013/tag.html).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationsOf, findCitations } from '../../server/src/core/citations';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';

const FIXTURES = join(__dirname, '..', 'fixtures');
const noteOf = (text: string) => findCitations(text).map((c) => [c.numberSymbol?.symbol, c.attachmentNote ?? false]);

describe('citations: a “kèm theo” note names the document that issues the text below', () => {
  it('reads the note at the head of its line, in parentheses or not, wrapped or emphasized', () => {
    for (const text of [
      '(Ban hành kèm theo Quyết định số 123/QĐ-UBND ngày 06/02/2023 của Ủy ban nhân dân tỉnh)',
      'Kèm theo Quyết định số 123/QĐ-UBND ngày 06/02/2023 của UBND tỉnh',
      'KẾ HOẠCH\n*(Kèm theo Quyết định số 123/QĐ-UBND ngày 06/02/2023)*',
      'PHỤ LỤC\n  (Ban hành kèm theo\nQuyết định số 123/QĐ-UBND ngày 06/02/2023)',
      'PHỤ LỤC\r\n(Kèm   theo Quyết định số 123/QĐ-UBND)',
    ]) assert.deepEqual(noteOf(text), [['123/QĐ-UBND', true]], text);
  });

  it('a “kèm theo” inside a sentence, or a note naming no number, is no note', () => {
    const text = 'Các sở tổng hợp theo biểu mẫu kèm theo Kế hoạch số 52/KH-UBND; gửi kèm theo Công văn số 45/UBND-VX ngày 10/6/2023.\n'
      + 'Kèm theo Quyết định số 46/QĐ-UBND ngày 11/6/2023, Sở Tư pháp gửi danh sách báo cáo viên.\n'
      + 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số 7/KH-UBND.\n(Ban hành kèm theo Quyết định số       /QĐ-UBND ngày     /02/2023)';
    assert.deepEqual(noteOf(text), [['52/KH-UBND', false], ['45/UBND-VX', false], ['46/QĐ-UBND', false], ['7/KH-UBND', false]]);
  });

  it('a real decision and the note of the text it issues agree; a date changed in the note is found with its fix', () => {
    const text = readFileSync(join(FIXTURES, 'rules', 'citation-inconsistent', 'real-quang-tri-41-2019-QD-UBND.txt'), 'utf8');
    const note = citationsOf(parsePlan(text)).find((c) => c.attachmentNote);
    assert.equal(note?.numberSymbol?.symbol, '41/2019/QĐ-UBND');
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'citation-inconsistent'), []);
    const changed = text.replace('ngày 22 tháng 10 năm 2019 của Ủy ban', 'ngày 23 tháng 10 năm 2019 của Ủy ban');
    const found = lint(changed).filter((f) => f.ruleId === 'citation-inconsistent');
    assert.deepEqual(found.map((f) => [changed.slice(f.start, f.end), f.fix?.edits.map((e) => e.text)]), [['23 tháng 10 năm 2019', ['22 tháng 10 năm 2019']]]);
  });

  it('the header of another type or body is not the document the note names', () => {
    const plan = 'ỦY BAN NHÂN DÂN\nTỈNH MẪU\n\nSố: 52/KH-UBND\n\nTỉnh Mẫu, ngày 05 tháng 6 năm 2023\n\nKẾ HOẠCH\n\nTuyên truyền pháp luật\n\n';
    for (const note of ['(Kèm theo Quyết định số 53/QĐ-UBND ngày 06/02/2023)', '(Kèm theo Kế hoạch số 52/KH-BCĐ ngày 06/02/2023)']) {
      assert.deepEqual(lint(plan + note).filter((f) => f.ruleId === 'citation-inconsistent'), [], note);
    }
    const wrong = lint(`${plan}(Kèm theo Kế hoạch số 52/KH-UBND ngày 15/6/2023)`).filter((f) => f.ruleId === 'citation-inconsistent');
    assert.deepEqual(wrong.map((f) => f.fix?.edits.map((e) => e.text)), [['05/6/2023']]);
  });
});

/** Each citation as `text | date` (ISO day or year), the text with its line breaks read as spaces. */
function read(text: string): string[] {
  return findCitations(text).map((c) => {
    const date = c.date && (c.date.kind === 'day' ? `${c.date.year}-${c.date.month}-${c.date.day}` : `${c.date.year}`);
    return `${text.slice(c.start, c.end).replace(/\s+/g, ' ')}${date ? ` | ${date}` : ''}`;
  });
}

describe('citations: an amending law\'s title belongs to the amending law', () => {
  it('a real căn cứ: the date ending the title is the amending law\'s, not the last law\'s it names', () => {
    const text = readFileSync(join(FIXTURES, 'rules', 'citation-incomplete', 'real-binh-dinh-1528-2021-QD-UBND.txt'), 'utf8');
    // Before issue 13 the title was not read at all here (its laws are named in lower case), and in capitals
    // `Luật Tổ chức chính quyền địa phương ngày 22/11/2019` took the date of the law that amends it.
    assert.deepEqual(read(text).filter((t) => t.startsWith('Luật')), [
      'Luật Tổ chức chính quyền địa phương ngày 19/6/2015 | 2015-6-19',
      'Luật sửa đổi, bổ sung một số điều của Luật tổ chức Chính phủ và Luật tổ chức chính quyền địa phương ngày 22/11/2019 | 2019-11-22',
      'Luật tổ chức Chính phủ',
      'Luật tổ chức chính quyền địa phương',
    ]);
    assert.deepEqual(read('Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;').slice(1), [
      'Luật Tổ chức Chính phủ', 'Luật Tổ chức chính quyền địa phương',
    ]);
  });

  it('the title of a law cited by its number ends with that law\'s date', () => {
    const text = 'Căn cứ Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;';
    assert.deepEqual(read(text), ['Luật số 47/2019/QH14 | 2019-11-22', 'Luật Tổ chức Chính phủ', 'Luật Tổ chức chính quyền địa phương']);
    const citation = findCitations(text)[0];
    assert.equal(text.slice(citation.date!.start, citation.date!.end), '22 tháng 11 năm 2019');
  });

  it('a number or a year right after a law named in the title is that law\'s own', () => {
    // 45/2013/QH13 is the Luật Đất đai of 29/11/2013 itself, not the law that amends it.
    assert.deepEqual(read('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 45/2013/QH13;'), [
      'Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 45/2013/QH13', 'Luật Đất đai', 'số 45/2013/QH13',
    ]);
    assert.deepEqual(read('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013;'), [
      'Luật sửa đổi, bổ sung một số điều của Luật Đất đai', 'Luật Đất đai năm 2013 | 2013',
    ]);
  });

  it('a law that amends nothing named keeps its own date', () => {
    assert.deepEqual(read('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của luật này.'), [
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 | 2015-6-19',
    ]);
  });
});

describe('the number line of a web copy, “Nghị quyết số: …” alone in the header', () => {
  const header = (numberLine: string) => [
    'Nghị quyết 653/2019/UBTVQH14', '', 'ỦY BAN THƯỜNG VỤ', 'QUỐC HỘI', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc', '', numberLine, '', 'Hà Nội, ngày 12 tháng 3 năm 2019', '', 'NGHỊ QUYẾT', '',
    'Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;', '',
  ].join('\n');
  const title = (text: string) => parsePlan(text).citations.find((c) => c.start === 0);

  it('makes the page title’s mention of that number a mention of the document itself', () => {
    assert.equal(title(header('Nghị quyết số: 653/2019/UBTVQH14'))?.self, true);
  });

  it('is read only alone on its line: a trích yếu that cites a resolution is no number line', () => {
    assert.notEqual(title(header('Thực hiện Nghị quyết số 653/2019/UBTVQH14'))?.self, true);
    assert.notEqual(title(header('Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019 của Ủy ban Thường vụ Quốc hội'))?.self, true);
  });
});

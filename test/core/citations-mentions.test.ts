/**
 * Mentions issue 13 §2 found missed: a `(Ban hành kèm theo …)` note names the document that issues
 * the text below it, and an amending law's title belongs to the amending law.
 *
 * Real published texts (copied from the stored pages of the `search` tool, corpus `pages`, as the
 * sites show them; a cut is marked `[...]`):
 * - rules/citation-inconsistent/real-quang-tri-41-2019-QD-UBND.txt: Quyết định 41/2019/QĐ-UBND, 22/10/2019,
 *   UBND tỉnh Quảng Trị (chế độ báo cáo định kỳ), its header and the note of the Quy định it issues:
 *   https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html
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
      + 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số 7/KH-UBND.\n(Ban hành kèm theo Quyết định số       /QĐ-UBND ngày     /02/2023)';
    assert.deepEqual(noteOf(text), [['52/KH-UBND', false], ['45/UBND-VX', false], ['7/KH-UBND', false]]);
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

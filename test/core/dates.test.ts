import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, lint } from '../../server/src/core/lint';
import { parsePlan } from '../../server/src/core/document';
import { datesOf, findDates } from '../../server/src/core/dates/index';
import { endsBeforePlan, beginsAfterPlan } from '../../server/src/core/dates/plan-date';

const covers = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);
const mentionsOf = (text: string) => findDates(text).mentions.map((m) => covers(text, m));

describe('dates: findDates', () => {
  it('finds every single-date form with its exact text', () => {
    const text = 'Ngày 05/6/2014, ngày 5/6/2014, ngày 12-5-2016, ngày 12.5.2016, ngày 5 tháng 6 năm 2014; '
      + 'tháng 6/2014, tháng 6 năm 2014, quý I/2023, 6 tháng đầu năm 2023, năm 2023.';
    assert.deepEqual(mentionsOf(text), ['05/6/2014', '5/6/2014', '12-5-2016', '12.5.2016', '5 tháng 6 năm 2014',
      'tháng 6/2014', 'tháng 6 năm 2014', 'quý I/2023', '6 tháng đầu năm 2023', 'năm 2023']);
  });

  it('finds no date in symbols, amounts, section numbers, phone numbers, versions or a bare 5/2023', () => {
    const text = 'Quyết định số 1719/QĐ-TTg; Nghị định số 27/2022/NĐ-CP; Luật số 88/2019/QH14; kinh phí 1.250.000 đồng; '
      + 'mục 1.2.3; điện thoại 0912.345.678 hoặc 025-3812-345; phiên bản 1.2.2023 và 1.3.2023b; đạt 5/2023 chỉ tiêu; 2.019 người.';
    assert.deepEqual(mentionsOf(text), []);
    assert.deepEqual(findDates(text).ranges, []);
  });

  it('reads 2021-2025 as a range, never as 20 21-2025, with hyphen or en dash and any spacing', () => {
    for (const written of ['2021-2025', '2021 - 2025', '2021 -2025', '2021– 2025', '2021 — 2025', '2021-\n2025']) {
      const text = `giai đoạn ${written} trên địa bàn`;
      const { ranges, mentions } = findDates(text);
      assert.equal(ranges.length, 1, written);
      assert.deepEqual([covers(text, ranges[0]), ranges[0].from.year, ranges[0].to.year, ranges[0].cued], [written, 2021, 2025, true]);
      assert.deepEqual(mentions, [], written);
    }
    assert.equal(findDates('Chương trình 2021-2025').ranges[0].cued, false);
    // Counts and far-apart numbers are not periods.
    for (const text of ['mỗi năm 2500-2000 lượt khách', 'năm 1000-1200 người', 'từ 1990 đến 2100 lượt']) assert.deepEqual(findDates(text).ranges, [], text);
    assert.equal(findDates('thời kỳ 2011-2020').ranges[0].cued, true);
  });

  it('reads từ … đến … ranges, with the first end borrowing the year of the second', () => {
    const text = 'từ năm 2021 đến năm 2025; từ ngày 01/6/2023 đến ngày 30/6/2023; từ ngày 01/6 đến ngày 30/6/2023; từ tháng 3 đến tháng 5/2023; từ 2030 đến 2026';
    const ranges = findDates(text).ranges;
    assert.deepEqual(ranges.map((r) => covers(text, r)), ['từ năm 2021 đến năm 2025', 'từ ngày 01/6/2023 đến ngày 30/6/2023',
      'từ ngày 01/6 đến ngày 30/6/2023', 'từ tháng 3 đến tháng 5/2023', 'từ 2030 đến 2026']);
    assert.deepEqual(ranges.map((r) => r.partial), [false, false, true, true, false]);
    assert.deepEqual([ranges[2].from.kind, ranges[2].from.year, ranges[2].from.month, ranges[2].from.day], ['day', 2023, 6, 1]);
    assert.deepEqual([ranges[3].from.kind, ranges[3].from.year, ranges[3].from.month], ['month', 2023, 3]);
    assert.deepEqual([ranges[4].from.year, ranges[4].to.year], [2030, 2026]);
    assert.equal(findDates('từ nay đến năm 2020').ranges.length, 0);
  });

  it('gives a first end without a year the second end\'s year, or the year before when its month comes later', () => {
    const text = 'từ ngày 15/3 đến ngày 01/3/2023; từ ngày 20 tháng 6 đến ngày 05 tháng 6 năm 2023; từ ngày 15/12 đến ngày 10/01/2024; '
      + 'từ tháng 9 đến tháng 5/2024; từ ngày 15/6 đến ngày 01/3/2024';
    const ranges = findDates(text).ranges;
    assert.deepEqual(ranges.map((r) => [covers(text, r.from), r.from.year, r.from.month, r.from.day, r.from.form]), [
      ['15/3', 2023, 3, 15, 'slash'], ['20 tháng 6', 2023, 6, 20, 'words'], ['15/12', 2023, 12, 15, 'slash'],
      ['tháng 9', 2023, 9, undefined, 'words'], ['15/6', 2023, 6, 15, 'slash'],
    ]);
    assert.ok(ranges.every((r) => r.partial));
  });

  it('finds weekdays before and after a date, not ordinals', () => {
    const text = 'Thứ Ba, ngày 15/3/2023 họp; vào thứ 5 ngày 16/3/2023; ngày 27/10/2024 (Chủ nhật); sáng thứ bảy 18/3/2023. '
      + 'Kỳ họp thứ năm, ngày 10/6/2023; lần thứ Hai ngày 11/6/2023.';
    const weekdays = findDates(text).weekdays;
    assert.deepEqual(weekdays.map((w) => [covers(text, w), w.weekday, covers(text, w.date)]), [
      ['Thứ Ba', 2, '15/3/2023'], ['thứ 5', 4, '16/3/2023'], ['Chủ nhật', 0, '27/10/2024'], ['thứ bảy', 6, '18/3/2023'],
    ]);
  });

  it('finds deadlines after their cues, not history', () => {
    const text = 'Báo cáo trước ngày 30/6/2023; chậm nhất là ngày 15/7/2023; hạn chót: 20/7/2023; hoàn thành trước năm 2025; '
      + 'xong trước tháng 9/2023; phải hoàn thành trong quý IV/2023; Thời hạn hoàn thành: tháng 12/2023. '
      + 'Trước ngày 01/7/2014, tỉnh đã làm; tỉnh đã hoàn thành trước năm 2013; ban hành năm 2020; trước năm 2010; '
      + 'hồ sơ nộp trước ngày 01/01/2023 được giải quyết theo quy định cũ, hồ sơ nộp trước ngày 01/02/2023 thì chuyển tiếp; '
      + '100% số xã hoàn thành trong năm 2022.';
    const deadlines = findDates(text).deadlines;
    assert.deepEqual(deadlines.map((d) => [covers(text, d.cue), covers(text, d.date)]), [
      ['trước', '30/6/2023'], ['chậm nhất', '15/7/2023'], ['hạn chót', '20/7/2023'], ['hoàn thành trước', 'năm 2025'],
      ['xong trước', 'tháng 9/2023'], ['hoàn thành trong', 'quý IV/2023'], ['Thời hạn hoàn thành', 'tháng 12/2023'],
    ]);
  });

  it('reports offsets in the original text through CRLF, NFD and non-breaking spaces', () => {
    const text = 'Dòng một\r\nCăn cứ Kế hoạch số 2015/KH-UBND ngày\u00a008/08/2022;\r\nThứ Năm, ngày 5 tháng\r\n6 năm 2014\r\ngiai đoạn 2021\u00a0–\u00a02025'.normalize('NFD');
    const found = findDates(text);
    assert.deepEqual(found.mentions.map((m) => covers(text, m)), ['08/08/2022', '5 tháng\r\n6 năm 2014'.normalize('NFD')]);
    assert.equal(covers(text, found.weekdays[0]), 'Thứ Năm'.normalize('NFD'));
    assert.equal(found.weekdays[0].weekday, 4);
    assert.equal(covers(text, found.ranges[0]), '2021\u00a0–\u00a02025');
  });

  it('stays linear on long runs of digits, slashes and spaces', () => {
    const text = '1/'.repeat(50000) + ' ngày '.repeat(20000) + '2021-'.repeat(20000) + ' '.repeat(50000) + 'thứ '.repeat(20000);
    const started = Date.now();
    findDates(text);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
});

describe('dates: the plan\'s own date and datesOf', () => {
  const header = (line: string) => `UỶ BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 52/KH-UBND\n\n${line}\n\nKẾ HOẠCH\n\nTriển khai\n\nNội dung trước ngày 30/6/2014.\n`;

  it('reads a full place-date line to the day', () => {
    const doc = parsePlan(header('Lạng Sơn, ngày 05 tháng 6 năm 2014'));
    const plan = datesOf(doc).plan!;
    assert.deepEqual([plan.precision, plan.year, plan.month, plan.day, plan.valid], ['day', 2014, 6, 5, true]);
    assert.equal(covers(doc.text, plan), 'ngày 05 tháng 6 năm 2014');
  });

  it('reads a draft with a blank day to the month, and a blank month to the year', () => {
    for (const line of ['Hà Nội, ngày      tháng 6 năm 2021', 'Hà Nội, ngày … tháng 6 năm 2021', 'Hà Nội, ngày ..... tháng 6 năm 2021', 'Hà Nội, ngày tháng 6 năm 2021']) {
      const plan = datesOf(parsePlan(header(line))).plan!;
      assert.deepEqual([plan.precision, plan.year, plan.month], ['month', 2021, 6], line);
    }
    const plan = datesOf(parsePlan(header('Hà Nội, ngày    tháng    năm 2021'))).plan!;
    assert.deepEqual([plan.precision, plan.year], ['year', 2021]);
  });

  it('has no plan date when the header has no place-date line', () => {
    assert.equal(datesOf(parsePlan('KẾ HOẠCH\n\nTriển khai năm 2023\n')).plan, undefined);
  });

  it('computes once per document', () => {
    const doc = parsePlan(header('Lạng Sơn, ngày 05 tháng 6 năm 2014'));
    assert.equal(datesOf(doc), datesOf(doc));
    assert.equal(datesOf(doc).deadlines.length, 1);
  });

  it('compares at the plan\'s precision: never before or after within the plan\'s own month', () => {
    const month = datesOf(parsePlan(header('Hà Nội, ngày    tháng 6 năm 2021'))).plan!;
    const [may31, jun1, jun30, jul1] = findDates('ngày 31/5/2021 ngày 01/6/2021 ngày 30/6/2021 ngày 01/7/2021').mentions;
    assert.deepEqual([may31, jun1, jun30, jul1].map((m) => endsBeforePlan(m, month)), [true, false, false, false]);
    assert.deepEqual([may31, jun1, jun30, jul1].map((m) => beginsAfterPlan(m, month)), [false, false, false, true]);
    const day = datesOf(parsePlan(header('Hà Nội, ngày 15 tháng 6 năm 2021'))).plan!;
    assert.deepEqual([jun1, jun30].map((m) => [endsBeforePlan(m, day), beginsAfterPlan(m, day)]), [[true, false], [false, true]]);
    const [q2, year] = findDates('quý II/2021, năm 2021').mentions;
    assert.deepEqual([endsBeforePlan(q2, day), beginsAfterPlan(q2, day), endsBeforePlan(year, day)], [false, false, false]);
  });
});

describe('dates: the date rules together', () => {
  const dateRulesOnly = { rules: Object.fromEntries(ALL_RULES.filter((r) => !r.id.startsWith('date-')).map((r) => [r.id, 'off' as const])) };
  const fixture = (rule: string, name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'rules', rule, name), 'utf8');

  it('are all registered', () => {
    assert.deepEqual(ALL_RULES.map((r) => r.id).filter((id) => id.startsWith('date-')).sort(),
      ['date-cited-after-issue', 'date-deadline-before-issue', 'date-format', 'date-invalid', 'date-range-reversed', 'date-weekday']);
  });

  it('say nothing about a plan of 06/02/2023 whose deadlines follow it and citations precede it, nor about the real texts', () => {
    for (const name of ['ke-hoach-2023-dung-han.kh.md', 'lang-son-52-KH-UBND-2014.txt', 'cao-bang-dinh-huong-2021-2025.txt']) {
      assert.deepEqual(lint(fixture('date-invalid', name), dateRulesOnly), [], name);
    }
  });

  it('each report on a plan of 06/02/2023 that breaks them', () => {
    const broken = fixture('date-invalid', 'ke-hoach-2023-dung-han.kh.md')
      .replace('ngày 19/4/2022', 'ngày 19/4/2023')
      .replace('trước ngày 15/3/2023', 'trước ngày 15/01/2023')
      .replace('ngày 13/02/2023', 'ngày 14/02/2023')
      .replace('ngày 18 tháng 01 năm 2022', 'ngày 18-01-2022')
      .replace('chậm nhất là ngày 15/12/2023', 'chậm nhất là ngày 31/11/2023')
      .replace('giai đoạn 2021-2025', 'giai đoạn 2025-2021');
    const found = lint(broken, dateRulesOnly).map((f) => [f.ruleId, broken.slice(f.start, f.end)]);
    assert.deepEqual(found, [
      ['date-cited-after-issue', '19/4/2023'],
      ['date-format', '18-01-2022'],
      ['date-range-reversed', '2025-2021'],
      ['date-weekday', 'thứ Hai'],
      ['date-deadline-before-issue', 'trước ngày 15/01/2023'],
      ['date-invalid', '31/11/2023'],
    ]);
  });
});

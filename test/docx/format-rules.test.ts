/**
 * The format rules (issue 10, part 2): what only a Word file can break. Each test writes a plan in
 * Word with the `docx` package (word-plan.ts), to the decree but for one thing, and checks that the
 * one rule catches it once: its id, severity, paragraph (¶N as the CLI shows it) and message. A plan
 * written to the decree, and any plain text, gets no format finding.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AlignmentType, PageOrientation } from 'docx';
import * as iconv from 'iconv-lite';
import { parsePlan } from '../../server/src/core/document';
import { withWordSource } from '../../server/src/core/format/word-source';
import { ALL_RULES, lint, lintDocument, type Finding } from '../../server/src/core/lint';
import { paragraphAt, readDocx } from '../../server/src/docx';
import { exportDocx } from '../../server/src/export';
import { toTcvn3 } from '../cli/legacy-samples';
import { ROOT } from '../export/plans';
import { BODY, checkPlan, type Checked, type PlanSpec } from './word-plan';

const asStored = (text: string) => iconv.decode(toTcvn3(text), 'windows1252');

/** The one format finding a plan has, with where the CLI puts it. */
async function onlyFinding(spec: PlanSpec, locale: 'vi' | 'en' = 'vi'): Promise<{ finding: Finding; paragraph: number | undefined; checked: Checked }> {
  const checked = await checkPlan(spec, locale);
  assert.equal(checked.format.length, 1, checked.format.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
  return { finding: checked.format[0], paragraph: checked.paragraphOf(checked.format[0]), checked };
}

/** The first body paragraph (BODY[0]) follows the 6 paragraphs of the header table, KẾ HOẠCH and the trích yếu. */
const FIRST_BODY = 9;

describe('format rules: a Word file written to the decree', () => {
  it('gets no finding at all', async () => {
    const checked = await checkPlan();
    assert.deepEqual(checked.all.map((f) => `${f.ruleId}: ${f.message}`), []);
    assert.equal(checked.paragraphWith(BODY[0].text), FIRST_BODY);
  });

  it('the Word-only rules are these seven, none with a fix (a fix of the text read cannot change the Word file)', () => {
    const word = ALL_RULES.filter((r) => r.appliesTo === 'docx');
    assert.deepEqual(word.map((r) => r.id), ['format-page', 'format-margins', 'format-font', 'format-font-size', 'format-header-style', 'format-page-number', 'format-body']);
    assert.ok(word.every((r) => !r.fixable && r.basis !== 'convention'));
  });

  it('the format rules are silent on text: the same plan read as text has no format finding', async () => {
    const { reading } = await checkPlan({ font: 'Arial', margins: { left: 500 }, pageNumber: 'none' });
    assert.deepEqual(lint(reading.text).filter((f) => f.ruleId.startsWith('format-')), []);
  });
});

describe('format-page', () => {
  it('Letter paper', async () => {
    const { finding, paragraph } = await onlyFinding({ page: { width: 12240, height: 15840 } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-page', 'warning', 1]);
    assert.equal(finding.message, 'Khổ giấy 215,9 × 279,4 mm (Letter); văn bản trình bày trên khổ A4 (210 × 297 mm).');
  });

  it('A4 in landscape, without a table of content', async () => {
    const { finding, paragraph } = await onlyFinding({ page: { orientation: PageOrientation.LANDSCAPE } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-page', 'warning', 1]);
    assert.match(finding.message, /^Trang được đặt nằm ngang; văn bản trình bày theo chiều dài khổ A4/);
  });

  it('A4 in landscape with a table of tasks: allowed (mục I.2)', async () => {
    const checked = await checkPlan({ page: { orientation: PageOrientation.LANDSCAPE }, table: true });
    assert.deepEqual(checked.format, []);
    assert.ok(checked.reading.paragraphs.some((p) => p.table && checked.reading.text.slice(p.start, p.end) === 'Giám sát dịch bệnh'));
  });

  it('in English', async () => {
    const { finding } = await onlyFinding({ page: { width: 12240, height: 15840 } }, 'en');
    assert.equal(finding.message, 'Paper size 215.9 × 279.4 mm (Letter); a document is laid out on A4 (210 × 297 mm).');
  });
});

describe('format-margins', () => {
  it('15 mm margins: top, bottom and left named with their ranges; the right one is within its range', async () => {
    const mm15 = 850;
    const { finding, paragraph } = await onlyFinding({ margins: { top: mm15, bottom: mm15, left: mm15, right: mm15 } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-margins', 'warning', 1]);
    assert.equal(finding.message, 'Lề trang chưa đúng quy định: lề trên 15 mm (quy định 20–25 mm); lề dưới 15 mm (quy định 20–25 mm); '
      + 'lề trái 15 mm (quy định 30–35 mm).');
  });

  it('Word’s rounding to twips is no departure: 2 cm, 3,5 cm and 1,5 cm as Word stores them', async () => {
    const checked = await checkPlan({ margins: { top: 1134, bottom: 1417, left: 1984, right: 850 } });
    assert.deepEqual(checked.format, []);
  });
});

describe('format-font', () => {
  it('Arial: one finding for the whole stretch, not one per run', async () => {
    const { finding, paragraph, checked } = await onlyFinding({ font: 'Arial' });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-font', 'warning', 1]);
    assert.match(finding.message, /^Phông chữ Arial \(trong \d+ đoạn liền nhau\); văn bản dùng phông Times New Roman \(bộ mã Unicode\)\.$/);
    assert.ok(finding.end > checked.reading.text.indexOf('Nguyễn Văn A'), 'the stretch runs to the signature');
  });

  it('a .VnTime run and a .VnTimeH run side by side: one error, the text decoded for the other rules', async () => {
    const spec = { bodyRuns: { 4: [
      { text: asStored('Chủ động phòng, chống dịch bệnh, '), font: '.VnTime' }, { text: asStored('GIẢM TỶ LỆ MẮC'), font: '.VnTimeH' },
      { text: ' trên địa bàn tỉnh.', font: 'Times New Roman' },
    ] } };
    const { finding, paragraph, checked } = await onlyFinding(spec);
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-font', 'error', FIRST_BODY + 4]);
    assert.equal(checked.reading.text.slice(finding.start, finding.end), 'Chủ động phòng, chống dịch bệnh, GIẢM TỶ LỆ MẮC');
    assert.match(finding.message, /^Đoạn chữ gõ bằng phông cũ \.VnTime, \.VnTimeH \(bảng mã TCVN3 \(ABC\)\): kehoach đã chuyển sang Unicode để kiểm tra các quy tắc khác/);
    assert.match(finding.message, /Unikey/);
  });

  it('Unicode text set in .VnTime prints garbled: an error too', async () => {
    const { finding } = await onlyFinding({ bodyRuns: { 1: [{ text: BODY[1].text, font: '.VnTime' }] } });
    assert.deepEqual([finding.ruleId, finding.severity], ['format-font', 'error']);
    assert.match(finding.message, /^Chữ Unicode đặt phông cũ \.VnTime/);
  });
});

describe('format-font-size', () => {
  it('an 11 pt body: one finding over the run of paragraphs', async () => {
    const { finding, paragraph, checked } = await onlyFinding({ body: { run: { size: 22 } } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-font-size', 'warning', FIRST_BODY]);
    assert.equal(finding.message, `Nội dung văn bản cỡ chữ 11 pt (và ${BODY.length - 1} đoạn liền sau); quy định cỡ 13–14 pt.`);
    assert.ok(checked.reading.text.slice(finding.start, finding.end).endsWith(BODY[BODY.length - 1].text));
  });

  it('a header part out of its own range: the Quốc hiệu in 14 pt', async () => {
    const { finding, paragraph } = await onlyFinding({ parts: { nationalTitle: { size: 28 } } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-font-size', 'warning', 3]);
    assert.equal(finding.message, 'Quốc hiệu cỡ chữ 14 pt; quy định cỡ 12–13 pt.');
  });

  it('Nơi nhận’s recipients in 13 pt (11 pt)', async () => {
    const { finding, checked } = await onlyFinding({ parts: { recipient: { size: 26 } } });
    assert.equal(finding.message, 'Danh sách nơi nhận cỡ chữ 13 pt; quy định cỡ 11 pt.');
    const covered = checked.reading.text.slice(finding.start, finding.end);
    assert.ok(covered.startsWith('- UBND tỉnh;') && covered.endsWith('- Lưu: VT.'), `one finding for the list: ${covered}`);
  });
});

describe('format-header-style', () => {
  it('an upright place-date line', async () => {
    const { finding, paragraph } = await onlyFinding({ parts: { placeDate: { italics: false } } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-header-style', 'warning', 6]);
    assert.equal(finding.message, 'Địa danh, ngày tháng năm phải in nghiêng (đang chữ đứng).');
  });

  it('the issuing body in lower case, which the text reader does not take for a header line', async () => {
    const { finding, paragraph } = await onlyFinding({ parts: { issuer: { text: 'Sở Y tế' } } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-header-style', 'warning', 2]);
    assert.equal(finding.message, 'Tên cơ quan ban hành phải chữ in hoa (đang có chữ thường).');
  });

  it('a Quốc hiệu neither bold nor upright, in English', async () => {
    const { finding, paragraph } = await onlyFinding({ parts: { nationalTitle: { bold: false, italics: true } } }, 'en');
    assert.equal(paragraph, 3);
    assert.equal(finding.message, 'The Quốc hiệu should be bold, upright (it is not bold, italic).');
  });

  it('a lower-case Quốc hiệu is header-national-title’s (once, with its fix), not reported again', async () => {
    const checked = await checkPlan({ parts: { nationalTitle: { text: 'Cộng hòa xã hội chủ nghĩa Việt Nam' } } });
    assert.deepEqual(checked.all.map((f) => [f.ruleId, checked.paragraphOf(f)]), [['header-national-title', 3]]);
  });

  it('a lower-case Quốc hiệu set in Word’s capitals prints in capitals: nothing to report', async () => {
    const checked = await checkPlan({ parts: { nationalTitle: { text: 'Cộng hòa xã hội chủ nghĩa Việt Nam', allCaps: true } } });
    assert.deepEqual(checked.all, []);
  });
});

describe('format-page-number', () => {
  const cases: readonly [PlanSpec['pageNumber'], RegExp][] = [
    ['none', /^Tệp Word không đánh số trang; số trang đặt canh giữa trong lề trên, từ trang thứ hai/],
    ['firstPageToo', /^Trang đầu có hiện số trang; không hiển thị số trang thứ nhất/],
    ['footer', /^Số trang đặt ở chân trang; số trang đặt canh giữa trong lề trên/],
    ['right', /^Số trang không canh giữa \(đang canh phải\)/],
  ];
  for (const [pageNumber, message] of cases) {
    it(`page number: ${pageNumber}`, async () => {
      const { finding, paragraph } = await onlyFinding({ pageNumber });
      assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-page-number', 'warning', 1]);
      assert.match(finding.message, message);
    });
  }
});

describe('format-body', () => {
  it('left-aligned paragraphs without indent: two findings (alignment, indent) for the whole run, not one per paragraph', async () => {
    const checked = await checkPlan({ body: { paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } } } });
    const paragraphs = BODY.filter((b) => !b.heading).length;
    assert.deepEqual(checked.format.map((f) => [f.ruleId, f.severity, checked.paragraphOf(f), f.message]), [
      ['format-body', 'warning', FIRST_BODY, 'Đoạn văn canh trái (và 5 đoạn liền sau); nội dung văn bản canh đều hai lề.'],
      ['format-body', 'warning', FIRST_BODY, `Lùi đầu dòng 0 cm (và ${paragraphs - 1} đoạn liền sau); chữ đầu đoạn lùi vào 1–1,27 cm.`],
    ]);
  });

  it('double line spacing', async () => {
    const { finding, paragraph } = await onlyFinding({ body: { paragraph: { spacing: { after: 120, line: 480, lineRule: 'auto' } } } });
    assert.deepEqual([finding.ruleId, finding.severity, paragraph], ['format-body', 'warning', FIRST_BODY]);
    assert.equal(finding.message, `Giãn dòng 2 dòng (và ${BODY.length - 1} đoạn liền sau); khoảng cách giữa các dòng từ dòng đơn đến 1,5 dòng.`);
  });

  it('no space between paragraphs: reported from the second paragraph on', async () => {
    const { finding, paragraph } = await onlyFinding({ body: { paragraph: { spacing: { after: 0, line: 276, lineRule: 'auto' } } } });
    assert.deepEqual([finding.ruleId, paragraph], ['format-body', FIRST_BODY + 1]);
    assert.equal(finding.message, `Khoảng cách với đoạn trên 0 pt (và ${BODY.length - 2} đoạn liền sau); khoảng cách giữa các đoạn tối thiểu 6 pt.`);
  });

  it('formatting kept in the Normal style, as Word keeps it: read through the style', async () => {
    assert.deepEqual((await checkPlan({ normalStyle: {} })).format, []);
    const { finding, paragraph } = await onlyFinding({ normalStyle: { spacing: { after: 120, line: 480, lineRule: 'auto' } } });
    assert.deepEqual([finding.ruleId, paragraph], ['format-body', FIRST_BODY]);
    assert.match(finding.message, /^Giãn dòng 2 dòng/);
  });

  it('within the tolerances: 1 cm indent, 6 pt before instead of after, exactly 18 pt lines, 1,5 lines', async () => {
    for (const paragraph of [
      { indent: { firstLine: 567 } }, { spacing: { before: 120, after: 0 } }, { spacing: { after: 120, line: 360, lineRule: 'exact' as const } },
      { spacing: { after: 120, line: 360, lineRule: 'auto' as const } },
    ]) {
      const checked = await checkPlan({ body: { paragraph } });
      assert.deepEqual(checked.format.map((f) => f.message), [], JSON.stringify(paragraph));
    }
  });
});

/** A .docx with some text of one of its parts replaced, as a drafter changes a setting in Word. */
function patched(bytes: Uint8Array, part: string, changes: readonly [string | RegExp, string][]): Uint8Array {
  const files = unzipSync(bytes);
  let xml = strFromU8(files[part]);
  for (const [from, to] of changes) {
    const next = xml.replace(from, to);
    assert.notEqual(next, xml, `${String(from)} not found in ${part}`);
    xml = next;
  }
  return zipSync({ ...files, [part]: strToU8(xml) });
}

describe('format rules on a Party plan: only what Hướng dẫn 36 confirms', () => {
  it('margins, body spacing and page numbers are not checked; the body size (14–15 pt) is', async () => {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'header-number', 'party-correct.kh.md'), 'utf8');
    const check = (bytes: Uint8Array) => {
      const reading = readDocx(bytes);
      const findings = lintDocument(withWordSource(parsePlan(reading.text), reading)).filter((f) => f.ruleId.startsWith('format-'));
      return findings.map((f) => [f.ruleId, paragraphAt(reading, f.start)?.index, f.message]);
    };
    const unconfirmed = (bytes: Uint8Array) => patched(
      patched(bytes, 'word/document.xml', [[/w:left="1701"/, 'w:left="850"'], [/<w:titlePg\/>/, '']]),
      'word/styles.xml', [[/w:line="276"/g, 'w:line="480"']],
    );
    // The same changes to a state plan: each is caught.
    const state = check(unconfirmed(await exportDocx(readFileSync(join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), 'utf8'))));
    assert.deepEqual([...new Set(state.map(([rule]) => rule))].sort(), ['format-body', 'format-margins', 'format-page-number']);
    const exported = await exportDocx(text);
    assert.deepEqual(check(exported), []);
    assert.deepEqual(check(unconfirmed(exported)), []);
    const small = check(patched(exported, 'word/document.xml', [[/<w:sz w:val="28"\/>/g, '<w:sz w:val="26"/>']]));
    assert.ok(small.some(([rule, , message]) => rule === 'format-font-size' && /^Nội dung văn bản cỡ chữ 13 pt.*quy định cỡ 14–15 pt\.$/.test(String(message))), JSON.stringify(small));
  });
});

/**
 * Word files typed in the old Vietnamese fonts: the run's font, .VnTime (TCVN3) or VNI-Times (VNI),
 * makes its Windows-1252 characters Vietnamese. The reader decodes them so that the rules read Unicode,
 * and records the ranges it decoded. The legacy text is made by the encoders of the CLI's tests
 * (iconv-lite and VNI's published rules), not by the tables under test.
 */
import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { Document, Paragraph, TextRun } from 'docx';
import { lint } from '../../server/src/core/lint';
import { toTcvn3, toVni } from '../cli/legacy-samples';
import { para, paragraphTexts, readBuilt, readHand, run } from './build';

/** As Word stores a legacy font's text in a .docx: each byte as its Windows-1252 character. */
const asStored = (bytes: Buffer) => iconv.decode(bytes, 'windows1252');
const font = (name: string) => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}"/>`;

const PLAN = [
  ['ỦY BAN NHÂN DÂN', '.VnTimeH'], ['HUYỆN BÌNH GIA', '.VnTimeH'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '.VnTimeH'],
  ['Độc lập - Tự do - Hạnh phúc', '.VnTime'], ['Số: 45/KH-UBND', '.VnTime'], ['Bình Gia, ngày 06 tháng 02 năm 2023', '.VnTime'],
  ['KẾ HOẠCH', '.VnTimeH'], ['Triển khai công tác dân tộc năm 2023', '.VnTime'],
  ['Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, hoàn thành trước ngày 30/02/2023;', '.VnTime'],
] as const;

describe('docx reader: legacy fonts (TCVN3, VNI)', () => {
  it('decodes a plan typed in .VnTime and .VnTimeH: the rules read it as the Unicode plan', () => {
    const body = PLAN.map(([text, name]) => para(run(asStored(toTcvn3(text)), font(name)))).join('');
    const reading = readHand({ body });
    assert.deepEqual(paragraphTexts(reading), PLAN.map(([text]) => text));
    const unicode = PLAN.map(([text]) => text).join('\n\n');
    const rules = (text: string) => lint(text).map((f) => `${f.ruleId}: ${f.message}`);
    assert.deepEqual(rules(reading.text), rules(unicode));
    assert.ok(rules(reading.text).some((r) => r.startsWith('date-invalid')), 'the invalid date is still found');
    assert.deepEqual(reading.legacy.map((r) => [reading.text.slice(r.start, r.end), r.encoding, r.font]).slice(0, 2), [
      ['ỦY BAN NHÂN DÂN', 'tcvn3', '.VnTimeH'], ['HUYỆN BÌNH GIA', 'tcvn3', '.VnTimeH'],
    ]);
    assert.ok(reading.runs.every((r) => r.legacy === 'tcvn3' || !/[^\x00-\x7f]/.test(reading.text.slice(r.start, r.end))));
  });

  it('decodes VNI-Times, whose letters take a mark byte after the vowel', () => {
    const text = 'Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch thực hiện Nghị quyết số 12-NQ/TU';
    const reading = readHand({ body: para(run(asStored(toVni(text)), font('VNI-Times'))) });
    assert.deepEqual(paragraphTexts(reading), [text]);
    assert.deepEqual(reading.legacy.map((r) => [r.encoding, r.font]), [['vni', 'VNI-Times']]);
  });

  it('takes the font from the style when the run has none, and reads Word’s curly quotes in a .VnTime run', () => {
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr>${font('.VnTime')}</w:rPr></w:style>`;
    // Word keeps “ ” – as the Windows-1252 characters they are in any font (iconv's VN1 cannot write them).
    const stored = `${asStored(toTcvn3('Chương trình '))}“${asStored(toTcvn3('Nông thôn mới'))}” – ${asStored(toTcvn3('giai đoạn 2021'))}`;
    const reading = readHand({ styles, body: para(run(stored)) });
    assert.deepEqual(paragraphTexts(reading), ['Chương trình “Nông thôn mới” – giai đoạn 2021']);
    assert.equal(reading.runs[0].format.font, '.VnTime');
  });

  it('leaves Unicode text set in an old font as it is, and records nothing for it', () => {
    const reading = readHand({ body: para(run('Kế hoạch năm 2024', font('.VnTime')) + run(' và ', font('Times New Roman'))) });
    assert.deepEqual(paragraphTexts(reading), ['Kế hoạch năm 2024 và']);
    assert.deepEqual(reading.legacy, []);
  });

  it('reads a legacy run the docx package writes, beside Unicode runs', async () => {
    const reading = await readBuilt(new Document({ sections: [{ children: [new Paragraph({ children: [
      new TextRun({ text: 'Thực hiện ' }),
      new TextRun({ text: asStored(toTcvn3('Nghị quyết số 88/2019/QH14')), font: '.VnTime' }),
    ] })] }] }));
    assert.deepEqual(paragraphTexts(reading), ['Thực hiện Nghị quyết số 88/2019/QH14']);
    const [range] = reading.legacy;
    assert.equal(reading.text.slice(range.start, range.end), 'Nghị quyết số 88/2019/QH14');
  });
});

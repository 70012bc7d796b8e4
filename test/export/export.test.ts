import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/export';
import { readDocx, type DocxText } from '../office/docx-text';
import { compareWords } from '../office/words';
import { planFiles, ROOT } from './plans';

const SAMPLE = readFileSync(join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), 'utf8');

async function exported(text: string, options = {}): Promise<DocxText> {
  return readDocx(await exportDocx(text, options));
}

const tableTexts = (docx: DocxText, table: number) => docx.paragraphs.filter((p) => p.table === table).map((p) => p.text).filter(Boolean);
const documentXml = (docx: DocxText) => docx.parts.get('word/document.xml')!;
/** `assert.match` without printing a whole XML part when it fails. */
function contains(xml: string, pattern: RegExp, what = String(pattern)): void {
  assert.ok(pattern.test(xml), `not found: ${what}`);
}

/** The run properties of the run holding `text`. */
function runProps(docx: DocxText, text: string): string {
  const xml = documentXml(docx);
  const at = xml.indexOf(`>${text}</w:t>`);
  assert.ok(at > 0, `“${text}” not in document.xml`);
  const run = xml.lastIndexOf('<w:r>', at);
  return xml.slice(run, at);
}

describe('export: nothing in the plan is dropped', () => {
  const files = planFiles();
  it('finds the plans among the fixtures and both examples', () => {
    assert.ok(files.length > 100, `only ${files.length} plans found`);
    assert.ok(files.some((f) => f.name.endsWith('examples/ke-hoach-mau.kh.md')));
    assert.ok(files.some((f) => f.name.endsWith('shared/examples/lang-son-52-KH-UBND-2014.txt')));
  });
  for (const file of files) {
    it(`${file.name}: the same words in the same order`, async () => {
      assert.deepEqual(compareWords(file.text, await exported(file.text)), []);
    });
  }
});

describe('export: the header as Word users lay it out', () => {
  it('issuer and Số left, Quốc hiệu, Tiêu ngữ and the date right, in a two-column table of two rows', async () => {
    const docx = await exported(SAMPLE);
    assert.deepEqual(tableTexts(docx, 0), [
      'ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH GIA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 45/KH-UBND', 'Bình Gia, ngày 06 tháng 02 năm 2023',
    ]);
    const xml = documentXml(docx);
    const firstTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    contains(firstTable, /<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/, 'the header table has no borders');
    assert.equal((firstTable.match(/<w:tr[ >]/g) ?? []).length, 2);
  });

  it('sets each part as Phụ lục I fixes it: size, weight, italics', async () => {
    const docx = await exported(SAMPLE);
    const has = (text: string, ...props: RegExp[]) => props.forEach((p) => assert.match(runProps(docx, text), p, text));
    has('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', /<w:b\/>/, /<w:sz w:val="24"\/>/);
    has('Độc lập - Tự do - Hạnh phúc', /<w:b\/>/, /<w:sz w:val="26"\/>/);
    has('HUYỆN BÌNH GIA', /<w:b\/>/, /<w:sz w:val="24"\/>/);
    has('Bình Gia, ngày 06 tháng 02 năm 2023', /<w:i\/>/, /<w:sz w:val="26"\/>/);
    has('KẾ HOẠCH', /<w:b\/>/, /<w:sz w:val="28"\/>/);
    has('Nơi nhận:', /<w:b\/>/, /<w:i\/>/, /<w:sz w:val="24"\/>/);
    has('- Lưu: VT.', /<w:sz w:val="22"\/>/);
    has('TM. ỦY BAN NHÂN DÂN', /<w:b\/>/, /<w:sz w:val="28"\/>/);
    has('Nguyễn Văn A', /<w:b\/>/, /<w:sz w:val="28"\/>/);
    assert.doesNotMatch(runProps(docx, 'Số: 45/KH-UBND'), /<w:b\/>|<w:i\/>/);
  });

  it('draws the short rule under the issuer, the full-length rule under the Tiêu ngữ and one under the trích yếu', async () => {
    const xml = documentXml(await exported(SAMPLE));
    assert.equal((xml.match(/<w:pBdr><w:top w:val="single"/g) ?? []).length, 3);
  });

  it('keeps a blank draft number with its spacing and invents no date', async () => {
    const draft = SAMPLE.replace('Số: 45/KH-UBND', 'Số:     /KH-UBND').replace('Bình Gia, ngày 06 tháng 02 năm 2023', 'Bình Gia, ngày      tháng 02 năm 2023');
    const docx = await exported(draft);
    contains(documentXml(docx), /<w:t xml:space="preserve">Số: {5}\/KH-UBND<\/w:t>/);
    contains(documentXml(docx), /<w:t xml:space="preserve">Bình Gia, ngày {6}tháng 02 năm 2023<\/w:t>/);
    const undated = await exported(SAMPLE.replace('Bình Gia, ngày 06 tháng 02 năm 2023\n', ''));
    assert.ok(!tableTexts(undated, 0).some((t) => /ngày/.test(t)), 'a date appeared that the plan does not have');
  });

  it('lays out a Party plan with ĐẢNG CỘNG SẢN VIỆT NAM and the star under the issuer', async () => {
    const party = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'header-number', 'party-correct.kh.md'), 'utf8');
    const docx = await exported(party);
    const cells = tableTexts(docx, 0);
    assert.ok(cells.includes('ĐẢNG CỘNG SẢN VIỆT NAM'), cells.join(' | '));
    assert.ok(cells.includes('*'), 'the star line under the issuer');
    assert.match(runProps(docx, 'ĐẢNG CỘNG SẢN VIỆT NAM'), /<w:sz w:val="30"\/>/);
  });

  it('lays out a Đoàn plan as Trung ương Đoàn does: committee, *** and Số left; ĐOÀN TNCS HỒ CHÍ MINH and the date right', async () => {
    const expected = ['BAN CHẤP HÀNH TRUNG ƯƠNG', '***', 'ĐOÀN TNCS HỒ CHÍ MINH', 'Số: 225 - KH/TWĐTN-CTTN', 'Hà Nội, ngày 16 tháng 5 năm 2024'];
    const table = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'header-national-title', 'doan-trung-uong.kh.md'), 'utf8');
    assert.deepEqual(tableTexts(await exported(table), 0), expected);
    // The web page's copy, both columns on one line: the same table, no stray line and no Quốc hiệu.
    const page = await exported(readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'twdtn-225-2024.txt'), 'utf8'));
    assert.deepEqual(tableTexts(page, 0), expected);
    assert.ok(!page.paragraphs.some((p) => /CỘNG HÒA|Độc lập/.test(p.text)));
  });
});

describe('export: the page', () => {
  it('A4 portrait, margins 20/20/30/15 mm, page numbers at the top from page 2', async () => {
    const docx = await exported(SAMPLE);
    const xml = documentXml(docx);
    contains(xml, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    contains(xml, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    contains(xml, /<w:titlePg\/>/);
    const headers = [...docx.parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, x]) => x);
    assert.equal(headers.filter((x) => /PAGE/.test(x)).length, 1, 'one header holds the PAGE field');
    contains(headers.find((x) => /PAGE/.test(x))!, /<w:jc w:val="center"\/>[\s\S]*<w:sz w:val="28"\/>/);
    contains(xml, /<w:headerReference w:type="first"/);
  });

  it('writes Times New Roman as the document font and the body as mục II.6.e says', async () => {
    const docx = await exported(SAMPLE);
    const styles = docx.parts.get('word/styles.xml')!;
    contains(styles, /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]* w:hAnsi="Times New Roman"\/>/);
    contains(styles, /<w:pPrDefault><w:pPr><w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"\/>/);
    const body = documentXml(docx);
    contains(body, /<w:ind w:firstLine="720"\/><w:jc w:val="both"\/>/);
  });
});

describe('export: Markdown maps to Word', () => {
  const PLAN = `KẾ HOẠCH

Trích yếu

## I. MỤC ĐÍCH

Một đoạn **đậm** và *nghiêng* có chú thích[^1] và [liên kết](https://example.invalid/a) và \`mã\`.

- gạch đầu dòng một;
  - gạch con;
+ dấu cộng.

| Nhiệm vụ | Thời hạn |
| --- | --- |
| Rà soát | 31/3/2023 |

<!-- kehoach-disable-next-line date-format -->
[^1]: Nội dung chú thích.
`;
  it('emphasis, lists, tables, footnotes, links and code; comments left out', async () => {
    const docx = await exported(PLAN);
    assert.deepEqual(compareWords(PLAN, docx), []);
    const xml = documentXml(docx);
    assert.match(runProps(docx, 'đậm'), /<w:b\/>/);
    assert.match(runProps(docx, 'nghiêng'), /<w:i\/>/);
    assert.match(runProps(docx, 'mã'), /Courier New/);
    contains(xml, /<w:footnoteReference w:id="1"\/>/);
    assert.deepEqual(docx.footnotes, ['Nội dung chú thích.']);
    contains(xml, /<w:hyperlink [^>]*r:id="[^"]+"[^>]*><w:r>(?:(?!<\/w:hyperlink>)[\s\S])*liên kết/);
    assert.equal((xml.match(/<w:numPr>/g) ?? []).length, 3);
    contains(xml, /<w:ilvl w:val="1"\/>/);
    const grid = docx.paragraphs.filter((p) => p.table !== undefined).map((p) => p.text);
    assert.deepEqual(grid, ['Nhiệm vụ', 'Thời hạn', 'Rà soát', '31/3/2023']);
    assert.ok(!/kehoach-disable/.test(xml));
    assert.ok(docx.paragraphs.some((p) => p.style === 'Heading1' && p.text === 'I. MỤC ĐÍCH'));
  });
});

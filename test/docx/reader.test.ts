/**
 * What real Word files do, read as Word shows them: words split across runs, autocorrected quotes and
 * dashes, soft breaks, tabs, the header in a table, tracked changes (accepted), comments, fields, text
 * boxes (once), hyperlinks, bookmarks, hidden text. Each file is built here: with the `docx` package
 * where it writes the construct, by hand (as Word writes it) where it does not.
 */
import * as assert from 'node:assert/strict';
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink,
  InsertedTextRun, Paragraph, SimpleField, Tab, Table, TableCell, TableRow, Textbox, TextRun, Bookmark,
} from 'docx';
import { paragraphAt, runAt } from '../../server/src/docx';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';
import { para, paragraphTexts, readBuilt, readHand, run } from './build';

const doc = (children: (Paragraph | Table | Textbox)[], extra = {}) => new Document({ sections: [{ children }], ...extra });
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const DATE = { id: 1, author: 'Văn thư', date: '2024-03-01T00:00:00Z' };

describe('docx reader: runs and characters', () => {
  it('joins a word split over runs, however Word cut it (rsids, proofing marks, formatting)', async () => {
    const built = await readBuilt(doc([new Paragraph({ children: [new TextRun('Kế ho'), new TextRun({ text: 'ạ', bold: true }), new TextRun('ch năm 2024')] })]));
    assert.deepEqual(paragraphTexts(built), ['Kế hoạch năm 2024']);
    const hand = readHand({
      body: para(`<w:r w:rsidR="00A1B2C3"><w:t>Qu</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidRPr="00D4"><w:t>yết</w:t></w:r>`
        + `<w:proofErr w:type="spellEnd"/><w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve"> định</w:t></w:r>`),
    });
    assert.deepEqual(paragraphTexts(hand), ['Quyết định']);
    assert.deepEqual(hand.runs.map((r) => [r.run, hand.text.slice(r.start, r.end)]), [[1, 'Qu'], [2, 'yết'], [3, ' định']]);
  });

  it('keeps autocorrected quotes, en dashes and non-breaking spaces as they are; the rules read through them', async () => {
    const text = 'Giai đoạn 2030 – 2026, theo “Đề án”\u00a0số 1.';
    const reading = await readBuilt(doc([p('KẾ HOẠCH'), p(text)]));
    assert.deepEqual(paragraphTexts(reading), ['KẾ HOẠCH', text]);
    assert.ok(lint(reading.text).some((f) => f.ruleId === 'date-range-reversed'), 'the reversed range across an en dash is found');
  });

  it('reads a soft line break as a line break inside the paragraph, and a tab as a space', async () => {
    const reading = await readBuilt(doc([
      new Paragraph({ children: [new TextRun('ỦY BAN NHÂN DÂN'), new TextRun({ text: 'HUYỆN BÌNH GIA', break: 1 })] }),
      new Paragraph({ children: [new TextRun('Số: 45/KH-UBND'), new TextRun({ children: [new Tab(), new Tab(), 'Bình Gia, ngày 06 tháng 02 năm 2023'] })] }),
    ]));
    assert.deepEqual(paragraphTexts(reading), ['ỦY BAN NHÂN DÂN\nHUYỆN BÌNH GIA', 'Số: 45/KH-UBND  Bình Gia, ngày 06 tháng 02 năm 2023']);
    assert.equal(reading.paragraphs.length, 2, 'one paragraph, two lines');
    const plan = parsePlan(reading.text);
    assert.equal(plan.header.number?.text, 'Số: 45/KH-UBND');
    assert.equal(plan.header.placeDate?.text, 'Bình Gia, ngày 06 tháng 02 năm 2023');
    assert.deepEqual(plan.header.issuer.map((f) => f.text), ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH GIA']);
  });

  it('trims the spaces and tabs that indent a paragraph (they would read as Markdown code)', () => {
    const reading = readHand({ body: para('<w:r><w:tab/><w:t xml:space="preserve">  Căn cứ Luật Tổ chức chính quyền địa phương;  </w:t></w:r>') });
    assert.deepEqual(paragraphTexts(reading), ['Căn cứ Luật Tổ chức chính quyền địa phương;']);
  });

  it('leaves out hidden text (w:vanish), as Word prints it', () => {
    const reading = readHand({ body: para(run('Kế hoạch ') + run('(bản nháp) ', '<w:vanish/>') + run('năm 2024')) });
    assert.deepEqual(paragraphTexts(reading), ['Kế hoạch năm 2024']);
  });

  it('reads a run set in capitals (w:caps) in capitals, as it prints', () => {
    const reading = readHand({ body: para(run('Cộng hòa xã hội chủ nghĩa Việt Nam', '<w:caps/>')) });
    assert.deepEqual(paragraphTexts(reading), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    assert.equal(reading.runs[0].format.caps, true);
  });
});

describe('docx reader: Word’s own markup', () => {
  it('reads through content controls, smart tags, custom XML, bookmarks, ids and revision marks, as Word 2016 writes them', () => {
    const reading = readHand({ body: [
      '<w:sdt><w:sdtPr><w:alias w:val="Số ký hiệu"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>',
      `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00C12345" w:rsidRDefault="00C12345"><w:pPr><w:jc w:val="center"/></w:pPr>`,
      `<w:bookmarkStart w:id="0" w:name="_GoBack"/>${run('Số: 12/KH')}<w:bookmarkEnd w:id="0"/><w:r><w:noBreakHyphen/></w:r>${run('UBND')}</w:p>`,
      '</w:sdtContent></w:sdt>',
      `<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${run('Lạng Sơn')}</w:smartTag>`,
      `<w:customXml w:element="ngay"><w:customXmlPr/>${run(', ngày 05 tháng 6 năm 2014')}</w:customXml></w:p>`,
      `<w:p>${run('Đồng')}<w:r><w:softHyphen/></w:r>${run('bào')}<w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>${run(' miền núi')}</w:p>`,
    ].join('') });
    assert.deepEqual(paragraphTexts(reading), ['Số: 12/KH-UBND', 'Lạng Sơn, ngày 05 tháng 6 năm 2014', 'Đồngbào miền núi']);
    assert.equal(reading.paragraphs[0].format.align, 'center');
  });
});

describe('docx reader: the header inside a table', () => {
  const headerTable = () => new Table({
    rows: [
      new TableRow({ children: [
        new TableCell({ children: [p('ỦY BAN NHÂN DÂN'), p('HUYỆN BÌNH GIA')] }),
        new TableCell({ children: [p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), p('Độc lập - Tự do - Hạnh phúc')] }),
      ] }),
      new TableRow({ children: [
        new TableCell({ children: [p('Số: 45/KH-UBND')] }),
        new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: 'Bình Gia, ngày 06 tháng 02 năm 2023', italics: true })] })] }),
      ] }),
    ],
  });

  it('numbers cell paragraphs in document order and reads the header parts from them', async () => {
    const reading = await readBuilt(doc([headerTable(), new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('KẾ HOẠCH')] }), p('Triển khai công tác dân tộc năm 2023')]));
    assert.equal(reading.text.split('\n\n')[0], [
      'ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH GIA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      '| Số: 45/KH-UBND | Bình Gia, ngày 06 tháng 02 năm 2023 |',
    ].join('\n'));
    const cells = reading.paragraphs.filter((x) => x.table);
    assert.deepEqual(cells.map((x) => [x.index, x.table!.row, x.table!.cell]), [[1, 0, 0], [2, 0, 0], [3, 0, 1], [4, 0, 1], [5, 1, 0], [6, 1, 1]]);
    const header = parsePlan(reading.text).header;
    assert.deepEqual(header.issuer.map((f) => f.text), ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH GIA']);
    assert.equal(header.nationalTitle?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(header.motto?.text, 'Độc lập - Tự do - Hạnh phúc');
    assert.equal(header.number?.text, 'Số: 45/KH-UBND');
    assert.equal(header.placeDate?.text, 'Bình Gia, ngày 06 tháng 02 năm 2023');
    assert.equal(header.title?.text, 'KẾ HOẠCH');
    assert.equal(paragraphAt(reading, header.placeDate!.start)?.index, 6);
    assert.equal(runAt(reading, header.placeDate!.start)?.format.italic, true);
  });

  it('reads a header whose cells hold their lines as soft breaks, and a row with an empty cell', () => {
    const cell = (...lines: string[]) => `<w:tc>${para(lines.map((l, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + run(l)).join(''))}</w:tc>`;
    const reading = readHand({ body: [
      '<w:tbl><w:tr>', cell('ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH GIA'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'), '</w:tr>',
      '<w:tr>', cell('Số: 45/KH-UBND'), cell(''), '</w:tr><w:tr>', '<w:tc><w:p/></w:tc>', cell('Bình Gia, ngày 06 tháng 02 năm 2023'), '</w:tr></w:tbl>',
      para(run('KẾ HOẠCH')),
    ].join('') });
    assert.equal(reading.text, [
      'ỦY BAN NHÂN DÂN\nHUYỆN BÌNH GIA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      '| Số: 45/KH-UBND | |', '| | Bình Gia, ngày 06 tháng 02 năm 2023 |',
    ].join('\n') + '\n\nKẾ HOẠCH');
    const header = parsePlan(reading.text).header;
    assert.deepEqual([header.issuer.length, header.nationalTitle?.text, header.motto?.text, header.number?.text, header.placeDate?.text], [
      2, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 45/KH-UBND', 'Bình Gia, ngày 06 tháng 02 năm 2023',
    ]);
  });

  it('never takes a numbered cell of a data table for a heading', async () => {
    const row = (a: string, b: string) => new TableRow({ children: [new TableCell({ children: [p(a)] }), new TableCell({ children: [p(b)] })] });
    const reading = await readBuilt(doc([p('KẾ HOẠCH'), p('I. NHIỆM VỤ'), new Table({ rows: [row('1. Rà soát hộ nghèo', 'Quý I'), row('3. Tổng kết', 'Quý IV')] })]));
    assert.match(reading.text, /\| 1\. Rà soát hộ nghèo \| Quý I \|\n\| 3\. Tổng kết \| Quý IV \|/);
    assert.deepEqual(parsePlan(reading.text).allSections.map((s) => s.heading.title), ['NHIỆM VỤ']);
  });
});

describe('docx reader: tracked changes, comments, fields', () => {
  it('reads tracked changes as accepted: insertions kept, deletions dropped', async () => {
    const reading = await readBuilt(doc([new Paragraph({ children: [
      new TextRun('Hoàn thành trước ngày '),
      new DeletedTextRun({ text: '15/3/2024', ...DATE }),
      new InsertedTextRun({ text: '31/3/2024', ...DATE, id: 2 }),
      new TextRun('.'),
    ] })]));
    assert.deepEqual(paragraphTexts(reading), ['Hoàn thành trước ngày 31/3/2024.']);
  });

  it('drops moved-from text, keeps moved-to text, and joins a paragraph whose mark was deleted', () => {
    const mark = (kind: string) => `<w:rPr><w:${kind} w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr>`;
    const reading = readHand({ body: [
      para(`<w:moveFrom w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z">${run('Cũ. ')}</w:moveFrom>${run('Giữ nguyên.')}`),
      para(run('Câu thứ nhất'), mark('del')),
      para(run(' nối tiếp câu sau.')),
      para(`<w:moveTo w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z">${run('Cũ.')}</w:moveTo>`, mark('ins')),
    ].join('') });
    assert.deepEqual(paragraphTexts(reading), ['Giữ nguyên.', 'Câu thứ nhất nối tiếp câu sau.', 'Cũ.']);
    assert.equal(reading.paragraphs.length, 3, 'the joined paragraphs count once');
  });

  it('drops comments and their marks (the comment text is not the plan)', async () => {
    const reading = await readBuilt(new Document({
      comments: { children: [{ id: 0, author: 'A', date: new Date(0), children: [p('Xem lại ngày 30/02/2024')] }] },
      sections: [{ children: [new Paragraph({ children: [new CommentRangeStart(0), new TextRun('Báo cáo trước ngày 15/3/2024.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] })] }],
    }));
    assert.deepEqual(paragraphTexts(reading), ['Báo cáo trước ngày 15/3/2024.']);
    assert.ok(!lint(reading.text).some((f) => f.ruleId === 'date-invalid'));
  });

  it('reads a field as its result, never its instruction (complex and simple fields)', async () => {
    const built = await readBuilt(doc([new Paragraph({ children: [new TextRun('Ngày in: '), new SimpleField('DATE \\@ "dd/MM/yyyy"', '05/03/2024')] })]));
    assert.deepEqual(paragraphTexts(built), ['Ngày in: 05/03/2024']);
    assert.deepEqual(built.paragraphs[0].fields, ['DATE \\@ "dd/MM/yyyy"']);
    const hand = readHand({ body: para([
      run('Trang '),
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('2'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      run(' của '),
      // A field inside the instruction of another (IF … PAGE …): nothing of the instruction shows.
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>',
      '<w:r><w:instrText>NUMPAGES</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('9'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> > 1 "5"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      run('5'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ].join('')) });
    assert.deepEqual(paragraphTexts(hand), ['Trang 2 của 5']);
    assert.deepEqual(hand.runs.filter((r) => r.kind === 'field').map((r) => hand.text.slice(r.start, r.end)), ['2', '5']);
  });

  it('a field left open in a damaged file hides nothing past its paragraph', () => {
    const reading = readHand({ body: para(run('Trang ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>') + para(run('Căn cứ Luật Ngân sách nhà nước;')) });
    assert.deepEqual(paragraphTexts(reading), ['Trang', 'Căn cứ Luật Ngân sách nhà nước;']);
    assert.deepEqual(reading.paragraphs[0].fields, ['PAGE']);
  });

  it('reads hyperlinks and bookmarks as the text they hold', async () => {
    const reading = await readBuilt(doc([new Paragraph({ children: [
      new TextRun('Xem '), new ExternalHyperlink({ link: 'https://vanban.chinhphu.vn/', children: [new TextRun('Nghị định số 30/2020/NĐ-CP')] }),
      new TextRun(' và '), new Bookmark({ id: 'dieu1', children: [new TextRun('Điều 1')] }), new TextRun('.'),
    ] })]));
    assert.deepEqual(paragraphTexts(reading), ['Xem Nghị định số 30/2020/NĐ-CP và Điều 1.']);
  });
});

describe('docx reader: text boxes', () => {
  const box = (text: string) => `<w:txbxContent>${para(run(text))}</w:txbxContent>`;
  /** A text box as Word 2010+ writes it: DrawingML for new readers, the same box in VML as the fallback. */
  const wordTextBox = (text: string) => `<w:r><mc:AlternateContent>
    <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
      <wps:wsp><wps:txbx>${box(text)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
    <mc:Fallback><w:pict><v:shape><v:textbox>${box(text)}</v:textbox></v:shape></w:pict></mc:Fallback>
  </mc:AlternateContent></w:r>`;

  it('reads a text box once (one branch of mc:AlternateContent), after the paragraph it is anchored in', () => {
    const reading = readHand({ body: [
      para(run('KẾ HOẠCH') + wordTextBox('Số: 12/KH-UBND')),
      para(run('Triển khai năm 2024')),
    ].join('') });
    assert.deepEqual(paragraphTexts(reading), ['KẾ HOẠCH', 'Số: 12/KH-UBND', 'Triển khai năm 2024']);
    assert.deepEqual(reading.paragraphs.map((x) => [x.index, x.inTextBox ?? false]), [[1, false], [2, true], [3, false]]);
  });

  it('reads a VML text box (older Word) and one the docx package writes', async () => {
    const vml = readHand({ body: para(`<w:r><w:pict><v:shape><v:textbox>${box('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</v:textbox></v:shape></w:pict></w:r>`) });
    assert.deepEqual(paragraphTexts(vml), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    const built = await readBuilt(doc([p('Trước'), new Textbox({ style: { width: '200pt', height: '50pt' }, children: [p('Trong hộp')] }), p('Sau')]));
    assert.deepEqual(paragraphTexts(built), ['Trước', 'Trong hộp', 'Sau']);
  });
});

describe('docx reader: footnotes', () => {
  it('reads footnotes after the body, without Word separator notes', () => {
    const reading = readHand({
      body: para(run('Căn cứ Luật Ngân sách nhà nước') + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' + run(';')),
      footnotes: '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        + `<w:footnote w:id="1">${para('<w:r><w:footnoteRef/></w:r>' + run(' Luật số 83/2015/QH13 ngày 25/6/2015.'))}</w:footnote>`,
    });
    assert.deepEqual(paragraphTexts(reading), ['Căn cứ Luật Ngân sách nhà nước;', 'Luật số 83/2015/QH13 ngày 25/6/2015.']);
    assert.equal(reading.paragraphs[1].part, 'footnote');
  });
});

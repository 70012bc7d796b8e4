// A register kept in Excel (.xlsx): built here as Excel writes one (shared strings, a date stored as
// its serial number, an inline string, a gap between columns), read like the CSV export, with one
// problem per bad row named by the row number Excel shows.
import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { parseXlsxCatalog } from '../../server/src/core/catalog/index';
import { formatProblem } from '../../server/src/core/catalog/problems';
import { excelDate } from '../../server/src/core/catalog/xlsx';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An .xlsx whose first sheet holds `rows` (strings go to the shared strings, numbers stay numbers), starting at `firstRow`. */
function workbook(rows: readonly (readonly (string | number | null)[])[], firstRow = 1): Uint8Array {
  const strings: string[] = [];
  const sheetRows = rows.map((row, i) => {
    const r = firstRow + i;
    const cells = row.map((v, k) => {
      const ref = `${String.fromCharCode(65 + k)}${r}`;
      if (v === null) return '';
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
      strings.push(v);
      return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
    });
    return `<row r="${r}">${cells.join('')}</row>`;
  });
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Sổ đi" sheetId="1" r:id="rId7"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/so-di.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst ${NS}>${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`),
    'xl/worksheets/so-di.xml': strToU8(`<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheetRows.join('')}</sheetData></worksheet>`),
  });
}

const HEADER = ['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Cơ quan ban hành'];

describe('catalog: Excel register (.xlsx)', () => {
  it('reads the first sheet’s rows under the register’s header, dates stored as Excel day numbers or as text', () => {
    const bytes = workbook([
      ['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2023'],
      HEADER,
      ['07/QĐ-UBND', 44941, 'Quyết định ban hành Quy chế làm việc', 'Ủy ban nhân dân huyện Thử Nghiệm'],
      ['15/KH-UBND', '06/02/2024', 'Kế hoạch thực hiện Chương trình mục tiêu quốc gia năm 2024', 'Ủy ban nhân dân huyện Thử Nghiệm'],
    ], 3);
    const { entries, problems } = parseXlsxCatalog(bytes, '/ws/so-den.xlsx');
    assert.deepEqual(problems, []);
    assert.deepEqual(entries.map((e) => [e.symbol, e.date, e.type, e.summary, e.issuer, e.origin.kind === 'user' && e.origin.line]), [
      ['07/QĐ-UBND', '2023-01-15', 'Quyết định', 'ban hành Quy chế làm việc', 'Ủy ban nhân dân huyện Thử Nghiệm', 5],
      ['15/KH-UBND', '2024-02-06', 'Kế hoạch', 'thực hiện Chương trình mục tiêu quốc gia năm 2024', 'Ủy ban nhân dân huyện Thử Nghiệm', 6],
    ]);
  });

  it('reports a bad row by the row number Excel shows, and keeps the others', () => {
    const bytes = workbook([HEADER, ['12/KH-UBND', '31/02/2023', 'Kế hoạch kiểm tra', 'UBND huyện'], ['13/KH-UBND', 45000, 'Kế hoạch tuyên truyền', 'UBND huyện']]);
    const { entries, problems } = parseXlsxCatalog(bytes, '/ws/so-di.xlsx');
    assert.deepEqual(entries.map((e) => e.symbol), ['13/KH-UBND']);
    assert.equal(problems.length, 1);
    assert.match(formatProblem(problems[0]), /^\/ws\/so-di\.xlsx:2: Ngày “31\/02\/2023” của văn bản 12\/KH-UBND không hợp lệ/);
  });

  it('says once, clearly, when the file is not an .xlsx package or has no register header', () => {
    const notZip = parseXlsxCatalog(new TextEncoder().encode('Số, ký hiệu;Ngày\n1/KH;01/01/2024'), '/ws/so.xlsx');
    assert.equal(notZip.problems.length, 1);
    assert.match(formatProblem(notZip.problems[0]), /^\/ws\/so\.xlsx: Không đọc được tệp Excel \(not a zip package\): cần một tệp \.xlsx/);
    const noHeader = parseXlsxCatalog(workbook([['Họ tên', 'Điện thoại'], ['Nguyễn Văn A', '0912']]), '/ws/danh-ba.xlsx');
    assert.deepEqual(noHeader.problems.map((p) => p.code), ['csv-no-header']);
  });

  it('turns Excel day numbers into dates, leaving other text as written', () => {
    assert.equal(excelDate('44941'), '15/01/2023');
    assert.equal(excelDate('61'), '01/03/1900');
    assert.equal(excelDate('15/01/2023'), '15/01/2023');
    assert.equal(excelDate('12'), '12');
  });
});

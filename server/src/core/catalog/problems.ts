/** Messages for problems in a user's catalog file: what is wrong, where, and that the rest still works. */
import { defineMessages, messageOf, type Locale, type Text } from '../messages';
import type { CatalogProblem, CatalogProblemCode } from './types';

/** A message per problem code, and the words `{skipped}` stands for. */
export const CATALOG_PROBLEMS = defineMessages({
  skippedRow: { vi: 'dòng này bị bỏ qua, phần còn lại của danh mục vẫn được dùng', en: 'this row is skipped, the rest of the catalog is used' },
  'unreadable': { vi: 'Không đọc được tệp danh mục ({detail}).', en: 'Cannot read the catalog file ({detail}).' },
  'unknown-format': { vi: 'Danh mục phải là tệp .json, .csv hoặc .xlsx.', en: 'A catalog must be a .json, .csv or .xlsx file.' },
  'xlsx-unreadable': {
    vi: 'Không đọc được tệp Excel ({detail}): cần một tệp .xlsx (Excel 2007 trở lên; tệp .xls cũ hãy lưu lại thành .xlsx hoặc .csv); tệp danh mục này bị bỏ qua.',
    en: 'Cannot read the Excel file ({detail}): an .xlsx file is needed (Excel 2007 or later; save an old .xls as .xlsx or .csv); this catalog file is skipped.',
  },
  'outside-workspace': {
    vi: 'Tệp danh mục nằm ngoài thư mục {folder} nên không được đọc: danh mục ghi trong .kehoach.json phải ở trong thư mục đó (không dùng ../, đường dẫn tuyệt đối hay liên kết trỏ ra ngoài); đường dẫn ra ngoài chỉ dùng được trong cài đặt người dùng kehoach.catalogs.',
    en: 'The catalog file is outside {folder} and is not read: catalogs listed in .kehoach.json must stay inside that folder (no ../, absolute path or link leading out); paths outside it are allowed only in the user setting kehoach.catalogs.',
  },
  'not-a-file': { vi: 'Đường dẫn danh mục không phải một tệp thông thường (thư mục, đường ống hoặc thiết bị); bỏ qua.', en: 'The catalog path is not a regular file (a folder, a pipe or a device); it is skipped.' },
  'json-syntax': { vi: 'JSON không hợp lệ ({detail}); tệp danh mục này bị bỏ qua.', en: 'Invalid JSON ({detail}); this catalog file is skipped.' },
  'json-shape': {
    vi: 'Cần một văn bản dạng { "symbol": …, "date": … } trong { "entries": [ … ] } hoặc một mảng; {skipped}.',
    en: 'Expected a document { "symbol": …, "date": … } inside { "entries": [ … ] } or an array; {skipped}.',
  },
  'csv-no-header': {
    vi: 'Không thấy dòng tiêu đề có cột “Số, ký hiệu” và “Ngày tháng” (như sổ đăng ký văn bản); tệp danh mục này bị bỏ qua.',
    en: 'No header row with “Số, ký hiệu” and “Ngày tháng” columns (as in a document register); this catalog file is skipped.',
  },
  'csv-quote': { vi: 'Dấu ngoặc kép mở ở dòng này không được đóng; phần sau của tệp bị bỏ qua.', en: 'The quote opened on this line is never closed; the rest of the file is skipped.' },
  'missing-symbol': { vi: 'Thiếu số, ký hiệu văn bản; {skipped}.', en: 'The number and symbol are missing; {skipped}.' },
  'bad-symbol': { vi: '“{symbol}” không phải số, ký hiệu văn bản (ví dụ 1719/QĐ-TTg, 65-KL/TW); {skipped}.', en: '“{symbol}” is not a document number and symbol (e.g. 1719/QĐ-TTg, 65-KL/TW); {skipped}.' },
  'missing-date': { vi: 'Văn bản {symbol} thiếu ngày tháng; {skipped}.', en: 'Document {symbol} has no date; {skipped}.' },
  'bad-date': {
    vi: 'Ngày “{date}” của văn bản {symbol} không hợp lệ (cần dd/mm/yyyy, cùng năm với năm trong ký hiệu); {skipped}.',
    en: 'The date “{date}” of document {symbol} is not valid (dd/mm/yyyy, in the year its symbol carries); {skipped}.',
  },
  'type-symbol': { vi: 'Tên loại “{type}” không khớp với ký hiệu “{symbol}”; {skipped}.', en: 'The type “{type}” disagrees with the symbol “{symbol}”; {skipped}.' },
  'bad-status': {
    vi: 'Không hiểu tình trạng “{status}” của văn bản {symbol} (viết “còn hiệu lực”, “hết hiệu lực từ dd/mm/yyyy” hoặc “được thay thế bởi Nghị định số … ngày …”); {skipped}.',
    en: 'Cannot read the status “{status}” of document {symbol} (write “còn hiệu lực”, “hết hiệu lực từ dd/mm/yyyy” or “được thay thế bởi … số … ngày …”); {skipped}.',
  },
}) satisfies Record<CatalogProblemCode, Text>;

/** `ds-van-ban.csv:12: Ngày “31/02/2021” …`: the file and line first, as editors and terminals link them. */
export function formatProblem(p: CatalogProblem, locale: Locale = 'vi'): string {
  const skipped = messageOf(CATALOG_PROBLEMS, 'skippedRow', locale).text;
  const message = messageOf(CATALOG_PROBLEMS, p.code, locale, { skipped, detail: '', ...p.data }, 'catalog').text;
  return p.line > 0 ? `${p.file}:${p.line}: ${message}` : `${p.file}: ${message}`;
}

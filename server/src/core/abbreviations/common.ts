/**
 * Data for abbreviations: the common ones a plan may use without defining them, the full forms
 * a quick fix can insert, and the document-type codes that appear inside number-symbols.
 * Users extend the first two with the `abbreviations` and `abbreviationExpansions` settings.
 */

/**
 * Used in plans without a definition. UBND, HĐND and VN are the “cụm từ thông dụng” that
 * Thông tư 01/2011/TT-BNV names as abbreviated in bodies' names; the rest are names of bodies
 * or international terms that a reader never needs spelled out.
 */
export const COMMON_ABBREVIATIONS: readonly string[] = [
  'UBND', 'HĐND', 'MTTQ', 'TW', 'TƯ', 'VN', 'TP', 'HCM', 'TNHH',
  'ASEAN', 'WTO', 'GDP', 'ISO', 'USD', 'VND', 'VNĐ', 'COVID', 'ID',
];

/** Full forms the fix may insert, limited to those with one meaning in a plan. */
export const COMMON_EXPANSIONS: Readonly<Record<string, string>> = {
  'DTTS': 'dân tộc thiểu số',
  'DTTS&MN': 'dân tộc thiểu số và miền núi',
  'KT-XH': 'kinh tế - xã hội',
  'QP-AN': 'quốc phòng - an ninh',
  'CTMTQG': 'Chương trình mục tiêu quốc gia',
  'CNTT': 'công nghệ thông tin',
  'THCS': 'trung học cơ sở',
  'THPT': 'trung học phổ thông',
  'NTM': 'nông thôn mới',
  'HTX': 'hợp tác xã',
  'ĐBKK': 'đặc biệt khó khăn',
  'NSNN': 'ngân sách nhà nước',
  'BHXH': 'bảo hiểm xã hội',
  'BHYT': 'bảo hiểm y tế',
  'CCHC': 'cải cách hành chính',
  'TTHC': 'thủ tục hành chính',
  'ATGT': 'an toàn giao thông',
  'GD&ĐT': 'giáo dục và đào tạo',
  'KH&CN': 'khoa học và công nghệ',
  'CBCCVC': 'cán bộ, công chức, viên chức',
  'CSDL': 'cơ sở dữ liệu',
  'KCN': 'khu công nghiệp',
};

/**
 * Abbreviations of document types (Nghị định 30/2020/NĐ-CP, Phụ lục III; Party types after
 * Hướng dẫn 36-HD/VPTW): the first group of a symbol such as `KH-UBND` or `65-KL/TW`.
 */
export const DOCUMENT_TYPE_CODES: readonly string[] = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'TT', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr',
  'HĐ', 'CĐ', 'BGN', 'BTT', 'GM', 'GGT', 'GUQ', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL', 'NĐ', 'TTLT',
  'KL', 'QĐi', 'CV',
];

/** The type code as the tables write it (`qđ` → `QĐ`, `ctr` → `CTr`), or undefined. */
export function documentTypeCode(word: string): string | undefined {
  const upper = word.normalize('NFC').toUpperCase();
  return DOCUMENT_TYPE_CODES.find((c) => c.toUpperCase() === upper);
}

/**
 * Words the plan generator builds from: the pieces of a real Kế hoạch (header, căn cứ, sections,
 * citations, dates, abbreviations, Nơi nhận, signature) and their usual misspellings, with old and
 * new tone placement (`Uỷ`/`Ủy`, `hoá`/`hóa`) as drafts pasted from Word have them.
 */

export const STATE_AGENCIES: readonly (readonly string[])[] = [
  ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'],
  ['UỶ BAN NHÂN DÂN', 'TỈNH CAO BẰNG'],
  ['ỦY BAN NHÂN DÂN', 'HUYỆN BẢO LẠC'],
  ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'TỈNH NGHỆ AN'],
  ['BỘ NỘI VỤ'],
  ['UBND TỈNH GIA LAI'],
];

export const PARTY_AGENCIES: readonly (readonly string[])[] = [
  ['TỈNH ỦY QUẢNG NGÃI'],
  ['ĐẢNG BỘ TỈNH LẠNG SƠN', 'TỈNH UỶ'],
  ['HUYỆN ỦY BẢO LẠC', '*'],
  ['BAN CHẤP HÀNH TRUNG ƯƠNG'],
];

export const NATIONAL_TITLES: readonly string[] = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CONG HOA XA HOI CHU NGHIA VIET NAM',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'ĐẢNG CỘNG SẢN',
];

export const MOTTOS: readonly string[] = [
  'Độc lập - Tự do - Hạnh phúc',
  'Độc lập – Tự do – Hạnh phúc',
  'Độc lập-Tự do-Hạnh phúc',
  'Độc lập - Tự do - ngày 08 tháng 07 năm 2009',
  'Độc lập - Tự do',
  'Doc lap - Tu do - Hanh phuc',
  '---------------',
];

export const PLACES: readonly string[] = ['Lạng Sơn', 'Cao Bằng', 'Hà Nội', 'Thành phố Hồ Chí Minh', 'Bảo Lạc', 'Quảng Ngãi', ''];

/** Symbols of the plan itself, after `Số`: state, party, blank for the records officer, and broken. */
export const OWN_NUMBERS: readonly string[] = [
  'Số: 52/KH-UBND', 'Số 201-KH/TU', 'Số:     /KH-UBND', 'Số: …/KH-UBND', 'Số -KH/TU', 'Số: 52 / KH - UBND',
  'Số: 52/QĐ-UBND', 'Số: 15/KH-SGDĐT', 'Số 12-KH/HU', 'Số: 52/kh-ubnd', 'Số:', 'Số: 1/', 'Số 201-KH-TU',
];

export const TITLES: readonly string[] = ['KẾ HOẠCH', '# KẾ HOẠCH', 'KE HOACH', 'Kế hoạch', '**KẾ HOẠCH**', 'KẾ  HOẠCH', 'KẾ HOẠCH KẾ HOẠCH'];

export const SUMMARIES: readonly string[] = [
  'Triển khai thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2024',
  'Thực hiện Nghị quyết số 12-NQ/TU ngày 05/3/2021 của Tỉnh ủy',
  'Về việc tổ chức hoạt động hè năm 2023',
  'CẢI CÁCH HÀNH CHÍNH NĂM 2025',
  '',
];

export const SECTION_TITLES: readonly string[] = [
  'MỤC ĐÍCH, YÊU CẦU', 'MỤC ĐÍCH YÊU CẦU', 'Mục đích', 'Yêu cầu', 'MUC DICH', 'CĂN CỨ XÂY DỰNG KẾ HOẠCH',
  'NHIỆM VỤ VÀ GIẢI PHÁP', 'NỘI DUNG', 'CÁC NHIỆM VỤ CỤ THỂ', 'NHIỆM VỤ, GIẢI PHÁP', 'KINH PHÍ', 'KINH PHÍ THỰC HIỆN',
  'TỔ CHỨC THỰC HIỆN', 'TO CHUC THUC HIEN', 'Phân công nhiệm vụ', 'Chế độ báo cáo', 'Tiến độ', '',
];

/** The sections of a complete plan, in order: most generated plans have one of these, then blocks in between. */
export const SKELETONS: readonly (readonly string[])[] = [
  ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. NHIỆM VỤ VÀ GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN'],
  ['I. MỤC ĐÍCH YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'III. CÁC NHIỆM VỤ CỤ THỂ', 'IV. KINH PHÍ', 'V. TỔ CHỨC THỰC HIỆN'],
  ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', '1. Nhiệm vụ trọng tâm', '2. Giải pháp', 'III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN'],
];

export const TYPE_WORDS: readonly string[] = [
  'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Nghị định', 'Thông tư', 'Công văn', 'Kế hoạch', 'Quy định',
  'Qui định', 'Hướng dẫn', 'Thông báo', 'Chương trình', 'Luật', 'Văn bản', 'Thông tư liên tịch', 'Tờ trình', 'Báo cáo',
];

/** Type abbreviation and issuer code pairs, right and wrong, for `N/YYYY/ABBR-CODE` and `N-ABBR/CODE`. */
export const STATE_SYMBOLS: readonly string[] = ['QĐ-TTg', 'NĐ-CP', 'QĐ-UBND', 'KH-UBND', 'NQ-HĐND', 'TT-BTC', 'NQ-CP', 'UBND-KT', 'UBDT-KHTC', 'QH14', 'QH15', 'CT-TTg', 'qđ-ttg'];
export const PARTY_SYMBOLS: readonly string[] = ['NQ/TU', 'NQ/TW', 'KL/TW', 'CT/TW', 'CT/TU', 'HD/VPTW', 'QĐ/TW', 'KH/TU', 'QĐi/TW', 'TB/TW', 'CTr/TU', 'kl/tw'];

export const ISSUERS: readonly string[] = [
  'Tỉnh ủy', 'Tỉnh uỷ', 'Thủ tướng Chính phủ', 'Chính phủ', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương',
  'Quốc hội', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'Bộ Tài chính', 'Ban Thường vụ Tỉnh ủy', 'Hội đồng nhân dân tỉnh', 'Ủy ban Dân tộc',
];

export const WEEKDAYS: readonly string[] = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật', 'thứ 2', 'thứ bẩy'];

/** Defined (`cụm từ (DTTS)`), used bare, or defined the long way, as the abbreviation rule reads them. */
export const ABBREVIATIONS: readonly string[] = ['DTTS', 'CTMTQG', 'KT-XH', 'CNTT', 'NTM', 'HTX', 'BCĐ', 'TTHC', 'DTTS&MN', 'XYZ', 'UBND', 'HĐND'];
export const EXPANSIONS: Readonly<Record<string, string>> = {
  DTTS: 'dân tộc thiểu số', CTMTQG: 'Chương trình mục tiêu quốc gia', 'KT-XH': 'kinh tế - xã hội',
  CNTT: 'công nghệ thông tin', NTM: 'nông thôn mới', HTX: 'hợp tác xã', BCĐ: 'Ban Chỉ đạo', TTHC: 'thủ tục hành chính',
  'DTTS&MN': 'dân tộc thiểu số và miền núi', XYZ: 'xã yên zui', UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân',
};

export const SENTENCES: readonly string[] = [
  'Tổ chức thực hiện hiệu quả Chương trình',
  'Nâng cao nhận thức của các cấp, các ngành về công tác dân tộc',
  'Bám sát mục tiêu, bảo đảm tiến độ',
  'Các sở, ngành, địa phương triển khai thực hiện Kế hoạch này',
  'Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo',
  'Hỗ trợ đất ở, nhà ở cho hộ đồng bào khó khăn',
  'Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan',
  'Nội dung',
  'Kinh phí thực hiện từ nguồn ngân sách nhà nước',
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ủy ban nhân dân tỉnh',
  'Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành',
  'xây dựng nông thôn mới giai đoạn 2021 - 2025',
];

/** Text that looks like the start of a citation or a date and then stops. */
export const NEAR_MISSES: readonly string[] = [
  'số 1/', 'số /', 'số', 'Nghị quyết số', 'Quyết định số 12', 'ngày 1 tháng', 'ngày', 'tháng 13 năm', 'năm', 'ngày 1/',
  'ngày 31/', '/KH-UBND', '-KH/TU', 'số 1-', 'của', 'trước ngày', 'chậm nhất', 'giai đoạn 2030 -', 'từ năm', 'đến năm 20',
  'thứ Ba,', 'Căn cứ', 'Thực hiện', '(sau đây viết tắt là', '(', ')', 'ngày 05 tháng 6 năm', 'số 12-NQ/', 'Số: 52/KH-',
];

export const RECIPIENTS: readonly string[] = ['Nơi nhận:', '- Như trên;', '- Bộ Nội vụ (b/c);', '- Thường trực Tỉnh ủy;', '- Lưu: VT.', '- Lưu VT, KT.'];
export const SIGNATURES: readonly string[] = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '(Đã ký)', 'Nguyễn Văn A', 'Lý Vinh Quang'];

/** Whole-line patterns that stress one scanner when repeated on a long line. */
export const STRESS_UNITS: readonly string[] = [
  'số 1/', 'ngày 1 tháng ', 'I.', 'I.I.I.', '1/2/3/', '0123456789', 'CỘNG HÒA ', 'KẾHOẠCH', 'Nghị quyết số 12-NQ/TU ngày 05/3/2021 của Tỉnh ủy; ',
  'Quyết định số 123/QĐ-TTg ngày 14/10/2021; ', '(DTTS) ', 'DTTS ', '| a ', '- ', '**', '`', '\\', 'ngày 30/02/2024 ', 'a\u0301', ' \u0301',
  'giai đoạn 2030 - 2026, ', 'thứ Ba, ngày 15/3/2023 ', 'chậm nhất ngày 1/1/2000 ', 'số 12-KL/TW ngày 1/1/2020 của Chính phủ, ',
];

/** Characters a mutation inserts, by group: combining marks (alone, doubled, after a space), zero-width and
 * format characters, controls, lone and paired surrogates, line breaks, and Markdown punctuation. */
export const ODD_GROUPS: readonly { readonly weight: number; readonly chars: readonly string[] }[] = [
  { weight: 4, chars: ['\u0301', '\u0300', '\u0303', '\u0309', '\u0323', '\u0302\u0301', '\u0301\u0301', ' \u0301', ' \u0323 ', '\u036F', '\u031B', 'ư\u031B'] },
  { weight: 2, chars: ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u202F', '\u2013', '\u2014', '\u2026', '\u00AD'] },
  { weight: 1, chars: ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\t'] },
  { weight: 1, chars: ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D\uDE00', '\uD840\uDC00', '\uD83D', 'a\uD83D\uDE00\u0301'] },
  { weight: 1, chars: ['\r', '\n', '\r\n', '\n\r', '\n\n'] },
  { weight: 2, chars: ['|', '`', '```', '#', '> ', '* ', '1. ', '(DTTS)', ' (', ')', '(', '/', '-', ' ', '  ', 'Ư', '“', '”', '"', '[', ']', '\\', '<', '_'] },
];

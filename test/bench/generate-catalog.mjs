// A deterministic user catalog like a province's registers kept over twenty years (issue 13 §1):
// numbers restart every year, so `12/KH-UBND` is a document of each year; several issuers (the
// provincial People's Committee and Council, the Party Committee and its Standing Committee, a
// department); trích yếu of real length; dates spread over each year in the order of the numbers.
// For speed and memory measurements only: none of these documents exists.

/** A small seeded generator (mulberry32): the same catalog on every run and machine. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCE = 'Cao Bằng';
const UBND = `Ủy ban nhân dân tỉnh ${PROVINCE}`;
const TU = `Tỉnh ủy ${PROVINCE}`;

/**
 * The series of one year: how many documents, the symbol of number n, the type and issuer. Their
 * shares are a province's (mostly decisions and official letters, a few hundred plans and reports).
 */
const SERIES = [
  { share: 3400, type: 'Quyết định', issuer: UBND, symbol: (n) => `${n}/QĐ-UBND` },
  { share: 2900, type: 'Công văn', issuer: UBND, symbol: (n, r) => `${n}/UBND-${['VX', 'KT', 'NC', 'TH', 'XD'][Math.floor(r() * 5)]}` },
  { share: 420, type: 'Kế hoạch', issuer: UBND, symbol: (n) => `${n}/KH-UBND` },
  { share: 520, type: 'Báo cáo', issuer: UBND, symbol: (n) => `${n}/BC-UBND` },
  { share: 300, type: 'Thông báo', issuer: UBND, symbol: (n) => `${n}/TB-UBND` },
  { share: 30, type: 'Chỉ thị', issuer: UBND, symbol: (n) => `${n}/CT-UBND` },
  { share: 40, type: 'Quyết định', issuer: UBND, symbol: (n, _r, year) => `${n}/${year}/QĐ-UBND` },
  { share: 150, type: 'Nghị quyết', issuer: `Hội đồng nhân dân tỉnh ${PROVINCE}`, symbol: (n) => `${n}/NQ-HĐND` },
  { share: 230, type: 'Kế hoạch', issuer: TU, symbol: (n) => `${n}-KH/TU` },
  { share: 25, type: 'Nghị quyết', issuer: TU, symbol: (n) => `${n}-NQ/TU` },
  { share: 12, type: 'Chỉ thị', issuer: `Ban Thường vụ Tỉnh ủy ${PROVINCE}`, symbol: (n) => `${n}-CT/TU` },
  { share: 330, type: 'Báo cáo', issuer: TU, symbol: (n) => `${n}-BC/TU` },
  { share: 800, type: 'Quyết định', issuer: TU, symbol: (n) => `${n}-QĐ/TU` },
  { share: 360, type: 'Thông báo', issuer: `Ban Thường vụ Tỉnh ủy ${PROVINCE}`, symbol: (n) => `${n}-TB/TU` },
  { share: 480, type: 'Quyết định', issuer: 'Sở Nội vụ tỉnh Cao Bằng', symbol: (n) => `${n}/QĐ-SNV` },
];
const PER_YEAR = SERIES.reduce((sum, s) => sum + s.share, 0);

const OPENINGS = ['về việc', 'phê duyệt', 'ban hành', 'về việc triển khai thực hiện', 'về việc tổ chức', 'sửa đổi, bổ sung', 'về việc giao chỉ tiêu', 'về tăng cường'];
const SUBJECTS = [
  'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
  'Chương trình mục tiêu quốc gia xây dựng nông thôn mới', 'Chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'kế hoạch phát triển kinh tế - xã hội', 'dự toán ngân sách nhà nước', 'công tác cải cách hành chính',
  'công tác phòng, chống tham nhũng, tiêu cực', 'chuyển đổi số', 'phòng, chống thiên tai và tìm kiếm cứu nạn',
  'công tác cán bộ', 'bảo vệ và phát triển rừng', 'công tác tuyển sinh và phát triển giáo dục', 'đầu tư công trung hạn',
  'phòng, chống dịch bệnh', 'công tác dân tộc', 'xây dựng Đảng và hệ thống chính trị',
];
const PLACES = ['trên địa bàn tỉnh', 'tại các xã đặc biệt khó khăn', 'của các sở, ban, ngành, địa phương', 'tại huyện Bảo Lạc', 'tại thành phố Cao Bằng', ''];
const TAILS = ['', '; giao nhiệm vụ cho các cơ quan, đơn vị tổ chức thực hiện', ', giai đoạn I: từ năm 2021 đến năm 2025', '; phân bổ kinh phí thực hiện'];

const pick = (r, list) => list[Math.floor(r() * list.length)];
const pad = (n) => String(n).padStart(2, '0');

function summaryOf(r, year) {
  const period = r() < 0.5 ? ` năm ${year}` : ` giai đoạn ${year} - ${year + 4}`;
  return `${pick(r, OPENINGS)} ${pick(r, SUBJECTS)}${period} ${pick(r, PLACES)}${pick(r, TAILS)}`.replace(/\s+/g, ' ').trim();
}

/** About one document in twenty is no longer in force: the register's note says since when. */
function statusOf(r, year, lastYear) {
  const x = r();
  if (x < 0.04 && year < lastYear) return `Hết hiệu lực từ 01/01/${year + 1 + Math.floor(r() * (lastYear - year))}`;
  return x < 0.3 ? 'Còn hiệu lực' : undefined;
}

/**
 * `count` documents (JSON entries as `parseJsonCatalog` reads them) issued from `firstYear` on, about
 * PER_YEAR (10,000) a year: 200,000 documents span 2005–2024.
 */
export function generateCatalogEntries(count, firstYear = 2005) {
  const r = seededRandom(13);
  const entries = [];
  const years = Math.max(1, Math.ceil(count / PER_YEAR));
  const lastYear = firstYear + years - 1;
  for (let year = firstYear; year <= lastYear && entries.length < count; year++) {
    for (const series of SERIES) {
      const n = Math.min(series.share, count - entries.length);
      for (let k = 1; k <= n; k++) {
        // Numbers go up with the date: number k of the series is issued k/n of the way through the year.
        const dayOfYear = Math.min(364, Math.floor(((k - 1 + r()) / n) * 365));
        const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
        const status = statusOf(r, year, lastYear);
        entries.push({
          type: series.type,
          symbol: series.symbol(k, r, year),
          date: `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${year}`,
          issuer: series.issuer,
          summary: summaryOf(r, year),
          ...(status ? { status } : {}),
        });
      }
    }
  }
  return entries;
}

/** The catalog as the JSON file a user lists in `.kehoach.json`. */
export function generateCatalogJson(count) {
  return JSON.stringify({ version: 1, entries: generateCatalogEntries(count) }, null, 1);
}

const csvCell = (s) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The same documents as a register exported to CSV (`;`, the columns of a sổ đăng ký văn bản đi, Phụ lục IV). */
export function generateCatalogCsv(count) {
  const header = 'Số, ký hiệu văn bản;Ngày tháng văn bản;Tên loại và trích yếu nội dung văn bản;Cơ quan ban hành;Ghi chú';
  const rows = generateCatalogEntries(count).map((e) => [e.symbol, e.date, `${e.type} ${e.summary}`, e.issuer, e.status ?? ''].map(csvCell).join(';'));
  return [header, ...rows].join('\n') + '\n';
}

/**
 * The document-type and issuer tables of ../shared/reference/vn-document-rules.md, as data in one
 * place: type words and their abbreviations (state: Nghị định 30/2020/NĐ-CP, Phụ lục III and the
 * 2015 Law on legal documents; Party: Hướng dẫn 36-HD/VPTW), issuer codes and the names written
 * after `của`, and the terms of the National Assembly.
 */
import { foldWords } from '../text/fold';

export type TypeFamily = 'state' | 'party';

export interface DocumentType {
  /** Canonical name, as a records officer writes it: `Nghị quyết`. */
  readonly name: string;
  /** Other spellings of the type word (old `Qui định`, `Thoả thuận` …), matched like the name. */
  readonly variants?: readonly string[];
  /** Abbreviations in a state symbol; empty when the type has none (Công văn, Luật). */
  readonly state: readonly string[];
  /** Abbreviations in a Party symbol; empty when the Party does not issue the type. */
  readonly party: readonly string[];
  /** A word that names any document (`Văn bản`): never compared with a symbol. */
  readonly generic?: boolean;
  /** Cited by name rather than number (`Luật Ngân sách nhà nước năm 2015`). */
  readonly named?: boolean;
  /** May be cited by a bare number (`Quy định 217, 218 của Bộ Chính trị`). */
  readonly numbered?: boolean;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Nghị quyết', state: ['NQ'], party: ['NQ'], numbered: true },
  { name: 'Nghị quyết liên tịch', state: ['NQLT'], party: [] },
  { name: 'Quyết định', state: ['QĐ'], party: ['QĐ'], numbered: true },
  { name: 'Chỉ thị', state: ['CT'], party: ['CT'], numbered: true },
  // The Party abbreviates a Quy định `QĐ` (of the Politburo, `205-QĐ/TW`) or `QĐi` (of the Central Committee).
  { name: 'Quy định', variants: ['Qui định'], state: ['QyĐ'], party: ['QĐ', 'QĐi'], numbered: true },
  { name: 'Quy chế', variants: ['Qui chế'], state: ['QC'], party: ['QC'], numbered: true },
  { name: 'Kết luận', state: [], party: ['KL'], numbered: true },
  { name: 'Thông báo kết luận', state: ['TB'], party: ['TB'] },
  { name: 'Thông cáo', state: ['TC'], party: [] },
  { name: 'Thông báo', state: ['TB'], party: ['TB'] },
  { name: 'Thông tri', state: [], party: ['TT'], numbered: true },
  { name: 'Hướng dẫn', state: ['HD'], party: ['HD'], numbered: true },
  { name: 'Chương trình', state: ['CTr'], party: ['CTr'] },
  { name: 'Kế hoạch', state: ['KH'], party: ['KH'] },
  { name: 'Phương án', state: ['PA'], party: [] },
  { name: 'Đề án', state: ['ĐA'], party: ['ĐA'] },
  { name: 'Dự án', state: ['DA'], party: [] },
  { name: 'Báo cáo', state: ['BC'], party: ['BC'] },
  { name: 'Biên bản', state: ['BB'], party: ['BB'] },
  { name: 'Tờ trình', state: ['TTr'], party: ['TTr'] },
  { name: 'Hợp đồng', state: ['HĐ'], party: [] },
  { name: 'Công điện', state: ['CĐ'], party: [] },
  { name: 'Bản ghi nhớ', state: ['BGN'], party: [] },
  { name: 'Bản thỏa thuận', variants: ['Bản thoả thuận'], state: ['BTT'], party: [] },
  { name: 'Giấy mời', state: ['GM'], party: [] },
  { name: 'Giấy giới thiệu', state: ['GGT'], party: [] },
  { name: 'Giấy ủy quyền', variants: ['Giấy uỷ quyền'], state: ['GUQ'], party: [] },
  { name: 'Nghị định', state: ['NĐ'], party: [], numbered: true },
  { name: 'Thông tư liên tịch', state: ['TTLT'], party: [] },
  { name: 'Thông tư', state: ['TT'], party: [], numbered: true },
  // A state công văn has no type in its symbol (`1301/UBDT-KHTC`); a Party công văn has `CV`.
  { name: 'Công văn', state: [], party: ['CV'] },
  { name: 'Văn bản', state: [], party: [], generic: true },
  { name: 'Luật', state: [], party: [], named: true },
  { name: 'Bộ luật', state: [], party: [], named: true },
  { name: 'Pháp lệnh', state: [], party: [], named: true },
  { name: 'Hiến pháp', state: [], party: [], named: true },
];

/** Type abbreviations that appear only in the other kinds of copy (state Phụ lục III): never a body. */
const STATE_ONLY_TYPE_ABBRS = ['GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL'];

export const STATE_TYPE_ABBRS: ReadonlySet<string> = new Set([
  ...DOCUMENT_TYPES.flatMap((t) => t.state), ...STATE_ONLY_TYPE_ABBRS,
]);
export const PARTY_TYPE_ABBRS: ReadonlySet<string> = new Set(DOCUMENT_TYPES.flatMap((t) => t.party));

export function typeByName(name: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((t) => t.name === name);
}

/** The type a symbol's abbreviation names, when exactly one type has it in that family. */
export function typeOfAbbr(abbr: string, family: TypeFamily): DocumentType | undefined {
  const found = DOCUMENT_TYPES.filter((t) => (family === 'state' ? t.state : t.party).includes(abbr) && t.name !== 'Thông báo kết luận');
  return found.length === 1 ? found[0] : found.find((t) => t.name !== 'Quy định');
}

/**
 * Issuers as written after `của`, by class. `code` lists the symbol codes the class issues under;
 * `names` are the folded forms that open the issuer text (longest first wins).
 */
export interface IssuerClass {
  readonly id: string;
  /** The name to write when a fix replaces a wrong issuer. */
  readonly canonical: string;
  readonly names: readonly string[];
  readonly codes: readonly string[];
}

export const ISSUER_CLASSES: readonly IssuerClass[] = [
  { id: 'TTg', canonical: 'Thủ tướng Chính phủ', names: ['thu tuong chinh phu', 'thu tuong'], codes: ['TTg'] },
  { id: 'CP', canonical: 'Chính phủ', names: ['chinh phu'], codes: ['CP'] },
  { id: 'VPCP', canonical: 'Văn phòng Chính phủ', names: ['van phong chinh phu'], codes: ['VPCP'] },
  { id: 'QH', canonical: 'Quốc hội', names: ['quoc hoi'], codes: ['QH'] },
  { id: 'UBTVQH', canonical: 'Ủy ban Thường vụ Quốc hội', names: ['uy ban thuong vu quoc hoi', 'ubtvqh'], codes: ['UBTVQH'] },
  { id: 'politburo', canonical: 'Bộ Chính trị', names: ['bo chinh tri'], codes: ['TW'] },
  { id: 'secretariat', canonical: 'Ban Bí thư', names: ['ban bi thu'], codes: ['TW'] },
  {
    id: 'central-committee', canonical: 'Ban Chấp hành Trung ương',
    names: ['ban chap hanh trung uong', 'bch trung uong', 'bchtw', 'trung uong dang', 'hoi nghi trung uong'], codes: ['TW'],
  },
  {
    id: 'TU', canonical: 'Tỉnh ủy',
    names: ['ban thuong vu tinh uy', 'ban chap hanh dang bo tinh', 'tinh uy', 'ban thuong vu thanh uy', 'ban chap hanh dang bo thanh pho', 'thanh uy'],
    codes: ['TU', 'ThU'],
  },
  { id: 'HU', canonical: 'Huyện ủy', names: ['ban thuong vu huyen uy', 'ban chap hanh dang bo huyen', 'huyen uy'], codes: ['HU'] },
  { id: 'QU', canonical: 'Quận ủy', names: ['ban thuong vu quan uy', 'quan uy'], codes: ['QU'] },
  { id: 'VPTW', canonical: 'Văn phòng Trung ương Đảng', names: ['van phong trung uong dang', 'van phong trung uong'], codes: ['VPTW'] },
  { id: 'BTGTW', canonical: 'Ban Tuyên giáo Trung ương', names: ['ban tuyen giao trung uong'], codes: ['BTGTW'] },
  { id: 'BTCTW', canonical: 'Ban Tổ chức Trung ương', names: ['ban to chuc trung uong'], codes: ['BTCTW'] },
  { id: 'BDVTW', canonical: 'Ban Dân vận Trung ương', names: ['ban dan van trung uong'], codes: ['BDVTW'] },
  { id: 'UBKTTW', canonical: 'Ủy ban Kiểm tra Trung ương', names: ['uy ban kiem tra trung uong'], codes: ['UBKTTW'] },
  { id: 'HVCTQG', canonical: 'Học viện Chính trị quốc gia Hồ Chí Minh', names: ['hoc vien chinh tri quoc gia'], codes: ['HVCTQG'] },
  { id: 'UBND', canonical: 'Ủy ban nhân dân', names: ['uy ban nhan dan', 'ubnd'], codes: ['UBND'] },
  { id: 'HĐND', canonical: 'Hội đồng nhân dân', names: ['hoi dong nhan dan', 'hdnd'], codes: ['HĐND'] },
  { id: 'UBDT', canonical: 'Ủy ban Dân tộc', names: ['uy ban dan toc', 'bo truong chu nhiem uy ban dan toc'], codes: ['UBDT'] },
  ...ministry('BTC', 'Bộ Tài chính'),
  ...ministry('BNV', 'Bộ Nội vụ'),
  ...ministry('BKHĐT', 'Bộ Kế hoạch và Đầu tư'),
  ...ministry('BGDĐT', 'Bộ Giáo dục và Đào tạo'),
  ...ministry('BYT', 'Bộ Y tế'),
  ...ministry('BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'),
  ...ministry('BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn'),
  ...ministry('BTP', 'Bộ Tư pháp'),
  ...ministry('BCA', 'Bộ Công an'),
  ...ministry('BQP', 'Bộ Quốc phòng'),
  ...ministry('BCT', 'Bộ Công Thương'),
];

/** A ministry is cited as `Bộ X` or `Bộ trưởng Bộ X`. */
function ministry(code: string, name: string): IssuerClass[] {
  const key = foldWords(name).join(' ');
  return [{ id: `bo:${code}`, canonical: name, names: [key, `bo truong ${key}`], codes: [code] }];
}

/** Issuer names that hold `và`, a comma or a dash: read whole before the issuer's end is sought. */
export const MULTIWORD_ISSUERS: readonly string[] = [
  ...ISSUER_CLASSES.flatMap((c) => c.names.filter((n) => n.includes(' va '))),
  'bo van hoa the thao va du lich', 'bo tai nguyen va moi truong', 'bo khoa hoc va cong nghe',
  'bo thong tin va truyen thong', 'bo nong nghiep va moi truong', 'bo giao thong van tai',
  // Written without its `và` (citation-issuer-name offers the official name): `Đầu tư` must not end at `từ`.
  'bo ke hoach dau tu',
  'ngan hang nha nuoc viet nam', 'uy ban trung uong mat tran to quoc viet nam',
];

/** Party bodies in symbols: the Central Committee, province, district and commune committees and their boards. */
const PARTY_BODIES = new Set(['TW', 'TU', 'HU', 'QU', 'ThU', 'ĐU', 'VPTW', 'BTGTW', 'BTCTW', 'BDVTW', 'UBKTTW', 'HVCTQG', 'BNCTW', 'BKTTW']);
/** Party boards of a province or district end in the committee's code: `BTGTU`, `UBKTHU`, `VPTU`. */
const PARTY_BODY_SUFFIX = /^(?:BTG|BTC|BDV|UBKT|VP|BNC|BCS)(?:TU|HU|QU|ThU|ĐU)$/u;

export function isPartyBody(code: string): boolean {
  return PARTY_BODIES.has(code) || PARTY_BODY_SUFFIX.test(code);
}

/** State bodies whose code marks a symbol as state style even when written in the Party layout. */
const STATE_BODIES = new Set([
  'TTg', 'CP', 'VPCP', 'UBND', 'HĐND', 'UBDT', 'BTC', 'BNV', 'BKHĐT', 'BGDĐT', 'BYT', 'BLĐTBXH', 'BNNPTNT', 'BTP', 'BCA', 'BQP', 'BCT',
]);

export function isStateBody(code: string): boolean {
  return STATE_BODIES.has(code) || /^(?:UBTV)?QH\d{1,2}$/u.test(code);
}

/** Every code whose spelling is fixed, by its upper-case form: `TTG` → `TTg`, `qđ` → `QĐ`. */
const CANONICAL_CODES = new Map<string, string>(
  [...STATE_TYPE_ABBRS, ...PARTY_TYPE_ABBRS, ...PARTY_BODIES, ...STATE_BODIES].map((c) => [c.toUpperCase(), c]),
);

export function canonicalCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  const known = CANONICAL_CODES.get(upper);
  if (known) return known;
  const qh = /^(UBTV)?QH(\d{1,2})$/u.exec(upper);
  if (qh) return upper;
  const board = /^(BTG|BTC|BDV|UBKT|VP|BNC|BCS)(TU|HU|QU|THU|ĐU)$/u.exec(upper);
  if (board) return board[1] + (board[2] === 'THU' ? 'ThU' : board[2]);
  return undefined;
}

/** Years of each term of the National Assembly (a term's last year is the next one's first); khóa XVI (2026–2031): data/laws-citation-year.json. */
export const NATIONAL_ASSEMBLY_TERMS: Readonly<Record<number, readonly [number, number]>> = {
  9: [1992, 1997], 10: [1997, 2002], 11: [2002, 2007], 12: [2007, 2011], 13: [2011, 2016], 14: [2016, 2021], 15: [2021, 2026], 16: [2026, 2031],
};

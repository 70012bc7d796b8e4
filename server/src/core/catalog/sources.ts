/**
 * Where a catalog entry's facts come from, by the host of each source page: the name a records
 * officer knows it by (hovers and messages show it instead of a bare host) and how far it is
 * trusted. The official databases and gazettes come first; a forum, a document-sharing site, a
 * shop or a classified-ads page is never enough on its own (the catalog's data test says so).
 */

/**
 * `official`: the State's and the Party's own databases and portals (the preferred sources);
 * `government`: another public body's portal; `database`: a private legal database;
 * `press`: a newspaper or journal; `weak`: a forum, blog, document-sharing site, shop or ads page.
 */
export type SourceKind = 'official' | 'government' | 'database' | 'press' | 'weak';

interface KnownSource {
  readonly host: string;
  readonly kind: SourceKind;
  readonly name?: string;
}

const KNOWN: readonly KnownSource[] = [
  { host: 'vbpl.vn', kind: 'official', name: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật' },
  { host: 'vanban.chinhphu.vn', kind: 'official', name: 'Hệ thống văn bản của Chính phủ' },
  { host: 'congbao.chinhphu.vn', kind: 'official', name: 'Công báo Chính phủ' },
  { host: 'chinhphu.vn', kind: 'official', name: 'Cổng Thông tin điện tử Chính phủ' },
  { host: 'quochoi.vn', kind: 'official', name: 'Cổng thông tin điện tử Quốc hội' },
  { host: 'tulieuvankien.dangcongsan.vn', kind: 'official', name: 'Tư liệu - Văn kiện Đảng' },
  { host: 'dangcongsan.vn', kind: 'official', name: 'Báo điện tử Đảng Cộng sản Việt Nam' },
  { host: 'moj.gov.vn', kind: 'government', name: 'Cổng thông tin điện tử Bộ Tư pháp' },
  { host: 'ubdt.gov.vn', kind: 'government', name: 'Cổng thông tin điện tử Ủy ban Dân tộc' },
  { host: 'thuvienphapluat.vn', kind: 'database', name: 'Thư viện Pháp luật' },
  { host: 'thuvienphapluat.com', kind: 'database', name: 'Thư viện Pháp luật' },
  { host: 'luatvietnam.vn', kind: 'database', name: 'LuatVietnam' },
  { host: 'lawnet.vn', kind: 'database', name: 'LawNet' },
  { host: 'hethongphapluat.com', kind: 'database', name: 'Hệ thống pháp luật Việt Nam' },
  { host: 'hethongphapluat.vn', kind: 'database', name: 'Hệ thống pháp luật Việt Nam' },
  // The legal-database pages of thuviennhadat.vn; one is served from a test subdomain (SOURCES.md).
  { host: 'thuviennhadat.vn', kind: 'database', name: 'Thư viện Nhà đất' },
  { host: 'thukyluat.vn', kind: 'database', name: 'Thư Ký Luật' },
  { host: 'phapluatcongdong.vn', kind: 'database', name: 'Pháp luật cộng đồng' },
  { host: 'hoatieu.vn', kind: 'database', name: 'HoaTieu.vn' },
  { host: 'nhandan.vn', kind: 'press', name: 'Báo Nhân Dân' },
  { host: 'tapchicongsan.org.vn', kind: 'press', name: 'Tạp chí Cộng sản' },
  { host: 'tapchitoaan.vn', kind: 'press', name: 'Tạp chí Tòa án nhân dân' },
  { host: 'daibieunhandan.vn', kind: 'press', name: 'Báo Đại biểu Nhân dân' },
  { host: 'baotintuc.vn', kind: 'press', name: 'Báo Tin tức (TTXVN)' },
  { host: 'vietnamplus.vn', kind: 'press', name: 'VietnamPlus (TTXVN)' },
  { host: 'vietnamnet.vn', kind: 'press', name: 'VietNamNet' },
  { host: 'baolangson.vn', kind: 'press', name: 'Báo Lạng Sơn' },
  { host: 'baohaiduong.vn', kind: 'press', name: 'Báo Hải Dương' },
  { host: 'tapchitaichinh.vn', kind: 'press', name: 'Tạp chí Tài chính' },
  { host: '123docz.net', kind: 'weak' },
  { host: 'tailieu.vn', kind: 'weak' },
  { host: 'kiemtailieu.com', kind: 'weak' },
  { host: 'docplayer.vn', kind: 'weak' },
  { host: 'doki.vn', kind: 'weak' },
  { host: 'blogspot.com', kind: 'weak' },
  { host: 'phonha.com', kind: 'weak' },
  { host: 'home.vn', kind: 'weak' },
  { host: 'hodine.com', kind: 'weak' },
  { host: 'github.com', kind: 'weak' },
  { host: 'ladigi.vn', kind: 'weak' },
];

const hostOf = (url: string): string | undefined => /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();

function knownOf(host: string): KnownSource | undefined {
  // The longest known host the page's host ends with: vanban.chinhphu.vn before chinhphu.vn.
  let best: KnownSource | undefined;
  for (const k of KNOWN) {
    if ((host === k.host || host.endsWith(`.${k.host}`)) && (!best || k.host.length > best.host.length)) best = k;
  }
  return best;
}

/** How far a source page is trusted: a known host's kind, a `.gov.vn` portal, the press otherwise. */
export function sourceKind(url: string): SourceKind {
  const host = hostOf(url);
  if (!host) return 'weak';
  const known = knownOf(host);
  if (known) return known.kind;
  if (host.endsWith('.gov.vn') || host.endsWith('.dcs.vn')) return 'government';
  return 'press';
}

/** The source's name (`Cơ sở dữ liệu quốc gia về văn bản pháp luật`), or its host when it has no known name. */
export function sourceName(url: string): string {
  const host = hostOf(url);
  if (!host) return url;
  return knownOf(host)?.name ?? host;
}

/** A legal database keeps the document's own text; a portal or a paper mostly reports it. */
const RANK: Readonly<Record<SourceKind, number>> = { official: 0, database: 1, government: 2, press: 3, weak: 4 };

/** The sources, most trusted first, a named one before an unnamed one of its kind (stable among equals): a message names the first. */
export function bySourceTrust(urls: readonly string[]): string[] {
  const ranked = urls.map((url, k) => {
    const host = hostOf(url);
    const named = host !== undefined && knownOf(host)?.name !== undefined;
    return { url, k, rank: RANK[sourceKind(url)] * 2 + (named ? 0 : 1) };
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.k - b.k).map((s) => s.url);
}

import { defineMessages, translator, type Locale } from '../core/messages';

/** The server's own texts (not a rule's): one table, both languages. */
export const SERVER_MESSAGES = defineMessages({
  tooLarge: {
    vi: 'Kế hoạch: tệp quá lớn để kiểm tra ({size} > {max}); tăng kehoach.maxFileSize nếu cần.',
    en: 'Kế hoạch: the file is too large to check ({size} > {max}); raise kehoach.maxFileSize if needed.',
  },
  disableLine: { vi: 'Tắt quy tắc {rule} cho dòng này', en: 'Disable {rule} for this line' },
  fixAll: { vi: 'Sửa tất cả lỗi có thể sửa tự động (kehoach)', en: 'Fix all auto-fixable problems (kehoach)' },
  ruleFailed: {
    vi: 'kehoach: quy tắc {rule} gặp lỗi nội bộ ở {uri} và được bỏ qua cho tài liệu này ({detail}); các quy tắc khác vẫn chạy.',
    en: 'kehoach: rule {rule} failed on {uri} and is skipped for this document ({detail}); the other rules still run.',
  },
  handlerFailed: {
    vi: 'kehoach: lỗi nội bộ khi xử lý {what} ({uri}): {detail}; máy chủ vẫn chạy.',
    en: 'kehoach: internal error in {what} ({uri}): {detail}; the server keeps running.',
  },
  processFailed: {
    vi: 'kehoach: lỗi nội bộ không được xử lý ({kind}): {detail}; máy chủ vẫn chạy.',
    en: 'kehoach: unhandled internal error ({kind}): {detail}; the server keeps running.',
  },
  indexing: { vi: 'Kế hoạch: lập chỉ mục', en: 'Kế hoạch: indexing' },
  indexedCount: { vi: '{count} kế hoạch', en: '{count} plans' },
  indexed: {
    vi: 'Kế hoạch: đã lập chỉ mục {plans} kế hoạch; đọc {reads} tệp, lấy {reused} tệp chưa đổi từ bộ nhớ đệm.',
    en: 'Kế hoạch: indexed {plans} plans; {reads} files read, {reused} unchanged files taken from the cache.',
  },
  catalogProblems: {
    vi: 'Kế hoạch: danh mục {files} có {count} lỗi; các dòng lỗi bị bỏ qua, phần còn lại vẫn được dùng. {first}',
    en: 'Kế hoạch: catalog {files} has {count} problem(s); those rows are skipped, the rest is used. {first}',
  },
});

export type ServerMessageId = keyof typeof SERVER_MESSAGES;

export function serverText(locale: Locale, id: ServerMessageId, data?: Record<string, string | number>): string {
  return translator(SERVER_MESSAGES, locale, 'server')(id, data);
}

const KB = 1024;
const UNITS = ['KB', 'MB', 'GB'] as const;

/** Vietnamese writes `1.536,5`, English `1,536.5`. */
function formatNumber(value: number, locale: Locale, decimals: number): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/**
 * A size as people read it: bytes below 1 KB, whole KB below 1 MB, MB (then GB) with one decimal above,
 * in the locale's number format. `round` is Math.ceil for a file's size and Math.floor for a limit, so
 * that a file over the limit never reads as equal to it; the unit is chosen after rounding (never `1024 KB`).
 */
export function formatSize(bytes: number, locale: Locale, round: (x: number) => number = Math.round): string {
  if (bytes < KB) return `${formatNumber(bytes, locale, 0)} B`;
  const kb = round(bytes / KB);
  if (kb < KB) return `${formatNumber(kb, locale, 0)} KB`;
  let unit = 1;
  let value = round((bytes / KB ** 2) * 10) / 10;
  while (value >= KB && unit < UNITS.length - 1) {
    unit++;
    value = round((bytes / KB ** (unit + 1)) * 10) / 10;
  }
  return `${formatNumber(value, locale, 1)} ${UNITS[unit]}`;
}

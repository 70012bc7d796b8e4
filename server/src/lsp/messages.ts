import { translator } from '../core/messages';
import type { Locale } from '../core/lint';

/** The server's own texts (not a rule's): one table, both languages. */
const MESSAGES = {
  tooLarge: {
    vi: 'Kế hoạch: tệp quá lớn để kiểm tra ({size} KB > {max} KB); tăng kehoach.maxFileSize nếu cần.',
    en: 'Kế hoạch: the file is too large to check ({size} KB > {max} KB); raise kehoach.maxFileSize if needed.',
  },
  disableLine: { vi: 'Tắt quy tắc {rule} cho dòng này', en: 'Disable {rule} for this line' },
  fixAll: { vi: 'Sửa tất cả lỗi có thể sửa tự động (kehoach)', en: 'Fix all auto-fixable problems (kehoach)' },
} as const;

export type ServerMessageId = keyof typeof MESSAGES;

export function serverText(locale: Locale, id: ServerMessageId, data?: Record<string, string | number>): string {
  return translator(MESSAGES, locale, 'server')(id, data);
}

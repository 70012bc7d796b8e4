import { localeFrom, translator } from '../core/messages';
import type { Locale } from '../core/lint';

/** Every text the command line prints of its own (rule messages live with their rules). */
const MESSAGES = {
  usage: {
    vi: `Cách dùng:
  kehoach lint [--format text|json|sarif] [--fix] [--config TỆP] [--lang vi|en] ĐƯỜNG_DẪN...
  kehoach citations [--format text|json|csv] [--lang vi|en] ĐƯỜNG_DẪN...
  kehoach export [--to docx] [-o TỆP.docx] [--profile auto|state|party] TỆP
  kehoach lsp --stdio
Mã thoát: 0 không có lỗi hay cảnh báo, 1 có lỗi hoặc cảnh báo, 2 sai cách dùng hoặc không đọc được tệp.
`,
    en: `Usage:
  kehoach lint [--format text|json|sarif] [--fix] [--config FILE] [--lang vi|en] PATH...
  kehoach citations [--format text|json|csv] [--lang vi|en] PATH...
  kehoach export [--to docx] [-o FILE.docx] [--profile auto|state|party] FILE
  kehoach lsp --stdio
Exit codes: 0 no errors or warnings, 1 errors or warnings, 2 usage error or unreadable file.
`,
  },
  unknownCommand: { vi: 'lệnh không hợp lệ “{name}”', en: 'unknown command “{name}”' },
  internalError: { vi: 'lỗi nội bộ: {detail}\nHãy báo lỗi kèm tệp gây ra lỗi.', en: 'internal error: {detail}\nPlease report it with the file that caused it.' },
  missingValue: { vi: 'thiếu giá trị cho --{name}', en: 'missing value for --{name}' },
  unknownOption: { vi: 'tùy chọn không hợp lệ: {option}', en: 'unknown option: {option}' },
  badFormat: { vi: '--format phải là {formats}, không phải “{format}”', en: '--format must be {formats}, not “{format}”' },
  badLang: { vi: '--lang phải là vi hoặc en, không phải “{lang}”', en: '--lang must be vi or en, not “{lang}”' },
  noPathLint: { vi: 'cần ít nhất một tệp, thư mục hoặc mẫu (glob) để kiểm tra', en: 'give at least one file, folder or glob to check' },
  noPathCitations: { vi: 'cần ít nhất một tệp, thư mục hoặc mẫu (glob) để liệt kê trích dẫn', en: 'give at least one file, folder or glob to list citations from' },
  notFound: { vi: 'không tìm thấy “{path}”', en: '“{path}” not found' },
  notPlan: {
    vi: '{file}: không phải văn bản kế hoạch (không có tiêu đề “KẾ HOẠCH” hay dòng “Số …/KH-…”), bỏ qua',
    en: '{file}: not a plan (no “KẾ HOẠCH” title and no “Số …/KH-…” line), skipped',
  },
  unreadable: { vi: '{file}: không đọc được tệp ({detail})', en: '{file}: cannot read the file ({detail})' },
  notUtf8: {
    vi: '{file}: tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI); hãy lưu lại dưới dạng UTF-8',
    en: '{file}: not UTF-8 (perhaps Windows-1258, TCVN3 or VNI); save it as UTF-8',
  },
  config: { vi: '{detail}', en: '{detail}' },
  lspRunning: { vi: 'máy chủ ngôn ngữ đang chạy qua stdio', en: 'language server running over stdio' },
} as const;

export type CliMessageId = keyof typeof MESSAGES;

export function cliText(locale: Locale, id: CliMessageId, data?: Record<string, string | number>): string {
  return translator(MESSAGES, locale, 'cli')(id, data);
}

/** `--lang` wins, then KEHOACH_LANG, then the usual locale variables; Vietnamese when none names a language. */
export function cliLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = at < 0 ? undefined : argv[at].includes('=') ? argv[at].slice('--lang='.length) : argv[at + 1];
  if (given === 'vi' || given === 'en') return given;
  return localeFrom(env.KEHOACH_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

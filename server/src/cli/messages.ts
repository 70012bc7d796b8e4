import { ALL_RULES, isFixAllSafe } from '../core/lint';
import { defineMessages, localeFrom, translator, type Locale } from '../core/messages';

/** Every text the command line prints of its own (rule messages live with their rules). */
export const CLI_MESSAGES = defineMessages({
  usage: {
    vi: `Cách dùng:
  kehoach lint [--format text|json|sarif] [--fix | --fix=all] [--config TỆP] [--lang vi|en] ĐƯỜNG_DẪN...
  kehoach citations [--format text|json|csv] [--lang vi|en] ĐƯỜNG_DẪN...
  kehoach convert [--from auto|tcvn3|vni|windows-1258|utf-16] [--dry-run] [--force] [--lang vi|en] TỆP...
      chuyển tệp mã cũ (TCVN3, VNI, Windows-1258, UTF-16) sang UTF-8, giữ bản gốc ở TỆP.bak
  kehoach export [--to docx] [-o TỆP.docx] [--profile auto|state|party|doan|mass] TỆP
  kehoach lsp --stdio
Mã thoát: 0 không có lỗi hay cảnh báo, 1 có lỗi hoặc cảnh báo, 2 sai cách dùng, hoặc có tệp không đọc
được hay không kiểm tra được (các tệp khác vẫn được kiểm tra và báo cáo).
`,
    en: `Usage:
  kehoach lint [--format text|json|sarif] [--fix | --fix=all] [--config FILE] [--lang vi|en] PATH...
  kehoach citations [--format text|json|csv] [--lang vi|en] PATH...
  kehoach convert [--from auto|tcvn3|vni|windows-1258|utf-16] [--dry-run] [--force] [--lang vi|en] FILE...
      rewrite a legacy-encoded file (TCVN3, VNI, Windows-1258, UTF-16) as UTF-8, keeping the original as FILE.bak
  kehoach export [--to docx] [-o FILE.docx] [--profile auto|state|party|doan|mass] FILE
  kehoach lsp --stdio
Exit codes: 0 no errors or warnings, 1 errors or warnings, 2 usage error, or a file that could not be
read or checked (the other files are still checked and reported).
`,
  },
  unknownCommand: { vi: 'lệnh không hợp lệ “{name}”', en: 'unknown command “{name}”' },
  internalError: { vi: 'lỗi nội bộ: {detail}\nHãy báo lỗi kèm tệp gây ra lỗi.', en: 'internal error: {detail}\nPlease report it with the file that caused it.' },
  missingValue: { vi: 'thiếu giá trị cho --{name}', en: 'missing value for --{name}' },
  unknownOption: { vi: 'tùy chọn không hợp lệ: {option}', en: 'unknown option: {option}' },
  unknownOptionNear: { vi: 'tùy chọn không hợp lệ: {option}; có phải ý bạn là {near}?', en: 'unknown option: {option}; did you mean {near}?' },
  flagTakesNoValue: { vi: '--{name} không nhận giá trị (bỏ phần sau dấu =)', en: '--{name} takes no value (leave out what follows =)' },
  badFlagValue: { vi: '--{name}=… phải là {choices}, không phải “{value}”', en: '--{name}=… must be {choices}, not “{value}”' },
  badFormat: { vi: '--format phải là {formats}, không phải “{format}”', en: '--format must be {formats}, not “{format}”' },
  badJobs: { vi: '--jobs phải là một số nguyên từ 1 trở lên, không phải “{jobs}”', en: '--jobs must be a whole number of at least 1, not “{jobs}”' },
  usageFix: {
    vi: 'lint --fix: chỉ áp dụng các sửa không cần xem lại (đúng những sửa của “Sửa tất cả” trong trình soạn thảo); --fix=all: cả các sửa cần người soạn xem lại ({rules}).\n',
    en: 'lint --fix: only the fixes that need no review (exactly those of “Fix all” in the editor); --fix=all: also the fixes a drafter should review ({rules}).\n',
  },
  usageJobs: {
    vi: 'lint --jobs N: kiểm tra song song trên N luồng (mặc định: số lõi của máy khi có nhiều tệp; 1: tuần tự).\n',
    en: 'lint --jobs N: check in parallel on N threads (default: the number of cores when there are many files; 1: one at a time).\n',
  },
  usageSarif: {
    vi: 'lint --format sarif --help-uri-base URI: nơi đọc giải thích từng quy tắc (URI#mã-quy-tắc; mặc định: README trong gói đã cài).\n',
    en: 'lint --format sarif --help-uri-base URI: where each rule is explained (URI#rule-id; default: the README in the installed package).\n',
  },
  badHelpUriBase: { vi: '--help-uri-base phải là một URI tuyệt đối (https://… hay file:///…), không phải “{uri}”', en: '--help-uri-base must be an absolute URI (https://… or file:///…), not “{uri}”' },
  badLang: { vi: '--lang phải là vi hoặc en, không phải “{lang}”', en: '--lang must be vi or en, not “{lang}”' },
  noPathLint: { vi: 'cần ít nhất một tệp, thư mục hoặc mẫu (glob) để kiểm tra', en: 'give at least one file, folder or glob to check' },
  noPathCitations: { vi: 'cần ít nhất một tệp, thư mục hoặc mẫu (glob) để liệt kê trích dẫn', en: 'give at least one file, folder or glob to list citations from' },
  notFound: { vi: 'không tìm thấy “{path}”', en: '“{path}” not found' },
  unreadable: { vi: '{file}: không đọc được tệp ({detail})', en: '{file}: cannot read the file ({detail})' },
  brokenLink: {
    vi: '“{path}” là liên kết tượng trưng tới “{target}”, nơi không có tệp nào',
    en: '“{path}” is a symbolic link to “{target}”, where there is no file',
  },
  linkLoop: {
    vi: '“{path}”: liên kết tượng trưng tạo thành vòng lặp (dẫn về chính nó), không mở được',
    en: '“{path}”: a symbolic link loop (the links lead back to themselves); cannot open it',
  },
  denied: { vi: '{file}: không có quyền đọc tệp', en: '{file}: permission denied; cannot read the file' },
  isDirectory: { vi: '{file}: là thư mục, không phải tệp', en: '{file}: a folder, not a file' },
  special: {
    vi: '{file}: không phải tệp thường mà là {kind}; bỏ qua, không đọc (đọc có thể treo mãi)',
    en: '{file}: not a regular file but {kind}; skipped unread (reading it could wait forever)',
  },
  kind_fifo: { vi: 'một đường ống có tên (FIFO)', en: 'a named pipe (FIFO)' },
  kind_socket: { vi: 'một socket', en: 'a socket' },
  kind_charDevice: { vi: 'một thiết bị ký tự', en: 'a character device' },
  kind_blockDevice: { vi: 'một thiết bị khối', en: 'a block device' },
  kind_other: { vi: 'một loại tệp đặc biệt', en: 'a special file' },
  binary: { vi: '{file}: tệp nhị phân (có byte 0), không phải văn bản; bỏ qua', en: '{file}: a binary file (it has zero bytes), not text; skipped' },
  unicodeBom: {
    vi: '{file}: tệp mã {encoding} (có BOM), không phải UTF-8; hãy chuyển sang UTF-8: kehoach convert {arg}',
    en: '{file}: encoded as {encoding} (with a BOM), not UTF-8; convert it to UTF-8 with: kehoach convert {arg}',
  },
  unicodeNoBom: {
    vi: '{file}: tệp mã {encoding} (không có BOM), không phải UTF-8; hãy chuyển sang UTF-8: kehoach convert {arg}',
    en: '{file}: encoded as {encoding} (without a BOM), not UTF-8; convert it to UTF-8 with: kehoach convert {arg}',
  },
  legacyLikely: {
    vi: '{file}: tệp không phải UTF-8 (byte 0x{byte} ở dòng {line}); có vẻ là {encoding}. Hãy chuyển sang UTF-8: kehoach convert {arg}',
    en: '{file}: not UTF-8 (byte 0x{byte} on line {line}); it looks like {encoding}. Convert it to UTF-8 with: kehoach convert {arg}',
  },
  legacyAmbiguous: {
    vi: '{file}: tệp không phải UTF-8 (byte 0x{byte} ở dòng {line}); có vẻ là {encoding}. Hãy chọn bảng mã khi chuyển sang UTF-8: kehoach convert --from {from} {arg}',
    en: '{file}: not UTF-8 (byte 0x{byte} on line {line}); it looks like {encoding}. Choose the encoding to convert it to UTF-8: kehoach convert --from {from} {arg}',
  },
  notUtf8: {
    vi: '{file}: tệp không phải UTF-8 (byte 0x{byte} ở dòng {line}) và không giống bảng mã tiếng Việt cũ nào (TCVN3, VNI, Windows-1258); hãy lưu lại dưới dạng UTF-8',
    en: '{file}: not UTF-8 (byte 0x{byte} on line {line}) and not like any legacy Vietnamese encoding (TCVN3, VNI, Windows-1258); save it as UTF-8',
  },
  or: { vi: ' hoặc ', en: ' or ' },
  ruleFailed: {
    vi: '{file}: quy tắc {rule} gặp lỗi nội bộ ({detail}) nên bị bỏ qua ở tệp này; các quy tắc khác vẫn được kiểm tra. Hãy báo lỗi kèm tệp này.',
    en: '{file}: rule {rule} failed inside ({detail}) and was skipped for this file; the other rules were still checked. Please report it with this file.',
  },
  fileFailed: {
    vi: '{file}: lỗi nội bộ khi {stage} ({detail}); tệp này không được kiểm tra. Hãy báo lỗi kèm tệp này.',
    en: '{file}: internal error while {stage} ({detail}); this file was not checked. Please report it with this file.',
  },
  fixFailed: {
    vi: '{file}: lỗi nội bộ khi sửa tệp ({detail}); tệp giữ nguyên, các vấn đề dưới đây là của bản chưa sửa. Hãy báo lỗi kèm tệp này.',
    en: '{file}: internal error while fixing the file ({detail}); the file is unchanged and the problems below are those of the unfixed text. Please report it with this file.',
  },
  writeFailed: {
    vi: '{file}: không ghi được bản đã sửa ({detail}); tệp giữ nguyên',
    en: '{file}: cannot write the fixed text ({detail}); the file is unchanged',
  },
  stage_check: { vi: 'kiểm tra', en: 'checking it' },
  stage_citations: { vi: 'tìm trích dẫn', en: 'listing its citations' },
  stage_report: { vi: 'chuẩn bị báo cáo', en: 'preparing its report' },
  notChecked: {
    vi: 'số đường dẫn hay tệp không đọc được hoặc không kiểm tra trọn vẹn: {count} (xem các thông báo ở trên).',
    en: 'paths or files that could not be read or fully checked: {count} (see the messages above).',
  },
  config: { vi: '{detail}', en: '{detail}' },
  badFrom: { vi: '--from phải là {choices}, không phải “{from}”', en: '--from must be {choices}, not “{from}”' },
  noPathConvert: { vi: 'cần ít nhất một tệp để chuyển sang UTF-8', en: 'give at least one file to convert to UTF-8' },
  alreadyUtf8: { vi: '{file}: đã là UTF-8, để nguyên', en: '{file}: already UTF-8, left as it is' },
  convertFromMismatch: {
    vi: '{file}: tệp mã {detected}, không phải {from}; tệp giữ nguyên (bỏ --from để tự nhận bảng mã)',
    en: '{file}: encoded as {detected}, not {from}; the file is unchanged (leave out --from to tell the encoding from the file)',
  },
  convertUnknown: {
    vi: '{file}: không nhận ra bảng mã (không giống TCVN3, VNI hay Windows-1258); tệp giữ nguyên. Nếu biết bảng mã, hãy chỉ rõ: kehoach convert --from tcvn3|vni|windows-1258 {arg}',
    en: '{file}: cannot tell the encoding (not like TCVN3, VNI or Windows-1258); the file is unchanged. If you know it, name it: kehoach convert --from tcvn3|vni|windows-1258 {arg}',
  },
  convertAmbiguous: {
    vi: '{file}: có vẻ là {encoding}, không phân biệt được; tệp giữ nguyên. Hãy chọn: kehoach convert --from {from} {arg}',
    en: '{file}: looks like {encoding}, which cannot be told apart; the file is unchanged. Choose one: kehoach convert --from {from} {arg}',
  },
  undecodable: {
    vi: '{file}: byte 0x{byte} ở dòng {line} không có nghĩa trong bảng mã {encoding}; tệp giữ nguyên (không đoán ký tự nào)',
    en: '{file}: byte 0x{byte} on line {line} means nothing in {encoding}; the file is unchanged (no character is guessed)',
  },
  convertDryRun: {
    vi: '{file}: {encoding} → UTF-8 (chạy thử, chưa ghi gì). Dòng đầu sẽ là: “{preview}”',
    en: '{file}: {encoding} → UTF-8 (dry run, nothing written). The first line will read: “{preview}”',
  },
  converted: {
    vi: '{file}: đã chuyển từ {encoding} sang UTF-8; bản gốc giữ ở {backup}. Dòng đầu: “{preview}”',
    en: '{file}: converted from {encoding} to UTF-8; the original is kept as {backup}. First line: “{preview}”',
  },
  tcvn3Capitals: {
    vi: '{file}: TCVN3 không lưu chữ hoa có dấu; đã viết hoa lại {count} chữ ở các dòng viết hoa và đầu câu. Hãy xem lại chữ hoa giữa câu (như “của Ủy ban”).',
    en: '{file}: TCVN3 does not record capitals with tone marks; {count} letters were put back in capitals on lines in capitals and at sentence starts. Check capitals inside sentences (such as “của Ủy ban”).',
  },
  backupExists: {
    vi: '{file}: đã có {backup}; không ghi đè bản sao lưu cũ, tệp giữ nguyên. Hãy chuyển {backup} đi chỗ khác, hoặc dùng --force để ghi đè',
    en: '{file}: {backup} already exists; the older backup is not overwritten and the file is unchanged. Move {backup} away, or use --force to overwrite it',
  },
  backupFailed: { vi: '{file}: không ghi được bản sao lưu {backup} ({detail}); tệp giữ nguyên', en: '{file}: cannot write the backup {backup} ({detail}); the file is unchanged' },
  convertWriteFailed: {
    vi: '{file}: không ghi được bản UTF-8 ({detail}); bản gốc vẫn ở {backup}',
    en: '{file}: cannot write the UTF-8 text ({detail}); the original is in {backup}',
  },
  stage_convert: { vi: 'chuyển bảng mã', en: 'converting it' },
  severity_error: { vi: 'lỗi', en: 'error' },
  severity_warning: { vi: 'cảnh báo', en: 'warning' },
  severity_information: { vi: 'thông tin', en: 'info' },
  severity_hint: { vi: 'gợi ý', en: 'hint' },
  lintClean: { vi: 'Không có vấn đề nào ({files} tệp).', en: 'No problems ({files} files).' },
  lintFound: { vi: '{count} vấn đề trong {files} tệp.', en: '{count} problems in {files} files.' },
  citationsSummary: { vi: '{count} trích dẫn trong {files} tệp.', en: '{count} citations in {files} files.' },
  inDocx: { vi: '¶{paragraph} (dòng {line}:{column})', en: '¶{paragraph} (line {line}:{column})' },
  lspRunning: { vi: 'máy chủ ngôn ngữ đang chạy qua stdio', en: 'language server running over stdio' },
});

export type CliMessageId = keyof typeof CLI_MESSAGES;

/** The rules whose fixes “fix all” leaves for review: what `--fix=all` adds to `--fix`. */
export const reviewedFixRules = (): string[] => ALL_RULES.filter((r) => r.fixable && !isFixAllSafe(r.id)).map((r) => r.id);

/** The whole usage, as `--help` prints it and a usage error ends with. */
export function usageText(locale: Locale): string {
  return cliText(locale, 'usage') + cliText(locale, 'usageFix', { rules: reviewedFixRules().join(', ') }) + cliText(locale, 'usageJobs') + cliText(locale, 'usageSarif');
}

export function cliText(locale: Locale, id: CliMessageId, data?: Record<string, string | number>): string {
  return translator(CLI_MESSAGES, locale, 'cli')(id, data);
}

/** `--lang` wins, then KEHOACH_LANG, then the usual locale variables; Vietnamese when none names a language. */
export function cliLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = at < 0 ? undefined : argv[at].includes('=') ? argv[at].slice('--lang='.length) : argv[at + 1];
  if (given === 'vi' || given === 'en') return given;
  return localeFrom(env.KEHOACH_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

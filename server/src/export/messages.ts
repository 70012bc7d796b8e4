import { defineMessages, translator, type Locale } from '../core/messages';

/** What `kehoach export` prints of its own, Vietnamese first. */
export const EXPORT_MESSAGES = defineMessages({
  noPath: { vi: 'cần đúng một tệp kế hoạch để xuất ra Word', en: 'give exactly one plan file to export to Word' },
  tooManyPaths: { vi: 'mỗi lần chỉ xuất một tệp; đã nhận {count} đường dẫn', en: 'one file at a time; got {count} paths' },
  badTarget: { vi: '--to chỉ nhận docx, không phải “{to}”', en: '--to takes docx only, not “{to}”' },
  badProfile: { vi: '--profile phải là auto, state, party, doan hoặc mass, không phải “{profile}”', en: '--profile must be auto, state, party, doan or mass, not “{profile}”' },
  notPlan: {
    vi: '{file}: không phải văn bản kế hoạch (không có tiêu đề “KẾ HOẠCH” hay dòng “Số …/KH-…”), không xuất',
    en: '{file}: not a plan (no “KẾ HOẠCH” title and no “Số …/KH-…” line), not exported',
  },
  sameFile: { vi: 'tệp ra “{out}” trùng với tệp vào', en: 'the output “{out}” is the input file' },
  notWritable: { vi: 'không ghi được “{out}” ({detail})', en: 'cannot write “{out}” ({detail})' },
  written: { vi: 'đã xuất “{file}” ra “{out}”', en: 'exported “{file}” to “{out}”' },
});

export type ExportMessageId = keyof typeof EXPORT_MESSAGES;

export function exportText(locale: Locale, id: ExportMessageId, data?: Record<string, string | number>): string {
  return translator(EXPORT_MESSAGES, locale, 'export')(id, data);
}

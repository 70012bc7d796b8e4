import { layoutCheckFor, paragraphWithTextFrom, wordReadingOf, type WordReading, type WordSection } from '../format/word-source';
import type { Rule } from './types';
import { defineRule } from './types';

/**
 * A plan this short may fit on one page, which then shows no number at all (mục I.7: the first page
 * shows none): a missing page number is not reported below it. An A4 page at 13–14 pt holds some
 * 2 500 characters of body; the header and closing take half a page.
 */
const ONE_PAGE_CHARS = 1500;

/** Alignments that put a lone number at a side of the page; absent (Word's left, or a tab stop) is not judged. */
const OFF_CENTRE = new Set(['left', 'right', 'start', 'end', 'both', 'distribute']);

/** Word's formats that print Arabic numerals: `1`, `01`, `- 1 -`. */
const isArabic = (format: string) => format.startsWith('decimal') || format === 'numberInDash';

type HeaderFooter = WordSection['headers'][number];

/** The header Word shows on a section's first page: the `first` one when the section has a different first page. */
function firstPageHeader(section: WordSection): HeaderFooter | undefined {
  const type = section.titlePage ? 'first' : 'default';
  return section.headers.find((h) => h.kind === 'header' && h.type === type);
}

function withPageField(reading: WordReading, kind: 'header' | 'footer'): HeaderFooter[] {
  return reading.sections.flatMap((s) => s.headers.filter((h) => h.kind === kind && h.pageField));
}

export const formatPageNumber: Rule = defineRule({
  id: 'format-page-number',
  description: {
    vi: 'Số trang của tệp Word không đặt canh giữa ở lề trên từ trang thứ hai (thiếu, ở chân trang, lệch, hiện ở trang đầu).',
    en: 'The Word file’s page numbers are not centred in the top margin from page 2 (missing, in the footer, off-centre, shown on page 1).',
  },
  messages: {
    missing: {
      vi: 'Tệp Word không đánh số trang; số trang đặt canh giữa trong lề trên, từ trang thứ hai (Chèn → Số trang → Đầu trang, chọn “Trang đầu khác”).',
      en: 'The Word file has no page numbers; they are centred in the top margin from page 2 (Insert → Page Number → Top of Page, with “Different First Page”).',
    },
    footer: {
      vi: 'Số trang đặt ở chân trang; số trang đặt canh giữa trong lề trên của văn bản.',
      en: 'The page number is in the footer; it is centred in the top margin.',
    },
    align: {
      vi: 'Số trang không canh giữa (đang canh {align}); số trang đặt canh giữa theo chiều ngang trong lề trên.',
      en: 'The page number is not centred (it is aligned {align}); it is centred across the top margin.',
    },
    firstPage: {
      vi: 'Trang đầu có hiện số trang; không hiển thị số trang thứ nhất (chọn “Trang đầu khác” cho đầu trang).',
      en: 'Page 1 shows its number; the first page shows none (set “Different First Page” for the header).',
    },
    format: {
      vi: 'Số trang đánh kiểu “{format}”; số trang đánh bằng chữ số Ả Rập (1, 2, 3 …).',
      en: 'Page numbers in the “{format}” style; they are Arabic numerals (1, 2, 3 …).',
    },
    left: { vi: 'trái', en: 'left' },
    right: { vi: 'phải', en: 'right' },
    justify: { vi: 'đều hai bên', en: 'justified' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'docx',
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.7', since: '2020-03-05' },
  check(doc, ctx) {
    const reading = wordReadingOf(doc);
    if (!reading || reading.sections.length === 0) return;
    if (!layoutCheckFor(ctx.profile).confirmed('pageNumber')) return;
    const at = paragraphWithTextFrom(reading, 1);
    if (!at) return;
    const report = (message: string) => ctx.report({ message, start: at.start, end: at.end });
    const inHeader = withPageField(reading, 'header');
    const inFooter = withPageField(reading, 'footer');
    if (inHeader.length === 0) {
      if (inFooter.length > 0) report(ctx.t('footer'));
      else if (doc.text.length >= ONE_PAGE_CHARS) report(ctx.t('missing'));
      return;
    }
    const off = inHeader.find((h) => h.align !== undefined && OFF_CENTRE.has(h.align));
    if (off) report(ctx.t('align', { align: ctx.t(off.align === 'right' || off.align === 'end' ? 'right' : off.align === 'left' || off.align === 'start' ? 'left' : 'justify') }));
    if (firstPageHeader(reading.sections[0])?.pageField) report(ctx.t('firstPage'));
    const format = reading.sections.map((s) => s.pageNumberFormat).find((f) => f !== undefined && !isArabic(f));
    if (format) report(ctx.t('format', { format }));
  },
});

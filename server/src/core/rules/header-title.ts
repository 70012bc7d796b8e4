import type { HeaderField, PlanDocument } from '../document';
import { hasPlanHeader, headerAnchor } from '../header/index';
import { normalizeSlice } from '../text/normalized';
import { insertHeaderLinesEdit } from './fix-edits';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

const TITLE = 'KẾ HOẠCH';

/** The line after the header's last field where the body (or a trích yếu without its title) begins. */
function titleInsertLine(doc: PlanDocument): number | undefined {
  const h = doc.header;
  const fields = [...h.issuer, h.nationalTitle, h.motto, h.partyTitle, h.doanTitle, h.number, h.numberLike, h.placeDate]
    .filter((f): f is HeaderField => f !== undefined);
  if (fields.length === 0) return undefined;
  let line = Math.max(...fields.map((f) => f.line)) + 1;
  while (line < doc.lines.length && doc.lines[line].text.trim() === '') line++;
  return line < doc.lines.length && !doc.lines[line].text.includes('|') ? line : undefined;
}

function checkTitle(doc: PlanDocument, title: HeaderField, ctx: RuleContext): void {
  const norm = normalizeSlice(doc.text, title.start, title.end);
  // `Kế hoạch` as the type name: the name of the type is written in capitals.
  const head = norm.text.slice(0, TITLE.length);
  // Capitals are the decree's and the Party's (mục II.5.b; HD 36, Phụ lục 3); the Đoàn's were not read.
  if (head !== head.toUpperCase() && ctx.profile !== 'doan') {
    ctx.report({
      message: ctx.t('lowerCase', { written: head }),
      start: title.start, end: norm.toOriginal(TITLE.length),
      fix: { title: ctx.t('upperFix'), edits: [{ start: title.start, end: norm.toOriginal(TITLE.length), text: TITLE }] },
    });
  }
  const inline = norm.text.slice(TITLE.length).trim();
  if (!inline && !doc.header.summary) ctx.report({ message: ctx.t('missingSummary'), start: title.start, end: title.end });
}

export const headerTitle: Rule = defineRule({
  id: 'header-title',
  description: {
    vi: 'Thiếu tên loại văn bản “KẾ HOẠCH” hoặc trích yếu nội dung dưới tên loại.',
    en: 'The type name “KẾ HOẠCH” or the summary (trích yếu) under it is missing.',
  },
  messages: {
    missing: {
      vi: 'Kế hoạch thiếu tên loại văn bản “KẾ HOẠCH” (chữ in hoa, đặt trên trích yếu nội dung).',
      en: 'The plan lacks its type name “KẾ HOẠCH” (in capitals, above the summary).',
    },
    missingSummary: {
      vi: 'Thiếu trích yếu nội dung dưới “KẾ HOẠCH”: một câu ngắn gọn nêu khái quát nội dung kế hoạch (ví dụ “Triển khai thực hiện …”).',
      en: 'The summary under “KẾ HOẠCH” is missing: one short phrase saying what the plan is about (e.g. “Triển khai thực hiện …”).',
    },
    lowerCase: { vi: 'Tên loại văn bản “{written}” phải viết chữ in hoa: “KẾ HOẠCH”.', en: 'The type name “{written}” is written in capitals: “KẾ HOẠCH”.' },
    insertFix: { vi: 'Thêm tên loại “KẾ HOẠCH”', en: 'Insert the type name “KẾ HOẠCH”' },
    upperFix: { vi: 'Viết hoa “KẾ HOẠCH”', en: 'Capitalize “KẾ HOẠCH”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5 (Đoàn: Hướng dẫn 29-HD/TWĐTN-VP, tên loại và trích yếu)', since: '2020-03-05' },
  check(doc, ctx) {
    const h = doc.header;
    if (!hasPlanHeader(h)) return;
    if (h.title) {
      checkTitle(doc, h.title, ctx);
      return;
    }
    const where = headerAnchor(h)!;
    const line = titleInsertLine(doc);
    const edit = line === undefined ? undefined : insertHeaderLinesEdit(doc, line, [TITLE], (h) => h.title !== undefined);
    const fix = edit ? { title: ctx.t('insertFix'), edits: [edit] } : undefined;
    ctx.report({ message: ctx.t('missing'), start: where.start, end: where.end, fix });
  },
});

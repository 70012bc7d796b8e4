import type { PlanDocument } from '../document';
import { cleanSlice, type CleanText } from '../text/clean';
import { normalizeSlice } from '../text/normalized';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';

const END_MARK = './.';

/** The first line of the closing part (`Nơi nhận:` or the signature), where the content has surely ended. */
function closingLine(doc: PlanDocument): number | undefined {
  const lines = [doc.recipients?.firstLine, doc.signature?.firstLine].filter((l): l is number => l !== undefined);
  return lines.length ? Math.min(...lines) : undefined;
}

/** Whether a line between the header and the closing part is the mark alone (`./.` under the last paragraph). */
function hasMarkLine(doc: PlanDocument, until: number): boolean {
  for (let i = doc.header.endLine; i < until; i++) {
    const text = doc.lines[i].text;
    if (text.includes(END_MARK) && cleanSlice(text, 0).text === END_MARK) return true;
  }
  return false;
}

/**
 * The last line of content above the closing part: of a paragraph or list item, or a numbered line the body
 * reader took for a heading (`2. Ủy ban nhân dân các xã triển khai thực hiện Kế hoạch này` has no full stop).
 */
function lastContentLine(doc: PlanDocument, closing: number): number | undefined {
  const block = doc.blocks.filter((b) => b.lastLine < closing).pop();
  const heading = doc.allSections.filter((s) => s.heading.line < closing).pop();
  const lines = [block?.lastLine, heading?.heading.line].filter((l): l is number => l !== undefined);
  return lines.length ? Math.max(...lines) : undefined;
}

/** A mark written almost right (`. /.`, `/.`, `./ .`): its range, to be rewritten as `./.`. */
function nearMark(line: CleanText): { start: number; end: number } | undefined {
  const text = line.text;
  if (!text.endsWith('.')) return undefined;
  let i = text.length - 1;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (text[i - 1] !== '/') return undefined;
  i--;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (text[i - 1] === '.') i--;
  return { start: line.start + i, end: line.end };
}

/**
 * The edit that closes the last line with `./.`: after its final full stop, or after its last word;
 * none after `;`, `:` or `,` (the drafter decides whether the text really ends there) nor in a table.
 */
function fixOf(doc: PlanDocument, line: CleanText, ctx: RuleContext): Fix | undefined {
  const last = normalizeSlice(doc.text, line.start, line.end).text.slice(-1);
  if (last === '.') return { title: ctx.t('fix'), edits: [{ start: line.end, end: line.end, text: '/.' }] };
  if (/[\p{L}\p{N}\p{M})”"'’»]/u.test(last)) return { title: ctx.t('fix'), edits: [{ start: line.end, end: line.end, text: END_MARK }] };
  return undefined;
}

export const contentEndMark: Rule = defineRule({
  id: 'content-end-mark',
  description: {
    vi: 'Nội dung kế hoạch không kết thúc bằng dấu “./.” trước Nơi nhận và chữ ký (văn bản nhà nước).',
    en: 'The plan’s content does not end with the mark “./.” before Nơi nhận and the signature (state documents).',
  },
  messages: {
    missing: {
      vi: 'Nội dung kế hoạch chưa kết thúc bằng dấu “./.”: đặt “./.” ngay sau dòng cuối cùng của nội dung, trước Nơi nhận và chữ ký.',
      en: 'The plan’s content does not end with “./.”: put “./.” right after its last line, before Nơi nhận and the signature.',
    },
    malformed: {
      vi: 'Dấu kết thúc nội dung viết chưa đúng: “{written}”; viết “./.”.',
      en: 'The end mark is malformed: “{written}”; write “./.”.',
    },
    fix: { vi: 'Kết thúc nội dung bằng “./.”', en: 'End the content with “./.”' },
  },
  defaultSeverity: 'information',
  fixable: true,
  // Mẫu 1.4 (“Văn bản có tên loại”, which names the kế hoạch) ends its content with `./.`; no sentence of the decree
  // words it, hence information. The Party's guidance on it was not found: Party plans are not checked.
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục III, mục II.1, Mẫu 1.4', since: '2020-03-05' },
  check(doc, ctx) {
    if (ctx.profile !== 'state') return;
    // Without Nơi nhận or a signature the end is not in sight: a draft in progress, or a copy cut short.
    const closing = closingLine(doc);
    if (closing === undefined || hasMarkLine(doc, closing)) return;
    const last = lastContentLine(doc, closing);
    if (last === undefined) return;
    const line = cleanSlice(doc.lines[last].text, doc.lines[last].start);
    if (line.text.endsWith(END_MARK)) return;
    const near = nearMark(line);
    if (near) {
      const written = normalizeSlice(doc.text, near.start, near.end).text;
      ctx.report({ message: ctx.t('malformed', { written }), ...near, fix: { title: ctx.t('fix'), edits: [{ ...near, text: END_MARK }] } });
      return;
    }
    ctx.report({ message: ctx.t('missing'), start: line.start, end: line.end, fix: fixOf(doc, line, ctx) });
  },
});

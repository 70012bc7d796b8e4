import { checkedCitations } from '../citations/identity';
import type { Citation, NumberSymbol } from '../citations/types';
import type { PlanDocument } from '../document';
import { isUpperCaseText } from '../text/fold';
import { positionAt } from '../text/lines';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

/** Why a written symbol differs from its normalized form, most telling reason first. */
function reasonOf(ns: NumberSymbol): string | undefined {
  const written = ns.text;
  if (written === ns.symbol) return undefined;
  const layout = (s: string) => s.replace(/[^/\-–—‐‑−]/g, '').replace(/[–—‐‑−]/g, '-');
  const tight = written.replace(/\s+/g, '');
  if (ns.styleFromCodes && layout(tight) !== layout(ns.symbol)) {
    if (ns.style === 'party') return 'partyStyle';
    return ns.year !== undefined ? 'normativeStyle' : 'stateStyle';
  }
  if (/[–—‐‑−]/.test(written)) return 'dash';
  if (/\s/.test(written)) return 'spaces';
  if (tight.toUpperCase() === ns.symbol.toUpperCase()) return 'case';
  return 'other';
}

/** The line around a citation, to tell a title set in capitals (`… QUYẾT ĐỊNH SỐ 1719/QĐ-TTG …`). */
function lineAround(doc: PlanDocument, at: number): string {
  return doc.lines[positionAt(doc.lines, at).line].text;
}

/**
 * `367 - QĐ/TWĐTN-VP`: the Đoàn's own documents write spaces around the hyphen after the number
 * (Hướng dẫn 29-HD/TWĐTN-VP citing its Quyết định 367, the 2024 plan 225 - KH/TWĐTN-CTTN): a Đoàn symbol
 * written so is left as written; any other space in it is still reported.
 */
function isDoanSpacedHyphen(ns: NumberSymbol): boolean {
  const m = /^(\d+)\s*-\s*(\S+)$/u.exec(ns.text);
  return m !== null && /ĐTN$/u.test(ns.issuerCode ?? '') && `${m[1]}-${m[2]}` === ns.symbol;
}

function checkSymbol(doc: PlanDocument, c: Citation, ctx: RuleContext): void {
  const ns = c.numberSymbol!;
  const reason = reasonOf(ns);
  if (!reason || (reason === 'spaces' && isDoanSpacedHyphen(ns))) return;
  // A title set all in capitals writes `TTG` too: that is typography, not a wrong symbol.
  if (reason === 'case' && ns.text === ns.text.toUpperCase() && isUpperCaseText(lineAround(doc, ns.start))) return;
  ctx.report({
    message: ctx.t(reason, { written: ns.text, symbol: ns.symbol }),
    start: ns.start,
    end: ns.end,
    fix: { title: ctx.t('fixSymbol', { symbol: ns.symbol }), edits: [{ start: ns.start, end: ns.end, text: ns.symbol }] },
  });
}

/**
 * Published plans do write `Thông tư 05/2022/TT-BNNPTNT` without `số`; it is a slip only where the
 * plan writes `số` in every other citation of the same type.
 */
function soCounts(all: readonly Citation[]): Map<string, { total: number; withSo: number }> {
  const counts = new Map<string, { total: number; withSo: number }>();
  for (const c of all) {
    if (!c.typeWord) continue;
    const n = counts.get(c.typeWord.type) ?? { total: 0, withSo: 0 };
    counts.set(c.typeWord.type, { total: n.total + 1, withSo: n.withSo + (c.hasSo ? 1 : 0) });
  }
  return counts;
}

function writesSoFor(counts: ReturnType<typeof soCounts>, c: Citation): boolean {
  const n = counts.get(c.typeWord!.type)!;
  // Every other citation of this type (this one lacks `số`) has it, and there is at least one.
  return n.total > 1 && n.withSo === n.total - 1;
}

function checkSo(counts: ReturnType<typeof soCounts>, c: Citation, ctx: RuleContext): void {
  const ns = c.numberSymbol!;
  if (!c.typeWord || c.typeWord.type === 'Văn bản') return;
  if (c.gluedSo && c.so) {
    ctx.report({
      message: ctx.t('gluedSo', { type: c.typeWord.text }),
      start: c.typeWord.start,
      end: c.so.end,
      fix: { title: ctx.t('fixSpace'), edits: [{ start: c.so.start, end: c.so.start, text: ' ' }] },
    });
  } else if (!c.hasSo && writesSoFor(counts, c)) {
    ctx.report({
      message: ctx.t('missingSo', { type: c.typeWord.text, symbol: ns.symbol }),
      start: c.typeWord.start,
      end: ns.end,
      fix: { title: ctx.t('fixSo'), edits: [{ start: ns.start, end: ns.start, text: 'số ' }] },
      // Consistency within the plan, not a provision on the number-symbol: advice.
      severity: 'information',
    });
  }
}

export const citationFormat: Rule = defineRule({
  id: 'citation-format',
  description: {
    vi: 'Số, ký hiệu văn bản được viện dẫn viết sai: có dấu cách, sai dấu, sai kiểu (Đảng `65-KL/TW`, Nhà nước `1719/QĐ-TTg`), chữ thường, thiếu chữ “số”.',
    en: 'A cited number-symbol is malformed: spaces, wrong separators, wrong style (Party `65-KL/TW`, state `1719/QĐ-TTg`), lower case, missing “số”.',
  },
  messages: {
    partyStyle: {
      vi: 'Số, ký hiệu “{written}” là của văn bản Đảng, viết theo kiểu số-TÊN LOẠI/CƠ QUAN: “{symbol}”.',
      en: 'Number-symbol “{written}” belongs to a Party document, written number-TYPE/BODY: “{symbol}”.',
    },
    stateStyle: {
      vi: 'Số, ký hiệu “{written}” là của văn bản Nhà nước, viết theo kiểu số/TÊN LOẠI-CƠ QUAN: “{symbol}”.',
      en: 'Number-symbol “{written}” belongs to a state document, written number/TYPE-BODY: “{symbol}”.',
    },
    normativeStyle: {
      vi: 'Số, ký hiệu “{written}” viết theo kiểu số/năm/TÊN LOẠI-CƠ QUAN, các nhóm chữ viết tắt nối bằng dấu gạch nối: “{symbol}”.',
      en: 'Number-symbol “{written}” is written number/year/TYPE-BODY, its groups joined by hyphens: “{symbol}”.',
    },
    dash: {
      vi: 'Số, ký hiệu “{written}” dùng dấu gạch dài; giữa các nhóm chữ viết tắt là dấu gạch nối (-): “{symbol}”.',
      en: 'Number-symbol “{written}” uses a long dash; the groups are joined by a hyphen (-): “{symbol}”.',
    },
    spaces: {
      vi: 'Số, ký hiệu “{written}” có dấu cách; các thành phần viết liền, không cách chữ: “{symbol}”.',
      en: 'Number-symbol “{written}” contains spaces; its parts are written together: “{symbol}”.',
    },
    case: {
      vi: 'Ký hiệu văn bản viết sai chữ hoa, chữ thường: “{written}” phải là “{symbol}”.',
      en: 'The symbol’s capitals are wrong: “{written}” should be “{symbol}”.',
    },
    other: {
      vi: 'Số, ký hiệu “{written}” viết chưa đúng; viết đúng là “{symbol}”.',
      en: 'Number-symbol “{written}” is malformed; it should be “{symbol}”.',
    },
    missingSo: {
      vi: 'Thiếu chữ “số” trước số, ký hiệu (các chỗ khác trong kế hoạch đều có): viết “{type} số {symbol}”.',
      en: 'The word “số” is missing before the number-symbol (the plan writes it everywhere else): write “{type} số {symbol}”.',
    },
    gluedSo: {
      vi: 'Thiếu dấu cách giữa “{type}” và “số”.',
      en: 'A space is missing between “{type}” and “số”.',
    },
    fixSymbol: { vi: 'Sửa thành “{symbol}”', en: 'Change to “{symbol}”' },
    fixSo: { vi: 'Thêm chữ “số”', en: 'Insert “số”' },
    fixSpace: { vi: 'Thêm dấu cách trước “số”', en: 'Insert a space before “số”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3', since: '2020-03-05' },
  check(doc, ctx) {
    const all = checkedCitations(doc);
    const counts = soCounts(all);
    for (const c of all) {
      checkSo(counts, c, ctx);
      checkSymbol(doc, c, ctx);
    }
  },
});

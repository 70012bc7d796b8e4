import { datesOf, periodOf } from '../dates/index';
import type { DateRange } from '../dates/find';
import { quoted } from '../dates/words';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';
import type { PlanDocument } from '../document';

/** The day's digits a day mention opens with (`15` of `15/3`, `05` of `05 tháng 6 năm 2023`). */
function dayDigits(text: string, start: number): { start: number; end: number } {
  let end = start;
  while (end < text.length && end - start < 2 && text[end] >= '0' && text[end] <= '9') end++;
  return { start, end };
}

/** `từ ngày 15/3 đến ngày 01/3/2023`: both ends are in one month, so swapping the days keeps how each is written. */
function swapDaysFix(doc: PlanDocument, r: DateRange, ctx: RuleContext): Fix | undefined {
  if (r.from.kind !== 'day' || r.to.kind !== 'day') return undefined;
  const a = dayDigits(doc.text, r.from.start);
  const b = dayDigits(doc.text, r.to.start);
  if (a.end === a.start || b.end === b.start) return undefined;
  const dayA = doc.text.slice(a.start, a.end);
  const dayB = doc.text.slice(b.start, b.end);
  const fixed = doc.text.slice(r.start, a.start) + dayB + doc.text.slice(a.end, b.start) + dayA + doc.text.slice(b.end, r.end);
  return {
    title: ctx.t('fix', { fixed: fixed.normalize('NFC').replace(/\s+/g, ' ') }),
    edits: [{ start: a.start, end: a.end, text: dayB }, { start: b.start, end: b.end, text: dayA }],
  };
}

/** Swapping the two ends is the likely intent when both are written in full and alike. */
function swapFix(doc: PlanDocument, r: DateRange, ctx: RuleContext): Fix | undefined {
  if (r.partial) return swapDaysFix(doc, r, ctx);
  if (r.from.kind !== r.to.kind || r.from.form !== r.to.form) return undefined;
  const fromText = doc.text.slice(r.from.start, r.from.end);
  const toText = doc.text.slice(r.to.start, r.to.end);
  const fixed = doc.text.slice(r.start, r.from.start) + toText + doc.text.slice(r.from.end, r.to.start) + fromText;
  return {
    title: ctx.t('fix', { fixed: fixed.normalize('NFC').replace(/\s+/g, ' ') }),
    edits: [{ start: r.from.start, end: r.from.end, text: toText }, { start: r.to.start, end: r.to.end, text: fromText }],
  };
}

export const dateRangeReversed: Rule = defineRule({
  id: 'date-range-reversed',
  description: {
    vi: 'Khoảng thời gian có mốc đầu sau mốc cuối: “giai đoạn 2030 - 2026”, “từ năm 2030 đến năm 2026”.',
    en: 'A period whose start is after its end: “giai đoạn 2030 - 2026”, “từ năm 2030 đến năm 2026”.',
  },
  messages: {
    reversed: {
      vi: 'Khoảng thời gian “{range}” bị ngược: mốc đầu ({from}) ở sau mốc cuối ({to}).',
      en: 'The period “{range}” is reversed: its start ({from}) comes after its end ({to}).',
    },
    fix: { vi: 'Đổi chỗ hai mốc: “{fixed}”', en: 'Swap the two ends: “{fixed}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  // Either end (or the weekday) may be the typo: offered as a quick fix, never applied unattended.
  fixAll: false,
  basis: 'convention',
  check(doc, ctx) {
    for (const r of datesOf(doc).ranges) {
      // A bare `2025-2021` may be something else (a standard's number); a cue or `từ … đến …` makes it a period.
      if (!r.cued || !r.from.valid || !r.to.valid) continue;
      if (periodOf(r.from).first <= periodOf(r.to).last) continue;
      ctx.report({
        message: ctx.t('reversed', {
          range: quoted(doc.text, r.start, r.end),
          from: quoted(doc.text, r.from.start, r.from.end),
          to: quoted(doc.text, r.to.start, r.to.end),
        }),
        start: r.start,
        end: r.end,
        fix: swapFix(doc, r, ctx),
      });
    }
  },
});

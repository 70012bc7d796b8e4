import type { HeaderField, PlanDocument } from '../document';
import { hasPlanHeader, headerAnchor, plainLetters, wordIndex } from '../structure/header';
import { normalizeSlice } from '../text/normalized';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

type Reason = 'noPlace' | 'comma' | 'placeCase' | 'numeric' | 'padDay' | 'padMonth';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const EXAMPLE = 'Lạng Sơn, ngày 05 tháng 6 năm 2014';

/** Digits in a date slot, or undefined when the slot is left blank for the records officer. */
function digitsIn(slot: string, offset: number): { text: string; start: number } | undefined {
  const m = /\d+/.exec(slot);
  return m ? { text: m[0], start: offset + m.index } : undefined;
}

/** ND30 pads days below 10 and the months 1 and 2; Party padding is applied only where confirmed. */
const padDay = (d: string) => (d.length === 1 && d !== '0' ? '0' + d : d);
const padMonth = (m: string) => (m === '1' || m === '2' ? '0' + m : m);

function check(doc: PlanDocument, field: HeaderField, ctx: RuleContext): void {
  const norm = normalizeSlice(doc.text, field.start, field.end);
  const s = norm.text;
  const lower = plainLetters(s).toLowerCase();
  const day = wordIndex(lower, 'ngay', 0);
  if (day < 0) return;
  const pads = ctx.profile !== 'party';
  const reasons: Reason[] = [];
  const edits: Edit[] = [];

  const before = s.slice(0, day);
  const place = before.replace(/[\s,]+$/u, '');
  const placeStart = before.length - before.trimStart().length;
  if (!place.trim()) reasons.push('noPlace');
  else {
    if (!before.includes(',')) {
      reasons.push('comma');
      edits.push({ start: place.length, end: place.length, text: ',' });
    }
    const first = s[placeStart];
    if (first !== first.toUpperCase()) {
      reasons.push('placeCase');
      edits.push({ start: placeStart, end: placeStart + 1, text: first.toUpperCase() });
    }
  }

  const tail = lower.slice(day);
  const words = /^ngay([\s.…_\d]*)thang([\s.…_\d]*)nam\b/.exec(tail);
  if (words) {
    const d = digitsIn(words[1], day + 4);
    const monthAt = day + 4 + words[1].length + 5;
    const m = digitsIn(words[2], monthAt);
    if (pads && d && padDay(d.text) !== d.text) {
      reasons.push('padDay');
      edits.push({ start: d.start, end: d.start + d.text.length, text: padDay(d.text) });
    }
    if (pads && m && padMonth(m.text) !== m.text) {
      reasons.push('padMonth');
      edits.push({ start: m.start, end: m.start + m.text.length, text: padMonth(m.text) });
    }
  } else {
    const numeric = /^ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(tail);
    if (!numeric) return;
    reasons.push('numeric');
    const [, d, m, y] = numeric;
    const text = `ngày ${pads ? padDay(d) : d} tháng ${pads ? padMonth(m) : m} năm ${y}`;
    edits.push({ start: day, end: day + numeric[0].length, text });
  }
  if (reasons.length === 0) return;

  const written = s.trim();
  const because = reasons.map((r) => ctx.t(r)).join('; ');
  if (reasons.includes('noPlace')) {
    ctx.report({ message: ctx.t('malformed', { written, reasons: because }), start: field.start, end: field.end });
    return;
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let suggestion = '';
  let at = 0;
  for (const e of sorted) {
    suggestion += s.slice(at, e.start) + e.text;
    at = e.end;
  }
  suggestion = (suggestion + s.slice(at)).trim();
  ctx.report({
    message: ctx.t('malformedFix', { written, reasons: because, suggestion }),
    start: field.start, end: field.end,
    fix: {
      title: ctx.t('fixTitle', { text: suggestion }),
      edits: sorted.map((e) => ({ start: norm.toOriginal(e.start), end: norm.toOriginal(e.end), text: e.text })),
    },
  });
}

export const headerDateLine: Rule = defineRule({
  id: 'header-date-line',
  description: {
    vi: 'Dòng địa danh và ngày, tháng, năm ban hành bị thiếu hoặc viết chưa đúng (“Lạng Sơn, ngày 05 tháng 6 năm 2014”: ngày dưới 10 và tháng 1, 2 có số 0 phía trước).',
    en: 'The place-date line is missing or malformed (“Lạng Sơn, ngày 05 tháng 6 năm 2014”: days below 10 and months 1, 2 take a leading zero).',
  },
  messages: {
    missing: {
      vi: 'Kế hoạch thiếu dòng địa danh và ngày, tháng, năm ban hành (ví dụ “{example}”).',
      en: 'The plan lacks its place-date line (e.g. “{example}”).',
    },
    malformed: { vi: 'Dòng địa danh, ngày tháng “{written}” chưa đúng: {reasons}.', en: 'The place-date line “{written}” is not right: {reasons}.' },
    malformedFix: {
      vi: 'Dòng địa danh, ngày tháng “{written}” chưa đúng: {reasons}. Nên ghi: “{suggestion}”.',
      en: 'The place-date line “{written}” is not right: {reasons}. Write: “{suggestion}”.',
    },
    noPlace: { vi: 'thiếu địa danh trước ngày tháng', en: 'the place is missing before the date' },
    comma: { vi: 'sau địa danh có dấu phẩy', en: 'a comma follows the place' },
    placeCase: { vi: 'chữ cái đầu của địa danh viết hoa', en: 'the place begins with a capital letter' },
    numeric: { vi: 'ngày, tháng, năm ban hành phải viết đầy đủ (“ngày … tháng … năm …”)', en: 'the date is written in full (“ngày … tháng … năm …”)' },
    padDay: { vi: 'ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước', en: 'a day below 10 takes a leading zero' },
    padMonth: { vi: 'tháng 1, 2 phải ghi thêm số 0 phía trước', en: 'months 1 and 2 take a leading zero' },
    fixTitle: { vi: 'Sửa thành “{text}”', en: 'Change to “{text}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b và II.4.c', since: '2020-03-05' },
  check(doc, ctx) {
    const h = doc.header;
    if (!hasPlanHeader(h)) return;
    if (h.placeDate) check(doc, h.placeDate, ctx);
    else if (h.title && !h.attachedTo) {
      const where = headerAnchor(h)!;
      ctx.report({ message: ctx.t('missing', { example: EXAMPLE }), start: where.start, end: where.end });
    }
  },
});

import type { PlaceDateField, PlaceDateFields, PlanDocument } from '../document';
import { hasPlanHeader, headerAnchor } from '../header/index';
import { applyEdits } from '../text/edits';
import { normalizeSlice } from '../text/normalized';
import type { Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

type Reason = 'noPlace' | 'comma' | 'placeCase' | 'numeric' | 'padDay' | 'padMonth';

const EXAMPLE = 'Lạng Sơn, ngày 05 tháng 6 năm 2014';

/** ND30 pads days below 10 and the months 1 and 2; the Party's and the Đoàn's padding were not confirmed. */
const padDay = (d: string) => (d.length === 1 && d !== '0' ? '0' + d : d);
const padMonth = (m: string) => (m === '1' || m === '2' ? '0' + m : m);

interface Diagnosis {
  readonly reasons: Reason[];
  readonly edits: TextEdit[];
}

/** The place: present, followed by a comma, beginning with a capital. */
function diagnosePlace(line: PlaceDateFields, out: Diagnosis): void {
  const { place, placeInitial } = line;
  if (!place || !placeInitial) {
    out.reasons.push('noPlace');
    return;
  }
  if (!line.comma) {
    out.reasons.push('comma');
    out.edits.push({ start: place.end, end: place.end, text: ',' });
  }
  const first = placeInitial.text;
  if (first !== first.toUpperCase()) {
    out.reasons.push('placeCase');
    out.edits.push({ start: placeInitial.start, end: placeInitial.end, text: first.toUpperCase() });
  }
}

/** The date: in words, with the day and months 1, 2 padded (state documents). */
function diagnoseDate(line: PlaceDateFields, pads: boolean, out: Diagnosis): void {
  const { day, month, year, numeric } = line.ranges;
  if (numeric) {
    out.reasons.push('numeric');
    const d = day!.text;
    const m = month!.text;
    const text = `ngày ${pads ? padDay(d) : d} tháng ${pads ? padMonth(m) : m} năm ${year!.text}`;
    out.edits.push({ start: numeric.start, end: numeric.end, text });
    return;
  }
  if (pads && day && padDay(day.text) !== day.text) {
    out.reasons.push('padDay');
    out.edits.push({ start: day.start, end: day.end, text: padDay(day.text) });
  }
  if (pads && month && padMonth(month.text) !== month.text) {
    out.reasons.push('padMonth');
    out.edits.push({ start: month.start, end: month.end, text: padMonth(month.text) });
  }
}

function check(doc: PlanDocument, field: PlaceDateField, ctx: RuleContext): void {
  const line = field.parsed;
  if (!line) return;
  const found: Diagnosis = { reasons: [], edits: [] };
  diagnosePlace(line, found);
  diagnoseDate(line, ctx.profile === 'state', found);
  if (found.reasons.length === 0) return;
  const written = normalizeSlice(doc.text, field.start, field.end).text.trim();
  const because = found.reasons.map((r) => ctx.t(r)).join('; ');
  if (found.reasons.includes('noPlace')) {
    ctx.report({ message: ctx.t('malformed', { written, reasons: because }), start: field.start, end: field.end });
    return;
  }
  const edits = [...found.edits].sort((a, b) => a.start - b.start);
  const local = edits.map((e) => ({ ...e, start: e.start - field.start, end: e.end - field.start }));
  const fixed = applyEdits(doc.text.slice(field.start, field.end), local);
  const suggestion = normalizeSlice(fixed, 0, fixed.length).text.trim();
  ctx.report({
    message: ctx.t('malformedFix', { written, reasons: because, suggestion }),
    start: field.start, end: field.end,
    fix: { title: ctx.t('fixTitle', { text: suggestion }), edits },
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
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b và II.4.c (Đoàn: Hướng dẫn 29-HD/TWĐTN-VP, địa điểm và ngày tháng năm; '
      + 'số 0 phía trước không kiểm tra)',
    since: '2020-03-05',
  },
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

import type { Bounded } from '../format/nd30-layout';
import { formatNumber, formatRange, inRange, layoutCheckFor, sectionGroups, TWIPS_PER_MM, wordReadingOf, type WordSection } from '../format/word-source';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

/**
 * A tenth of a millimetre: Word keeps margins in twips (1/20 pt, about 0,018 mm), so a margin set to
 * 1,5 cm is stored as 850 twips, 14,99 mm; a tenth of a millimetre takes in every such rounding.
 */
const TOLERANCE_MM = 0.1;

type Side = 'top' | 'bottom' | 'left' | 'right';
const SIDES: readonly Side[] = ['top', 'bottom', 'left', 'right'];

/** A side's margin in millimetres; a gutter adds to the left. Word writes a negative top or bottom for an exact one. */
function marginMm(section: WordSection, side: Side): number | undefined {
  const twips = section.margins[side];
  if (twips === undefined) return undefined;
  const gutter = side === 'left' ? section.margins.gutter ?? 0 : 0;
  return (Math.abs(twips) + gutter) / TWIPS_PER_MM;
}

/** Each side outside its range, as `lề trái 15 mm (quy định 30–35 mm)`. */
function departures(section: WordSection, ranges: Readonly<Record<Side, Bounded>>, ctx: RuleContext): string[] {
  const out: string[] = [];
  for (const side of SIDES) {
    const mm = marginMm(section, side);
    if (mm === undefined || inRange(mm, ranges[side].range, TOLERANCE_MM)) continue;
    out.push(ctx.t('side', { side: ctx.t(side), value: formatNumber(Math.round(mm * 10) / 10, ctx.locale), range: formatRange(ranges[side].range, ctx.locale) }));
  }
  return out;
}

export const formatMargins: Rule = defineRule({
  id: 'format-margins',
  description: {
    vi: 'Lề trang của tệp Word ngoài khoảng quy định (trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm).',
    en: 'The Word file’s page margins are outside the decree’s ranges (top, bottom 20–25 mm; left 30–35 mm; right 15–20 mm).',
  },
  messages: {
    margins: { vi: 'Lề trang chưa đúng quy định: {list}.', en: 'Page margins outside the decree’s ranges: {list}.' },
    side: { vi: '{side} {value} mm (quy định {range} mm)', en: '{side} {value} mm (required {range} mm)' },
    top: { vi: 'lề trên', en: 'top' },
    bottom: { vi: 'lề dưới', en: 'bottom' },
    left: { vi: 'lề trái', en: 'left' },
    right: { vi: 'lề phải', en: 'right' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'docx',
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.3', since: '2020-03-05' },
  check(doc, ctx) {
    const reading = wordReadingOf(doc);
    if (!reading) return;
    const { layout, confirmed } = layoutCheckFor(ctx.profile);
    if (!confirmed('margins')) return;
    const key = (s: WordSection) => departures(s, layout.margins, ctx).join('; ');
    for (const { section, at } of sectionGroups(reading, key)) {
      const list = key(section);
      if (list && at) ctx.report({ message: ctx.t('margins', { list }), start: at.start, end: at.end });
    }
  },
});

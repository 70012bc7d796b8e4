import type { PlanDocument } from '../document';
import { partName, placedParts, type PlacedPart } from '../format/word-parts';
import { layoutCheckFor, textRunsIn, wordReadingOf, type WordReading } from '../format/word-source';
import type { DocumentLayout } from '../format/nd30-layout';
import { normalizeSlice } from '../text/normalized';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

/** The message ids of what a part should be and what it is instead. */
interface Departure {
  readonly want: string;
  readonly found: string;
}

function departuresOf(doc: PlanDocument, reading: WordReading, part: PlacedPart): Departure[] {
  const runs = textRunsIn(doc.text, reading, part.start, part.end);
  if (runs.length === 0) return [];
  const out: Departure[] = [];
  const { style, checks } = part;
  if (checks.bold && runs.some((r) => Boolean(r.format.bold) !== style.bold)) {
    out.push(style.bold ? { want: 'bold', found: 'notBold' } : { want: 'notBold', found: 'bold' });
  }
  if (runs.some((r) => Boolean(r.format.italic) !== style.italic)) {
    out.push(style.italic ? { want: 'italic', found: 'upright' } : { want: 'upright', found: 'italic' });
  }
  // The text read is the text as printed (Word's capitals formatting applied), so its letters tell the case.
  const text = normalizeSlice(doc.text, part.start, part.end).text;
  if (checks.letterCase && style.letterCase === 'upper' && text !== text.toUpperCase()) out.push({ want: 'upper', found: 'lower' });
  return out;
}

export const formatHeaderStyle: Rule = defineRule({
  id: 'format-header-style',
  description: {
    vi: 'Kiểu chữ (đậm, nghiêng, in hoa) của các thành phần thể thức trong tệp Word không đúng quy định.',
    en: 'The style (bold, italic, capitals) of a part of the header or closing in the Word file departs from the decree.',
  },
  messages: {
    style: { vi: '{part} phải {want} (đang {found}).', en: '{part} should be {want} (it is {found}).' },
    bold: { vi: 'in đậm', en: 'bold' },
    notBold: { vi: 'không in đậm', en: 'not bold' },
    italic: { vi: 'in nghiêng', en: 'italic' },
    upright: { vi: 'chữ đứng', en: 'upright' },
    upper: { vi: 'chữ in hoa', en: 'in capitals' },
    lower: { vi: 'có chữ thường', en: 'partly lower case' },
    and: { vi: ', ', en: ', ' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'docx',
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1–II.5, II.7, II.9 (kiểu chữ của từng thành phần); văn bản của Đảng: Hướng dẫn 36-HD/VPTW, Phụ lục 3',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    const reading = wordReadingOf(doc);
    if (!reading) return;
    const check = layoutCheckFor(ctx.profile);
    for (const part of placedParts(doc, check, reading)) {
      const found = departuresOf(doc, reading, part);
      if (found.length === 0) continue;
      report(ctx, part, found, check.layout.profile);
    }
  },
});

function report(ctx: RuleContext, part: PlacedPart, found: readonly Departure[], profile: DocumentLayout['profile']): void {
  const list = (ids: readonly string[]) => ids.map((id) => ctx.t(id)).join(ctx.t('and'));
  ctx.report({
    message: ctx.t('style', { part: partName(part.key, profile, ctx.locale), want: list(found.map((d) => d.want)), found: list(found.map((d) => d.found)) }),
    start: part.start, end: part.end,
  });
}

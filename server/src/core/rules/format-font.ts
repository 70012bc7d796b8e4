import type { PlanDocument } from '../document';
import { hasLetters, layoutCheckFor, wordReadingOf, type WordReading, type WordRun } from '../format/word-source';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';

/** What a checked run is set in: the right font, another font, or a legacy font whose bytes were decoded. */
type Verdict = { kind: 'ok' } | { kind: 'font' | 'legacyName'; font: string } | { kind: 'legacy'; font: string; encoding: string };

/** The old Vietnamese fonts (TCVN3: .VnTime, .VnArial …; VNI: VNI-Times …), as the reader recognises them. */
const isLegacyFontName = (name: string) => name.startsWith('.vn') || name.startsWith('vni-') || name.startsWith('vni ');

const ENCODING_NAMES: Readonly<Record<string, string>> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

function verdictOf(run: WordRun, reading: WordReading, family: string): Verdict | undefined {
  const font = run.format.font ?? reading.defaults.font;
  if (run.legacy) return { kind: 'legacy', font: font ?? '?', encoding: run.legacy };
  if (font === undefined) return undefined;
  const name = font.trim().toLowerCase();
  if (name === family.toLowerCase()) return { kind: 'ok' };
  return { kind: isLegacyFontName(name) ? 'legacyName' : 'font', font: font.trim() };
}

interface Stretch {
  readonly kind: 'font' | 'legacyName' | 'legacy';
  readonly start: number;
  end: number;
  readonly fonts: Set<string>;
  readonly encodings: Set<string>;
  readonly paragraphs: Set<number>;
}

/**
 * Consecutive runs set wrongly as one stretch: every legacy run together (a header typed in .VnTimeH
 * and .VnTime is one), other fonts one stretch per font. Runs with no letter (spaces, dashes) and list
 * numbers neither join nor break a stretch.
 */
function stretchesOf(doc: PlanDocument, reading: WordReading, family: string): Stretch[] {
  const out: Stretch[] = [];
  let open: Stretch | undefined;
  for (const run of reading.runs) {
    if (run.kind === 'numbering' || !hasLetters(doc.text.slice(run.start, run.end))) continue;
    const v = verdictOf(run, reading, family);
    if (!v) continue;
    if (v.kind === 'ok') { open = undefined; continue; }
    const fits = open && open.kind === v.kind && (v.kind === 'legacy' || open.fonts.has(v.font));
    if (!fits) out.push(open = { kind: v.kind, start: run.start, end: run.end, fonts: new Set(), encodings: new Set(), paragraphs: new Set() });
    open!.end = run.end;
    open!.fonts.add(v.font);
    open!.paragraphs.add(run.paragraph);
    if (v.kind === 'legacy') open!.encodings.add(ENCODING_NAMES[v.encoding] ?? v.encoding);
  }
  return out;
}

function report(stretch: Stretch, ctx: RuleContext, family: string): void {
  const fonts = [...stretch.fonts].join(', ');
  const paragraphs = stretch.paragraphs.size;
  const where = paragraphs > 1 ? ctx.t('paragraphs', { count: paragraphs }) : '';
  if (stretch.kind === 'legacy') {
    const encodings = [...stretch.encodings].join(', ');
    ctx.report({ message: ctx.t('legacy', { fonts, encodings, where, family }), start: stretch.start, end: stretch.end, severity: 'error' });
  } else if (stretch.kind === 'legacyName') {
    ctx.report({ message: ctx.t('legacyName', { font: fonts, where, family }), start: stretch.start, end: stretch.end, severity: 'error' });
  } else {
    ctx.report({ message: ctx.t('font', { font: fonts, where, family }), start: stretch.start, end: stretch.end });
  }
}

export const formatFont: Rule = defineRule({
  id: 'format-font',
  description: {
    vi: 'Chữ trong tệp Word không dùng phông Times New Roman (Unicode); phông cũ .VnTime, VNI-Times là lỗi.',
    en: 'Text of the Word file is not set in Times New Roman (Unicode); an old .VnTime or VNI-Times font is an error.',
  },
  messages: {
    font: {
      vi: 'Phông chữ {font}{where}; văn bản dùng phông {family} (bộ mã Unicode).',
      en: 'Font {font}{where}; a document is set in {family} (Unicode).',
    },
    legacy: {
      vi: 'Đoạn chữ gõ bằng phông cũ {fonts} (bảng mã {encodings}){where}: kehoach đã chuyển sang Unicode để kiểm tra các quy tắc khác, '
        + 'nhưng tệp Word vẫn lưu bảng mã cũ, máy không có phông này sẽ hiện sai chữ. Chuyển mã sang Unicode (Unikey: Công cụ chuyển mã, '
        + 'nguồn {encodings}, đích Unicode) rồi đặt phông {family}.',
      en: 'Text typed in the old font {fonts} ({encodings} encoding){where}: kehoach decoded it to Unicode for the other checks, '
        + 'but the Word file still stores the old encoding and prints garbled where the font is missing. Convert it to Unicode '
        + '(Unikey’s converter, source {encodings}, target Unicode), then set it in {family}.',
    },
    legacyName: {
      vi: 'Chữ Unicode đặt phông cũ {font}{where}: phông này không có chữ Việt Unicode nên in ra sai chữ; đặt phông {family}.',
      en: 'Unicode text set in the old font {font}{where}: the font has no Unicode Vietnamese letters and prints them garbled; set it in {family}.',
    },
    paragraphs: { vi: ' (trong {count} đoạn liền nhau)', en: ' (in {count} consecutive paragraphs)' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'docx',
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4 (phông chữ Times New Roman, bộ mã Unicode TCVN 6909:2001)', since: '2020-03-05' },
  check(doc, ctx) {
    const reading = wordReadingOf(doc);
    if (!reading) return;
    const { layout, confirmed } = layoutCheckFor(ctx.profile);
    if (!confirmed('font')) return;
    for (const stretch of stretchesOf(doc, reading, layout.font.family)) report(stretch, ctx, layout.font.family);
  },
});

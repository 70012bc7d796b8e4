import { citationsOf } from '../citations/of-document';
import type { PlanDocument, Section } from '../document';
import type { SectionKind } from '../sections';
import { cleanSlice } from '../text/clean';
import { foldKey } from '../text/fold';
import { headingLine, numberedRuns, renumberEdits, styleOf, type HeadingStyle } from '../structure/outline-edits';
import { insertBodyLinesEdit } from './fix-edits';
import type { Fix, Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

/** A paragraph before the first section that names a document it implements (`52/KH-UBND`, `65-KL/TW`). */
// The look-behind starts a try at the first digit of a run only: without it a line of 8,000 digits took 35M steps.
const CITES_SYMBOL = /(?<!\d)\d+\s*[/-]\s*(?:\d{4}\s*\/\s*)?[A-ZĐ]/u;

/** Where a kind is found: top-level sections and their direct subsections (`1. Mục đích` under `I.`). */
function findKind(doc: PlanDocument, id: string): Section | undefined {
  return doc.allSections.find((s) => s.depth <= 1 && s.heading.kinds.includes(id));
}

/**
 * Whether a paragraph before the first section cites a document by its number, anywhere in it: the
 * basis told as a sentence (`Ngày 28 tháng 6 năm 2024, … Quốc hội … đã thông qua Luật Thủ đô (Luật
 * số 39/2024/QH15). …`). Both lists are in text order, so one pass over them is enough.
 */
function preambleCitesDocument(doc: PlanDocument): boolean {
  const cited = citationsOf(doc).filter((c) => c.numberSymbol && !c.self);
  let k = 0;
  for (const b of doc.preamble) {
    while (k < cited.length && cited[k].start < b.start) k++;
    if (k < cited.length && cited[k].start < b.end) return true;
  }
  return false;
}

function hasPreambleFor(doc: PlanDocument, kind: SectionKind): boolean {
  if (!kind.preambleStarts) return false;
  if (doc.preamble.some((b) => doc.sectionMatcher.matchesPreamble(kind, foldKey(b.firstText)) || CITES_SYMBOL.test(b.firstText))) return true;
  return kind.id === 'can-cu' && preambleCitesDocument(doc);
}

const ROOT_FALLBACK: HeadingStyle = { style: 'roman', separator: '.', like: 'I' };
const CHILD_FALLBACK: HeadingStyle = { style: 'arabic', separator: '.', like: '1' };
const LETTER_FALLBACK: HeadingStyle = { style: 'letter', separator: ')', like: 'a' };

function childStyle(parent: Section): HeadingStyle {
  const numbered = parent.children.find((c) => c.heading.numbering);
  if (numbered) return styleOf(numbered, CHILD_FALLBACK);
  const depth = parent.heading.markdownDepth;
  return { ...CHILD_FALLBACK, markdownDepth: depth ? depth + 1 : undefined };
}

/** Outline rank of a numbered heading, as the body reader ranks it (structure/body.ts): lower is higher. */
function styleRank(style: HeadingStyle): number {
  if (style.style === 'roman') return 1;
  if (style.style === 'letter') return 3;
  return 2 + Math.min(style.like.split('.').length - 1, 3) * 0.2;
}

/**
 * The first style whose heading the body reader would place as sibling number `index` of
 * `siblings` (under `parent`): it must close the sibling before it and be closed by the one after,
 * or the new section would land inside another (and the next check would miss it) or adopt one.
 */
function fittingStyle(candidates: readonly HeadingStyle[], siblings: readonly Section[], index: number, parent?: Section): HeadingStyle | undefined {
  const before = siblings[index - 1];
  const after = siblings[index];
  return candidates.find((style) => {
    const rank = styleRank(style);
    return (!parent || parent.rank < rank) && (!before || rank <= before.rank) && (!after || after.rank <= rank);
  });
}

/** Styles worth trying for a new sibling: the preferred one, then those of its neighbours, then defaults. */
function candidateStyles(preferred: HeadingStyle, siblings: readonly Section[], index: number, fallbacks: readonly HeadingStyle[]): HeadingStyle[] {
  const neighbours = [siblings[index - 1], siblings[index]].filter((s) => s?.heading.numbering).map((s) => styleOf(s, preferred));
  return [preferred, ...neighbours, ...fallbacks];
}

/**
 * Inserts the lines `build` gives as sibling number `index` (0-based) of `siblings`, renumbering
 * those after it; undefined where no heading style fits there or the lines would not be read (see
 * {@link insertBodyLinesEdit}).
 */
function insertSibling(
  doc: PlanDocument, siblings: readonly Section[], index: number, endLine: number,
  styles: { preferred: HeadingStyle; fallbacks: readonly HeadingStyle[]; parent?: Section },
  build: (value: number, style: HeadingStyle) => string[],
): TextEdit[] | undefined {
  const style = fittingStyle(candidateStyles(styles.preferred, siblings, index, styles.fallbacks), siblings, index, styles.parent);
  const line = index < siblings.length ? siblings[index].heading.line : endLine;
  const insert = style && insertBodyLinesEdit(doc, line, build(index + 1, style));
  if (!insert) return undefined;
  const edits: TextEdit[] = [insert];
  // Renumber the run after the insertion only when it was in order; otherwise section-numbering says so.
  const run = numberedRuns(siblings)[0] ?? [];
  const inOrder = run.every((s, i) => s.heading.numbering!.value === i + 1);
  // Concatenated, not pushed with a spread: a run may be longer than a call takes arguments.
  return inOrder && run.length === siblings.length ? edits.concat(renumberEdits(doc, siblings.slice(index), index + 2)) : edits;
}

function rootInsertIndex(doc: PlanDocument, rank: number): number {
  const kinds = doc.sectionMatcher.kinds;
  const rankOf = (s: Section) => Math.min(...s.heading.kinds.map((id) => kinds.find((k) => k.id === id)!.rank));
  const i = doc.sections.findIndex((s) => s.heading.kinds.length > 0 && rankOf(s) > rank);
  return i < 0 ? doc.sections.length : i;
}

/**
 * The line the body's content ends before, as the body reader sees it: `Nơi nhận:`, the signature
 * or the `./.` that closes a text; undefined when that is inside the header (nothing can go there).
 */
function contentEndLine(doc: PlanDocument): number | undefined {
  const closing = [doc.recipients?.firstLine, doc.signature?.firstLine].filter((l): l is number => l !== undefined);
  let end = closing.length ? Math.min(...closing) : doc.lines.length;
  for (let i = doc.header.endLine; i < end; i++) {
    if (cleanSlice(doc.lines[i].text, 0).text === './.') end = i;
  }
  return end >= doc.header.endLine ? end : undefined;
}

const withEdits = (title: string, edits: TextEdit[] | undefined): Fix | undefined => (edits ? { title, edits } : undefined);

function fixFor(doc: PlanDocument, kind: SectionKind, missing: ReadonlySet<string>, ctx: RuleContext): Fix | undefined {
  const title = ctx.t('insertFix', { section: kind.label });
  if (kind.id === 'can-cu') {
    const line = doc.sections[0]?.heading.line ?? contentEndLine(doc);
    const edit = line === undefined ? undefined : insertBodyLinesEdit(doc, line, [kind.skeletonBody.replace(/^- /, '')]);
    return withEdits(ctx.t('insertBasisFix'), edit && [edit]);
  }
  const pair = kind.id === 'muc-dich' ? 'yeu-cau' : kind.id === 'yeu-cau' ? 'muc-dich' : undefined;
  const partner = pair && !missing.has(pair) ? findKind(doc, pair) : undefined;
  const rootStyle = styleOf(doc.sections.find((s) => s.heading.numbering?.style === 'roman') ?? doc.sections[0], ROOT_FALLBACK);
  if (pair && partner && partner.parent) {
    // `1. Mục đích` exists under `I. MỤC ĐÍCH, YÊU CẦU`: add `2. Yêu cầu` beside it.
    const parent = partner.parent;
    const at = parent.children.indexOf(partner) + (kind.id === 'yeu-cau' ? 1 : 0);
    const styles = { preferred: childStyle(parent), fallbacks: [CHILD_FALLBACK, LETTER_FALLBACK], parent };
    return withEdits(title, insertSibling(doc, parent.children, at, partner.endLine, styles, (v, style) => [headingLine(style, v, kind.skeletonTitle), kind.skeletonBody]));
  }
  const at = pair && partner ? doc.sections.indexOf(partner) + (kind.id === 'yeu-cau' ? 1 : 0) : rootInsertIndex(doc, kind.rank);
  const endLine = doc.sections.length ? doc.sections[doc.sections.length - 1].endLine : contentEndLine(doc);
  if (endLine === undefined) return undefined;
  const both = pair !== undefined && missing.has(pair);
  const build = (value: number, style: HeadingStyle): string[] => {
    if (!both) return [headingLine(style, value, kind.skeletonTitle.toUpperCase()), kind.skeletonBody];
    return purposeAndRequirements(doc, style, value);
  };
  const styles = { preferred: rootStyle, fallbacks: [ROOT_FALLBACK] };
  return withEdits(both ? ctx.t('insertFix', { section: 'Mục đích, yêu cầu' }) : title, insertSibling(doc, doc.sections, at, endLine, styles, build));
}

/**
 * Neither Mục đích nor Yêu cầu: one `MỤC ĐÍCH, YÊU CẦU` section holding both, as plans write it,
 * its two parts numbered one level below it (none below a lettered heading: its title names both).
 */
function purposeAndRequirements(doc: PlanDocument, style: HeadingStyle, value: number): string[] {
  const heading = headingLine(style, value, 'MỤC ĐÍCH, YÊU CẦU');
  if (style.style === 'letter') return [heading, '- …'];
  const below = style.style === 'roman' ? CHILD_FALLBACK : LETTER_FALLBACK;
  const child: HeadingStyle = { ...below, markdownDepth: style.markdownDepth ? style.markdownDepth + 1 : undefined };
  const kindsById = new Map(doc.sectionMatcher.kinds.map((k) => [k.id, k]));
  const first = kindsById.get('muc-dich')!;
  const second = kindsById.get('yeu-cau')!;
  return [heading, headingLine(child, 1, first.skeletonTitle), first.skeletonBody, headingLine(child, 2, second.skeletonTitle), second.skeletonBody];
}

function messageFor(kind: SectionKind, ctx: RuleContext): string {
  if (kind.id === 'can-cu') return ctx.t('missingBasis');
  const examples = kind.synonyms.slice(0, 3).map((s) => `“${s.toUpperCase()}”`).join(', ');
  return ctx.t('missing', { section: kind.label, examples });
}

export const sectionMissing: Rule = defineRule({
  id: 'section-missing',
  description: {
    vi: 'Thiếu một mục bắt buộc của kế hoạch (Căn cứ, Mục đích, Yêu cầu, Nhiệm vụ, Tổ chức thực hiện).',
    en: 'A required section of the plan is missing (Căn cứ, Mục đích, Yêu cầu, Nhiệm vụ, Tổ chức thực hiện).',
  },
  messages: {
    missing: { vi: 'Kế hoạch thiếu mục “{section}” (thường có tiêu đề {examples}).', en: 'The plan lacks the section “{section}” (usually titled {examples}).' },
    missingBasis: {
      vi: 'Kế hoạch chưa nêu căn cứ: ghi các văn bản làm căn cứ ở phần mở đầu (“Căn cứ …;”, “Thực hiện …”) hoặc thành mục “CĂN CỨ XÂY DỰNG KẾ HOẠCH”.',
      en: 'The plan states no basis: list the documents it rests on in the opening (“Căn cứ …;”, “Thực hiện …”) or in a section “CĂN CỨ XÂY DỰNG KẾ HOẠCH”.',
    },
    insertFix: { vi: 'Thêm mục “{section}”', en: 'Insert section “{section}”' },
    insertBasisFix: { vi: 'Thêm đoạn căn cứ', en: 'Insert a căn cứ paragraph' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  fixAll: false,
  basis: 'convention',
  check(doc, ctx) {
    const kinds = doc.sectionMatcher.kinds;
    const missing = new Set(
      ctx.options.requiredSections.filter((id) => {
        const kind = kinds.find((k) => k.id === id);
        return kind && !findKind(doc, id) && !hasPreambleFor(doc, kind);
      }),
    );
    const anchor = doc.header.title ?? doc.header.number ?? { start: 0, end: doc.lines[0].end };
    for (const id of missing) {
      const kind = kinds.find((k) => k.id === id)!;
      // The decree makes a căn cứ part optional (Phụ lục I, Phần I, mục II.6.c: “có thể có phần căn cứ”): advice only.
      const severity = id === 'can-cu' ? 'information' : undefined;
      ctx.report({ message: messageFor(kind, ctx), start: anchor.start, end: anchor.end, fix: fixFor(doc, kind, missing, ctx), severity });
    }
  },
});

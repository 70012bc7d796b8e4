import { citationsOf } from '../citations/of-document';
import type { PlanDocument, Section } from '../document';
import type { SectionKind } from '../sections';
import { foldKey } from '../text/fold';
import { headingLine, insertLinesEdit, numberedRuns, renumberEdits, styleOf, type HeadingStyle } from '../structure/outline-edits';
import type { Fix, Rule, RuleContext, TextEdit } from './types';

/** A paragraph before the first section that names a document it implements (`52/KH-UBND`, `65-KL/TW`). */
const CITES_SYMBOL = /\d+\s*[/-]\s*(?:\d{4}\s*\/\s*)?[A-ZĐ]/u;

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

function childStyle(parent: Section): HeadingStyle {
  const numbered = parent.children.find((c) => c.heading.numbering);
  if (numbered) return styleOf(numbered, CHILD_FALLBACK);
  const depth = parent.heading.markdownDepth;
  return { ...CHILD_FALLBACK, markdownDepth: depth ? depth + 1 : undefined };
}

/** Inserts `lines` as sibling number `index` (0-based) of `siblings`, renumbering those after it. */
function insertSibling(doc: PlanDocument, siblings: readonly Section[], index: number, endLine: number, build: (value: number) => string[]): TextEdit[] {
  const line = index < siblings.length ? siblings[index].heading.line : endLine;
  const edits: TextEdit[] = [insertLinesEdit(doc, line, build(index + 1))];
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

function contentEndLine(doc: PlanDocument): number {
  const closing = [doc.recipients?.firstLine, doc.signature?.firstLine].filter((l): l is number => l !== undefined);
  return closing.length ? Math.min(...closing) : doc.lines.length;
}

function fixFor(doc: PlanDocument, kind: SectionKind, missing: ReadonlySet<string>, ctx: RuleContext): Fix {
  const title = ctx.t('insertFix', { section: kind.label });
  if (kind.id === 'can-cu') {
    const line = doc.sections[0]?.heading.line ?? contentEndLine(doc);
    return { title: ctx.t('insertBasisFix'), edits: [insertLinesEdit(doc, line, [kind.skeletonBody.replace(/^- /, '')])] };
  }
  const pair = kind.id === 'muc-dich' ? 'yeu-cau' : kind.id === 'yeu-cau' ? 'muc-dich' : undefined;
  const partner = pair && !missing.has(pair) ? findKind(doc, pair) : undefined;
  const rootStyle = styleOf(doc.sections.find((s) => s.heading.numbering?.style === 'roman') ?? doc.sections[0], ROOT_FALLBACK);
  if (pair && partner && partner.parent) {
    // `1. Mục đích` exists under `I. MỤC ĐÍCH, YÊU CẦU`: add `2. Yêu cầu` beside it.
    const parent = partner.parent;
    const style = childStyle(parent);
    const at = parent.children.indexOf(partner) + (kind.id === 'yeu-cau' ? 1 : 0);
    const edits = insertSibling(doc, parent.children, at, partner.endLine, (v) => [headingLine(style, v, kind.skeletonTitle), kind.skeletonBody]);
    return { title, edits };
  }
  const kindsById = new Map(doc.sectionMatcher.kinds.map((k) => [k.id, k]));
  const at = pair && partner ? doc.sections.indexOf(partner) + (kind.id === 'yeu-cau' ? 1 : 0) : rootInsertIndex(doc, kind.rank);
  const endLine = doc.sections.length ? doc.sections[doc.sections.length - 1].endLine : contentEndLine(doc);
  const both = pair !== undefined && missing.has(pair);
  const build = (value: number): string[] => {
    if (!both) return [headingLine(rootStyle, value, kind.skeletonTitle.toUpperCase()), kind.skeletonBody];
    // Neither Mục đích nor Yêu cầu: one `MỤC ĐÍCH, YÊU CẦU` section holding both, as plans write it.
    const child: HeadingStyle = { ...CHILD_FALLBACK, markdownDepth: rootStyle.markdownDepth ? rootStyle.markdownDepth + 1 : undefined };
    const first = kindsById.get('muc-dich')!;
    const second = kindsById.get('yeu-cau')!;
    return [
      headingLine(rootStyle, value, 'MỤC ĐÍCH, YÊU CẦU'),
      headingLine(child, 1, first.skeletonTitle), first.skeletonBody,
      headingLine(child, 2, second.skeletonTitle), second.skeletonBody,
    ];
  };
  return { title: both ? ctx.t('insertFix', { section: 'Mục đích, yêu cầu' }) : title, edits: insertSibling(doc, doc.sections, at, endLine, build) };
}

function messageFor(kind: SectionKind, ctx: RuleContext): string {
  if (kind.id === 'can-cu') return ctx.t('missingBasis');
  const examples = kind.synonyms.slice(0, 3).map((s) => `“${s.toUpperCase()}”`).join(', ');
  return ctx.t('missing', { section: kind.label, examples });
}

export const sectionMissing: Rule = {
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
      ctx.report({ message: messageFor(kind, ctx), start: anchor.start, end: anchor.end, fix: fixFor(doc, kind, missing, ctx) });
    }
  },
};

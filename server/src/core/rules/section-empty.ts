import type { Block, Section } from '../structure/body';
import type { TextLine } from '../text/lines';
import type { Rule } from './types';
import { defineRule } from './types';

/** A list marker (`-`, `+`, `*`, `•`, `–`, `1.`, `2)`, `a)`) that opens a line. */
const LIST_MARKER = /^[ \t\u00a0]*(?:[-+*•–]|[0-9]{1,3}[.)]|[a-zđ]\))[ \t\u00a0]+/u;
/** Only an ellipsis (`…`, `...`) where the content is still to be written, as the skeletons leave it. */
const ELLIPSIS_ONLY = /^(?:…|\.\.\.)[….]*$/u;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0';

/** Whether a line holds nothing but the placeholder (spaces aside): `…`, `- …`, `1. ...`, `. . .`. */
function isPlaceholderLine(line: string): boolean {
  let i = LIST_MARKER.exec(line)?.[0].length ?? 0;
  while (i < line.length && isSpace(line[i])) i++;
  if (i === line.length) return true;
  // Most lines are content: their first character tells, without rewriting the line.
  if (line[i] !== '…' && line[i] !== '.') return false;
  return ELLIPSIS_ONLY.test(line.slice(i).replace(/[ \t\u00a0]+/gu, ''));
}

const isPlaceholder = (lines: readonly TextLine[], block: Block) => {
  for (let l = block.firstLine; l <= block.lastLine; l++) if (!isPlaceholderLine(lines[l].text)) return false;
  return true;
};

/**
 * The sections with nothing written under them: no content at all, or only the placeholder “…” that a
 * skeleton (the section-missing fix, a snippet) leaves to be filled. Sections and blocks are both in
 * line order: one pass over the blocks.
 */
function emptySections(sections: readonly Section[], blocks: readonly Block[], lines: readonly TextLine[]): Section[] {
  const empty: Section[] = [];
  let b = 0;
  for (const s of sections) {
    if (s.children.length > 0) continue;
    if (!s.hasOwnContent) {
      empty.push(s);
      continue;
    }
    while (b < blocks.length && blocks[b].firstLine <= s.heading.line) b++;
    let onlyPlaceholders = true;
    for (let i = b; i < blocks.length && blocks[i].firstLine < s.endLine && onlyPlaceholders; i++) onlyPlaceholders = isPlaceholder(lines, blocks[i]);
    if (onlyPlaceholders) empty.push(s);
  }
  return empty;
}

export const sectionEmpty: Rule = defineRule({
  id: 'section-empty',
  description: {
    vi: 'Một mục có tiêu đề nhưng chưa có nội dung (hoặc chỉ có dấu “…” chờ điền).',
    en: 'A section has a heading but no content (or only a “…” placeholder to be filled).',
  },
  messages: {
    empty: { vi: 'Mục “{section}” chưa có nội dung.', en: 'Section “{section}” has no content.' },
  },
  defaultSeverity: 'warning',
  fixable: false,
  basis: 'convention',
  check(doc, ctx) {
    for (const s of emptySections(doc.allSections, doc.blocks, doc.lines)) {
      ctx.report({ message: ctx.t('empty', { section: s.heading.title || s.heading.numbering?.label || '' }), start: s.heading.start, end: s.heading.end });
    }
  },
});

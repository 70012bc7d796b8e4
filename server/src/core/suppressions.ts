import type { MarkdownLineInfo } from './structure/markdown';
import type { TextLine } from './text/lines';

/**
 * Inline switches, in a form that does not print. In Markdown an HTML comment, anywhere on a line:
 * `<!-- kehoach-disable [rule …] -->` until `<!-- kehoach-enable [rule …] -->`, and
 * `<!-- kehoach-disable-next-line [rule …] -->`. In plain text, which has no comments, a line of its
 * own starting with `//`: `// kehoach-disable-next-line [rule …]`; kehoach reads such a line as no
 * text of the plan, and its Word export and print preview leave it out. Both forms are read in any
 * file; the quick fix writes the one of the file's kind. No rule ids means every rule.
 */
export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** A rule id written in a disable comment, with its offsets in the text. */
export interface WrittenRuleId {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface DisableComment {
  readonly kind: DirectiveKind;
  readonly line: number;
  /** The rule ids as written; none means every rule. */
  readonly ids: readonly WrittenRuleId[];
}

const ALL = '*';
// The keyword ends where the word does: `disablé` typed in NFD (e + U+0301) is no `disable` with an id `́`.
const HTML_DIRECTIVE = /<!--\s*kehoach-(disable-next-line|disable-line|disable|enable)(?![\p{L}\p{M}\p{N}_])([^>]*?)-->/dgu;
// The ids end where a note in an HTML comment begins (`// kehoach-disable x <!-- why -->`): no rule id has a `<`.
const LINE_DIRECTIVE = /^[ \t]*\/\/[ \t]*kehoach-(disable-next-line|disable-line|disable|enable)(?![\p{L}\p{M}\p{N}_])([^<]*)/du;

/** Whether a line is a plain-text disable comment (`// kehoach-disable …`): no text of the plan. */
export function isLineDirective(text: string): boolean {
  return text.includes('kehoach-') && LINE_DIRECTIVE.test(text);
}

function idsIn(raw: string, at: number): WrittenRuleId[] {
  return [...raw.matchAll(/[^\s,]+/g)].map((m) => ({ id: m[0], start: at + m.index, end: at + m.index + m[0].length }));
}

/** Every disable comment of the text, in line order. */
export function disableComments(lines: readonly TextLine[]): DisableComment[] {
  const found: DisableComment[] = [];
  for (const line of lines) {
    if (!line.text.includes('kehoach-')) continue; // cheap test before the expressions
    const plain = LINE_DIRECTIVE.exec(line.text);
    const matches = plain ? [plain] : line.text.matchAll(HTML_DIRECTIVE);
    for (const m of matches) {
      found.push({ kind: m[1] as DirectiveKind, line: line.index, ids: idsIn(m[2], line.start + m.indices![2][0]) });
    }
  }
  return found;
}

export function readSuppressions(lines: readonly TextLine[]): Suppressions {
  // Per rule id: sorted [fromLine, toLine) ranges where it is off.
  const ranges = new Map<string, Array<[number, number]>>();
  const openSince = new Map<string, number>();
  const add = (id: string, from: number, to: number) => {
    const list = ranges.get(id) ?? [];
    list.push([from, to]);
    ranges.set(id, list);
  };
  for (const { kind, line, ids: written } of disableComments(lines)) {
    const ids = written.length ? written.map((w) => w.id) : [ALL];
    if (kind === 'disable-next-line') ids.forEach((id) => add(id, line + 1, line + 2));
    else if (kind === 'disable-line') ids.forEach((id) => add(id, line, line + 1));
    else if (kind === 'disable') ids.forEach((id) => { if (!openSince.has(id)) openSince.set(id, line); });
    else {
      // `enable` with no ids closes every open range; with ids, just theirs.
      const closing = ids[0] === ALL ? [...openSince.keys()] : ids;
      for (const id of closing) {
        const from = openSince.get(id);
        if (from === undefined) continue;
        add(id, from, line + 1);
        openSince.delete(id);
      }
    }
  }
  for (const [id, from] of openSince) add(id, from, Number.MAX_SAFE_INTEGER);
  const inRange = (id: string, line: number) => (ranges.get(id) ?? []).some(([a, b]) => line >= a && line < b);
  return { isSuppressed: (ruleId, line) => inRange(ruleId, line) || inRange(ALL, line) };
}

/**
 * The Markdown reading with each plain-text disable comment as an HTML comment would be: an opaque
 * line (no paragraph, no content of a section) and a block that export and preview leave out.
 */
export function withLineDirectives(info: MarkdownLineInfo, lines: readonly TextLine[]): MarkdownLineInfo {
  const directives = lines.filter((l) => isLineDirective(l.text));
  if (!directives.length) return info;
  // One inside a code block stays code. (A line may be opaque with no block: an inline comment marks it so.)
  const inBlock = (line: number) => info.blocks.some((b) => b.firstLine <= line && line <= b.lastLine);
  const added = directives.filter((l) => !inBlock(l.index));
  if (!added.length) return info;
  for (const l of added) info.opaque.add(l.index);
  const blocks = [...info.blocks, ...added.map((l) => ({ kind: 'html' as const, value: l.text.trim(), firstLine: l.index, lastLine: l.index, fenced: false }))];
  return { ...info, blocks: blocks.sort((a, b) => a.firstLine - b.firstLine) };
}

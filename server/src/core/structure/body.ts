import type { TextLine } from '../text/lines';
import { cleanSlice, isDecoration } from '../text/clean';
import { foldKey, isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import type { SectionMatcher } from '../sections';
import type { MarkdownLineInfo } from './markdown';
import { parseNumbering, type Numbering } from './numbering';
import type { ScanMemo } from '../text/memo';

export interface Heading {
  readonly line: number;
  /** Range of the heading's words (Markdown decoration excluded). */
  readonly start: number;
  readonly end: number;
  readonly numbering?: Numbering;
  readonly title: string;
  /** foldKey(title): compare titles with this. */
  readonly key: string;
  readonly markdownDepth?: number;
  /** Section kinds (ids from sections.ts) this title names. */
  readonly kinds: readonly string[];
}

export interface Section {
  readonly heading: Heading;
  /** Outline rank: lower is higher in the tree (Roman 1, Arabic 2, letters 3). */
  readonly rank: number;
  /** 0 for a top-level section. */
  readonly depth: number;
  readonly parent?: Section;
  readonly children: Section[];
  /** First line after the section and its subsections. */
  endLine: number;
  /** Whether any paragraph stands between the heading and the next heading. */
  hasOwnContent: boolean;
}

export interface Block {
  readonly kind: 'paragraph' | 'listItem';
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** NFC text of the first line, for tests such as "does it begin with Căn cứ". */
  readonly firstText: string;
}

export interface Body {
  readonly preamble: Block[];
  readonly sections: Section[];
  readonly allSections: Section[];
  readonly blocks: Block[];
  readonly recipients?: Block;
  readonly signature?: Block;
}

const BULLET = /^[ \t\u00a0]*(?:[-+•–]|\*(?=[ \t]))[ \t\u00a0]/u;
const SIGNATURE = /^(?:(?:TM|KT|Q|TL|TUQ)\.\s*\S|(?:T\/M|K\/T|T\.M|K\.T)(?!\p{L}))/u;
const RECIPIENTS = /^Nơi nhận\s*(?::|$)/iu;
const STYLE_RANK = { roman: 1, arabic: 2, letter: 3 } as const;

export function readBody(
  lines: readonly TextLine[], info: MarkdownLineInfo, startLine: number, matcher: SectionMatcher, memo: ScanMemo,
): Body {
  const { factsOf, headingOf } = lineReaders(lines, info, matcher, memo);
  const { contentEnd, recipients, signature } = readClosing(lines, info, startLine, factsOf);

  const headings: Heading[] = [];
  const blocks: Block[] = [];
  let open: { first: number; last: number; kind: Block['kind'] } | undefined;
  const flush = () => {
    if (!open) return;
    const { first, last, kind } = open;
    blocks.push({ kind, start: lines[first].start, end: lines[last].end, firstLine: first, lastLine: last, firstText: factsOf(first).nfc });
    open = undefined;
  };
  for (let i = startLine; i < contentEnd; i++) {
    if (info.opaque.has(i)) { flush(); continue; }
    const line = lines[i];
    const facts = factsOf(i);
    if (facts.decoration) { flush(); continue; }
    const heading = headingOf(line, facts);
    if (heading) { flush(); headings.push(heading); continue; }
    const isItem = facts.bullet || info.listItemStart.has(i);
    if (open && !isItem) open.last = i;
    else { flush(); open = { first: i, last: i, kind: isItem ? 'listItem' : 'paragraph' }; }
  }
  flush();

  const { roots, all } = buildTree(headings, contentEnd);
  // Sections and blocks are both in line order: one merge pass marks the sections with content.
  let s = -1;
  for (const block of blocks) {
    while (s + 1 < all.length && all[s + 1].heading.line < block.firstLine) s++;
    if (s >= 0) all[s].hasOwnContent = true;
  }
  const firstHeadingLine = headings.length ? headings[0].line : contentEnd;
  const preamble = blocks.filter((b) => b.firstLine < firstHeadingLine);
  return { preamble, sections: roots, allSections: all, blocks, recipients, signature };
}

/** The memo's kind of a heading reading, by Markdown depth. */
const HEADING_KINDS = ['heading', 'heading1', 'heading2', 'heading3', 'heading4', 'heading5', 'heading6'];

/** What the body reader asks of a line, from its own text alone: read once per line text with a memo. */
interface LineFacts {
  /** The text without Markdown decoration and outer spaces, in NFC. */
  readonly nfc: string;
  readonly decoration: boolean;
  readonly bullet: boolean;
  readonly recipients: boolean;
  readonly signature: boolean;
  /** The heading the line reads as when Markdown gives it no depth (its range within the line), or null. */
  readonly plainHeading: Omit<Heading, 'line'> | null;
}

/** Each line's facts and its heading; a line read before (same text, same depth) is not read again. */
function lineReaders(lines: readonly TextLine[], info: MarkdownLineInfo, matcher: SectionMatcher, memo: ScanMemo) {
  const readFacts = (text: string): LineFacts => {
    const c = cleanSlice(text, 0);
    const nfc = normalizeSlice(text, c.start, c.end).text;
    return {
      nfc, decoration: isDecoration(text), bullet: BULLET.test(text), recipients: RECIPIENTS.test(nfc), signature: SIGNATURE.test(nfc),
      plainHeading: readHeading(text, undefined, matcher) ?? null,
    };
  };
  // The closing part's reader and the body's both ask for each line: read once per parse.
  const known: LineFacts[] = [];
  const factsOf = (i: number): LineFacts => (known[i] ??= memo.get('line-facts', lines[i].text, readFacts));
  // One reader per Markdown depth, made once per parse.
  const readers: Array<(line: string) => Omit<Heading, 'line'> | null> = [];
  const readerAt = (depth: number) => (readers[depth] ??= (line: string) => readHeading(line, depth, matcher) ?? null);
  const headingOf = (line: TextLine, facts: LineFacts): Heading | undefined => {
    const depth = info.headingDepth.get(line.index);
    const relative = depth === undefined ? facts.plainHeading : memo.get(HEADING_KINDS[depth] ?? `heading${depth}`, line.text, readerAt(depth));
    return relative ? { ...relative, line: line.index, start: line.start + relative.start, end: line.start + relative.end } : undefined;
  };
  return { factsOf, headingOf };
}

/** The closing part: `Nơi nhận`, the signature, and the line where the content ends (`./.` or the first of them). */
function readClosing(lines: readonly TextLine[], info: MarkdownLineInfo, startLine: number, factsOf: (i: number) => LineFacts) {
  let closingLine = lines.length;
  let contentEnd = lines.length;
  let recipients: Block | undefined;
  let signature: Block | undefined;
  for (let i = startLine; i < lines.length; i++) {
    if (info.opaque.has(i)) continue;
    const facts = factsOf(i);
    if (facts.nfc === './.' && contentEnd === lines.length) contentEnd = i;
    if (!recipients && facts.recipients) {
      closingLine = Math.min(closingLine, i);
      recipients = closingBlock(lines, info, i, (t) => BULLET.test(t) || /^\s*$/.test(t));
    } else if (!signature && facts.signature) {
      closingLine = Math.min(closingLine, i);
      signature = closingBlock(lines, info, i, (t) => !RECIPIENTS.test(t.trim()));
    }
  }
  return { contentEnd: Math.min(contentEnd, closingLine), recipients, signature };
}

function closingBlock(lines: readonly TextLine[], info: MarkdownLineInfo, from: number, continues: (t: string) => boolean): Block {
  let last = from;
  for (let i = from + 1; i < lines.length && i < from + 40; i++) {
    if (info.opaque.has(i) || !continues(lines[i].text)) break;
    if (lines[i].text.trim()) last = i;
  }
  return {
    kind: 'paragraph', start: lines[from].start, end: lines[last].end, firstLine: from, lastLine: last,
    firstText: lines[from].text.trim(),
  };
}

/**
 * A Markdown heading is always a heading. A plain line (as pasted from Word) is one when it is
 * numbered and reads like a title rather than a task: short, not ending a sentence or a clause.
 * The range is within the line.
 */
function readHeading(lineText: string, depth: number | undefined, matcher: SectionMatcher): Omit<Heading, 'line'> | undefined {
  if (depth === undefined && BULLET.test(lineText)) return undefined;
  const clean = cleanSlice(lineText, 0);
  const nfc = normalizeSlice(lineText, clean.start, clean.end).text;
  if (!nfc) return undefined;
  const numbering = parseNumbering(nfc);
  const rawTitle = numbering ? nfc.slice(numbering.length) : nfc;
  const title = rawTitle.replace(/[\s:：]+$/u, '').trim();
  // A line of text that cannot be a heading is not folded: a pasted line may run to tens of KB.
  if (depth === undefined && !mayBePlainHeading(title, numbering)) return undefined;
  const key = foldKey(title);
  const kinds = matcher.match(key);
  const heading = { start: clean.start, end: clean.end, numbering, title, key, markdownDepth: depth, kinds };
  if (depth !== undefined) return title || numbering ? heading : undefined;
  // mayBePlainHeading has ruled out an empty title, `;` or `,` at its end, too many words and, unnumbered, small letters or `.`.
  if (!numbering) return kinds.length > 0 ? heading : undefined;
  if (numbering.style === 'roman') return heading;
  const startsUpper = /^\p{Lu}/u.test(title);
  const endsClause = title.endsWith('.') || (/[:：]\s*$/.test(rawTitle) && kinds.length === 0);
  return startsUpper && !endsClause ? heading : undefined;
}

/** What readHeading asks of a plain line's title before its sections are matched: too many words, a clause's end or (unnumbered) a small letter rule it out. */
function mayBePlainHeading(title: string, numbering: Numbering | undefined): boolean {
  if (!title || /[;,]$/.test(title)) return false;
  if (!numbering) return !title.endsWith('.') && isUpperCaseText(title);
  return !hasMoreWords(title, numbering.style === 'roman' ? 30 : 16);
}

/** Whether `text` has more than `max` words (white space between them), read no further than that. */
function hasMoreWords(text: string, max: number): boolean {
  const words = /\S+/g;
  for (let n = 0; words.exec(text); n++) if (n === max) return true;
  return false;
}

function rankOf(h: Heading, depthRank: Map<number, number>, minDepth: number): number {
  if (h.numbering) {
    const base = STYLE_RANK[h.numbering.style];
    return h.numbering.style === 'arabic' ? base + Math.min(h.numbering.depth - 1, 3) * 0.2 : base;
  }
  if (h.markdownDepth !== undefined) return depthRank.get(h.markdownDepth) ?? 1 + (h.markdownDepth - minDepth);
  return 1;
}

function buildTree(headings: readonly Heading[], contentEnd: number): { roots: Section[]; all: Section[] } {
  // An unnumbered Markdown heading ranks with the numbered headings written at the same depth.
  const depthRank = new Map<number, number>();
  let minDepth = 6;
  for (const h of headings) {
    if (h.markdownDepth === undefined) continue;
    minDepth = Math.min(minDepth, h.markdownDepth);
    if (h.numbering && !depthRank.has(h.markdownDepth)) depthRank.set(h.markdownDepth, rankOf(h, depthRank, 1));
  }
  const roots: Section[] = [];
  const all: Section[] = [];
  const stack: Section[] = [];
  for (const heading of headings) {
    const rank = rankOf(heading, depthRank, minDepth);
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop()!.endLine = heading.line;
    const parent = stack[stack.length - 1];
    const section: Section = { heading, rank, depth: stack.length, parent, children: [], endLine: contentEnd, hasOwnContent: false };
    (parent ? parent.children : roots).push(section);
    all.push(section);
    stack.push(section);
  }
  return { roots, all };
}

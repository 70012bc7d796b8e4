import { splitLines, type TextLine } from './text/lines';
import { readMarkdown, type MarkdownBlock } from './structure/markdown';
import { hasDoanSymbol, isMassOrganisationHeader, readHeader, type PlanHeader } from './header/index';
import { readBody, type Block, type Section } from './structure/body';
import { sectionMatcher, type SectionMatcher } from './sections';
import { withLineDirectives } from './suppressions';
import type { WordSource } from './format/word-source';
import { documentCitations } from './citations/of-document';
import type { Citation } from './citations/types';
import { documentDates, type DocumentDates } from './dates/index';
import { ScanMemo } from './text/memo';

export type { PlanHeader, HeaderField, HeaderDate, NumberField, NumberFields, PlaceDateField, PlaceDateFields } from './header/index';
export type { Block, Section, Heading } from './structure/body';
export type { MarkdownBlock } from './structure/markdown';

/**
 * Whose format a plan follows: the state's (Nghị định 30/2020/NĐ-CP), the Party's (Hướng dẫn
 * 36-HD/VPTW), the Đoàn TNCS Hồ Chí Minh's (Hướng dẫn 29-HD/TWĐTN-VP), or that of a mass organisation
 * whose format could not be confirmed (`mass`: no header rule speaks).
 */
export type Profile = 'state' | 'party' | 'doan' | 'mass';

/** A draft parsed once: every later question (rules, hover, outline) is answered from this. */
export interface PlanDocument {
  readonly text: string;
  readonly lines: readonly TextLine[];
  readonly header: PlanHeader;
  /** Paragraphs between the header and the first section (căn cứ, thực hiện, mở đầu). */
  readonly preamble: readonly Block[];
  /** Top-level sections; each holds its subsections. */
  readonly sections: readonly Section[];
  /** Every section in document order. */
  readonly allSections: readonly Section[];
  /** Paragraphs and list items of the body, in order. */
  readonly blocks: readonly Block[];
  /** Code and HTML blocks, in line order (read once, with the rest of the Markdown). */
  readonly codeAndHtml: readonly MarkdownBlock[];
  /** `Nơi nhận:` and its recipient lines, if present. */
  readonly recipients?: Block;
  /** The signing block (TM./KT./Q./TL./TUQ., T/M, K/T …), if present. */
  readonly signature?: Block;
  /** State, Party, Đoàn or a mass organisation's style, as the header shows it; undefined when it shows none. */
  readonly detectedProfile?: Profile;
  readonly sectionMatcher: SectionMatcher;
  /**
   * Every citation of the text in order (the plan's own `Số` line left out, mentions of its own number
   * marked self). Computed on first use, once per parse: the outline and hover of a plain text never pay for it.
   */
  readonly citations: readonly Citation[];
  /** Every date, range, deadline and weekday of the text, and the plan's own date. Computed on first use, once. */
  readonly dates: DocumentDates;
  /** Set when the text was read from a Word file: its formatting, for the format-* rules (silent without it). */
  readonly source?: WordSource;
  /** Readings of this text's pieces: the editor's, kept for the next version's parse, or this parse's own. */
  readonly memo: ScanMemo;
}

export interface ParseOptions {
  /** Extra titles accepted for a section kind, by kind id. */
  readonly sectionSynonyms?: Readonly<Record<string, readonly string[]>>;
  /**
   * Readings kept from the parse of this document's previous version: the pieces an edit left alone are
   * not read again. The caller keeps one memo per document and per set of these options.
   */
  readonly memo?: ScanMemo;
}

/** The document without its lazily computed fields. */
type Structure = Omit<PlanDocument, 'citations' | 'dates'>;

function structureOf(text: string, options: ParseOptions): Structure {
  // Without the editor's memo a parse keeps one of its own: a text repeats lines (blank ones, `- Như trên;`,
  // thousands of `)` in a bad paste), and each is then read once.
  const memo = options.memo ?? new ScanMemo();
  memo.nextGeneration();
  const lines = memo.lines(text);
  // A plain-text disable comment (`// kehoach-disable …`) is no text of the plan, as an HTML comment is not.
  const info = withLineDirectives(readMarkdown(text, lines), lines);
  const matcher = sectionMatcher(options.sectionSynonyms);
  const header = readHeader(text, lines, info);
  const body = readBody(lines, info, header.endLine, matcher, memo);
  return {
    text, lines, header, ...body,
    codeAndHtml: info.blocks,
    detectedProfile: detectProfile(header),
    sectionMatcher: matcher,
    memo,
  };
}

/** The document with its citations and dates, each computed on first use from its whole text. */
function withLazyFields(structure: Structure): PlanDocument {
  let citations: readonly Citation[] | undefined;
  let dates: DocumentDates | undefined;
  const doc: PlanDocument = {
    ...structure,
    get citations() { return (citations ??= documentCitations(doc)); },
    get dates() { return (dates ??= documentDates(doc)); },
  };
  return doc;
}

export function parsePlan(text: string, options: ParseOptions = {}): PlanDocument {
  return withLazyFields(structureOf(text, options));
}

/**
 * A long text whose structure (header, sections) is read from its first `headEnd` characters only,
 * where the header lies, while its citations and dates are those of the whole text.
 */
export function parsePlanHead(text: string, headEnd: number, options: ParseOptions = {}): PlanDocument {
  return withLazyFields({ ...structureOf(text.slice(0, headEnd), options), text, lines: splitLines(text) });
}

/**
 * The Party title first; then a mass organisation named by the issuer (its plan gets no header finding,
 * whatever else its header shows); the Đoàn's heading; the Quốc hiệu; the Đoàn's code in the symbol
 * (`…-KH/TWĐTN-…`); last, the style of the number line alone.
 */
function detectProfile(header: PlanHeader): Profile | undefined {
  if (header.partyTitle) return 'party';
  if (isMassOrganisationHeader(header)) return 'mass';
  if (header.doanTitle) return 'doan';
  if (header.nationalTitle || header.motto) return 'state';
  if (hasDoanSymbol(header)) return 'doan';
  return header.number?.parsed?.style;
}

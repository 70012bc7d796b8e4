/**
 * What the format rules read of a Word file: the smallest view of the .docx reader's result
 * (server/src/docx/types.ts, pure types with no imports, so core may name them) that a PlanDocument
 * carries when its text was read from a .docx. The rules that need it are silent on text.
 *
 * Also the small shared pieces of those rules: which layout values may be checked for a profile
 * (a Party file is checked only against what Hướng dẫn 36 confirms), units, lookups by offset.
 */
import type { DocxParagraph, DocxReading, DocxRun, DocxSection, RunFormat } from '../../docx/types';
import type { PlanDocument, Profile } from '../document';
import type { Locale } from '../messages';
import { STATE_LAYOUT, type DocumentLayout, type Range } from './nd30-layout';
import { DOAN_LAYOUT } from './doan-layout';
import { PARTY_LAYOUT, PARTY_UNCONFIRMED } from './party-layout';

export type { DocxParagraph as WordParagraph, DocxRun as WordRun, DocxSection as WordSection, RunFormat as WordRunFormat };

/** The reading without its text (the PlanDocument's text is the same text). */
export type WordReading = Pick<DocxReading, 'paragraphs' | 'runs' | 'sections' | 'legacy' | 'defaults'>;

/** Where a PlanDocument's text came from, when that was not plain text. */
export interface WordSource {
  readonly kind: 'docx';
  readonly reading: WordReading;
}

/** The document as read from a .docx: the parse of its text with the reading beside it. */
export function withWordSource(doc: PlanDocument, reading: WordReading): PlanDocument {
  return { ...doc, source: { kind: 'docx', reading } };
}

export function wordReadingOf(doc: PlanDocument): WordReading | undefined {
  return doc.source?.kind === 'docx' ? doc.source.reading : undefined;
}

/**
 * The layout a file is checked against, and whether one of its values may be checked: for a Party
 * file not what `PARTY_UNCONFIRMED` lists (a path or any path under it), which is the state's value;
 * for a Đoàn or mass organisation's file nothing.
 */
export interface LayoutCheck {
  readonly layout: DocumentLayout;
  confirmed(path: string): boolean;
}

export function layoutCheckFor(profile: Profile): LayoutCheck {
  if (profile === 'state') return { layout: STATE_LAYOUT, confirmed: () => true };
  // The Đoàn's sizes and a mass organisation's format are not confirmed: nothing of them is checked.
  if (profile === 'doan') return { layout: DOAN_LAYOUT, confirmed: () => false };
  if (profile === 'mass') return { layout: STATE_LAYOUT, confirmed: () => false };
  const unconfirmed = (path: string) => PARTY_UNCONFIRMED.some((u) => path === u || path.startsWith(`${u}.`));
  return { layout: PARTY_LAYOUT, confirmed: (path) => !unconfirmed(path) };
}

export const TWIPS_PER_MM = 1440 / 25.4;
export const TWIPS_PER_CM = 1440 / 2.54;
export const TWIPS_PER_PT = 20;

/** Whether some letter or digit is printed: runs of spaces, dashes or bullets carry no text to check. */
export const hasLetters = (text: string) => /[\p{L}\p{N}]/u.test(text);

export const inRange = (value: number, range: Range, tolerance = 0) => value >= range.min - tolerance && value <= range.max + tolerance;

/** `1,27` in Vietnamese, `1.27` in English; at most two decimals, none when whole. */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(Math.round(value * 100) / 100);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/** `12–13` or `13` when the decree gives one value. */
export function formatRange(range: Range, locale: Locale): string {
  return range.min === range.max ? formatNumber(range.min, locale) : `${formatNumber(range.min, locale)}–${formatNumber(range.max, locale)}`;
}

/** Binary search over items sorted by start: the index of the first whose end is after `offset`. */
function firstEndingAfter<T extends { end: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The items (paragraphs or runs, sorted and not overlapping) that share a character with [start, end). */
export function overlapping<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(items, start); i < items.length && items[i].start < end; i++) {
    if (items[i].end > items[i].start) out.push(items[i]);
  }
  return out;
}

/** Runs of text (not list numbers) that print a letter or digit, in [start, end). */
export function textRunsIn(text: string, reading: WordReading, start: number, end: number): DocxRun[] {
  return overlapping(reading.runs, start, end).filter((r) => r.kind !== 'numbering' && hasLetters(text.slice(Math.max(r.start, start), Math.min(r.end, end))));
}

/** A run's size, from the run or the document's defaults; undefined when nothing sets it. */
export const sizeOf = (run: DocxRun, reading: WordReading) => run.format.sizePt ?? reading.defaults.sizePt;

/** The section a paragraph belongs to: the last one starting at or before it (sections are in order). */
export function sectionOf(reading: WordReading, paragraph: number): DocxSection | undefined {
  const sections = reading.sections;
  let lo = 0;
  let hi = sections.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].firstParagraph <= paragraph) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return sections[found];
}

/** The first paragraph with text from index `from` on (1-based): where a finding about a page points. */
export function paragraphWithTextFrom(reading: WordReading, from: number): DocxParagraph | undefined {
  const ps = reading.paragraphs;
  // Paragraphs are numbered 1, 2, 3 … in order: the search starts at `from` itself.
  for (let i = Math.max(0, Math.min(from - 1, ps.length)); i < ps.length; i++) if (ps[i].index >= from && ps[i].end > ps[i].start) return ps[i];
  return ps.find((p) => p.end > p.start);
}

/** The sections of a file grouped where consecutive sections give the same `key`, each with the paragraph it points to. */
export function sectionGroups(reading: WordReading, key: (s: DocxSection) => string): { section: DocxSection; at?: DocxParagraph }[] {
  const out: { section: DocxSection; at?: DocxParagraph }[] = [];
  let last: string | undefined;
  for (const section of reading.sections) {
    const k = key(section);
    if (k !== last) out.push({ section, at: paragraphWithTextFrom(reading, section.firstParagraph) });
    last = k;
  }
  return out;
}

import type { PlanDocument } from '../document';
import { foldKey, initialLetter, isUpperCaseText, stripTones } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import { isLetter } from '../text/scanner';
import { documentTypeCode } from './common';

/**
 * Abbreviations in a plan's body: where each is first used and where it is defined as
 * `cụm từ đầy đủ (VIẾT TẮT)` or `(sau đây viết tắt là VIẾT TẮT)`. Ranges are in the original text.
 */
export interface AbbreviationUse {
  readonly abbreviation: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** Whether the use opens a sentence, so that an inserted full form is capitalized. */
  readonly sentenceStart: boolean;
}

export interface AbbreviationDefinition {
  readonly abbreviation: string;
  /** The parenthesis `(DTTS)` with the space before it. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** The full phrase before the parenthesis when its initials spell the abbreviation. */
  readonly phrase?: { readonly text: string; readonly start: number };
  /** Written in an all-capital heading or title, which a fix leaves as it is. */
  readonly inCapitals: boolean;
}

export interface AbbreviationScan {
  /** Every use outside definitions, in text order. */
  readonly uses: readonly AbbreviationUse[];
  /** The first definition of each abbreviation. */
  readonly definitions: ReadonlyMap<string, AbbreviationDefinition>;
}

interface Region {
  readonly start: number;
  readonly end: number;
  /**
   * Uses count only outside all-capital lines (headings, titles); definitions count everywhere.
   * Undefined for a line of the body: decided by its own case, when it is read.
   */
  readonly usesCount?: boolean;
  /** The text, when the region is a whole line (its string, kept across parses, is the memo's key). */
  readonly text?: string;
}

const TOKEN_CHAR = /[\p{L}\p{M}\p{N}&-]/u;
const ROMAN = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** One Vietnamese syllable (tone marks removed): an all-capital word written for emphasis, not an abbreviation. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
const DEFINITION_PREFIX = /^(?:(?:sau day )?(?:duoc )?(?:goi|viet)(?: tat| chung)?(?: la)?|sau day la)?$/;
const QUOTES = /^[“”"'‘’«»]+|[“”"'‘’«»]+$/g;

/** Whether a token written in capitals is an abbreviation: not a numeral, a symbol part or a capitalized word. */
export function isAbbreviationToken(token: string): boolean {
  if (/\p{Ll}/u.test(token) || /\d/.test(token)) return false;
  const letters = [...token].filter((c) => isLetter(c) && c !== c.toLowerCase()).length;
  if (letters < 2 || ROMAN.test(token)) return false;
  const parts = token.split('-');
  if (parts.every((p) => p !== '' && ROMAN.test(p))) return false;
  // `KH-UBND`, `NĐ-CP`: the type and body of a symbol quoted without its number.
  if (parts.length > 1 && documentTypeCode(parts[0]) === parts[0]) return false;
  if (parts.length === 1 && !token.includes('&') && SYLLABLE.test(stripTones(token).toLowerCase())) return false;
  return true;
}

function regionsOf(doc: PlanDocument): Region[] {
  const regions: Region[] = [];
  const summary = doc.header.summary;
  if (summary) regions.push({ start: summary.start, end: summary.end, usesCount: false });
  for (const b of doc.blocks) {
    for (let l = b.firstLine; l <= b.lastLine; l++) {
      const line = doc.lines[l];
      regions.push({ start: line.start, end: line.end, text: line.text });
    }
  }
  for (const s of doc.allSections) {
    regions.push({ start: s.heading.start, end: s.heading.end, usesCount: !isUpperCaseText(s.heading.title) });
  }
  return regions.sort((a, b) => a.start - b.start);
}

const lineOf = (doc: PlanDocument, offset: number) => {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/**
 * The words before `(` whose initials spell the abbreviation: `dân tộc thiểu số (DTTS)`,
 * `kinh tế - xã hội (KT-XH)`, `giáo dục và đào tạo (GD&ĐT)`, `cán bộ, công chức, viên chức (CBCCVC)`.
 */
function phraseBefore(s: string, parenAt: number, abbreviation: string): { text: string; start: number } | undefined {
  const units = [...abbreviation].filter((c) => c !== '-');
  let i = parenAt;
  let start = -1;
  for (let u = units.length - 1; u >= 0; u--) {
    while (i > 0 && /[\s,\-–]/.test(s[i - 1])) i--;
    const end = i;
    while (i > 0 && isLetter(s[i - 1])) i--;
    if (i === end) return undefined;
    const word = s.slice(i, end);
    const initial = initialLetter(word);
    if (units[u] === '&' ? foldKey(word) !== 'va' : initial === undefined || initial !== initialLetter(units[u])) return undefined;
    start = i;
  }
  return start < 0 ? undefined : { text: s.slice(start, parenAt).trim(), start };
}

/**
 * `(DTTS)`, `(sau đây viết tắt là DTTS)`, `(gọi tắt là “DTTS”)`, `(sau đây viết tắt là UBMTTQ tỉnh)`:
 * the abbreviation the parenthesis defines, if any.
 */
function definedIn(content: string): string | undefined {
  const words = content.trim().split(/\s+/).map((w) => w.replace(QUOTES, '').replace(/[.:;,]+$/, ''));
  const at = words.findIndex((w) => isAbbreviationToken(w));
  if (at < 0) return undefined;
  // A capitalized word or two may come before it too (`sau đây gọi là Sở GD&ĐT`).
  const introduced = [at, at - 1, at - 2].some((j) => j >= 0 && words.slice(j, at).every((w) => /^\p{Lu}/u.test(w))
    && DEFINITION_PREFIX.test(foldKey(words.slice(0, j).join(' '))));
  if (!introduced) return undefined;
  // A few lower-case words may follow the abbreviation (`UBMTTQ tỉnh`, `BCĐ các cấp`).
  const rest = words.slice(at + 1);
  return rest.length <= 3 && rest.every((w) => /^\p{Ll}/u.test(w)) ? words[at] : undefined;
}

/** `CTMTQG (Chương trình mục tiêu quốc gia)`: the full form written after the abbreviation. */
function spelledAfter(s: string, from: number, abbreviation: string): number | undefined {
  let i = from;
  if (s[i] === ' ') i++;
  if (s[i] !== '(') return undefined;
  const close = closingParen(s, i);
  if (close < 0) return undefined;
  const words = s.slice(i + 1, close).split(/[\s,\-–]+/).filter((w) => w.length > 0);
  const units = [...abbreviation].filter((c) => c !== '-');
  if (words.length !== units.length || !words.some((w) => /\p{Ll}/u.test(w))) return undefined;
  const matches = words.every((w, k) => (units[k] === '&' ? foldKey(w) === 'va'
    : initialLetter(w) !== undefined && initialLetter(w) === initialLetter(units[k])));
  return matches ? close : undefined;
}

const MAX_DEFINITION = 160;

/** The `)` closing the `(` at `open` within a definition's length, or -1. */
function closingParen(s: string, open: number): number {
  const limit = Math.min(s.length, open + MAX_DEFINITION);
  for (let j = open + 1; j < limit; j++) {
    if (s[j] === ')') return j;
    if (s[j] === '(') return -1;
  }
  return -1;
}

/** Whether the text before `at` ends a sentence or a list marker, so that `at` opens one. */
function opensSentence(s: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && /\s/.test(s[p])) p--;
  if (p < 0 || /[.!?:]/.test(s[p])) return true;
  return p < 6 && /^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))$/u.test(s.slice(0, p + 1));
}

/**
 * Whether the whitespace-delimited chunk holding i is a number-symbol (`65-KL/TW`, `1301/UBDT-KHTC`):
 * it holds a slash, or is the rest of one broken by a space after its dash (`164/TTr- SKHCN`). Past a
 * definition the chunk starts again. Ends and slashes found are kept, so that a long chunk with many
 * definitions (`(DTTS)(DTTS)…`) is read once, not once per definition.
 */
function symbolChunks(s: string): { at(i: number): boolean; restart(): void } {
  let end = -1;
  let hasSlash = false;
  let nextSlash = -1;
  let restarted = false;
  return {
    restart: () => { restarted = true; },
    at(i) {
      if (i < end && !restarted) return hasSlash;
      const continuesSymbol = !restarted && hasSlash && end > 0 && /[-/]/.test(s[end - 1]);
      if (i >= end) {
        end = i;
        while (end < s.length && !/\s/.test(s[end])) end++;
      }
      if (nextSlash < i) {
        const k = s.indexOf('/', i);
        nextSlash = k < 0 ? s.length : k;
      }
      hasSlash = continuesSymbol || nextSlash < end;
      restarted = false;
      return hasSlash;
    },
  };
}

/** What one region holds, its offsets within the region: its definitions in order, and its uses. */
interface RegionReading {
  readonly definitions: ReadonlyArray<Omit<AbbreviationDefinition, 'line'>>;
  readonly uses: ReadonlyArray<Omit<AbbreviationUse, 'line'>>;
}

/** Reads one region's text alone, so that a region the last parse read is not read again (see ScanMemo). */
function readRegion(text: string, usesCountSet: boolean | undefined): RegionReading {
  const norm = normalizeSlice(text, 0, text.length);
  const s = norm.text;
  const usesCount = usesCountSet ?? !isUpperCaseText(s);
  const at = (i: number) => norm.toOriginal(i);
  const definitions: Array<Omit<AbbreviationDefinition, 'line'>> = [];
  const uses: Array<Omit<AbbreviationUse, 'line'>> = [];
  const define = (abbreviation: string, start: number, end: number, phrase?: { text: string; start: number }) => {
    definitions.push({
      abbreviation, start: at(start), end: at(end), inCapitals: !usesCount,
      phrase: phrase && { text: phrase.text, start: at(phrase.start) },
    });
  };
  const chunks = symbolChunks(s);
  let chunkStart = 0;
  for (let i = 0; i < s.length; i++) {
    if (/\s/.test(s[i])) {
      chunkStart = i + 1;
      continue;
    }
    const inSymbol = chunks.at(i);
    if (s[i] === '(') {
      const close = closingParen(s, i);
      const defined = close > i ? definedIn(s.slice(i + 1, close)) : undefined;
      if (defined) {
        const spaceBefore = i > 0 && s[i - 1] === ' ' ? i - 1 : i;
        define(defined, spaceBefore, close + 1, phraseBefore(s, i, defined));
        i = close;
        chunks.restart();
      }
      continue;
    }
    if (inSymbol || !TOKEN_CHAR.test(s[i]) || (i > chunkStart && TOKEN_CHAR.test(s[i - 1]))) continue;
    let end = i;
    while (end < s.length && TOKEN_CHAR.test(s[end])) end++;
    const raw = s.slice(i, end);
    const token = raw.replace(/^[-&]+|[-&]+$/g, '');
    const tokenStart = i + raw.indexOf(token);
    i = end - 1;
    if (!token || !isAbbreviationToken(token)) continue;
    const spelled = spelledAfter(s, end, token);
    if (spelled !== undefined) {
      define(token, tokenStart, spelled + 1);
      i = spelled;
      chunks.restart();
      continue;
    }
    if (!usesCount) continue;
    uses.push({ abbreviation: token, start: at(tokenStart), end: at(tokenStart + token.length), sentenceStart: opensSentence(s, tokenStart) });
  }
  return { definitions, uses };
}

/** The memo's kind and the reader of each sort of region. */
const READERS = {
  line: { kind: 'abbreviations-line', read: (text: string) => readRegion(text, undefined) },
  uses: { kind: 'abbreviations', read: (text: string) => readRegion(text, true) },
  capitals: { kind: 'abbreviations-capitals', read: (text: string) => readRegion(text, false) },
} as const;

export function scanAbbreviations(doc: PlanDocument): AbbreviationScan {
  const uses: AbbreviationUse[] = [];
  const definitions = new Map<string, AbbreviationDefinition>();
  for (const region of regionsOf(doc)) {
    const text = region.text ?? doc.text.slice(region.start, region.end);
    const { kind, read } = READERS[region.usesCount === undefined ? 'line' : region.usesCount ? 'uses' : 'capitals'];
    const reading = doc.memo.get(kind, text, read);
    const at = region.start;
    for (const d of reading.definitions) {
      // The first definition of an abbreviation is the one that counts.
      if (definitions.has(d.abbreviation)) continue;
      definitions.set(d.abbreviation, {
        abbreviation: d.abbreviation, start: at + d.start, end: at + d.end, line: lineOf(doc, at + d.start), inCapitals: d.inCapitals,
        phrase: d.phrase && { text: d.phrase.text, start: at + d.phrase.start },
      });
    }
    for (const u of reading.uses) {
      uses.push({ abbreviation: u.abbreviation, start: at + u.start, end: at + u.end, line: lineOf(doc, at + u.start), sentenceStart: u.sentenceStart });
    }
  }
  return { uses, definitions };
}

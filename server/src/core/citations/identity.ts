/** Questions the rules ask of citations: which document, which type, which issuer. */
import type { PlanDocument } from '../document';
import { collapse } from '../text/scanner-words';
import { foldWords } from '../text/fold';
import { citationsOf } from './of-document';
import { familyOf } from './symbol';
import { issuerClassOf } from './subject';
import { typeOfAbbr, type IssuerClass } from './tables';
import type { Citation } from './types';

/** The citations rules check: with a number-symbol, not the plan itself. */
export function checkedCitations(doc: PlanDocument): Citation[] {
  return citationsOf(doc).filter((c) => c.kind === 'symbol' && !c.self && c.numberSymbol);
}

/** The normalized symbol, upper-cased: two mentions with one key cite one symbol. */
export function documentKey(c: Citation): string | undefined {
  return c.numberSymbol?.symbol.toUpperCase();
}

/** The type the citation names: its type word, else what its symbol's abbreviation says. */
export function typeNameOf(c: Citation): string | undefined {
  if (c.typeWord) return c.typeWord.type;
  const ns = c.numberSymbol;
  if (!ns) return undefined;
  if (ns.typeAbbr) return typeOfAbbr(ns.typeAbbr, familyOf(ns.style))?.name;
  if (ns.style === 'cong-van') return 'Công văn';
  return undefined;
}

/** The mention as a reader sees it: NFC, line wraps as spaces. */
export function mentionText(text: string, c: { start: number; end: number }): string {
  return collapse(text.slice(c.start, c.end).normalize('NFC').replace(/[\u00a0\u202f]/g, ' '));
}

export { issuerClassOf };

/** Whether the issuer's text is exactly a class's name (so that a fix may replace it whole). */
export function isExactlyClassName(issuer: string, cls: IssuerClass): boolean {
  const words = foldWords(issuer).join(' ');
  return cls.names.includes(words);
}

/** The plan year a date belongs to, for telling apart two documents that share a symbol. */
export function yearOf(c: Citation): number | undefined {
  return c.date?.year ?? c.numberSymbol?.year;
}

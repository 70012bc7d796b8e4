/**
 * The editor features over a generated text: the outline (document symbols), folding ranges, the
 * citations the `citations` command lists, and hovers on dates and citations at random places and on
 * every date and citation found. (a) nothing throws; (b) every range inside the text; (c) none splits.
 */
import { builtinCatalog } from '../../server/src/core/catalog/builtin';
import { catalogHover } from '../../server/src/core/catalog/hover';
import { citationsOf } from '../../server/src/core/citations/index';
import { describeDateAt } from '../../server/src/core/dates/hover';
import { datesOf } from '../../server/src/core/dates/index';
import { parsePlan, type PlanDocument } from '../../server/src/core/document';
import type { LintOptions } from '../../server/src/core/lint';
import { foldingRangesOf, outlineOf, type OutlineItem } from '../../server/src/core/outline';
import { checkSpans, thrown, type Span, type Violation, type Where } from './checks';

function outlineSpans(items: readonly OutlineItem[], out: Span[] = []): Span[] {
  for (const item of items) {
    out.push({ start: item.start, end: item.end, what: `outline item “${item.name.slice(0, 30)}”` });
    out.push({ start: item.selectionStart, end: item.selectionEnd, what: `outline selection “${item.name.slice(0, 30)}”` });
    outlineSpans(item.children, out);
  }
  return out;
}

/** Runs `f`, turning a throw into a violation. */
function guarded(out: Violation[], where: Where, f: () => void): void {
  try {
    f();
  } catch (e) {
    out.push(thrown(e, where));
  }
}

/** Random places, then the start and middle of the first dates and citations. */
function hoverOffsets(doc: PlanDocument, relative: readonly number[], out: Violation[]): number[] {
  const n = doc.text.length;
  const offsets = relative.map((r) => r % (n + 1));
  const around = (list: readonly { start: number; end: number }[]) => {
    for (const s of list.slice(0, 12)) offsets.push(s.start, (s.start + s.end) >> 1);
  };
  guarded(out, 'date-hover', () => around(datesOf(doc).mentions));
  guarded(out, 'citations', () => around(citationsOf(doc)));
  return [...new Set(offsets)];
}

export function featureViolations(text: string, options: LintOptions, relative: readonly number[]): Violation[] {
  const out: Violation[] = [];
  let doc: PlanDocument;
  try {
    doc = parsePlan(text, options);
  } catch (e) {
    return [thrown(e, 'parse')];
  }
  const locale = options.locale ?? 'vi';
  guarded(out, 'outline', () => out.push(...checkSpans(text, outlineSpans(outlineOf(doc)), 'outline')));
  guarded(out, 'folding', () => {
    for (const f of foldingRangesOf(doc)) {
      if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < doc.lines.length)) {
        out.push({ kind: 'outside', where: 'folding', detail: `fold ${f.startLine}–${f.endLine} in ${doc.lines.length} lines` });
      }
    }
  });
  guarded(out, 'citations', () => out.push(...checkSpans(text, citationsOf(doc).map((c) => ({ start: c.start, end: c.end, what: 'citation' })), 'citations')));
  const lookup = builtinCatalog();
  for (const offset of hoverOffsets(doc, relative, out)) {
    guarded(out, 'date-hover', () => {
      const h = describeDateAt(doc, offset, locale);
      if (h) out.push(...checkSpans(text, [{ start: h.start, end: h.end, what: `date hover at ${offset}` }], 'date-hover'));
    });
    guarded(out, 'catalog-hover', () => {
      const h = catalogHover(doc, offset, { lookup, locale });
      if (h) out.push(...checkSpans(text, [{ start: h.start, end: h.end, what: `citation hover at ${offset}` }], 'catalog-hover'));
    });
  }
  return out;
}

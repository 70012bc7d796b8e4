import { checkedCitations, documentKey, mentionText } from '../citations/identity';
import type { Citation } from '../citations/types';
import type { PlanDocument } from '../document';
import { positionAt } from '../text/lines';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';
import { bodyStartOf, missingParts, numberOnlyMentions } from './citation-number-only';

/** Two dated mentions in different years may be two documents (numbers restart each year or term). */
function sameDocument(a: Citation, b: Citation): boolean {
  return !a.date || !b.date || a.date.year === b.date.year;
}

/**
 * First mentions per document: the first of each symbol, and a later one whose date puts it in a
 * year no earlier mention had. Mentions in the header (the trích yếu names a document briefly) are
 * not first mentions.
 */
function firstMentions(doc: PlanDocument, citations: readonly Citation[]): { first: Citation; later: Citation[] }[] {
  const bodyStart = bodyStartOf(doc);
  // `laterYear`: the year of the dated later mentions (a dated mention joins only a group whose dated
  // mentions share its year, so there is at most one), kept so that joining costs no pass over `later`.
  const groups = new Map<string, { first: Citation; later: Citation[]; laterYear?: number }[]>();
  for (const c of citations) {
    if (c.start < bodyStart) continue;
    const key = documentKey(c)!;
    const known = groups.get(key) ?? [];
    const group = known.find((g) => sameDocument(g.first, c) && (!c.date || g.laterYear === undefined || g.laterYear === c.date.year));
    if (group) {
      group.later.push(c);
      if (c.date) group.laterYear = c.date.year;
    } else known.push({ first: c, later: [] });
    groups.set(key, known);
  }
  return [...groups.values()].flat();
}

/** Text to insert so that the first mention carries what a later mention of the same document gives. */
function completingFix(doc: PlanDocument, c: Citation, later: readonly Citation[], ctx: RuleContext): Fix | undefined {
  const ns = c.numberSymbol!;
  const dated = c.date ? undefined : later.find((l) => l.date?.kind === 'day');
  const issued = c.issuer ? undefined : later.find((l) => l.issuer && !l.issuerShared);
  if (!dated && !issued) return undefined;
  if (!c.date && !dated) return undefined;
  if (!c.issuer && !issued) return undefined;
  const edits = [];
  if (dated) edits.push({ start: ns.end, end: ns.end, text: ` ngày ${mentionText(doc.text, dated.date!)}` });
  if (issued) {
    const at = c.date ? c.date.end : ns.end;
    const text = ` của ${issued.issuer!.text}`;
    if (dated && at === ns.end) edits[0] = { ...edits[0], text: edits[0].text + text };
    else edits.push({ start: at, end: at, text });
  }
  return { title: ctx.t('fix', { from: positionAt(doc.lines, (dated ?? issued)!.start).line + 1 }), edits };
}

type Span = { readonly start: number; readonly end: number };

/** The căn cứ: paragraphs before the first section, and a section titled Căn cứ. */
function basisSpans(doc: PlanDocument): Span[] {
  const spans: Span[] = doc.preamble.map((b) => ({ start: b.start, end: b.end }));
  for (const s of doc.allSections) {
    if (!s.heading.kinds.includes('can-cu')) continue;
    const last = Math.max(s.heading.line, s.endLine - 1);
    spans.push({ start: doc.lines[s.heading.line].start, end: doc.lines[Math.min(last, doc.lines.length - 1)].end });
  }
  return spans;
}

/** A membership test over spans, merged and searched by halves: many citations stay cheap. */
function spanSet(spans: readonly Span[]): (at: number) => boolean {
  const merged: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (at) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid].end <= at) lo = mid + 1;
      else if (merged[mid].start > at) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

/**
 * `Luật Thủ đô (Luật số 39/2024/QH15)`: the parenthesis gives the number of the document just named,
 * whose date and issuer the sentence tells; it is not a citation of its own.
 */
function numberOfNamed(doc: PlanDocument, c: Citation, previous: Citation | undefined): boolean {
  if (!previous || previous.kind !== 'reference' || previous.typeWord?.type !== c.typeWord?.type) return false;
  return doc.text.slice(previous.end, c.start).replace(/\s+/g, '') === '(';
}

/** Phụ lục I, mục II.6.b: a Luật or Pháp lệnh is cited by its type and name only. */
const NAMED_BY_TYPE_AND_NAME = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);

/** `Luật số 39/2024/QH15`, or `Luật Dược số 105/2016/QH13` (the name read apart from its number). */
function citesLaw(doc: PlanDocument, c: Citation, previous: Citation | undefined): boolean {
  if (c.typeWord) return NAMED_BY_TYPE_AND_NAME.has(c.typeWord.type);
  return previous?.kind === 'reference' && NAMED_BY_TYPE_AND_NAME.has(previous.typeWord?.type ?? '')
    && doc.text.slice(previous.end, c.start).trim() === '';
}

/**
 * Căn cứ must cite in full (Phụ lục I, mục II.6.a); elsewhere a first mention that names at least
 * its date or its issuer is accepted, since real plans name funding programmes and tasks' sources
 * briefly. A document named inside another citation's trích yếu is part of that title, not cited.
 */
function check(doc: PlanDocument, first: Citation, later: readonly Citation[], ctx: RuleContext, inBasis: (at: number) => boolean, inTitle: (at: number) => boolean): void {
  const ns = first.numberSymbol!;
  const lacksDate = !first.date;
  const lacksIssuer = !first.issuer && !first.issuerBefore;
  if (!lacksDate && !lacksIssuer) return;
  if (inTitle(first.start)) return;
  if (!(lacksDate && lacksIssuer) && !inBasis(first.start)) return;
  const id = lacksDate && lacksIssuer ? 'both' : lacksDate ? 'date' : 'issuer';
  const cited = `${first.typeWord ? first.typeWord.text + ' ' : ''}số ${ns.symbol}`;
  const full = later.find((l) => (!lacksDate || l.date?.kind === 'day') && (!lacksIssuer || l.issuer));
  let message = ctx.t(id, { cited });
  if (full) message += ' ' + ctx.t('laterFull', { line: positionAt(doc.lines, full.start).line + 1 });
  ctx.report({ message, start: first.start, end: ns.end, fix: completingFix(doc, first, later, ctx) });
}

export const citationIncomplete: Rule = defineRule({
  id: 'citation-incomplete',
  description: {
    vi: 'Lần viện dẫn đầu tiên một văn bản chưa ghi đủ ngày ban hành và cơ quan ban hành, hoặc chỉ ghi số, không có ký hiệu.',
    en: 'The first mention of a cited document lacks its date or its issuer, or gives its number without its symbol.',
  },
  messages: {
    date: {
      vi: 'Lần đầu viện dẫn “{cited}” cần ghi cả ngày ban hành (“ngày …”).',
      en: 'The first mention of “{cited}” should give its date of issue (“ngày …”).',
    },
    issuer: {
      vi: 'Lần đầu viện dẫn “{cited}” cần ghi cả cơ quan ban hành (“của …”).',
      en: 'The first mention of “{cited}” should name its issuer (“của …”).',
    },
    both: {
      vi: 'Lần đầu viện dẫn “{cited}” cần ghi cả ngày ban hành và cơ quan ban hành (“ngày … của …”).',
      en: 'The first mention of “{cited}” should give its date of issue and its issuer (“ngày … của …”).',
    },
    laterFull: {
      vi: 'Dòng {line} mới ghi đầy đủ: nên ghi đầy đủ ở lần đầu.',
      en: 'Line {line} gives it in full: the first mention should.',
    },
    fix: { vi: 'Ghi đầy đủ như ở dòng {from}', en: 'Complete it as on line {from}' },
    numberOnly: {
      vi: 'Viện dẫn “{cited}” mới ghi số văn bản, còn thiếu {missing}.',
      en: 'The mention “{cited}” gives only the document’s number; missing: {missing}.',
    },
    partSymbol: { vi: 'ký hiệu', en: 'its symbol' },
    partDate: { vi: 'ngày ban hành', en: 'its date of issue' },
    partIssuer: { vi: 'cơ quan ban hành', en: 'its issuer' },
    and: { vi: 'và', en: 'and' },
  },
  defaultSeverity: 'information',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.b', since: '2020-03-05' },
  check(doc, ctx) {
    const inBasis = spanSet(basisSpans(doc));
    const all = doc.citations;
    const inTitle = spanSet(all.flatMap((c) => (c.summary ? [c.summary] : [])));
    const previous = new Map(all.map((c, k) => [c, all[k - 1]]));
    for (const { first, later } of firstMentions(doc, checkedCitations(doc))) {
      if (numberOfNamed(doc, first, previous.get(first)) || citesLaw(doc, first, previous.get(first))) continue;
      check(doc, first, later, ctx, inBasis, inTitle);
    }
    for (const c of numberOnlyMentions(doc)) {
      if (inTitle(c.start)) continue;
      const parts = ['partSymbol' as const, ...missingParts(c)].map((id) => ctx.t(id));
      const missing = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${ctx.t('and')} ${parts[parts.length - 1]}` : parts[0];
      ctx.report({ message: ctx.t('numberOnly', { cited: mentionText(doc.text, c), missing }), start: c.start, end: c.end });
    }
  },
});

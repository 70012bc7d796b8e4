/**
 * The explanation of a finding that has no fix (an invalid date, a past deadline): what the rule
 * checks, on what basis, and for a finding on a date what the date's hover says (its weekday, how far
 * it lies from the plan's own date). The lightbulb leads with it, before "disable the rule": the
 * drafter must correct such a text by hand, and needs to know what is wrong first.
 */
import { shortDate } from '../catalog/describe';
import { describeDateAt } from '../dates/hover';
import type { PlanDocument } from '../document';
import { ruleById } from '../lint';
import { defineMessages, messageOf, type Locale, type MessageData } from '../messages';

export const EXPLAIN_TEXTS = defineMessages({
  title: { vi: 'Giải thích cảnh báo {rule}', en: 'Explain {rule}' },
  basis: { vi: 'Căn cứ: {provision} (áp dụng từ {since}).', en: 'Basis: {provision} (in force since {since}).' },
  convention: { vi: 'Căn cứ: thông lệ soạn thảo (lời khuyên, không phải quy định bắt buộc).', en: 'Basis: drafting convention (advice, not a binding provision).' },
  unknown: { vi: 'Không còn cảnh báo {rule} ở chỗ này.', en: 'There is no {rule} finding here any more.' },
});

function say(id: keyof typeof EXPLAIN_TEXTS, locale: Locale, data?: MessageData): string {
  return messageOf(EXPLAIN_TEXTS, id, locale, data, 'explain').text;
}

/** The lightbulb's title for the explanation of a finding of `ruleId`. */
export function explainTitle(ruleId: string, locale: Locale): string {
  return say('title', locale, { rule: ruleId });
}

/** A sentence that ends as one. */
const sentence = (text: string) => (/[.!?…:;)]$/u.test(text) ? text : `${text}.`);

/** Hover Markdown as one paragraph of plain text, for a message box: each of its paragraphs a sentence. */
function plain(markdown: string): string {
  return markdown.split(/\n{2,}|\n---\n/).map((p) => p.replace(/\*\*|(?<!\p{L})_|_(?!\p{L})/gu, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean).map(sentence).join(' ');
}

/** What the date in [start, end) says on hover, when the finding is on a date. */
function dateWords(doc: PlanDocument, start: number, end: number, locale: Locale): string | undefined {
  const date = doc.dates.mentions.find((m) => m.start < end && start < m.end);
  // The hover of a date that does not exist says what the finding's message says.
  const hover = date?.valid ? describeDateAt(doc, date.start, locale) : undefined;
  return hover ? plain(hover.markdown) : undefined;
}

/**
 * The explanation of the finding of `ruleId` over [start, end): its message, the date's words when it
 * is on a date, what the rule checks, and its basis; in one paragraph, as a message box shows it.
 */
export function explainFinding(doc: PlanDocument, finding: { ruleId: string; start: number; end: number; message?: string }, locale: Locale): string {
  const rule = ruleById(finding.ruleId);
  if (!rule) return say('unknown', locale, { rule: finding.ruleId });
  const basis = rule.basis === 'convention'
    ? say('convention', locale)
    : say('basis', locale, { provision: rule.basis.provision, since: shortDate(rule.basis.since, locale) });
  const parts = [finding.message, dateWords(doc, finding.start, finding.end, locale), `${rule.id}: ${rule.description[locale]}`, basis];
  return parts.filter((p): p is string => !!p).map(sentence).join(' ');
}

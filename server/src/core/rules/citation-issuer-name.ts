import { checkedCitations } from '../citations/identity';
import type { Citation, DateMention } from '../citations/types';
import { dayNumber } from '../dates/calendar';
import { matchOfficialName, titleText, type NameMatch } from './official-names';
import type { Rule, RuleContext } from './types';
import { defineRule } from './types';
import { keepingRecent } from '../text/recent';

/** A plan names the same few issuers many times: each text is matched against the table once. */
const officialNameOf = keepingRecent((issuer: string) => matchOfficialName(issuer));

/**
 * The first day the cited document may carry: a day, or the first of a year (`năm 2026`). A month or a
 * quarter is left out, and so is a day that does not exist (date-invalid's finding).
 */
function firstDay(date: DateMention | undefined): number | undefined {
  if (!date || !date.valid) return undefined;
  if (date.kind === 'day' && date.month !== undefined && date.day !== undefined) return dayNumber(date.year, date.month, date.day);
  return date.kind === 'year' ? dayNumber(date.year, 1, 1) : undefined;
}

function dateWords(date: DateMention, ctx: RuleContext): string {
  if (date.kind === 'year') return ctx.t('year', { year: String(date.year) });
  return ctx.t('day', { date: `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}` });
}

/**
 * The official name, after the head's title as the text writes it (`Bộ trưởng Bộ Kế hoạch và Đầu tư`),
 * in capitals where the text writes the issuer in capitals (a title line quoting it).
 */
function officialText(issuer: string, match: NameMatch): string {
  const title = titleText(issuer, match.titleWords);
  const name = issuer === issuer.toUpperCase() ? match.body.name.toUpperCase() : match.body.name;
  return title === '' ? name : `${title} ${name}`;
}

function check(c: Citation, ctx: RuleContext): void {
  const issuer = c.issuer;
  // A shared issuer is read once, on the citation it follows; one named before the document may be its sender.
  if (!issuer || c.issuerShared || c.issuerBefore) return;
  const match = officialNameOf(issuer.text);
  if (!match) return;
  const body = match.body;
  const day = firstDay(c.date);
  if (body.endedFrom !== undefined && body.successor && c.date && day !== undefined && day >= body.endedFrom) {
    // Which of the two is wrong, the issuer or the date, only the drafter knows: no fix.
    ctx.report({
      message: ctx.t('ended', { issuer: issuer.text, name: body.name, successor: body.successor, date: dateWords(c.date, ctx) }),
      start: issuer.start,
      end: issuer.end,
    });
    return;
  }
  if (match.kind === 'exact') return;
  const official = officialText(issuer.text, match);
  ctx.report({
    message: ctx.t(match.kind, { issuer: issuer.text, official }),
    start: issuer.start,
    end: issuer.end,
    fix: { title: ctx.t('fix', { official }), edits: [{ start: issuer.start, end: issuer.end, text: official }] },
  });
}

export const citationIssuerName: Rule = defineRule({
  id: 'citation-issuer-name',
  description: {
    vi: 'Tên cơ quan ban hành văn bản được viện dẫn không đúng tên chính thức của bộ, cơ quan ngang bộ (thiếu từ, sai chính tả), hoặc là tên đã chấm dứt từ 01/3/2025 khi văn bản được viện dẫn ban hành sau đó.',
    en: 'The issuer of a cited document is not the official name of a ministry or ministry-level body (a word missing, misspelt), or is a name that ended on 1 March 2025 while the cited document is dated after it.',
  },
  messages: {
    missingWord: {
      vi: 'Tên cơ quan “{issuer}” thiếu từ so với tên chính thức: “{official}”.',
      en: 'The body’s name “{issuer}” lacks a word of its official name: “{official}”.',
    },
    misspelled: {
      vi: 'Tên cơ quan “{issuer}” viết sai so với tên chính thức: “{official}”.',
      en: 'The body’s name “{issuer}” is misspelt; its official name is “{official}”.',
    },
    ended: {
      vi: '“{issuer}”: từ ngày 01/3/2025 không còn {name}, cơ quan này đã được sắp xếp vào {successor} (Nghị quyết 176/2025/QH15), nhưng văn bản được viện dẫn ghi {date}. Kiểm tra lại cơ quan ban hành hoặc ngày của văn bản.',
      en: '“{issuer}”: {name} no longer exists from 1 March 2025, having become part of {successor} (Nghị quyết 176/2025/QH15), yet the cited document is dated {date}. Check its issuer or its date.',
    },
    day: { vi: 'ngày {date}', en: '{date}' },
    year: { vi: 'năm {year}', en: '{year}' },
    fix: { vi: 'Sửa thành “{official}”', en: 'Change to “{official}”' },
  },
  defaultSeverity: 'information',
  fixable: true,
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.b (viện dẫn ghi tên cơ quan, tổ chức ban hành) và mục II.2.a (tên chính thức, đầy đủ); '
      + 'Nghị quyết 08/2021/QH15 và 176/2025/QH15 (cơ cấu tổ chức của Chính phủ; các bộ mới hoạt động từ 01/3/2025)',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    for (const c of checkedCitations(doc)) check(c, ctx);
  },
});

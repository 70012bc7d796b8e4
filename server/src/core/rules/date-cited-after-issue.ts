import { checkedCitations } from '../citations/index';
import { beginsAfterPlan, datesOf } from '../dates/index';
import { planDateShort, quoted } from '../dates/words';
import type { Rule } from './types';
import { defineRule } from './types';

export const dateCitedAfterIssue: Rule = defineRule({
  id: 'date-cited-after-issue',
  description: {
    vi: 'Văn bản được viện dẫn mang ngày sau ngày ban hành của chính kế hoạch.',
    en: 'A cited document is dated after the plan’s own date.',
  },
  messages: {
    after: {
      vi: 'Văn bản số {symbol} được ghi ngày {date}, sau ngày ban hành của chính văn bản này ({plan}); một văn bản không thể viện dẫn văn bản ban hành sau nó. Đề nghị kiểm tra lại ngày hoặc số, ký hiệu của văn bản được dẫn.',
      en: 'Document {symbol} is dated {date}, after this document’s own date ({plan}); a document cannot cite one issued after it. Please check the cited date or number.',
    },
  },
  defaultSeverity: 'warning',
  fixable: false,
  // Logic, not a provision: a document issued after the plan cannot be what it rests on.
  basis: 'convention',
  check(doc, ctx) {
    const plan = datesOf(doc).plan;
    if (!plan) return;
    for (const c of checkedCitations(doc)) {
      const date = c.date;
      if (!date || !beginsAfterPlan(date, plan)) continue;
      ctx.report({
        message: ctx.t('after', {
          symbol: c.numberSymbol!.symbol,
          date: quoted(doc.text, date.start, date.end),
          plan: planDateShort(plan, ctx.locale),
        }),
        start: date.start,
        end: date.end,
      });
    }
  },
});

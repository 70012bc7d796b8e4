import { datesOf, endsBeforePlan } from '../dates/index';
import { planDateShort, quoted } from '../dates/words';
import type { Rule } from './types';
import { defineRule } from './types';

export const dateDeadlineBeforeIssue: Rule = defineRule({
  id: 'date-deadline-before-issue',
  description: {
    vi: 'Thời hạn (“trước ngày …”, “chậm nhất …”, “hạn chót …”) sớm hơn ngày ban hành của kế hoạch.',
    en: 'A deadline (“trước ngày …”, “chậm nhất …”, “hạn chót …”) falls before the plan’s own date.',
  },
  messages: {
    before: {
      vi: '“{deadline}”: thời hạn này đã qua trước ngày ban hành kế hoạch ({plan}). Đề nghị kiểm tra lại ngày, tháng hoặc năm của thời hạn.',
      en: '“{deadline}”: this deadline is already past on the plan’s own date ({plan}). Please check its day, month or year.',
    },
  },
  defaultSeverity: 'warning',
  fixable: false,
  basis: 'convention',
  check(doc, ctx) {
    const dates = datesOf(doc);
    const plan = dates.plan;
    if (!plan) return;
    for (const d of dates.deadlines) {
      if (!endsBeforePlan(d.date, plan)) continue;
      ctx.report({
        message: ctx.t('before', { deadline: quoted(doc.text, d.cue.start, d.date.end), plan: planDateShort(plan, ctx.locale) }),
        start: d.cue.start,
        end: d.date.end,
      });
    }
  },
});

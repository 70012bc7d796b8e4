import { nearestName } from '../text/nearest';
import { disableComments } from '../suppressions';
// Read when the rule runs, not when the module loads: index.ts lists this rule too.
import { RULES } from './index';
import type { Rule } from './types';
import { defineRule } from './types';

export const disableCommentUnknownRule: Rule = defineRule({
  id: 'disable-comment-unknown-rule',
  description: {
    vi: 'Chú thích tắt quy tắc ghi một mã quy tắc không có (thường do gõ sai): chú thích đó không tắt gì.',
    en: 'A disable comment names a rule id that does not exist (usually a typo): it silences nothing.',
  },
  messages: {
    nearest: {
      vi: 'Không có quy tắc “{id}”: chú thích này không tắt gì. Có phải ý bạn là “{nearest}”?',
      en: 'There is no rule “{id}”: this comment silences nothing. Did you mean “{nearest}”?',
    },
    unknown: {
      vi: 'Không có quy tắc “{id}”: chú thích này không tắt gì. Các mã quy tắc có trong README, phần Quy tắc.',
      en: 'There is no rule “{id}”: this comment silences nothing. The rule ids are listed in the README, section Rules.',
    },
    fix: { vi: 'Sửa thành “{nearest}”', en: 'Change to “{nearest}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: 'convention',
  check(doc, ctx) {
    const known = RULES.map((r) => r.id);
    for (const comment of disableComments(doc.lines)) {
      for (const { id, start, end } of comment.ids) {
        if (known.includes(id)) continue;
        const nearest = nearestName(id, known);
        if (!nearest) {
          ctx.report({ message: ctx.t('unknown', { id }), start, end });
          continue;
        }
        ctx.report({ message: ctx.t('nearest', { id, nearest }), start, end, fix: { title: ctx.t('fix', { nearest }), edits: [{ start, end, text: nearest }] } });
      }
    }
  },
});

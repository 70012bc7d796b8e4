import { WEEKDAYS } from '../dates/calendar';
import { datesOf } from '../dates/index';
import type { WeekdayMention } from '../dates/find';
import { dayShort, quoted, weekdayName, weekdayOfMention } from '../dates/words';
import type { Rule } from './types';

/** The right weekday written the way the wrong one was: `thứ Ba` → `thứ Tư`, `Thứ 3` → `Thứ 4`, `thứ ba` → `thứ tư`. */
function rewrite(w: WeekdayMention, right: number, sentenceStart: boolean): string {
  const written = w.written.normalize('NFC');
  const name = written.slice(written.search(/\S+$/));
  const upperFirst = written[0] !== written[0].toLowerCase();
  const wasSunday = w.weekday === 0;
  const lowerName = !wasSunday && name[0] !== name[0].toUpperCase();
  if (right === 0) return lowerName && !upperFirst ? 'chủ nhật' : 'Chủ nhật';
  const thu = (wasSunday ? sentenceStart : upperFirst) ? 'Thứ' : 'thứ';
  if (/\d$/.test(written)) return `${thu} ${right + 1}`;
  const word = WEEKDAYS[right].afterThu!;
  return `${thu} ${lowerName ? word.toLowerCase() : word}`;
}

function atSentenceStart(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0' || text[i - 1] === '*' || text[i - 1] === '_')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' || text[i - 1] === '.';
}

export const dateWeekday: Rule = {
  id: 'date-weekday',
  description: {
    vi: 'Thứ trong tuần không khớp với ngày tháng: “thứ Ba, ngày 15/3/2023” (ngày đó là thứ Tư).',
    en: 'A weekday that disagrees with its date: “thứ Ba, ngày 15/3/2023” (that day is a Wednesday).',
  },
  messages: {
    wrong: {
      vi: '“{written}” không khớp với ngày {date}: ngày đó là {right}.',
      en: '“{written}” does not match {date}: that day is a {right}.',
    },
    fix: { vi: 'Sửa thành “{text}”', en: 'Change to “{text}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  // Either end (or the weekday) may be the typo: offered as a quick fix, never applied unattended.
  fixAll: false,
  basis: 'convention',
  check(doc, ctx) {
    for (const w of datesOf(doc).weekdays) {
      const right = weekdayOfMention(w.date);
      if (right === undefined || right === w.weekday) continue;
      const original = doc.text.slice(w.start, w.end);
      const nfc = rewrite(w, right, atSentenceStart(doc.text, w.start));
      // Written the way the document is: an NFD draft gets NFD letters.
      const text = original === original.normalize('NFC') ? nfc : nfc.normalize('NFD');
      const date = dayShort(w.date.year, w.date.month!, w.date.day!, ctx.locale);
      const rightName = ctx.locale === 'vi' ? weekdayName(right, 'vi').replace(/^Thứ/, 'thứ') : weekdayName(right, 'en');
      ctx.report({
        message: ctx.t('wrong', { written: quoted(doc.text, w.start, w.end), date, right: rightName }),
        start: w.start,
        end: w.end,
        fix: { title: ctx.t('fix', { text: nfc }), edits: [{ start: w.start, end: w.end, text }] },
      });
    }
  },
};

import type { PlanDocument } from '../document';
import type { TitleField } from '../header/index';
import { foldKey } from '../text/fold';
import type { Rule, TextEdit } from './types';
import { defineRule } from './types';
import { MOTTO } from './header-national-title';

/** Dashes Word's autocorrect (or a web page) puts where the decree writes a hyphen: en, em, figure, minus … */
const NOT_HYPHEN = new Set(['–', '—', '‒', '―', '‐', '‑', '−']);

const MOTTO_KEY = foldKey(MOTTO);

/** The Tiêu ngữ, also when a pasted header put it on the Quốc hiệu's line (as header-national-title reads it). */
function mottoOf(doc: PlanDocument): TitleField | undefined {
  const h = doc.header;
  if (h.motto) return h.motto;
  return h.nationalTitle && foldKey(h.nationalTitle.text).includes('doc lap') ? h.nationalTitle : undefined;
}

/**
 * The edits that turn each long dash between the motto's three phrases into a hyphen. Only when the
 * words are the motto's own: a misspelled motto is header-national-title's, whose fix rewrites it whole.
 */
function dashEdits(field: TitleField): { start: number; end: number; edits: TextEdit[] } | undefined {
  const words = field.words;
  const at = words.findIndex((_, i) => foldKey(words.slice(i, i + 6).map((w) => w.text).join(' ')) === MOTTO_KEY);
  if (at < 0) return undefined;
  const edits: TextEdit[] = [];
  // Between `lập` and `Tự`, and between `do` and `Hạnh`.
  for (const i of [at + 2, at + 4]) {
    const gapStart = words[i - 1].end;
    [...words[i].gapBefore].reduce((offset, c) => {
      if (NOT_HYPHEN.has(c)) edits.push({ start: gapStart + offset, end: gapStart + offset + c.length, text: '-' });
      return offset + c.length;
    }, 0);
  }
  return edits.length ? { start: words[at].start, end: words[at + 5].end, edits } : undefined;
}

export const headerMottoDash: Rule = defineRule({
  id: 'header-motto-dash',
  description: {
    vi: 'Tiêu ngữ viết bằng dấu gạch dài (`Độc lập – Tự do – Hạnh phúc`, do Word tự đổi) thay vì gạch nối (-).',
    en: 'The Tiêu ngữ is written with long dashes (`Độc lập – Tự do – Hạnh phúc`, as Word autocorrects it) instead of hyphens (-).',
  },
  messages: {
    dash: {
      vi: 'Tiêu ngữ dùng dấu gạch dài “{dash}”; giữa các cụm từ là gạch nối (-): “{motto}”.',
      en: 'The Tiêu ngữ uses a long dash “{dash}”; the phrases are joined by hyphens (-): “{motto}”.',
    },
    fix: { vi: 'Đổi thành gạch nối: “{motto}”', en: 'Change to hyphens: “{motto}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: { provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1.b', since: '2020-03-05' },
  check(doc, ctx) {
    const field = mottoOf(doc);
    const found = field && dashEdits(field);
    if (!found) return;
    const { start, end, edits } = found;
    ctx.report({
      message: ctx.t('dash', { dash: doc.text.slice(edits[0].start, edits[0].end), motto: MOTTO }),
      start, end,
      fix: { title: ctx.t('fix', { motto: MOTTO }), edits },
    });
  },
});

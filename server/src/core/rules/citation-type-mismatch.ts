import { checkedCitations } from '../citations/identity';
import { familyOf } from '../citations/symbol';
import { typeByName, typeOfAbbr } from '../citations/tables';
import type { Citation } from '../citations/types';
import { positionAt } from '../text/lines';
import type { PlanDocument } from '../document';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';

/** The abbreviations a type word allows in a symbol of that family; empty when nothing can be said. */
function allowedAbbrs(c: Citation): readonly string[] {
  const type = typeByName(c.typeWord!.type);
  if (!type || type.generic || type.named) return [];
  return familyOf(c.numberSymbol!.style) === 'party' ? type.party : type.state;
}

/** Mentions by type word, number, body and type abbreviation: the first two of each, in text order. */
type MentionIndex = Map<string, Citation[]>;

const mentionKey = (type: string, ns: NonNullable<Citation['numberSymbol']>, abbr: string) => [type, ns.number, ns.issuerCode ?? '', abbr].join('\u0000');

/** Built once per plan, so that many mismatched citations are not each compared with every other. */
function indexMentions(all: readonly Citation[]): MentionIndex {
  const index: MentionIndex = new Map();
  for (const o of all) {
    if (!o.typeWord || !o.numberSymbol?.typeAbbr) continue;
    const key = mentionKey(o.typeWord.type, o.numberSymbol, o.numberSymbol.typeAbbr);
    const first = index.get(key);
    if (!first) index.set(key, [o]);
    else if (first.length < 2) first.push(o);
  }
  return index;
}

/** The first other mention of the same number and body whose type word and abbreviation agree with this type word. */
function rightElsewhere(index: MentionIndex, c: Citation, allowed: readonly string[]): Citation | undefined {
  let found: Citation | undefined;
  for (const abbr of allowed) {
    const other = index.get(mentionKey(c.typeWord!.type, c.numberSymbol!, abbr))?.find((o) => o !== c);
    if (other && (!found || other.start < found.start || (other.start === found.start && other.end < found.end))) found = other;
  }
  return found;
}

function check(doc: PlanDocument, index: MentionIndex, c: Citation, ctx: RuleContext): void {
  const ns = c.numberSymbol!;
  if (!c.typeWord || !ns.typeAbbr || !ns.typeAbbrRange) return;
  const allowed = allowedAbbrs(c);
  if (allowed.length === 0 || allowed.includes(ns.typeAbbr)) return;
  const family = familyOf(ns.style);
  const named = typeOfAbbr(ns.typeAbbr, family)?.name;
  const data = { type: c.typeWord.text, symbol: ns.symbol, abbr: ns.typeAbbr, want: allowed.join(ctx.t('or')), named: named ?? ns.typeAbbr };
  let message = ctx.t(named ? 'mismatch' : 'mismatchUnknown', data);
  if (family === 'state' && c.typeWord.type === 'Quy định' && ns.typeAbbr === 'QĐ') message = ctx.t('stateQuyDinh', data);
  const other = rightElsewhere(index, c, allowed);
  let fix: Fix | undefined;
  if (allowed.length === 1 && !(family === 'state' && c.typeWord.type === 'Quy định')) {
    const symbol = ns.symbol.replace(ns.typeAbbr, allowed[0]);
    fix = { title: ctx.t('fix', { abbr: allowed[0], symbol }), edits: [{ ...ns.typeAbbrRange, text: allowed[0] }] };
  }
  if (other) {
    message += ' ' + ctx.t('elsewhere', { line: positionAt(doc.lines, other.start).line + 1, cited: `${other.typeWord!.text} số ${other.numberSymbol!.symbol}` });
  }
  ctx.report({ message, start: c.typeWord.start, end: ns.end, fix });
}

export const citationTypeMismatch: Rule = defineRule({
  id: 'citation-type-mismatch',
  description: {
    vi: 'Tên loại văn bản không khớp với chữ viết tắt tên loại trong ký hiệu: “Nghị quyết số 24-KL/TW”.',
    en: 'The document type disagrees with the type abbreviation in its symbol: “Nghị quyết số 24-KL/TW”.',
  },
  messages: {
    or: { vi: '” hoặc “', en: '” or “' },
    mismatch: {
      vi: 'Tên loại “{type}” không khớp với ký hiệu “{symbol}”: “{abbr}” là chữ viết tắt của {named}, còn {type} viết tắt là “{want}”.',
      en: 'The type “{type}” disagrees with the symbol “{symbol}”: “{abbr}” abbreviates {named}, while {type} is abbreviated “{want}”.',
    },
    mismatchUnknown: {
      vi: 'Tên loại “{type}” không khớp với ký hiệu “{symbol}”: {type} viết tắt là “{want}”, không phải “{abbr}”.',
      en: 'The type “{type}” disagrees with the symbol “{symbol}”: {type} is abbreviated “{want}”, not “{abbr}”.',
    },
    stateQuyDinh: {
      vi: 'Văn bản Nhà nước: Quy định viết tắt là “QyĐ”, còn “QĐ” là Quyết định. Nếu đây là Quyết định ban hành Quy định, hãy viết “Quyết định số {symbol}”.',
      en: 'State documents abbreviate a Quy định “QyĐ”; “QĐ” is a Quyết định. If this is the Quyết định that issued the Quy định, write “Quyết định số {symbol}”.',
    },
    elsewhere: {
      vi: 'Ở dòng {line}, kế hoạch viết đúng là “{cited}”.',
      en: 'On line {line} the plan writes it correctly as “{cited}”.',
    },
    fix: { vi: 'Sửa chữ viết tắt thành “{abbr}” ({symbol})', en: 'Change the abbreviation to “{abbr}” ({symbol})' },
  },
  defaultSeverity: 'error',
  fixable: true,
  // Each family of symbols has its own table: the law on legal normative documents for NĐ, TT, TTLT …
  // (the symbol shows the type), the decree's Phụ lục III for administrative types, the Party guidance
  // for Party types (36-HD/VPTW, Mục II, khoản 1, điểm 1.3: số và ký hiệu, quoted by thuvienphapluat.vn).
  basis: {
    provision: 'Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13, Điều 10 (từ 01/4/2025: Luật 64/2025/QH15, Điều 7, khoản 3) cho NĐ, TT, TTLT …; '
      + 'Nghị định 30/2020/NĐ-CP, Phụ lục III, mục I cho văn bản hành chính; Hướng dẫn 36-HD/VPTW, Mục II, khoản 1, điểm 1.3 cho văn bản của Đảng',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    const all = checkedCitations(doc);
    const index = indexMentions(all);
    for (const c of all) check(doc, index, c, ctx);
  },
});

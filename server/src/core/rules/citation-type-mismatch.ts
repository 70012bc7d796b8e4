import { checkedCitations } from '../citations/identity';
import { familyOf } from '../citations/symbol';
import { typeByName, typeOfAbbr } from '../citations/tables';
import type { Citation } from '../citations/types';
import { positionAt } from '../text/lines';
import { dayShort } from '../dates/words';
import type { PlanDocument } from '../document';
import { planDateWords, planWhen } from './plan-when';
import { abbrInSymbol, stateAbbrRuling, TYPE_ABBR_VERSIONS, type AbbrRuling, type DecidedBy } from './type-abbr-versions';
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

/** The words that say what date chose the version: the cited document's, the plan's, or today's. */
function whenWords(doc: PlanDocument, c: Citation, by: DecidedBy, ctx: RuleContext): string {
  if (by === 'cited' && c.date?.day !== undefined) return ctx.t('whenCited', { date: dayShort(c.date.year, c.date.month!, c.date.day, ctx.locale) });
  const plan = by === 'plan' ? planWhen(doc)?.date : undefined;
  return plan ? ctx.t('whenPlan', { plan: planDateWords(plan, ctx.locale) }) : ctx.t('whenToday');
}

const isoShort = (iso: string, locale: RuleContext['locale']) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayShort(y, m, d, locale);
};

/** `Bản ghi nhớ số 05/GN-UBND` with no date, in a plan of 2021: right only for a memorandum of before 05/3/2020. */
function reportOlderOnly(doc: PlanDocument, c: Citation, abbr: string, ruling: AbbrRuling, ctx: RuleContext): void {
  const { older, newer } = ruling.olderOnly!;
  const type = c.typeWord!;
  ctx.report({
    message: ctx.t('olderOnly', {
      type: type.text, symbol: c.numberSymbol!.symbol, abbr, older: older.provision, newer: newer.provision,
      until: isoShort(newer.fromIso, ctx.locale), want: newer.forms.get(type.type)!, when: whenWords(doc, c, ruling.by!, ctx),
    }),
    start: type.start,
    end: c.numberSymbol!.end,
    severity: 'information',
  });
}

/** The message of a mismatch: the type the abbreviation names, and the version that decided when one did. */
function mismatchMessage(doc: PlanDocument, c: Citation, abbr: string, allowed: readonly string[], ruling: AbbrRuling | undefined, ctx: RuleContext): string {
  const ns = c.numberSymbol!;
  const family = familyOf(ns.style);
  const named = typeOfAbbr(abbr, family)?.name;
  const data = { type: c.typeWord!.text, symbol: ns.symbol, abbr, want: allowed.join(ctx.t('or')), named: named ?? abbr };
  if (family === 'state' && c.typeWord!.type === 'Quy định' && abbr === 'QĐ') return ctx.t('stateQuyDinh', data);
  if (!ruling?.version) return ctx.t(named ? 'mismatch' : 'mismatchUnknown', data);
  const when = whenWords(doc, c, ruling.by!, ctx);
  // The abbreviation is another version's form of this very type: say which, and which applied.
  const other = TYPE_ABBR_VERSIONS.find((v) => v.forms.get(c.typeWord!.type) === abbr);
  if (other) return ctx.t('otherVersion', { ...data, other: other.provision, basis: ruling.version.provision, when });
  return `${ctx.t(named ? 'mismatch' : 'mismatchUnknown', data)} ${ctx.t('basis', { basis: ruling.version.provision, when })}`;
}

function check(doc: PlanDocument, index: MentionIndex, c: Citation, ctx: RuleContext): void {
  const ns = c.numberSymbol!;
  const found = c.typeWord && abbrInSymbol(doc.text, c);
  if (!found) return;
  const { abbr, range } = found;
  const ruling = familyOf(ns.style) === 'state' ? stateAbbrRuling(doc, c, abbr) : undefined;
  if (ruling?.olderOnly) return reportOlderOnly(doc, c, abbr, ruling, ctx);
  const allowed = ruling ? ruling.allowed : allowedAbbrs(c);
  if (allowed.length === 0 || allowed.includes(abbr)) return;
  let message = mismatchMessage(doc, c, abbr, allowed, ruling, ctx);
  let fix: Fix | undefined;
  if (allowed.length === 1 && !(familyOf(ns.style) === 'state' && c.typeWord!.type === 'Quy định')) {
    const symbol = ns.symbol.replace(abbr, allowed[0]);
    fix = { title: ctx.t('fix', { abbr: allowed[0], symbol }), edits: [{ ...range, text: allowed[0] }] };
  }
  const other = rightElsewhere(index, c, allowed);
  if (other) {
    message += ' ' + ctx.t('elsewhere', { line: positionAt(doc.lines, other.start).line + 1, cited: `${other.typeWord!.text} số ${other.numberSymbol!.symbol}` });
  }
  ctx.report({ message, start: c.typeWord!.start, end: ns.end, fix });
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
    // The abbreviations of a few administrative types changed on 05/3/2020 (type-abbr-versions.ts).
    basis: { vi: 'Căn cứ: {basis} ({when}).', en: 'Basis: {basis} ({when}).' },
    otherVersion: {
      vi: 'Ký hiệu “{symbol}” viết tắt {type} là “{abbr}” theo {other}, nhưng văn bản được trích theo {basis} ({when}): {type} viết tắt là “{want}”.',
      en: 'The symbol “{symbol}” abbreviates {type} “{abbr}” as {other} does, but the cited document falls under {basis} ({when}): {type} is abbreviated “{want}”.',
    },
    olderOnly: {
      vi: 'Ký hiệu “{symbol}” viết tắt {type} là “{abbr}” theo {older}: chỉ đúng nếu văn bản được ban hành trước ngày {until}; từ ngày đó, theo {newer}, {type} viết tắt là “{want}”. Trích dẫn không ghi ngày ban hành ({when}): hãy ghi ngày để kiểm tra được.',
      en: 'The symbol “{symbol}” abbreviates {type} “{abbr}” as {older} did: right only for a document issued before {until}; from that day, under {newer}, {type} is abbreviated “{want}”. The citation gives no date ({when}): add it so that this can be checked.',
    },
    whenCited: { vi: 'văn bản được trích ngày {date}', en: 'the cited document is dated {date}' },
    whenPlan: { vi: 'kế hoạch {plan}', en: 'the plan is dated {plan}' },
    whenToday: { vi: 'kế hoạch chưa ghi ngày: tính theo hôm nay', en: 'the plan has no date yet: read as of today' },
  },
  defaultSeverity: 'error',
  fixable: true,
  // Each family of symbols has its own table: the law on legal normative documents for NĐ, TT, TTLT …
  // (the symbol shows the type), the decree's Phụ lục III for administrative types, the Party guidance
  // for Party types (36-HD/VPTW, Mục II, khoản 1, điểm 1.3: số và ký hiệu, quoted by thuvienphapluat.vn).
  // Four administrative types were abbreviated otherwise before 05/3/2020 (TT 01/2011): see type-abbr-versions.ts.
  basis: {
    provision: 'Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13, Điều 10 (từ 01/4/2025: Luật 64/2025/QH15, Điều 7, khoản 3) cho NĐ, TT, TTLT …; '
      + 'Nghị định 30/2020/NĐ-CP, Phụ lục III, mục I cho văn bản hành chính (văn bản ban hành trước 05/3/2020: Thông tư 01/2011/TT-BNV); '
      + 'Hướng dẫn 36-HD/VPTW, Mục II, khoản 1, điểm 1.3 cho văn bản của Đảng',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    const all = checkedCitations(doc);
    const index = indexMentions(all);
    for (const c of all) check(doc, index, c, ctx);
  },
});

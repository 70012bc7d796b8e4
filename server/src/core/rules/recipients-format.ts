import type { PlanDocument } from '../document';
import { cleanSlice, type CleanText } from '../text/clean';
import { foldKey, foldLoose } from '../text/fold';
import type { TextLine } from '../text/lines';
import { normalizeSlice } from '../text/normalized';
import { breakOf } from './fix-edits';
import type { Fix, Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

const LABEL = 'Nơi nhận:';
const BULLETS = new Set(['-', '+', '•', '–', '—', '*']);
const SIGNATURE = /^(?:(?:TM|KT|Q|TL|TUQ)\.\s*\S|(?:T\/M|K\/T|T\.M|K\.T)(?!\p{L}))/u;

/** One recipient: its first line (where its bullet is) and its last (where its punctuation is). */
interface Item {
  readonly first: CleanText;
  readonly last: CleanText;
  readonly firstNfc: string;
}

const nfcOf = (doc: PlanDocument, c: CleanText) => normalizeSlice(doc.text, c.start, c.end).text;
const hasBullet = (nfc: string) => BULLETS.has(nfc[0]) && /\s/.test(nfc[1] ?? '');
/** The recipient's words, without its bullet: `Lưu: VT.` of `- Lưu: VT.`. */
const wordsOf = (nfc: string) => (hasBullet(nfc) ? nfc.slice(2).trimStart() : nfc);
const isLuu = (nfc: string) => /^luu\b/.test(foldKey(wordsOf(nfc)));

/** Where the list ends: the signature, a line in capitals (the signer's title), or text after a blank line that is no recipient. */
function endsList(nfc: string): boolean {
  return SIGNATURE.test(nfc) || (/\p{Lu}/u.test(nfc) && nfc === nfc.toUpperCase() && !hasBullet(nfc));
}

/**
 * The recipients under `Nơi nhận:`, one per bullet; a line without a bullet that starts in lower case
 * or indented continues the one above (a long name wrapped), any other starts a recipient that lacks its bullet.
 */
/** The first line from `from` on that is not blank (not a copy of the lines that follow: a plan has thousands). */
function nextWrittenLine(doc: PlanDocument, from: number): TextLine | undefined {
  for (let i = from; i < doc.lines.length; i++) if (doc.lines[i].text.trim()) return doc.lines[i];
  return undefined;
}

function itemsOf(doc: PlanDocument, labelLine: number): Item[] {
  const items: Item[] = [];
  const codeLines = new Set(doc.codeAndHtml.flatMap((b) => Array.from({ length: b.lastLine - b.firstLine + 1 }, (_, k) => b.firstLine + k)));
  for (let i = labelLine + 1; i < doc.lines.length && i < labelLine + 40; i++) {
    if (codeLines.has(i)) break;
    const line = doc.lines[i];
    const clean = cleanSlice(line.text, line.start);
    const nfc = nfcOf(doc, clean);
    if (!nfc) {
      const next = nextWrittenLine(doc, i + 1);
      if (!next || !hasBullet(next.text.trim())) break;
      continue;
    }
    if (endsList(nfc)) break;
    const continues = items.length > 0 && !hasBullet(nfc) && (/^\p{Ll}/u.test(nfc) || /^[ \t]/.test(line.text)) && !isLuu(nfc);
    if (continues) items[items.length - 1] = { ...items[items.length - 1], last: clean };
    else items.push({ first: clean, last: clean, firstNfc: nfc });
    if (isLuu(nfc)) break;
  }
  return items;
}

/** The edit that makes a line end with `mark` (`;` or `.`): replacing a wrong stop, or added after the last word. */
function endEdit(doc: PlanDocument, c: CleanText, mark: string): TextEdit | undefined {
  const last = nfcOf(doc, c).slice(-1);
  if (last === mark) return undefined;
  if (/[;,.:]/.test(last)) return { start: c.end - 1, end: c.end, text: mark };
  return { start: c.end, end: c.end, text: mark };
}

function checkLabel(doc: PlanDocument, ctx: RuleContext, labelLine: number): void {
  const line = doc.lines[labelLine];
  const clean = cleanSlice(line.text, line.start);
  const nfc = nfcOf(doc, clean);
  if (nfc.startsWith(LABEL)) return;
  const alone = /^nơi nhận\s*[:：]?$/iu.test(nfc);
  const fix: Fix | undefined = alone ? { title: ctx.t('fixLabel'), edits: [{ start: clean.start, end: clean.end, text: LABEL }] } : undefined;
  ctx.report({ message: ctx.t('label', { written: nfc.slice(0, 12) }), start: clean.start, end: clean.end, fix });
}

function checkItem(doc: PlanDocument, ctx: RuleContext, item: Item, isLast: boolean): void {
  const edits: TextEdit[] = [];
  const nfc = item.firstNfc;
  if (!hasBullet(nfc)) edits.push({ start: item.first.start, end: item.first.start, text: '- ' });
  else if (nfc[0] !== '-') edits.push({ start: item.first.start, end: item.first.start + 1, text: '-' });
  const end = endEdit(doc, item.last, isLast ? '.' : ';');
  if (end) edits.push(end);
  if (edits.length === 0) return;
  const message = ctx.t(isLast ? 'lastLine' : 'line');
  ctx.report({ message, start: item.first.start, end: item.last.end, fix: { title: ctx.t('fixLine'), edits }, severity: 'information' });
}

/** The last line: `- Lưu: VT, …` (the records office keeps a copy), with its colon. */
function checkLuu(doc: PlanDocument, ctx: RuleContext, items: readonly Item[]): void {
  const last = items[items.length - 1];
  if (!last || !isLuu(last.firstNfc)) {
    const after = last?.last ?? cleanSlice(doc.lines[doc.recipients!.firstLine].text, doc.lines[doc.recipients!.firstLine].start);
    const edits = [{ start: after.end, end: after.end, text: `${breakOf(doc)}- Lưu: VT.` }];
    const where = last ? { start: last.first.start, end: last.last.end } : after;
    ctx.report({ message: ctx.t('noLuu'), ...where, fix: { title: ctx.t('fixLuu'), edits } });
    return;
  }
  const words = wordsOf(last.firstNfc);
  if (/^luu\s*:\s*vt\b/.test(foldLoose(words))) return;
  ctx.report({ message: ctx.t('luuForm', { written: words }), start: last.first.start, end: last.last.end });
}

export const recipientsFormat: Rule = defineRule({
  id: 'recipients-format',
  description: {
    vi: 'Nơi nhận thiếu hoặc trình bày sai: “Nơi nhận:”, mỗi nơi nhận một dòng “- …;”, dòng cuối “- Lưu: VT, ….”',
    en: 'Nơi nhận is missing or malformed: “Nơi nhận:”, one recipient a line “- …;”, the last line “- Lưu: VT, ….”',
  },
  messages: {
    missing: {
      vi: 'Kế hoạch có chữ ký nhưng thiếu phần “Nơi nhận:” (các cơ quan, đơn vị nhận kế hoạch; dòng cuối “- Lưu: VT, …”).',
      en: 'The plan is signed but has no “Nơi nhận:” (the bodies that receive it; last line “- Lưu: VT, …”).',
    },
    label: { vi: 'Viết “Nơi nhận:” (chữ thường, có dấu hai chấm), không phải “{written}”.', en: 'Write “Nơi nhận:” (lower case, with a colon), not “{written}”.' },
    line: {
      vi: 'Mỗi nơi nhận một dòng, đầu dòng có gạch đầu dòng (-), cuối dòng có dấu chấm phẩy (;).',
      en: 'One recipient a line, starting with a hyphen (-) and ending with a semicolon (;).',
    },
    lastLine: {
      vi: 'Dòng cuối của Nơi nhận bắt đầu bằng gạch đầu dòng (-) và kết thúc bằng dấu chấm (.).',
      en: 'The last line of Nơi nhận starts with a hyphen (-) and ends with a full stop (.).',
    },
    noLuu: {
      vi: 'Dòng cuối của Nơi nhận là nơi lưu văn bản: “- Lưu: VT, …” (VT: Văn thư cơ quan, rồi đơn vị soạn thảo).',
      en: 'The last line of Nơi nhận is where copies are kept: “- Lưu: VT, …” (VT: the records office, then the drafting unit).',
    },
    luuForm: {
      vi: 'Dòng lưu viết “Lưu:”, tiếp theo là “VT” rồi dấu phẩy và đơn vị soạn thảo: “- Lưu: VT, …”, không phải “{written}”.',
      en: 'The copies line reads “Lưu:”, then “VT”, a comma and the drafting unit: “- Lưu: VT, …”, not “{written}”.',
    },
    fixLabel: { vi: 'Sửa thành “Nơi nhận:”', en: 'Change to “Nơi nhận:”' },
    fixLine: { vi: 'Sửa gạch đầu dòng và dấu cuối dòng', en: 'Fix the hyphen and the end of the line' },
    fixLuu: { vi: 'Thêm dòng “- Lưu: VT.”', en: 'Add the line “- Lưu: VT.”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.c, II.9.d (ô số 9b); văn bản của Đảng: Hướng dẫn 36-HD/VPTW '
      + '(nơi nhận là thành phần thể thức bắt buộc); văn bản của Đoàn: Hướng dẫn 29-HD/TWĐTN-VP (như vậy)',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    if (!doc.recipients) {
      // Only a signed plan has surely reached its end; Party and Đoàn plans list Nơi nhận as mandatory too
      // (36-HD/VPTW, 29-HD/TWĐTN-VP). A mass organisation's format is not confirmed: nothing is asked of it.
      if (doc.signature && ctx.profile !== 'mass') ctx.report({ message: ctx.t('missing'), start: doc.signature.start, end: doc.lines[doc.signature.firstLine].end });
      return;
    }
    // The layout of the list is the decree's; the Party's (`- Lưu Văn phòng Tỉnh ủy.`) was not confirmed.
    if (ctx.profile !== 'state') return;
    checkLabel(doc, ctx, doc.recipients.firstLine);
    const items = itemsOf(doc, doc.recipients.firstLine);
    // Without a `Lưu` line every recipient ends with `;`: the fix adds `- Lưu: VT.` after them.
    const endsWithLuu = items.length > 0 && isLuu(items[items.length - 1].firstNfc);
    items.forEach((item, i) => checkItem(doc, ctx, item, endsWithLuu && i === items.length - 1));
    checkLuu(doc, ctx, items);
  },
});

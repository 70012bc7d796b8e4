import type { PlanDocument, Profile } from '../document';
import { cellsOf, type CleanText } from '../text/clean';
import { isUpperCaseText } from '../text/fold';
import { normalizeSlice } from '../text/normalized';
import type { Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

/** The powers a signer can sign with: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền. */
type Power = 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q';

/**
 * How each profile writes a power. State: Nghị định 30/2020, Phụ lục I, Phần I, mục II.7.b and II.7.đ
 * (“TM.”, “Q.”, “KT.”, “TL.”, “TUQ.”). Party: Hướng dẫn 36-HD/VPTW, điểm 1.7.1 (“thay mặt (ký hiệu là
 * T/M)”, “ký thay (ký hiệu là K/T)”); the Party's forms of the other powers were not confirmed, so they
 * are left alone.
 */
const FORMS: Readonly<Partial<Record<Profile, Readonly<Partial<Record<Power, string>>>>>> = {
  state: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' },
  party: { TM: 'T/M', KT: 'K/T' },
};

/** The other profile's own forms, for a message that says where the written one comes from. */
const OTHER: Readonly<Partial<Record<Profile, Profile>>> = { state: 'party', party: 'state' };

/** A power's letters, a dot or a slash between them, and a mark after: `T.M.`, `K/T`, `TUQ.`, `Tm:`. */
const TOKEN = /^(T[./]?U[./]?Q|T[./]?M|K[./]?T|T[./]?L|Q)([./:]?)/i;

/** A signing line read: the power, the abbreviation as written and its range, and whether a space follows it. */
interface Authority {
  readonly power: Power;
  readonly written: string;
  readonly start: number;
  readonly end: number;
  readonly spaced: boolean;
}

/**
 * The power a cell opens with, when the cell reads as a signing line: the abbreviation, then the body or
 * title it signs for. Without a dot or slash (`TM ỦY BAN NHÂN DÂN`) or in lower case (`Tm.`) the title must
 * be in capitals, and `Q` needs its dot, so that a sentence is never taken for a signature.
 */
function authorityOf(doc: PlanDocument, cell: CleanText): Authority | undefined {
  const m = TOKEN.exec(cell.text);
  if (!m) return undefined;
  const power = m[1].replace(/[./]/g, '').toUpperCase() as Power;
  const marked = /[./]/.test(m[0]);
  if (power === 'Q' && !marked) return undefined;
  const rest = cell.text.slice(m[0].length);
  const spaced = /^\s/.test(rest);
  // `TMP…` is a word; `TM.ỦY BAN` only lacks its space.
  if (!spaced && !(m[2] && rest)) return undefined;
  const title = normalizeSlice(doc.text, cell.start + m[0].length, cell.end).text.trim();
  // A lower-case or unmarked abbreviation (`Tm.`, `KT`) is a signature only before a title in capitals.
  const loose = !marked || m[1] !== m[1].toUpperCase();
  if (!/^\p{Lu}/u.test(title) || (loose && !isUpperCaseText(title))) return undefined;
  return { power, written: m[0], start: cell.start, end: cell.start + m[0].length, spaced };
}

/** Lines of code and HTML blocks, which hold no signature. */
function opaqueLines(doc: PlanDocument): Set<number> {
  const lines = new Set<number>();
  for (const b of doc.codeAndHtml) for (let i = b.firstLine; i <= b.lastLine; i++) lines.add(i);
  return lines;
}

/** Every signing line below the header (the block pasted as two columns comes as table cells). */
function authoritiesOf(doc: PlanDocument): Authority[] {
  const skip = opaqueLines(doc);
  // A section's heading is no signing line: `q. TỔ CHỨC THỰC HIỆN` is a letter-numbered section, and
  // writing it `Q.` would make it read as a signature (a fix-all run inserted the section again and again).
  for (const s of doc.allSections) skip.add(s.heading.line);
  const found: Authority[] = [];
  for (let i = doc.header.endLine; i < doc.lines.length; i++) {
    if (skip.has(i)) continue;
    const line = doc.lines[i];
    for (const cell of cellsOf(line.text, line.start)) {
      const a = authorityOf(doc, cell);
      if (a) found.push(a);
    }
  }
  return found;
}

function check(ctx: RuleContext, a: Authority, profile: Profile): void {
  const want = FORMS[profile]?.[a.power];
  if (!want) return;
  const edits: TextEdit[] = [];
  if (a.written !== want) edits.push({ start: a.start, end: a.end, text: a.spaced ? want : `${want} ` });
  else if (!a.spaced) edits.push({ start: a.end, end: a.end, text: ' ' });
  else return;
  const fix = { title: ctx.t('fix', { want }), edits };
  if (a.written === want) {
    ctx.report({ message: ctx.t('space', { want }), start: a.start, end: a.end, fix, severity: 'information' });
    return;
  }
  const other = OTHER[profile];
  const fromOther = other !== undefined && FORMS[other]?.[a.power] === a.written;
  const id = fromOther ? (profile === 'state' ? 'partyInState' : 'stateInParty') : 'form';
  ctx.report({ message: ctx.t(id, { written: a.written, want }), start: a.start, end: a.end, fix });
}

export const signatureAuthority: Rule = defineRule({
  id: 'signature-authority',
  description: {
    vi: 'Chữ viết tắt quyền hạn của người ký viết sai: “TM.”, “KT.”, “Q.”, “TL.”, “TUQ.” (văn bản nhà nước); “T/M”, “K/T” (văn bản Đảng).',
    en: 'The signer’s power is abbreviated wrongly: “TM.”, “KT.”, “Q.”, “TL.”, “TUQ.” (state documents); “T/M”, “K/T” (Party documents).',
  },
  messages: {
    form: {
      vi: 'Quyền hạn của người ký viết tắt là “{want}”, không phải “{written}”.',
      en: 'The signer’s power is abbreviated “{want}”, not “{written}”.',
    },
    partyInState: {
      vi: 'Văn bản nhà nước ghi quyền hạn của người ký là “{want}”; “{written}” là cách ghi của văn bản Đảng.',
      en: 'A state document writes the signer’s power “{want}”; “{written}” is the Party’s form.',
    },
    stateInParty: {
      vi: 'Văn bản Đảng ghi quyền hạn của người ký là “{want}”; “{written}” là cách ghi của văn bản nhà nước.',
      en: 'A Party document writes the signer’s power “{want}”; “{written}” is the state’s form.',
    },
    space: {
      vi: 'Sau “{want}” có một dấu cách trước tên tập thể hoặc chức vụ (như mẫu của Nghị định: “TM. ỦY BAN NHÂN DÂN”).',
      en: 'A space follows “{want}” before the body or title (as in the decree’s model: “TM. ỦY BAN NHÂN DÂN”).',
    },
    fix: { vi: 'Sửa thành “{want}”', en: 'Change to “{want}”' },
  },
  defaultSeverity: 'warning',
  fixable: true,
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.b, II.7.đ; văn bản của Đảng: Hướng dẫn 36-HD/VPTW, điểm 1.7.1 '
      + '(văn bản của Đoàn: không kiểm tra, Hướng dẫn 29-HD/TWĐTN-VP chưa xác minh được cách ghi)',
    since: '2020-03-05',
  },
  check(doc, ctx) {
    const profile = ctx.profile;
    // The Đoàn's signing forms were not confirmed (its decision 367-QĐ/TWĐTN-VP is signed `TM. BAN BÍ THƯ`,
    // `T/M` is seen too): a Đoàn plan, even one checked as a Party plan, and a mass organisation's get no finding.
    if (!FORMS[profile] || doc.detectedProfile === 'doan') return;
    for (const a of authoritiesOf(doc)) check(ctx, a, profile);
  },
});

/**
 * Which organisation outside the state and the Party a header shows, for the choice of profile
 * (document.ts): the Đoàn TNCS Hồ Chí Minh, whose format Hướng dẫn 29-HD/TWĐTN-VP sets, or a mass
 * organisation whose format could not be confirmed (server/src/core/data/mass-organisations.json;
 * docs/sources/issue-12.md §2). The Công đoàn is not among them: it writes the state header
 * (Quyết định 933/QĐ-TLĐ), Quốc hiệu and all.
 */
import { foldKey } from '../text/fold';
import type { PlanHeader } from './types';

/**
 * Names of the mass organisations whose format is not confirmed, folded, as whole words of an issuer
 * line: Hội Nông dân, Hội Liên hiệp Phụ nữ (also `HỘI LHPN`, a commune's `HỘI PHỤ NỮ`), Mặt trận Tổ
 * quốc (`ỦY BAN MTTQ`, `UBMTTQ`), Hội Cựu chiến binh (`HỘI CCB`).
 */
const MASS_NAMES = [
  'hoi nong dan',
  'hoi lien hiep phu nu', 'hoi lhpn', 'hoi phu nu',
  'mat tran to quoc', 'mttq', 'ubmttq',
  'hoi cuu chien binh', 'hoi ccb',
];

function namesMassOrganisation(line: string): boolean {
  const key = ` ${foldKey(line)} `;
  return MASS_NAMES.some((name) => key.includes(` ${name} `));
}

/** Whether an issuer line of the header names a mass organisation whose format is not confirmed. */
export function isMassOrganisationHeader(header: PlanHeader): boolean {
  return header.issuer.some((f) => namesMassOrganisation(f.text));
}

/**
 * The Đoàn's body code in the symbol: `TWĐTN` (Trung ương Đoàn, confirmed from its documents), and the
 * same ending in a committee's code (`TĐTN`, `HĐTN`, `ĐTN`), read as a signal only, never checked.
 */
const DOAN_CODE = /^\p{Lu}{0,4}ĐTN$/u;

/** Whether the `Số` line's symbol names a Đoàn committee after the type: `225-KH/TWĐTN-CTTN`, `05-KH/ĐTN`. */
export function hasDoanSymbol(header: PlanHeader): boolean {
  const parts = header.number?.parsed?.parts;
  return parts !== undefined && parts.length >= 2 && parts[0].word.toUpperCase() === 'KH' && DOAN_CODE.test(parts[1].word.normalize('NFC'));
}

import type { DateMention } from '../dates/read';

export type { DateMention } from '../dates/read';

/** A piece of a citation: its text (NFC, line wraps and runs of spaces read as one space) and its range in the original. */
export interface Part {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface TypeWord extends Part {
  /** Canonical type name from tables.ts: `Nghị quyết`, `Quy định`, `Văn bản` … */
  readonly type: string;
}

/**
 * Layout of a number-symbol: `party` `65-KL/TW`; `state` `1719/QĐ-TTg`; `state-normative`
 * `05/2011/NĐ-CP`; `national-assembly` `88/2019/QH14`; `joint` `…/2008/TTLT-BTC-BKHĐT`;
 * `cong-van` `1301/UBDT-KHTC` (a state công văn: no type in the symbol).
 */
export type SymbolStyle = 'party' | 'state' | 'state-normative' | 'national-assembly' | 'joint' | 'cong-van';

export interface NumberSymbol extends Part {
  /** The number as written: `05`, `1719`. */
  readonly number: string;
  /** The symbol as it should be written: separators `/` and `-` without spaces, codes in their fixed case. */
  readonly symbol: string;
  readonly style: SymbolStyle;
  /** Canonical type abbreviation in the symbol (`KL`, `QĐ`), absent for a state công văn and QH symbols. */
  readonly typeAbbr?: string;
  /** Where the type abbreviation is in the original, for a fix that replaces it. */
  readonly typeAbbrRange?: { readonly start: number; readonly end: number };
  /** The issuing body's code: `TW`, `TTg`, `UBND`, `QH` (the term is in `term`), the first body of a joint symbol. */
  readonly issuerCode?: string;
  /** The year inside a legal normative or QH symbol. */
  readonly year?: number;
  /** The National Assembly's term of a `QH14` / `UBTVQH14` symbol. */
  readonly term?: number;
  /** Where the term's digits are in the original. */
  readonly termRange?: { readonly start: number; readonly end: number };
  /** Whether the style was told by a known code (TW, TTg, UBND …) rather than by the written layout alone. */
  readonly styleFromCodes: boolean;
}

/** `Nghị quyết Trung ương 7 (khóa IX)`, `Quy định 217`, `Luật Ngân sách nhà nước năm 2015`. */
export interface ReferenceName {
  /** The number when the reference has one: `217`, `7`. */
  readonly number?: string;
  /** The name of a Luật, Bộ luật, Pháp lệnh: `Ngân sách nhà nước`. */
  readonly name?: string;
}

export interface Citation {
  /** From the type word (or `số`, or the symbol) to the end of the issuer, date or symbol; the trích yếu is outside. */
  readonly start: number;
  readonly end: number;
  /** `symbol`: has a number-symbol and is checked; `reference`: named without one, recognized but never flagged. */
  readonly kind: 'symbol' | 'reference';
  readonly typeWord?: TypeWord;
  readonly numberSymbol?: NumberSymbol;
  readonly reference?: ReferenceName;
  /** Whether `số` stands before the symbol. */
  readonly hasSo: boolean;
  /** Where `số` is, when present. */
  readonly so?: { readonly start: number; readonly end: number };
  /** `Quyết địnhsố`: the type word and `số` were pasted without their space. */
  readonly gluedSo: boolean;
  readonly date?: DateMention;
  /**
   * The date followed a comma (`Nghị quyết số 12-NQ/TU, ngày 09/6/2022`). Usually the citation's own,
   * but it may open the next clause (`… số 05/2011/NĐ-CP, ngày 15/3/2020 Sở Nội vụ đã …`): rules that
   * would accuse such a date of being wrong stay silent.
   */
  readonly dateAfterComma?: boolean;
  readonly issuer?: Part;
  /**
   * The issuer stands after a later citation of the same list and is shared (`Quyết định số
   * 755/QĐ-TTg, Quyết định số 293/QĐ-TTg của Thủ tướng Chính phủ`): its range is outside this citation.
   */
  readonly issuerShared?: boolean;
  /**
   * No issuer follows, but the words before name it: the subject that issued the document (`UBND
   * Thành phố đã ban hành Chương trình số 34/CTr-UBND`) or the body that sent it (`Theo đề nghị của
   * Sở Y tế tại Tờ trình số 164/TTr-SYT`). Set only when true.
   */
  readonly issuerBefore?: boolean;
  readonly summary?: Part;
  /**
   * The citation opens a note at the head of its line (`(Ban hành kèm theo Quyết định số … )`, `Kèm
   * theo Kế hoạch số …`): it names the document that issues the text below. Set only when true.
   */
  readonly attachmentNote?: boolean;
  /**
   * A mention of the plan itself (its own number in a web page's title or metadata): listed for
   * hover, skipped by the rules and the `citations` command. Set by citationsOf only.
   */
  readonly self?: boolean;
}

/** The header of a plan as typed fields, read once by the recognisers of this folder. */

/** A range in the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of a field: its NFC text and its range in the original. */
export interface Piece extends Span {
  readonly text: string;
}

/** One field of the header: its NFC text for reading, and its range in the original. */
export interface HeaderField extends Span {
  readonly text: string;
  readonly line: number;
  /** For the `Số` field: what follows `Số`/`Số:` (`52/KH-UBND`, `     /KH-UBND`). */
  readonly value?: string;
}

/** State `52/KH-UBND` (slash, then hyphens) or Party `201-KH/TU` (hyphen, then slash). */
export type NumberStyle = 'state' | 'party';

/** A group of letters or digits of the symbol, with the separator written before it. */
export interface SymbolPart {
  readonly sep: string;
  readonly word: string;
  /** The separator holds a space (`52 / KH`). */
  readonly spaced: boolean;
  /** Range of the separator and the word, in the original. */
  readonly sepStart: number;
  readonly end: number;
}

/** The `Số` line read as its pieces, every range in the original text. */
export interface NumberFields {
  /** `Số` as written (`số`, `SỐ` are misspellings), and the mark after it: `:`, `：`, `.` or none. */
  readonly label: Piece;
  readonly colon?: Piece;
  /** The number's digits (empty when left blank for the records officer), and where they stand or would. */
  readonly digits: string;
  readonly digitsStart: number;
  /** The groups of the symbol: `KH`, `UBND`. */
  readonly parts: readonly SymbolPart[];
  /** The layout the separators show; undefined when they show neither. */
  readonly style?: NumberStyle;
  /** A space (or line break) follows the colon. */
  readonly spaceAfterColon: boolean;
  /** A group of four digits, a year (`52/2023/KH-UBND`): not a Kế hoạch's form. */
  readonly yearInSymbol: boolean;
  /** The line as a reader sees it: its cells or lines joined by one space. */
  readonly written: string;
}

export interface NumberField extends HeaderField {
  /** The pieces, when the line reads as `Số` and a number-symbol (always for `number`). */
  readonly parsed?: NumberFields;
}

/** Digits written in a slot of the date (`05` of `ngày 05`), with their range in the original. */
export interface DateSlot extends Piece {
  readonly value: number;
}

/** The plan's own date as the place-date line gives it; a blank day or month lowers its precision. */
export interface HeaderDate extends Span {
  readonly precision: 'day' | 'month' | 'year';
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** False when the line names a day that does not exist (`ngày 30 tháng 02 năm 2023`). */
  readonly valid: boolean;
}

/** The place-date line read as its pieces, every range in the original text. */
export interface PlaceDateFields {
  /** `words`: `ngày 05 tháng 6 năm 2014`; `numeric`: `ngày 05/6/2014` (a malformed one). */
  readonly form: 'words' | 'numeric';
  /** The place without its comma; undefined when the line starts at `ngày`. */
  readonly place?: Piece;
  /** The place's first letter, for a fix that capitalizes it. */
  readonly placeInitial?: Piece;
  /** Whether a comma stands between the place and `ngày`. */
  readonly comma: boolean;
  /** Where `ngày` starts. */
  readonly ngay: number;
  /** The slots as written: digits of the day, month and year (absent when left blank). */
  readonly ranges: { readonly day?: DateSlot; readonly month?: DateSlot; readonly year?: DateSlot; readonly numeric?: Span };
}

export interface PlaceDateField extends HeaderField {
  /** The pieces, when the line reads as a place and a date in words or digits. */
  readonly parsed?: PlaceDateFields;
  /** The plan's date, when it can be read (a wholly blank line has none). */
  readonly date?: HeaderDate;
}

/** A word of a fixed title, with the text between it and the word before (see header/words.ts). */
export interface TitleWord extends Piece {
  readonly gapBefore: string;
}

/** The Quốc hiệu, Tiêu ngữ, Party title or Đoàn heading, with its words. */
export interface TitleField extends HeaderField {
  readonly words: readonly TitleWord[];
}

export interface PlanHeader {
  /** Issuing body lines (and its superior), top left. */
  readonly issuer: readonly HeaderField[];
  readonly nationalTitle?: TitleField;
  readonly motto?: TitleField;
  readonly partyTitle?: TitleField;
  /** The Đoàn's heading `ĐOÀN TNCS HỒ CHÍ MINH` (Hướng dẫn 29-HD/TWĐTN-VP: its “tiêu đề”). */
  readonly doanTitle?: TitleField;
  /** The `Số` line, with its typed pieces in `parsed`. */
  readonly number?: NumberField;
  /** The place-date line, with its typed pieces in `parsed`. */
  readonly placeDate?: PlaceDateField;
  /** The `KẾ HOẠCH` line. */
  readonly title?: HeaderField;
  /** The trích yếu under the title. */
  readonly summary?: HeaderField;
  /** A `Số` line that could not be read as a number and symbol (`Số: KH-UBND`, `Số:` alone). */
  readonly numberLike?: NumberField;
  /** `(Ban hành kèm theo Quyết định số …)` under the title: the plan's number and date are its parent's. */
  readonly attachedTo?: HeaderField;
  /** First line after the header. */
  readonly endLine: number;
  /**
   * First line the reading of the header never looked at: an edit that starts there or further down
   * leaves the header as it was read (what a fix checks before reading the header again).
   */
  readonly readUntilLine: number;
}

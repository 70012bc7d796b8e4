/**
 * What the reader makes of a .docx: the text the rules read (one paragraph after another, as
 * `parsePlan` reads a pasted plan), and the map from every offset of that text back to its Word
 * paragraph and run, with the formatting the format rules need. Lengths are in twips (1/20 pt) as
 * Word stores them; sizes in points.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Effective character formatting of a run: direct formatting over its styles and the defaults. */
export interface RunFormat {
  /** The font Word draws the run's non-ASCII letters with (`w:hAnsi`, or `w:ascii`), theme fonts resolved. */
  readonly font?: string;
  readonly sizePt?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly caps?: boolean;
  readonly smallCaps?: boolean;
}

export type Alignment = 'left' | 'center' | 'right' | 'both' | 'distribute' | string;

export interface ParagraphFormat {
  readonly align?: Alignment;
  readonly indent?: { readonly left?: number; readonly right?: number; readonly firstLine?: number; readonly hanging?: number };
  /** `line` in 240ths of a line when `lineRule` is `auto`, else twips. */
  readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number; readonly lineRule?: string };
  readonly outlineLevel?: number;
}

/** Where a paragraph of a table sits: the table (0-based, document order, nested ones counted), row and cell. */
export interface TablePlace {
  readonly table: number;
  readonly row: number;
  readonly cell: number;
  /** 1 for a table in the body, 2 for a table inside a cell … */
  readonly depth: number;
}

export interface DocxParagraph {
  /** 1-based, in document order, table cells and text boxes included; footnotes follow the body. */
  readonly index: number;
  /** Range of the paragraph's own text (its list number included) in `DocxReading.text`. */
  readonly start: number;
  readonly end: number;
  readonly part: 'body' | 'footnote' | 'endnote';
  readonly styleId?: string;
  readonly styleName?: string;
  /** The number or bullet Word draws before the text (`II.`, `1.`, `a)`, `-`), as it shows it. */
  readonly numberingText?: string;
  readonly numbering?: { readonly numId: string; readonly level: number; readonly format: string };
  readonly table?: TablePlace;
  readonly inTextBox?: boolean;
  readonly format: ParagraphFormat;
  /** The paragraph's field instructions (`PAGE`, `DATE \@ "dd/MM/yyyy"`); the text holds their results. */
  readonly fields?: readonly string[];
}

/** A range of the text with one formatting: a run of the document, or text Word generates. */
export interface DocxRun {
  readonly start: number;
  readonly end: number;
  /** 1-based index of the paragraph it belongs to. */
  readonly paragraph: number;
  /** 1-based index of the `w:r` within its paragraph; 0 for generated text (a list number). */
  readonly run: number;
  readonly kind: 'text' | 'numbering' | 'field';
  readonly format: RunFormat;
  /** Set when the run's characters were in a legacy font's encoding and have been decoded. */
  readonly legacy?: LegacyEncoding;
}

export interface LegacyRange {
  readonly start: number;
  readonly end: number;
  readonly encoding: LegacyEncoding;
  readonly font: string;
}

export interface HeaderFooter {
  readonly kind: 'header' | 'footer';
  readonly type: 'default' | 'first' | 'even';
  readonly text: string;
  /** Whether it holds a PAGE field (the page number). */
  readonly pageField: boolean;
  /** Alignment of the paragraph holding the PAGE field, or of its first paragraph. */
  readonly align?: Alignment;
}

/** Page setup of one section (`w:sectPr`). */
export interface DocxSection {
  /** 1-based index of the section's first paragraph. */
  readonly firstParagraph: number;
  readonly pageWidth?: number;
  readonly pageHeight?: number;
  readonly orientation?: 'portrait' | 'landscape';
  readonly margins: {
    readonly top?: number; readonly right?: number; readonly bottom?: number; readonly left?: number;
    readonly header?: number; readonly footer?: number; readonly gutter?: number;
  };
  /** A different first page (no page number on page 1). */
  readonly titlePage: boolean;
  readonly pageNumberStart?: number;
  readonly pageNumberFormat?: string;
  readonly headers: readonly HeaderFooter[];
}

export interface DocxReading {
  readonly text: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly runs: readonly DocxRun[];
  readonly sections: readonly DocxSection[];
  readonly legacy: readonly LegacyRange[];
  /** The document's default run formatting (docDefaults and the Normal style). */
  readonly defaults: RunFormat;
}

/** The object without its undefined fields (optional fields absent rather than undefined, as JSON shows them). */
export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

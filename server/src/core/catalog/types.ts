/** The directive catalog's model: documents identified by symbol and date, and the questions rules ask of it. */

/** Whether a document is still in force, as a public source said it; absent when no source said. */
export type EntryStatus =
  | { readonly state: 'in-force' }
  | { readonly state: 'expired'; readonly since?: string }
  /** `since`: the day the replacing document took effect, when it differs from its date of issue (a law's effective date). */
  | { readonly state: 'replaced'; readonly by: { readonly symbol: string; readonly date?: string }; readonly since?: string };

/** Where an entry comes from: shipped with kehoach, or a user's catalog file (1-based line of its row). */
export type EntryOrigin =
  | { readonly kind: 'builtin' }
  | { readonly kind: 'user'; readonly file: string; readonly line: number };

export interface CatalogEntry {
  /** Canonical type name (`Quyết định`); absent when a user catalog gives none and the symbol does not say. */
  readonly type?: string;
  /** The number as in the symbol: `1719`, `30a`. */
  readonly number: string;
  /** The symbol as the source writes it: `1719/QĐ-TTg`. */
  readonly symbol: string;
  /** Date of issue, `YYYY-MM-DD`. */
  readonly date: string;
  /** As written after `của` in a citation: `Thủ tướng Chính phủ`. */
  readonly issuer?: string;
  /** The trích yếu as it follows a citation (`phê duyệt …`, `về …`); a law's own name for a Luật. */
  readonly summary?: string;
  readonly status?: EntryStatus;
  /** `national`, or the province or body a local document belongs to. */
  readonly scope?: string;
  /** Public pages the facts were checked against. */
  readonly sources?: readonly string[];
  readonly origin: EntryOrigin;
}

/** What completion weighs of a catalogued document before building its entry (the entry itself on demand). */
export interface EntryFacts {
  readonly date: string;
  readonly type?: string;
  readonly status?: EntryStatus;
  entry(): CatalogEntry;
}

/** What rules and features ask of a catalog. Keys are `catalogKey(symbol)`. */
export interface CatalogLookup {
  /** Every entry whose symbol has this key, oldest first; numbers restart, so there may be several. */
  candidates(key: string): readonly CatalogEntry[];
  /** Every entry, for completion. */
  all(): readonly CatalogEntry[];
  /** The keys that start with a prefix, found without a look at every entry (a large catalog has it). */
  keysWithPrefix?(prefix: string): readonly string[];
  /** The facts of `candidates(key)`, in the same order, without building the entries (a large catalog has it). */
  factsOf?(key: string): readonly EntryFacts[];
  /** Every entry of one type (`Luật`), in the order of `all()`, the others not built (a large catalog has it). */
  ofType?(type: string): readonly CatalogEntry[];
  /** The keys with a document of one type, in code-unit order (a large catalog has it). */
  keysOfType?(type: string): readonly string[];
}

/** A problem in a user catalog file: the row is skipped, the rest of the catalog keeps working. */
export interface CatalogProblem {
  readonly file: string;
  /** 1-based line of the row (or of the syntax error); 0 when the file as a whole is the problem. */
  readonly line: number;
  readonly code: CatalogProblemCode;
  readonly data?: Readonly<Record<string, string | number>>;
}

export type CatalogProblemCode =
  | 'unreadable' | 'unknown-format' | 'json-syntax' | 'json-shape' | 'csv-no-header' | 'csv-quote' | 'xlsx-unreadable'
  | 'missing-symbol' | 'bad-symbol' | 'missing-date' | 'bad-date' | 'type-symbol' | 'bad-status'
  | 'outside-workspace' | 'not-a-file';

/**
 * A file's rows kept as read, each built into its entry only when asked for: a register of 200,000
 * documents is indexed by symbol and date at load without making 200,000 entries (issue 13 §1).
 */
export interface EntryRows {
  readonly size: number;
  /** The row's symbol as its entry writes it (`1719/QĐ-TTg`) and its ISO date: what the catalog indexes. */
  symbol(row: number): string;
  date(row: number): string;
  /** The type and status its entry has: what completion weighs before it builds an entry. */
  type(row: number): string | undefined;
  status(row: number): EntryStatus | undefined;
  /** The row's entry, built the first time it is asked for (the same object after). */
  entry(row: number): CatalogEntry;
}

export interface LoadedCatalog {
  /** Every entry in file order (with `rows`, built on first use: give the catalog `rows` instead). */
  readonly entries: readonly CatalogEntry[];
  readonly problems: readonly CatalogProblem[];
  /** The entries as rows built on demand, when the file was read so. */
  readonly rows?: EntryRows;
}

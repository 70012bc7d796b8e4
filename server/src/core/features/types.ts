/**
 * What the feature layer (hover, completion, definition, references, symbols, folding) is given and
 * what it answers. Pure: the language server and the tests hand in their services; positions in the
 * asked document are offsets into its text (as everywhere in core), places in other files are
 * 0-based lines and UTF-16 columns (as the workspace index keeps them). LSP shapes are made in lsp/.
 */
import type { CatalogLookup } from '../catalog/types';
import type { WorkspaceIndex } from '../catalog/workspace-index';
import type { PlanDocument } from '../document';
import type { CancellationToken } from '../cancellation';
import type { Locale } from '../messages';
import type { Position } from '../text/lines';

export type { CancellationToken } from '../cancellation';

/** A document as the editor holds it: one text per version. */
export interface PlanTextDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** A place in some file of the workspace. */
export interface FileLocation {
  readonly uri: string;
  readonly range: { readonly start: Position; readonly end: Position };
}

/** The plans of the workspace, as far as they are indexed. */
export interface WorkspaceService {
  readonly index: WorkspaceIndex;
  /** Resolves once the index is current (waiting at most `waitMs` for the first indexing when given). */
  ready(waitMs?: number): Promise<void>;
}

export interface Logger {
  error(message: string): void;
}

/** Everything a feature reads from outside the document: the way the server and the tests create it. */
export interface FeatureServices {
  /**
   * The parsed plan of this version of the document, undefined when it is no plan (or too large to
   * check). The server answers from its one cache per (uri, version): a feature never parses.
   */
  planOf(doc: PlanTextDocument): PlanDocument | undefined | Promise<PlanDocument | undefined>;
  /** The catalog a document's citations are looked up in. */
  catalogFor(uri: string): CatalogLookup;
  /** The workspace's plans; without it, features see the document alone. */
  readonly workspace?: WorkspaceService;
  /** The file system, as far as features need it: the URI of a user catalog's file. */
  readonly files: { uriOfPath(path: string): string };
  /** The language answers are written in, read at each request (the client may name it late). */
  locale(): Locale;
  readonly logger?: Logger;
}

/** Markdown over [start, end) of the document. */
export interface FeatureHover {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

/** A token that is never set, for callers that cannot cancel. */
export const NEVER_CANCELLED: CancellationToken = Object.freeze({ isCancellationRequested: false });

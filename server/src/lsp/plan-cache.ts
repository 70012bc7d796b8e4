/**
 * Every open document parsed once per (uri, version): diagnostics, the features, fix-all and the
 * workspace index all read the same PlanDocument. A version is parsed again only when the settings
 * that shape the parse (plan detection, section synonyms, the size limit) changed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isPlan, notPlanReason, type NotPlanReason } from '../core/detect';
import { parsePlan, type PlanDocument } from '../core/document';
import { ScanMemo } from '../core/text/memo';
import type { RuleScope } from '../core/lint';
import { bodyOf } from './convert';
import { fileUriFor } from './docx-view';
import { sizeOf, type DocumentSettings } from './settings';
import { pathOf } from './uri';

export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  /** The settings the document was parsed with (and is linted with). */
  readonly settings: DocumentSettings;
  /** The text after the BOM, which core reads; `bom` is 1 when the editor's text starts with one, else 0. */
  readonly body: string;
  readonly bom: number;
  /**
   * Undefined when the document is not a plan (unless the user asked to check it as any text), or too
   * large to check.
   */
  readonly plan?: PlanDocument;
  /** `any-text` when `plan` is the parse of a text that is not a plan, checked because the user asked. */
  readonly scope?: RuleScope;
  /** Why the document is not a plan; set whenever it is not one. */
  readonly notPlan?: NotPlanReason;
}

export interface PlanCacheHooks {
  /** The settings of a document, read fresh (workspace/configuration and `.kehoach.json`). */
  readSettings(uri: string): Promise<DocumentSettings>;
  /** A Word file's view carries the file's formatting: joined to its plan here. */
  withSource(uri: string, body: string, plan: PlanDocument): PlanDocument;
  /** A plan over `settings.maxFileSize`: left unparsed, and said so. */
  onTooLarge(uri: string, size: number, max: number): void;
}

/** What of the settings the parse depends on. */
const parseKey = (s: DocumentSettings) => `${s.maxFileSize}\0${s.asText === true}\0${JSON.stringify(s.config)}`;

export class PlanCache {
  private readonly entries = new Map<string, { readonly key: string; readonly parsed: ParsedDocument; failure?: unknown }>();
  /**
   * Per document, the readings of its pieces kept from its last parse (see ScanMemo): the next
   * version's parse reads again only what an edit changed. Made anew when the parse settings change.
   */
  private readonly memos = new Map<string, { readonly key: string; readonly memo: ScanMemo }>();
  /** How many parses were made, for tests that count them. */
  parses = 0;

  constructor(private readonly hooks: PlanCacheHooks) {}

  /** The parse of this version with these settings: made once, then shared. */
  parse(doc: TextDocument, settings: DocumentSettings): ParsedDocument {
    const key = parseKey(settings);
    const known = this.entries.get(doc.uri);
    if (known && known.parsed.version === doc.version && known.key === key) return known.parsed;
    const parsed = this.parseNow(doc, settings, this.memoOf(doc.uri, key));
    this.entries.set(doc.uri, { key, parsed });
    return parsed;
  }

  /**
   * The parse of the document's current version; its settings are read when it has none yet. Throws
   * the failure of a version whose check failed outside the rules: core's model of it is suspect,
   * so no feature serves it (the request logs the failure and answers empty).
   */
  async current(doc: TextDocument): Promise<ParsedDocument> {
    const known = this.entries.get(doc.uri);
    if (known && known.parsed.version === doc.version) {
      if (known.failure !== undefined) throw known.failure;
      return known.parsed;
    }
    const settings = await this.hooks.readSettings(doc.uri);
    return this.parse(doc, settings);
  }

  /** The plan of the open document when `text` is its current text (preview and export); undefined otherwise, or when it cannot be read. */
  async planIfCurrent(doc: TextDocument | undefined, text: string): Promise<PlanDocument | undefined> {
    if (!doc || doc.getText() !== text) return undefined;
    try {
      return (await this.current(doc)).plan;
    } catch {
      return undefined;
    }
  }

  /** The check of this version failed outside the rules (see current). */
  markFailed(doc: TextDocument, error: unknown): void {
    const known = this.entries.get(doc.uri);
    if (known && known.parsed.version === doc.version) known.failure = error ?? new Error(String(error));
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.memos.delete(uri);
  }

  private memoOf(uri: string, key: string): ScanMemo {
    const known = this.memos.get(uri);
    if (known && known.key === key) return known.memo;
    const memo = new ScanMemo();
    this.memos.set(uri, { key, memo });
    return memo;
  }

  private parseNow(doc: TextDocument, settings: DocumentSettings, memo: ScanMemo): ParsedDocument {
    const text = doc.getText();
    const { body, bom } = bodyOf(text);
    const parsed = { uri: doc.uri, version: doc.version, settings, body, bom };
    // A Word file's view is checked with the plan globs of the .docx itself.
    const plan = isPlan(pathOf(fileUriFor(doc.uri)) ?? doc.uri, body, settings.config);
    const notPlan = plan ? undefined : { notPlan: notPlanReason(body, settings.config) };
    if (!plan && !settings.asText) return { ...parsed, ...notPlan };
    const size = sizeOf(text);
    if (size > settings.maxFileSize) {
      this.hooks.onTooLarge(doc.uri, size, settings.maxFileSize);
      return { ...parsed, ...notPlan };
    }
    this.parses++;
    const scope: RuleScope = plan ? 'plan' : 'any-text';
    return { ...parsed, ...notPlan, scope, plan: this.hooks.withSource(doc.uri, body, parsePlan(body, { ...settings.config, memo })) };
  }
}

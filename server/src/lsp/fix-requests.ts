/** Quick fixes, explanations, "disable for this line" and fix all, from the document's one parse and its last check. */
import { CodeActionKind, type CodeAction, type CodeActionParams, type TextDocuments, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions } from '../core/lint';
import { codeActionsFor, type ActionTitles } from './convert';
import type { Diagnostics } from './diagnostics';
import { isDocxView } from './docx-view';
import { FIX_ALL_KIND, fixAllAction, fixAllEdits } from './features';
import type { PlanCache } from './plan-cache';
import type { DocumentSettings } from './settings';

export interface FixHooks {
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: PlanCache;
  readonly diagnostics: Diagnostics;
  lintOptions(uri: string, settings: DocumentSettings): LintOptions;
  docsBase(): string;
  /** The server's texts in the client's language. */
  fixAllTitle(): string;
  readonly titles: ActionTitles;
}

export class FixRequests {
  constructor(private readonly hooks: FixHooks) {}

  /** Every fix that needs no review, as one edit; none in a Word file's view (read-only: fixes are made in Word). */
  async fixAll(params: { uri: string }): Promise<LspTextEdit[]> {
    if (isDocxView(params.uri)) return [];
    const current = await this.plan(params.uri);
    return current ? fixAllEdits(current.doc, current.options) : [];
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    if (isDocxView(params.textDocument.uri)) return [];
    const current = await this.plan(params.textDocument.uri);
    if (!current) return [];
    const only = params.context?.only;
    if (only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
      const action = fixAllAction(current.doc, current.options, this.hooks.fixAllTitle());
      return action ? [action] : [];
    }
    const analysis = this.hooks.diagnostics.current(current.doc);
    if (!analysis) return [];
    return codeActionsFor(current.doc, analysis.findings, params.range, this.hooks.docsBase(), this.hooks.titles);
  }

  /** The open document and its lint options, when its current version is checked (a plan, or any text the user asked for). */
  private async plan(uri: unknown): Promise<{ doc: TextDocument; options: LintOptions } | undefined> {
    const doc = typeof uri === 'string' ? this.hooks.documents.get(uri) : undefined;
    if (!doc) return undefined;
    const parsed = await this.hooks.cache.current(doc);
    return parsed.plan ? { doc, options: { ...this.hooks.lintOptions(doc.uri, parsed.settings), scope: parsed.scope } } : undefined;
  }
}

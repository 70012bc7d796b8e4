/**
 * Diagnostics: each open plan checked on open, on type (debounced), on save or on command, as its
 * settings say; a newer version cancels older work. The check reads the document's one parse
 * (PlanCache) and keeps its findings for code actions and `kehoach/lint`.
 */
import { CancellationTokenSource, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument, type Finding, type LintOptions } from '../core/lint';
import { shiftFinding, toDiagnostic } from './convert';
import type { PlanCache } from './plan-cache';
import type { DocumentSettings } from './settings';

/** `refresh`: settings or a catalog changed, so a document checked before is checked again (none under `run: off`). */
export type CheckReason = 'open' | 'change' | 'save' | 'command' | 'refresh';

export interface Analysis {
  readonly version: number;
  /** In the editor's offsets: shifted past the BOM. */
  readonly findings: readonly Finding[];
}

export interface DiagnosticsHooks {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: PlanCache;
  readSettings(uri: string): Promise<DocumentSettings>;
  /** The options a document is linted with (its settings, the locale, its catalog). */
  lintOptions(uri: string, settings: DocumentSettings): LintOptions;
  /** A Word file's view: its findings carry the paragraph they are in. */
  annotate(uri: string, body: string, findings: readonly Finding[]): readonly Finding[];
  failed(what: string, uri?: unknown): (error: unknown) => void;
  docsBase(): string;
}

export class Diagnostics {
  private readonly analyses = new Map<string, Analysis>();
  private readonly pending = new Map<string, { timer?: NodeJS.Timeout; cancel: CancellationTokenSource }>();

  constructor(private readonly hooks: DiagnosticsHooks) {}

  /** Checks the document and publishes its diagnostics; a failure is logged and nothing is published for that version. */
  async validate(uri: string, reason: CheckReason): Promise<void> {
    try {
      await this.schedule(uri, reason);
    } catch (e) {
      this.hooks.failed('diagnostics', uri)(e);
    }
  }

  /** Every open document checked again (settings or a catalog changed); under `run: off` its diagnostics are cleared. */
  validateAll(): void {
    for (const doc of this.hooks.documents.all()) void this.validate(doc.uri, 'refresh');
  }

  /** `kehoach/lint`: checks now and answers the count; null when the check failed (not the count of an older version). */
  async checkNow(uri: string): Promise<number | null> {
    await this.validate(uri, 'command');
    const doc = this.hooks.documents.get(uri);
    const analysis = doc && this.current(doc);
    return analysis ? analysis.findings.length : null;
  }

  /** The findings of the document's current version, when it has been checked. */
  current(doc: TextDocument): Analysis | undefined {
    const analysis = this.analyses.get(doc.uri);
    return analysis && analysis.version === doc.version ? analysis : undefined;
  }

  forget(uri: string): void {
    this.pending.get(uri)?.cancel.cancel();
    this.pending.delete(uri);
    this.analyses.delete(uri);
  }

  private async schedule(uri: string, reason: CheckReason): Promise<void> {
    const previous = this.pending.get(uri);
    previous?.cancel.cancel();
    if (previous?.timer) clearTimeout(previous.timer);
    const cancel = new CancellationTokenSource();
    const entry: { timer?: NodeJS.Timeout; cancel: CancellationTokenSource } = { cancel };
    this.pending.set(uri, entry);
    if (!this.hooks.documents.get(uri)) return;
    const settings = await this.hooks.readSettings(uri);
    if (settings.configError) this.hooks.connection.console.warn(settings.configError);
    if (!wanted(settings, reason)) {
      if (settings.run === 'off') {
        // What was published before the switch goes, and so do its quick fixes.
        this.analyses.delete(uri);
        await this.publish(uri, undefined);
      }
      return;
    }
    const run = async () => {
      const current = this.hooks.documents.get(uri);
      if (cancel.token.isCancellationRequested || !current) return;
      const analysis = this.analyze(current, settings, cancel.token);
      if (!analysis || cancel.token.isCancellationRequested || this.hooks.documents.get(uri)?.version !== analysis.version) return;
      this.analyses.set(uri, analysis);
      await this.publish(uri, analysis);
      if (this.pending.get(uri) === entry) this.pending.delete(uri);
    };
    if (reason === 'change' && settings.debounceMs > 0) entry.timer = setTimeout(() => void run().catch(this.hooks.failed('diagnostics', uri)), settings.debounceMs);
    else await run();
  }

  /** Undefined when cancelled; throws what core throws outside a rule (the callers log it). */
  private analyze(doc: TextDocument, settings: DocumentSettings, token: CancellationTokenSource['token']): Analysis | undefined {
    const parsed = this.hooks.cache.parse(doc, settings);
    const options = { ...this.hooks.lintOptions(doc.uri, settings), scope: parsed.scope };
    if (!parsed.plan) return { version: doc.version, findings: [] };
    let findings: Finding[];
    try {
      findings = this.hooks.annotate(doc.uri, parsed.body, lintDocument(parsed.plan, options, token)).map((f) => shiftFinding(f, parsed.bom));
    } catch (e) {
      this.hooks.cache.markFailed(doc, e);
      throw e;
    }
    return token.isCancellationRequested ? undefined : { version: doc.version, findings };
  }

  private async publish(uri: string, analysis: Analysis | undefined): Promise<void> {
    const doc = this.hooks.documents.get(uri);
    const diagnostics = doc && analysis ? analysis.findings.map((f) => toDiagnostic(doc, f, this.hooks.docsBase())) : [];
    await this.hooks.connection.sendDiagnostics({ uri, version: analysis?.version, diagnostics });
  }
}

/** Whether this reason to check is one the settings ask for. */
function wanted(settings: DocumentSettings, reason: CheckReason): boolean {
  if (reason === 'command') return true;
  if (reason === 'open' || reason === 'refresh') return settings.run !== 'off';
  return settings.run === 'onType' || (settings.run === 'onSave' && reason === 'save');
}

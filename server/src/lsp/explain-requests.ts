/**
 * `workspace/executeCommand` of the explain action: the finding is found again in the document's
 * current check, and its explanation (core/features/explain) is shown in a message box. The command
 * answers at once; the message box stays until the user closes it.
 */
import type { Connection, ExecuteCommandParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { explainFinding } from '../core/features/explain';
import type { Locale } from '../core/messages';
import { EXPLAIN_COMMAND, type ExplainArguments } from './convert';
import type { Diagnostics } from './diagnostics';
import { EditorDocument } from './feature-requests';
import type { PlanCache } from './plan-cache';
import { quietly } from './safety';

export interface ExplainHooks {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: PlanCache;
  readonly diagnostics: Diagnostics;
  locale(): Locale;
}

/** The command's argument, when it has the shape the server gave it (a client may send anything). */
function argumentsOf(params: ExecuteCommandParams | null | undefined): ExplainArguments | undefined {
  const arg = params?.arguments?.[0] as Partial<ExplainArguments> | undefined;
  const isPosition = (p: unknown) => typeof (p as { line?: unknown })?.line === 'number' && typeof (p as { character?: unknown })?.character === 'number';
  if (params?.command !== EXPLAIN_COMMAND || typeof arg?.uri !== 'string' || typeof arg.ruleId !== 'string') return undefined;
  return isPosition(arg.range?.start) && isPosition(arg.range?.end) ? (arg as ExplainArguments) : undefined;
}

export class ExplainRequests {
  constructor(private readonly hooks: ExplainHooks) {}

  static readonly commands = [EXPLAIN_COMMAND];

  /** Answers null at once; the explanation follows as a message box. */
  async execute(params: ExecuteCommandParams): Promise<null> {
    const args = argumentsOf(params);
    const text = args && (await this.explanation(args));
    if (text) void quietly(() => this.hooks.connection.window.showInformationMessage(text));
    return null;
  }

  private async explanation(args: ExplainArguments): Promise<string | undefined> {
    const editor = this.hooks.documents.get(args.uri);
    if (!editor) return undefined;
    const { plan } = await this.hooks.cache.current(editor);
    if (!plan) return undefined;
    const doc = new EditorDocument(editor);
    const start = doc.offsetAt(args.range.start);
    const end = Math.max(start, doc.offsetAt(args.range.end));
    // The check's findings are in the editor's offsets (past the BOM), the plan's in the text after it.
    const finding = this.hooks.diagnostics.current(editor)?.findings.find((f) =>
      f.ruleId === args.ruleId && f.start - doc.bom <= end && start <= f.end - doc.bom);
    return explainFinding(plan, { ruleId: args.ruleId, start, end, ...(finding ? { message: finding.message } : {}) }, this.hooks.locale());
  }
}

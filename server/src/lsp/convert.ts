import { CodeAction, CodeActionKind, Command, Diagnostic, DiagnosticSeverity, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding, docsBase: string): Diagnostic {
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: `${docsBase}#${f.ruleId}` },
    source: 'kehoach',
    message: f.message,
  };
}

export function toCodeAction(doc: TextDocument, f: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  if (!f.fix) return undefined;
  const edit: WorkspaceEdit = {
    changes: { [doc.uri]: f.fix.edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.text })) },
  };
  const action = CodeAction.create(f.fix.title, edit, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Whether the document is plain text (a `.txt` plan), where an HTML comment would be text like any other. */
function isPlainText(doc: TextDocument): boolean {
  return /\.txt$/i.test(doc.uri.split(/[?#]/)[0]) || doc.languageId === 'plaintext' || doc.languageId === 'text';
}

/**
 * `<!-- kehoach-disable-next-line rule -->` above the finding's line, indented as that line is; in a
 * plain-text plan the form that does not print there: `// kehoach-disable-next-line rule`.
 */
function disableAction(doc: TextDocument, f: Finding, diagnostic: Diagnostic, title: string): CodeAction {
  const line = diagnostic.range.start.line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = text.endsWith('\r\n') ? '\r\n' : '\n';
  const directive = `kehoach-disable-next-line ${f.ruleId}`;
  const comment = isPlainText(doc) ? `// ${directive}` : `<!-- ${directive} -->`;
  const edit: WorkspaceEdit = {
    changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol}` }] },
  };
  const action = CodeAction.create(title, edit, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}

/** The server's command that shows a finding's explanation (registered as the server's, so any LSP client runs it). */
export const EXPLAIN_COMMAND = 'kehoach.explainFinding';

/** What the explain command is given: the finding, found again in the document's current check. */
export interface ExplainArguments {
  readonly uri: string;
  readonly ruleId: string;
  readonly range: Range;
}

function explainAction(doc: TextDocument, f: Finding, diagnostic: Diagnostic, title: string): CodeAction {
  const args: ExplainArguments = { uri: doc.uri, ruleId: f.ruleId, range: diagnostic.range };
  const action = CodeAction.create(title, Command.create(title, EXPLAIN_COMMAND, args), CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}

/** The titles of the actions the server offers beside a finding's own fix, in the client's language. */
export interface ActionTitles {
  disable(ruleId: string): string;
  explain(ruleId: string): string;
}

/**
 * The fixes of the findings under `range`; then, for a finding that has none (an invalid date, a past
 * deadline), its explanation, so that the lightbulb leads with what is wrong; last, per rule, an action
 * that silences it on that line (as ESLint offers): the drafter may know better, and the comment says so.
 */
export function codeActionsFor(
  doc: TextDocument, findings: readonly Finding[], range: Range, docsBase: string, titles: ActionTitles,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const explanations: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const add = (list: CodeAction[], action: CodeAction) => { if (!list.some((a) => a.title === action.title)) list.push(action); };
  for (const f of findings) {
    const diagnostic = toDiagnostic(doc, f, docsBase);
    if (!overlaps(diagnostic.range, range)) continue;
    const action = toCodeAction(doc, f, diagnostic);
    if (action) add(actions, action);
    else add(explanations, explainAction(doc, f, diagnostic, titles.explain(f.ruleId)));
    add(disables, disableAction(doc, f, diagnostic, titles.disable(f.ruleId)));
  }
  return [...actions, ...explanations, ...disables];
}

const BOM = '\uFEFF';

/**
 * Core reads a document's text after its BOM (if the editor sent one): then every offset core gives
 * is one short of the editor's, and nothing core inserts at its offset 0 can land before the BOM.
 */
export function bodyOf(text: string): { body: string; bom: number } {
  return text.startsWith(BOM) ? { body: text.slice(1), bom: 1 } : { body: text, bom: 0 };
}

/** A finding of the text after the BOM, in the editor's offsets (its fix's edits too). */
export function shiftFinding(f: Finding, bom: number): Finding {
  if (bom === 0) return f;
  const fix = f.fix && { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, start: e.start + bom, end: e.end + bom })) };
  return { ...f, start: f.start + bom, end: f.end + bom, ...(fix ? { fix } : {}) };
}

/** A range in the text after the BOM, as the editor counts it: only the first line moves. */
export function shiftRange(range: Range, bom: number): Range {
  const at = (p: Range['start']) => (p.line === 0 ? { line: 0, character: p.character + bom } : p);
  return bom === 0 ? range : { start: at(range.start), end: at(range.end) };
}

/** The offset in the text after the BOM of an editor position; any position a client sends is clamped into the text. */
export function bodyOffset(doc: TextDocument, position: unknown, bom: number): number {
  const p = (position ?? {}) as { line?: unknown; character?: unknown };
  const whole = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0);
  return Math.max(0, doc.offsetAt({ line: whole(p.line), character: whole(p.character) }) - bom);
}

import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, type Range, type WorkspaceEdit } from 'vscode-languageserver';
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

/** `<!-- kehoach-disable-next-line rule -->` above the finding's line, indented as that line is. */
function disableAction(doc: TextDocument, f: Finding, diagnostic: Diagnostic, title: string): CodeAction {
  const line = diagnostic.range.start.line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = text.endsWith('\r\n') ? '\r\n' : '\n';
  const edit: WorkspaceEdit = {
    changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- kehoach-disable-next-line ${f.ruleId} -->${eol}` }] },
  };
  const action = CodeAction.create(title, edit, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}

/**
 * The fixes of the findings under `range`, then, per rule, an action that silences it on that line
 * (as ESLint offers): the drafter may know better, and the comment says so in the text.
 */
export function codeActionsFor(
  doc: TextDocument, findings: readonly Finding[], range: Range, docsBase: string,
  disableTitle: (ruleId: string) => string,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const disables: CodeAction[] = [];
  for (const f of findings) {
    const diagnostic = toDiagnostic(doc, f, docsBase);
    if (!overlaps(diagnostic.range, range)) continue;
    const action = toCodeAction(doc, f, diagnostic);
    if (action && !actions.some((a) => a.title === action.title)) actions.push(action);
    const disable = disableAction(doc, f, diagnostic, disableTitle(f.ruleId));
    if (!disables.some((a) => a.title === disable.title)) disables.push(disable);
  }
  return [...actions, ...disables];
}

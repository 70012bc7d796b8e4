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

export function codeActionsFor(doc: TextDocument, findings: readonly Finding[], range: Range, docsBase: string): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const diagnostic = toDiagnostic(doc, f, docsBase);
    if (!overlaps(diagnostic.range, range)) continue;
    const action = toCodeAction(doc, f, diagnostic);
    if (action && !actions.some((a) => a.title === action.title)) actions.push(action);
  }
  return actions;
}

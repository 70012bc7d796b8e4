import {
  CodeAction, CodeActionKind, DocumentSymbol, FoldingRange, SymbolKind,
  type Hover, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanDocument } from '../core/document';
import { describeDateAt } from '../core/dates/hover';
import { fixText, type LintOptions, type Locale } from '../core/lint';
import { foldingRangesOf, outlineOf, type OutlineItem } from '../core/outline';
import { rangeOf } from './convert';

/** Core results turned into LSP shapes: one small function per feature, no logic of their own. */

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kehoach`;

const SYMBOL_KIND: Record<OutlineItem['kind'], SymbolKind> = {
  plan: SymbolKind.File,
  section: SymbolKind.Namespace,
  closing: SymbolKind.Object,
};

function toSymbol(doc: TextDocument, item: OutlineItem): DocumentSymbol {
  return DocumentSymbol.create(
    item.name, undefined, SYMBOL_KIND[item.kind],
    rangeOf(doc, item.start, item.end), rangeOf(doc, item.selectionStart, item.selectionEnd),
    item.children.map((c) => toSymbol(doc, c)),
  );
}

export function documentSymbols(doc: TextDocument, plan: PlanDocument): DocumentSymbol[] {
  return outlineOf(plan).map((item) => toSymbol(doc, item));
}

export function foldingRanges(plan: PlanDocument): FoldingRange[] {
  return foldingRangesOf(plan).map((r) => FoldingRange.create(r.startLine, r.endLine));
}

export function dateHover(doc: TextDocument, plan: PlanDocument, offset: number, locale: Locale): Hover | null {
  const found = describeDateAt(plan, offset, locale);
  return found ? { contents: { kind: 'markdown', value: found.markdown }, range: rangeOf(doc, found.start, found.end) } : null;
}

/** The smallest single edit that turns `before` into `after`: unchanged head and tail are left alone. */
export function minimalEdit(doc: TextDocument, before: string, after: string): LspTextEdit[] {
  if (before === after) return [];
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return [{ range: rangeOf(doc, head, before.length - tail), newText: after.slice(head, after.length - tail) }];
}

/** Every fix that needs no review, as one edit: for the command, the source action and fix-on-save. */
export function fixAllEdits(doc: TextDocument, options: LintOptions): LspTextEdit[] {
  const text = doc.getText();
  return minimalEdit(doc, text, fixText(text, options, 10, true).text);
}

export function fixAllAction(doc: TextDocument, options: LintOptions, title: string): CodeAction | undefined {
  const edits = fixAllEdits(doc, options);
  return edits.length ? CodeAction.create(title, { changes: { [doc.uri]: edits } }, FIX_ALL_KIND) : undefined;
}

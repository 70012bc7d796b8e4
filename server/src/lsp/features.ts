import {
  CodeAction, CodeActionKind, DocumentSymbol, FoldingRange, MarkupKind, SymbolKind,
  type Hover, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanDocument } from '../core/document';
import { describeDateAt } from '../core/dates/hover';
import { fixText, type LintOptions, type Locale } from '../core/lint';
import { foldingRangesOf, outlineOf, type OutlineItem } from '../core/outline';
import { bodyOf, rangeOf } from './convert';

/** Core results turned into LSP shapes: one small function per feature, no logic of their own. */

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kehoach`;

const SYMBOL_KIND: Record<OutlineItem['kind'], SymbolKind> = {
  plan: SymbolKind.File,
  section: SymbolKind.Namespace,
  closing: SymbolKind.Object,
};

// `bom` (0 or 1): the plan was parsed from the text after the document's BOM; see bodyOf.

function toSymbol(doc: TextDocument, item: OutlineItem, bom: number): DocumentSymbol {
  return DocumentSymbol.create(
    item.name, undefined, SYMBOL_KIND[item.kind],
    rangeOf(doc, item.start + bom, item.end + bom), rangeOf(doc, item.selectionStart + bom, item.selectionEnd + bom),
    item.children.map((c) => toSymbol(doc, c, bom)),
  );
}

export function documentSymbols(doc: TextDocument, plan: PlanDocument, bom = 0): DocumentSymbol[] {
  return outlineOf(plan).map((item) => toSymbol(doc, item, bom));
}

export function foldingRanges(plan: PlanDocument): FoldingRange[] {
  return foldingRangesOf(plan).map((r) => FoldingRange.create(r.startLine, r.endLine));
}

/** `offset` in the plan's text (after the BOM). */
export function dateHover(doc: TextDocument, plan: PlanDocument, offset: number, locale: Locale, bom = 0): Hover | null {
  const found = describeDateAt(plan, offset, locale);
  return found ? { contents: { kind: 'markdown', value: found.markdown }, range: rangeOf(doc, found.start + bom, found.end + bom) } : null;
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

/**
 * Every fix that needs no review, as one edit: for the command, the source action and fix-on-save.
 * Core fixes the text after the BOM, so that the BOM stays first.
 */
export function fixAllEdits(doc: TextDocument, options: LintOptions): LspTextEdit[] {
  const text = doc.getText();
  const { body, bom } = bodyOf(text);
  return minimalEdit(doc, text, text.slice(0, bom) + fixText(body, options, 10, true).text);
}

export function fixAllAction(doc: TextDocument, options: LintOptions, title: string): CodeAction | undefined {
  const edits = fixAllEdits(doc, options);
  return edits.length ? CodeAction.create(title, { changes: { [doc.uri]: edits } }, FIX_ALL_KIND) : undefined;
}

/** One hover from two (the catalog's over a citation, the date's over its date): both shown, the catalog's first. */
export function mergeHovers(a: Hover | null, b: Hover | null | undefined): Hover | null {
  if (!a || !b) return a ?? b ?? null;
  const one = (c: string | { value: string }) => (typeof c === 'string' ? c : c.value);
  const text = (h: Hover) => (Array.isArray(h.contents) ? h.contents.map(one).join('\n\n') : one(h.contents));
  return { contents: { kind: MarkupKind.Markdown, value: `${text(a)}\n\n---\n\n${text(b)}` }, range: b.range ?? a.range };
}

import { CodeAction, CodeActionKind, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText, type LintOptions } from '../core/lint';
import { bodyOf, rangeOf } from './convert';

/** Fix all: the command, the source action and fix-on-save share one edit. */

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kehoach`;

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

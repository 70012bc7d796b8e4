/**
 * The feature layer's answers in LSP shapes: each request finds the editor's document, asks the
 * language service (core/features) once with the offset and the request's cancellation token, and
 * turns offsets into the editor's positions. No logic of its own beyond that.
 */
import {
  CompletionItemKind, CompletionItemTag, DocumentSymbol, FoldingRange, MarkupKind, SymbolKind,
  type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams, type DefinitionParams, type DocumentSymbolParams,
  type FoldingRangeParams, type Hover, type HoverParams, type Location, type Range, type ReferenceParams, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineItem, PlanLanguageService, PlanTextDocument } from '../core/features/index';
import { COMPLETION_LIMIT, type CatalogCompletion } from '../core/catalog/completion';
import { bodyOf, bodyOffset } from './convert';
import { fileUriFor } from './docx-view';
import { normalizeUri } from './uri';

/** The editor's document as the feature layer reads it: the text after the BOM, named as the workspace index names it. */
export class EditorDocument implements PlanTextDocument {
  readonly uri: string;
  readonly version: number;
  readonly bom: number;
  private readonly body: string;

  constructor(readonly editor: TextDocument) {
    const { body, bom } = bodyOf(editor.getText());
    this.uri = normalizeUri(fileUriFor(editor.uri));
    this.version = editor.version;
    this.body = body;
    this.bom = bom;
  }

  getText(): string {
    return this.body;
  }

  /** The offset in the text after the BOM of any position a client sends, clamped into the text. */
  offsetAt(position: unknown): number {
    return bodyOffset(this.editor, position, this.bom);
  }

  /** [start, end) of the text after the BOM, in the editor's positions. */
  rangeOf(start: number, end: number): Range {
    return { start: this.editor.positionAt(start + this.bom), end: this.editor.positionAt(end + this.bom) };
  }
}

const SYMBOL_KIND: Record<OutlineItem['kind'], SymbolKind> = {
  plan: SymbolKind.File,
  section: SymbolKind.Namespace,
  point: SymbolKind.EnumMember,
  closing: SymbolKind.Object,
};

function toSymbol(doc: EditorDocument, item: OutlineItem): DocumentSymbol {
  return DocumentSymbol.create(
    item.name, undefined, SYMBOL_KIND[item.kind],
    doc.rangeOf(item.start, item.end), doc.rangeOf(item.selectionStart, item.selectionEnd),
    item.children.map((c) => toSymbol(doc, c)),
  );
}

/** More items than an editor can use in one list (the rest come as the user types on): the catalog builds no more. */
const MAX_COMPLETIONS = COMPLETION_LIMIT;

export class FeatureRequests {
  constructor(private readonly documents: TextDocuments<TextDocument>, private readonly service: PlanLanguageService) {}

  async hover(params: HoverParams, token: CancellationToken): Promise<Hover | null> {
    const doc = this.open(params.textDocument.uri);
    const found = doc && (await this.service.hover(doc, doc.offsetAt(params.position), token));
    return doc && found ? { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: doc.rangeOf(found.start, found.end) } : null;
  }

  /**
   * At most {@link MAX_COMPLETIONS} items, the first by sort order, marked incomplete when there were more:
   * `Kế hoạch số ` before any digit matches every document of a large register (13,000 items took a second
   * to send), and the editor asks again as the number is typed.
   */
  async completion(params: CompletionParams, token: CancellationToken): Promise<CompletionItem[] | CompletionList> {
    const doc = this.open(params.textDocument.uri);
    if (!doc) return [];
    const all = await this.service.completions(doc, doc.offsetAt(params.position), token);
    if (all.length <= MAX_COMPLETIONS) return all.map((c) => this.completionItem(doc, c));
    const first = [...all].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)).slice(0, MAX_COMPLETIONS);
    return { isIncomplete: true, items: first.map((c) => this.completionItem(doc, c)) };
  }

  private completionItem(doc: EditorDocument, c: CatalogCompletion): CompletionItem {
    return {
      label: c.label,
      kind: CompletionItemKind.Reference,
      detail: c.detail,
      documentation: { kind: MarkupKind.Markdown, value: c.documentation },
      textEdit: { range: doc.rangeOf(c.start, c.end), newText: c.insertText },
      filterText: c.filterText,
      sortText: c.sortText,
      ...(c.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
    };
  }

  async definition(params: DefinitionParams, token: CancellationToken): Promise<Location[] | null> {
    const doc = this.open(params.textDocument.uri);
    return (doc && (await this.service.definition(doc, doc.offsetAt(params.position), token))) ?? null;
  }

  async references(params: ReferenceParams, token: CancellationToken): Promise<Location[]> {
    const doc = this.open(params.textDocument.uri);
    const options = { includeDeclaration: params.context?.includeDeclaration !== false };
    return doc ? this.service.references(doc, doc.offsetAt(params.position), options, token) : [];
  }

  async documentSymbols(params: DocumentSymbolParams, token: CancellationToken): Promise<DocumentSymbol[]> {
    const doc = this.open(params.textDocument.uri);
    return doc ? (await this.service.documentSymbols(doc, token)).map((item) => toSymbol(doc, item)) : [];
  }

  async foldingRanges(params: FoldingRangeParams, token: CancellationToken): Promise<FoldingRange[]> {
    const doc = this.open(params.textDocument.uri);
    return doc ? (await this.service.foldingRanges(doc, token)).map((r) => FoldingRange.create(r.startLine, r.endLine)) : [];
  }

  private open(uri: unknown): EditorDocument | undefined {
    const doc = typeof uri === 'string' ? this.documents.get(uri) : undefined;
    return doc && new EditorDocument(doc);
  }
}

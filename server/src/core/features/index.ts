/**
 * The feature layer's one entry point, as vscode-markdown-languageservice has it: the server (and
 * the tests) create a language service with their services, and each request is one call on it with
 * the document, the offset and a cancellation token.
 */
import type { CatalogCompletion } from '../catalog/completion';
import type { FoldingRange, OutlineItem } from '../outline';
import { completionsAt } from './completion';
import { hoverAt } from './hover';
import { definitionAt, referencesAt, type ReferenceOptions } from './navigation';
import { documentSymbolsOf, foldingRangesIn } from './outline';
import { NEVER_CANCELLED, type CancellationToken, type FeatureHover, type FeatureServices, type FileLocation, type PlanTextDocument } from './types';

export type { CatalogCompletion } from '../catalog/completion';
export type { FoldingRange, OutlineItem } from '../outline';
export type { ReferenceOptions } from './navigation';
export { mergeHovers } from './hover';
export * from './types';

export interface PlanLanguageService {
  hover(doc: PlanTextDocument, offset: number, token?: CancellationToken): Promise<FeatureHover | undefined>;
  completions(doc: PlanTextDocument, offset: number, token?: CancellationToken): Promise<CatalogCompletion[]>;
  definition(doc: PlanTextDocument, offset: number, token?: CancellationToken): Promise<FileLocation[] | undefined>;
  references(doc: PlanTextDocument, offset: number, options: ReferenceOptions, token?: CancellationToken): Promise<FileLocation[]>;
  documentSymbols(doc: PlanTextDocument, token?: CancellationToken): Promise<OutlineItem[]>;
  foldingRanges(doc: PlanTextDocument, token?: CancellationToken): Promise<FoldingRange[]>;
}

export function createLanguageService(services: FeatureServices): PlanLanguageService {
  return {
    hover: (doc, offset, token = NEVER_CANCELLED) => hoverAt(doc, offset, services, token),
    completions: (doc, offset, token = NEVER_CANCELLED) => completionsAt(doc, offset, services, token),
    definition: (doc, offset, token = NEVER_CANCELLED) => definitionAt(doc, offset, services, token),
    references: (doc, offset, options, token = NEVER_CANCELLED) => referencesAt(doc, offset, options, services, token),
    documentSymbols: (doc, token = NEVER_CANCELLED) => documentSymbolsOf(doc, services, token),
    foldingRanges: (doc, token = NEVER_CANCELLED) => foldingRangesIn(doc, services, token),
  };
}

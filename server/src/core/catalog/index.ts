/** The directive catalog: built-in and user entries, the workspace's plans, and what hover, completion and rules ask of them. */
export type { CatalogEntry, CatalogLookup, CatalogProblem, EntryOrigin, EntryStatus, LoadedCatalog } from './types';
export { Catalog, isCatalogLookup } from './catalog';
export { builtinCatalog, builtinEntries, builtinProblems } from './builtin';
export { parseJsonCatalog } from './json';
export { parseCsv } from './csv';
export { parseCsvCatalog } from './csv-rows';
export { parseXlsxCatalog } from './xlsx';
export { formatProblem } from './problems';
export { catalogKey, citationKey, readSymbolText } from './symbols';
export { resolve, resolveCitations, citedDocuments, type Resolution, type ResolvedCitation } from './resolve';
export { rangeOf, summarizePlan, summarizeText, type PlanSummary, type PlanSelf, type PlanCitation } from './plan-summary';
export { WorkspaceIndex, sameDocument, type DocumentIdentity } from './workspace-index';
export { targetAt, type Target } from './target';
export { catalogHover, type CatalogHover } from './hover';
export { catalogCompletions, completionContext, type CatalogCompletion } from './completion';
export { firstMention, shortMention, citedName } from './describe';

/** Completion of citations from the catalog and the workspace's plans. */
import { catalogCompletions, completionContext, type CatalogCompletion } from '../catalog/completion';
import type { CancellationToken, FeatureServices, PlanTextDocument } from './types';

/** How long completion waits for the first indexing of the workspace before it offers the catalog alone. */
const COMPLETION_WAITS_MS = 500;

/**
 * The plan is asked for only when the text before the cursor asks for a citation: a space typed
 * anywhere else costs no parse.
 */
export async function completionsAt(doc: PlanTextDocument, offset: number, services: FeatureServices, token: CancellationToken): Promise<CatalogCompletion[]> {
  if (!completionContext(doc.getText(), offset)) return [];
  const plan = await services.planOf(doc);
  if (!plan || token.isCancellationRequested) return [];
  await services.workspace?.ready(COMPLETION_WAITS_MS);
  if (token.isCancellationRequested) return [];
  const ctx = { lookup: services.catalogFor(doc.uri), index: services.workspace?.index, uri: doc.uri, locale: services.locale() };
  return catalogCompletions(plan, offset, ctx, token);
}

/** Completion of citations from the catalog and the workspace's plans, and of laws by their name. */
import { catalogCompletions, completionContext, type CatalogCompletion } from '../catalog/completion';
import { lawCompletions, lawContext } from './law-completion';
import type { CancellationToken, FeatureServices, PlanTextDocument } from './types';

/** How long completion waits for the first indexing of the workspace before it offers the catalog alone. */
const COMPLETION_WAITS_MS = 500;

/**
 * The plan is asked for only when the text before the cursor asks for a citation: a space typed
 * anywhere else costs no parse.
 */
export async function completionsAt(doc: PlanTextDocument, offset: number, services: FeatureServices, token: CancellationToken): Promise<CatalogCompletion[]> {
  const text = doc.getText();
  const asksLaw = lawContext(text, offset) !== undefined;
  if (!asksLaw && !completionContext(text, offset)) return [];
  const plan = await services.planOf(doc);
  if (!plan || token.isCancellationRequested) return [];
  // A law is named, not numbered: the catalog alone knows it, the workspace's plans are no laws.
  if (asksLaw) return lawCompletions(plan, offset, services.catalogFor(doc.uri), services.locale(), token);
  await services.workspace?.ready(COMPLETION_WAITS_MS);
  if (token.isCancellationRequested) return [];
  const ctx = { lookup: services.catalogFor(doc.uri), index: services.workspace?.index, uri: doc.uri, locale: services.locale() };
  return catalogCompletions(plan, offset, ctx, token);
}

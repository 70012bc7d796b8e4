/** The document's outline (Outline view, breadcrumbs) and its folds. */
import { foldingRangesOf, outlineOf, type FoldingRange, type OutlineItem } from '../outline';
import type { CancellationToken, FeatureServices, PlanTextDocument } from './types';

export async function documentSymbolsOf(doc: PlanTextDocument, services: FeatureServices, token: CancellationToken): Promise<OutlineItem[]> {
  const plan = await services.planOf(doc);
  return plan && !token.isCancellationRequested ? outlineOf(plan) : [];
}

export async function foldingRangesIn(doc: PlanTextDocument, services: FeatureServices, token: CancellationToken): Promise<FoldingRange[]> {
  const plan = await services.planOf(doc);
  return plan && !token.isCancellationRequested ? foldingRangesOf(plan) : [];
}

/** Hover: the catalog's word on a citation (or on the plan's own `Số`) and the date's, both when both apply. */
import { catalogHover } from '../catalog/hover';
import { describeDateAt } from '../dates/hover';
import type { CancellationToken, FeatureHover, FeatureServices, PlanTextDocument } from './types';

/** How long a hover waits for the first indexing of the workspace before it answers without it. */
const HOVER_WAITS_MS = 1000;

/** One hover from two: the catalog's first, a rule between; the range is the date's when there is one. */
export function mergeHovers(a: FeatureHover | undefined, b: FeatureHover | undefined): FeatureHover | undefined {
  if (!a || !b) return a ?? b;
  return { markdown: `${a.markdown}\n\n---\n\n${b.markdown}`, start: b.start, end: b.end };
}

export async function hoverAt(doc: PlanTextDocument, offset: number, services: FeatureServices, token: CancellationToken): Promise<FeatureHover | undefined> {
  const plan = await services.planOf(doc);
  if (!plan || token.isCancellationRequested) return undefined;
  await services.workspace?.ready(HOVER_WAITS_MS);
  if (token.isCancellationRequested) return undefined;
  const locale = services.locale();
  const cited = catalogHover(plan, offset, { lookup: services.catalogFor(doc.uri), index: services.workspace?.index, uri: doc.uri, locale });
  return mergeHovers(cited, describeDateAt(plan, offset, locale));
}

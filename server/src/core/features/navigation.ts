/**
 * Go to definition and find references on a citation or on the plan's own `Số`: the workspace plan
 * that is the cited document (else the row of the user catalog that describes it), and every
 * citation of that document across the workspace.
 */
import { rangeOf } from '../catalog/plan-summary';
import { targetAt } from '../catalog/target';
import type { CancellationToken, FeatureServices, FileLocation, PlanTextDocument } from './types';

export async function definitionAt(doc: PlanTextDocument, offset: number, services: FeatureServices, token: CancellationToken): Promise<FileLocation[] | undefined> {
  const plan = await services.planOf(doc);
  if (!plan) return undefined;
  await services.workspace?.ready();
  if (token.isCancellationRequested) return undefined;
  const target = targetAt(plan, offset, services.catalogFor(doc.uri));
  if (!target || target.kind === 'self') return undefined;
  const plans = services.workspace?.index.plansBeing(target.id).filter((p) => p.uri !== doc.uri) ?? [];
  if (plans.length) return plans.map((p) => ({ uri: p.uri, range: rangeOf(p.self) }));
  const res = target.resolved.resolution;
  const entry = res.kind === 'exact' || res.kind === 'same' || res.kind === 'likely' ? res.entry : undefined;
  if (entry?.origin.kind !== 'user') return undefined; // a built-in entry has no place in the workspace: its hover links the source
  const line = Math.max(0, entry.origin.line - 1);
  return [{ uri: services.files.uriOfPath(entry.origin.file), range: { start: { line, character: 0 }, end: { line, character: 0 } } }];
}

export interface ReferenceOptions {
  /** Also the plan that is the document (LSP's includeDeclaration). */
  readonly includeDeclaration: boolean;
}

/** Every citation of the document under the cursor across the workspace; nothing once `token` is set. */
export async function referencesAt(
  doc: PlanTextDocument, offset: number, options: ReferenceOptions, services: FeatureServices, token: CancellationToken,
): Promise<FileLocation[]> {
  const plan = await services.planOf(doc);
  if (!plan) return [];
  await services.workspace?.ready();
  if (token.isCancellationRequested) return [];
  const target = targetAt(plan, offset, services.catalogFor(doc.uri));
  const index = services.workspace?.index;
  if (!target || !index) return [];
  const locations: FileLocation[] = index.citationsOf(target.id, token).map(({ uri, citation }) => ({ uri, range: rangeOf(citation) }));
  if (token.isCancellationRequested) return [];
  if (options.includeDeclaration) locations.unshift(...index.plansBeing(target.id).map((p) => ({ uri: p.uri, range: rangeOf(p.self) })));
  return locations;
}

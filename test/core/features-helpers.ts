// In-memory services for the feature layer, as the tests create them: a parse cache per (uri,
// version) that counts its parses, the built-in catalog (or one given), and a workspace index.
import { builtinCatalog, summarizeText, WorkspaceIndex, type CatalogLookup } from '../../server/src/core/catalog/index';
import { parsePlan, type PlanDocument } from '../../server/src/core/document';
import { createLanguageService, type FeatureServices, type PlanLanguageService, type PlanTextDocument } from '../../server/src/core/features/index';
import { PLAN_15, PLAN_32 } from './catalog-plans';

export const A = 'file:///ws/ke-hoach-15.kh.md';
export const B = 'file:///ws/ke-hoach-32.kh.md';

export function textDocument(uri: string, text: string, version = 1): PlanTextDocument {
  return { uri, version, getText: () => text };
}

export function workspaceOf(plans: Record<string, string> = { [A]: PLAN_15, [B]: PLAN_32 }): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text] of Object.entries(plans)) index.set(uri, summarizeText(text));
  return index;
}

export interface TestServices extends FeatureServices {
  /** How many times a document was parsed. */
  parses: number;
}

export function testServices(options: { lookup?: CatalogLookup; index?: WorkspaceIndex; ready?: () => Promise<void> | void } = {}): TestServices {
  const cache = new Map<string, { version: number; plan: PlanDocument }>();
  const index = options.index ?? workspaceOf();
  const services: TestServices = {
    parses: 0,
    planOf(doc) {
      const known = cache.get(doc.uri);
      if (known && known.version === doc.version) return known.plan;
      services.parses++;
      const plan = parsePlan(doc.getText());
      cache.set(doc.uri, { version: doc.version, plan });
      return plan;
    },
    catalogFor: () => options.lookup ?? builtinCatalog(),
    workspace: { index, ready: async () => { await options.ready?.(); } },
    files: { uriOfPath: (path) => `file://${path}` },
    locale: () => 'vi',
  };
  return services;
}

export function serviceWith(options: Parameters<typeof testServices>[0] = {}): { service: PlanLanguageService; services: TestServices } {
  const services = testServices(options);
  return { service: createLanguageService(services), services };
}

/** A token that is set once it has been read `after` times; `reads` counts every look at it. */
export function tokenSetAfter(after: number): { readonly isCancellationRequested: boolean; reads: number } {
  return {
    reads: 0,
    get isCancellationRequested() {
      this.reads++;
      return this.reads > after;
    },
  };
}

/**
 * `kehoach/planStatus`: whether an open document is checked as a plan, and in which style, for the
 * editor's status bar. It reads the same parse as the diagnostics (PlanCache, with the settings read
 * now), so the status bar never says "checked" of a file that gets no diagnostics, or the reverse.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeAnyTextCheck, isPlan, notPlanReason, type NotPlanReason } from '../core/detect';
import { planProfileOf, type Locale } from '../core/lint';
import { fileUriFor } from './docx-view';
import type { Profile } from '../core/document';
import type { PlanCache } from './plan-cache';
import { sizeOf, type DocumentSettings } from './settings';
import { pathOf } from './uri';

export const PLAN_STATUS_REQUEST = 'kehoach/planStatus';

export interface PlanStatusParams {
  readonly uri: string;
}

/** Where the profile came from: the `profile` setting, the header (Quốc hiệu or ĐẢNG CỘNG SẢN VIỆT NAM), or neither (state). */
export type ProfileSource = 'setting' | 'header' | 'default';

/**
 * A text that is not a plan: `checkedAsText` when the user asked to check it with the rules for any text
 * (then it has diagnostics of those rules); `reason` says why it is not a plan, and `reasonText` says it
 * in the server's language, as `kehoach lint` says it in its summary.
 */
export type PlanStatus =
  | { readonly isPlan: false; readonly checkedAsText?: boolean; readonly reason?: NotPlanReason['kind']; readonly reasonText?: string }
  | { readonly isPlan: true; readonly tooLarge: true }
  | { readonly isPlan: true; readonly tooLarge: false; readonly profile: Profile; readonly profileFrom: ProfileSource };

export interface PlanStatusParts {
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: PlanCache;
  readSettings(uri: string): Promise<DocumentSettings>;
  locale(): Locale;
}

/** The status of an open document; null when the server does not hold it (not synced, or closed meanwhile). */
export async function planStatus(params: PlanStatusParams, parts: PlanStatusParts): Promise<PlanStatus | null> {
  const doc = typeof params?.uri === 'string' ? parts.documents.get(params.uri) : undefined;
  if (!doc) return null;
  const parsed = parts.cache.parse(doc, await parts.readSettings(doc.uri));
  if (parsed.plan && parsed.scope === 'plan') {
    const { config } = parsed.settings;
    const fromSetting = config.profile !== undefined && config.profile !== 'auto';
    const profileFrom: ProfileSource = fromSetting ? 'setting' : parsed.plan.detectedProfile ? 'header' : 'default';
    return { isPlan: true, tooLarge: false, profile: planProfileOf(parsed.plan, config), profileFrom };
  }
  // No parse: not a plan, or a plan over the size limit (then no diagnostics either, and the user is told why).
  const plan = isPlan(pathOf(fileUriFor(doc.uri)) ?? doc.uri, parsed.body, parsed.settings.config);
  if (plan && sizeOf(doc.getText()) > parsed.settings.maxFileSize) return { isPlan: true, tooLarge: true };
  const reason = parsed.notPlan ?? notPlanReason(parsed.body, parsed.settings.config);
  return { isPlan: false, checkedAsText: parsed.scope === 'any-text', reason: reason.kind, reasonText: describeAnyTextCheck(reason, parts.locale()) };
}

/**
 * The requests of server/src/lsp/preview-requests.ts as the client sees them (the client is bundled
 * on its own and does not import server code; keep both sides in step).
 */
export const PREVIEW_REQUEST = 'kehoach/preview';
export const EXPORT_DOCX_REQUEST = 'kehoach/exportDocx';

export type MarkSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface PreviewMark {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity?: MarkSeverity;
  readonly rule?: string;
}

export type Failure =
  | { readonly ok: false; readonly reason: 'noText' }
  | { readonly ok: false; readonly reason: 'notPlan' }
  | { readonly ok: false; readonly reason: 'tooLarge'; readonly sizeKb: number; readonly maxKb: number }
  | { readonly ok: false; readonly reason: 'failed'; readonly detail: string };

export type PreviewResult =
  | { readonly ok: true; readonly css: string; readonly body: string; readonly profile: 'state' | 'party'; readonly isPlan: boolean }
  | Failure;

export type ExportResult =
  | { readonly ok: true; readonly base64: string; readonly fileName: string }
  | Failure;

/** server/src/lsp/plan-status.ts */
export const PLAN_STATUS_REQUEST = 'kehoach/planStatus';

export type PlanStatus =
  | { readonly isPlan: false; readonly checkedAsText?: boolean; readonly reason?: 'title' | 'number' | 'noMarker' | 'notNamed'; readonly reasonText?: string }
  | { readonly isPlan: true; readonly tooLarge: true }
  | { readonly isPlan: true; readonly tooLarge: false; readonly profile: 'state' | 'party' | 'doan' | 'mass'; readonly profileFrom: 'setting' | 'header' | 'default' };

/**
 * The requests behind "Kế hoạch: Xem trước bản in" and "Kế hoạch: Xuất ra Word": the client sends the
 * editor's text (saved or not) and the findings to mark; the server answers with the preview's HTML and
 * CSS, or the .docx as base64. The export and the renderer stay in the server bundle, so the client
 * stays VS Code glue. Failures come back as a reason the client words for the user, never as a thrown
 * error with a stack.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { basename } from 'node:path';
import { isPlan } from '../core/detect';
import type { PlanDocument } from '../core/document';
import { exportDocx } from '../export';
import { defaultOutput } from '../export/command';
import { renderPreview, type PreviewMark } from '../preview';
import { readSettings } from './settings';
import { pathOf } from './uri';

export const PREVIEW_REQUEST = 'kehoach/preview';
export const EXPORT_DOCX_REQUEST = 'kehoach/exportDocx';
export const IS_PLAN_REQUEST = 'kehoach/isPlan';

export interface PlanTextParams {
  readonly uri: string;
  /** The editor's text; when absent, the text the server holds for `uri`. */
  readonly text?: string;
}

export interface PreviewParams extends PlanTextParams {
  readonly marks?: readonly PreviewMark[];
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

type Settings = Awaited<ReturnType<typeof readSettings>>;

interface Input {
  readonly text: string;
  readonly path: string;
  readonly settings: Settings;
  /** The server's parse of the open document, when `text` is its current text. */
  readonly parsed?: PlanDocument;
}

/** The server's one parse of `uri` when `text` is the open document's current text (the usual case), else undefined. */
export type CachedPlan = (uri: string, text: string) => Promise<PlanDocument | undefined>;

/** `ke-hoach.kh.md` → `ke-hoach.docx` (as `kehoach export` names it); an untitled editor's name + `.docx`. */
function outputName(uri: string): string {
  const path = pathOf(uri);
  if (path) return basename(defaultOutput(path));
  const last = decodeURIComponent(uri.replace(/[?#].*$/, '').split(/[/:]/).pop() || 'ke-hoach');
  return basename(defaultOutput(last));
}

export function registerPreviewRequests(connection: Connection, documents: TextDocuments<TextDocument>, cachedPlan: CachedPlan = async () => undefined): void {
  /** The text and settings of a request, or why there are none. */
  async function input(params: PlanTextParams): Promise<Input | Failure> {
    const text = params.text ?? documents.get(params.uri)?.getText();
    if (text === undefined) return { ok: false, reason: 'noText' };
    const settings = await readSettings(connection, params.uri, true);
    if (text.length > settings.maxFileSize) {
      return { ok: false, reason: 'tooLarge', sizeKb: Math.round(text.length / 1024), maxKb: Math.round(settings.maxFileSize / 1024) };
    }
    return { text, path: pathOf(params.uri) ?? params.uri, settings, parsed: await cachedPlan(params.uri, text) };
  }

  /** Runs `work`, turning an exception into a `failed` answer (logged with its stack for the developer). */
  async function guarded<T>(what: string, work: () => Promise<T | Failure>): Promise<T | Failure> {
    try {
      return await work();
    } catch (e) {
      connection.console.error(`kehoach ${what}: ${(e as Error)?.stack ?? String(e)}`);
      return { ok: false, reason: 'failed', detail: (e as Error)?.message ?? String(e) };
    }
  }

  connection.onRequest(PREVIEW_REQUEST, (params: PreviewParams) => guarded<PreviewResult>('preview', async () => {
    const got = await input(params);
    if ('ok' in got) return got;
    const { config } = got.settings;
    const render = renderPreview(got.text, { profile: config.profile, sectionSynonyms: config.sectionSynonyms, parsed: got.parsed, marks: params.marks });
    return { ok: true, ...render, isPlan: isPlan(got.path, got.text, config) };
  }));

  connection.onRequest(EXPORT_DOCX_REQUEST, (params: PlanTextParams) => guarded<ExportResult>('export', async () => {
    const got = await input(params);
    if ('ok' in got) return got;
    const { config } = got.settings;
    if (!isPlan(got.path, got.text, config)) return { ok: false, reason: 'notPlan' };
    const bytes = await exportDocx(got.text, { profile: config.profile, sectionSynonyms: config.sectionSynonyms, parsed: got.parsed });
    return { ok: true, base64: Buffer.from(bytes).toString('base64'), fileName: outputName(params.uri) };
  }));

  connection.onRequest(IS_PLAN_REQUEST, async (params: PlanTextParams): Promise<boolean> => {
    const text = params.text ?? documents.get(params.uri)?.getText();
    if (text === undefined) return false;
    const settings = await readSettings(connection, params.uri, true);
    return isPlan(pathOf(params.uri) ?? params.uri, text, settings.config);
  });
}

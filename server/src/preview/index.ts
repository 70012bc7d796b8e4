/**
 * `renderPreview(text, options)`: a plan as it will print, as HTML and CSS for the editor's preview.
 * The same reading of the plan as the Word export (export/plan-adapter.ts, blocks.ts, closing.ts,
 * inline.ts) and the same layout data (core/format), so that the preview and the .docx cannot disagree
 * on what goes where, in which size and weight. Pure: text and offsets in, strings out; every piece of
 * the plan's text is escaped. The pages themselves are cut by the webview, which can measure.
 */
import type { Profile } from '../core/document';
import { layoutFor } from '../core/format/party-layout';
import { splitLines } from '../core/text/lines';
import { readBody } from '../export/blocks';
import { readClosing } from '../export/closing';
import { readPlanSource, type ReadOptions } from '../export/plan-adapter';
import { writeBody } from './body-html';
import { writeHeader } from './header-html';
import { HtmlOut } from './html-out';
import type { PreviewMark } from './marked-text';
import { previewCss } from './style';

export type { PreviewMark, MarkSeverity } from './marked-text';
export { FONT_STACK } from './style';

export interface PreviewOptions extends ReadOptions {
  /** `auto` (the default) follows the header, as the export does. */
  readonly profile?: 'auto' | Profile;
  /** Findings to mark, as offset ranges in `text`. */
  readonly marks?: readonly PreviewMark[];
}

export interface PreviewRender {
  /** The stylesheet: the layout's values and this plan's rule widths. */
  readonly css: string;
  /** One `<div class="flow">` whose children are the blocks, in order, for the webview to cut into pages. */
  readonly body: string;
  /**
   * The style as the editor's protocol names it (two of them): a Đoàn plan shows as Party-like, a mass
   * organisation's as state (see profileOf in core/lint.ts); the body's class names the layout itself.
   */
  readonly profile: 'state' | 'party';
}

export function renderPreview(text: string, options: PreviewOptions = {}): PreviewRender {
  // The export reads the text without its BOM; the marks' offsets are shifted with it.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const plan = text.slice(bom);
  const source = readPlanSource(plan, options);
  const profile = options.profile && options.profile !== 'auto' ? options.profile : source.profile ?? 'state';
  const layout = layoutFor(profile);
  const closing = readClosing(source);
  const body = readBody(source, closing.lines, source.headerEndLine);
  const starts = splitLines(plan).map((l) => l.start);
  const out = new HtmlOut().raw(`<div class="flow profile-${layout.profile}">`);
  const rules = writeHeader(out, source, layout, starts);
  writeBody(out, source, body, closing, layout, starts);
  out.raw('</div>');
  const marks = (options.marks ?? []).map((m) => ({ ...m, start: m.start - bom, end: m.end - bom }));
  return { css: previewCss(layout, rules), body: out.render(marks), profile: layout.profile === 'doan' ? 'party' : layout.profile };
}

/**
 * The status bar item that says whether the active Markdown or plain-text file is checked as a plan, and
 * in which style (“Kế hoạch: nhà nước”, “Kế hoạch: Đảng”, “Không phải kế hoạch”, “Văn bản: quy tắc chung” for a
 * text checked with the rules for any text), as the server answers it
 * (kehoach/planStatus: the same parse as the diagnostics). Clicking “not a plan” checks the file anyway.
 */
import * as vscode from 'vscode';
import type { PlanStatus } from './protocol';

/** What the item shows, for the end-to-end tests (a status bar item cannot be read through the API). */
export interface PlanStatusView {
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
  readonly command?: string;
  /** The document the item speaks of. */
  readonly uri?: string;
}

/** What the item says of each profile the server reports. */
const PROFILE_TEXTS: Record<Extract<PlanStatus, { tooLarge: false }>['profile'], () => { text: string; style: string }> = {
  state: () => ({ text: vscode.l10n.t('Plan: state'), style: vscode.l10n.t('Checked as a state plan (Decree 30/2020/NĐ-CP)') }),
  party: () => ({ text: vscode.l10n.t('Plan: Party'), style: vscode.l10n.t('Checked as a Party plan (Regulation 66-QĐ/TW, Guidance 36-HD/VPTW)') }),
  doan: () => ({ text: vscode.l10n.t('Plan: Youth Union'), style: vscode.l10n.t('Checked as a Youth Union plan (Guidance 29-HD/TWĐTN-VP)') }),
  mass: () => ({
    text: vscode.l10n.t('Plan: mass organisation'),
    style: vscode.l10n.t('The document format of this organisation is not confirmed: its header is not checked, the other rules apply'),
  }),
};

function profileText(status: Extract<PlanStatus, { tooLarge: false }>): { text: string; detail: string } {
  const { text, style } = PROFILE_TEXTS[status.profile]();
  const from = status.profileFrom === 'setting' ? vscode.l10n.t('the style is set by kehoach.profile')
    : status.profileFrom === 'header' ? vscode.l10n.t('the style is read from the header')
      : vscode.l10n.t('the header shows neither style, so the state style applies');
  return { text, detail: `${style}: ${from}.` };
}

function viewOf(status: PlanStatus, checkedAnyway: boolean): Omit<PlanStatusView, 'visible' | 'uri'> {
  if (!status.isPlan && status.checkedAsText) {
    // The server's sentence says why it is not a plan and that only the rules for any text apply.
    const why = status.reasonText ? `${status.reasonText}. ` : '';
    return {
      text: `$(checklist) ${vscode.l10n.t('Text: common rules')}`,
      tooltip: `${why}${vscode.l10n.t('Checked as any administrative text (citations, dates, abbreviations) because you asked, until VS Code restarts; the plan rules are not applied.')} ${vscode.l10n.t('Click to check it now.')}`,
      command: 'kehoach.lint',
    };
  }
  if (!status.isPlan) {
    return {
      text: `$(circle-slash) ${vscode.l10n.t('Not a plan')}`,
      tooltip: vscode.l10n.t('Not checked: no “KẾ HOẠCH” title and no “Số …/KH-…” line in the first 40 lines, and no kehoach.planGlobs names it. Click to check it as a plan anyway.'),
      command: 'kehoach.checkAsPlan',
    };
  }
  if (status.tooLarge) {
    return {
      text: `$(warning) ${vscode.l10n.t('Plan: too large')}`,
      tooltip: vscode.l10n.t('A plan larger than kehoach.maxFileSize: not checked, so that the editor never freezes.'),
    };
  }
  const { text, detail } = profileText(status);
  const anyway = checkedAnyway ? ` ${vscode.l10n.t('Checked because you asked, until VS Code restarts.')}` : '';
  return { text: `$(checklist) ${text}`, tooltip: `${detail}${anyway} ${vscode.l10n.t('Click to check it now.')}`, command: 'kehoach.lint' };
}

export class PlanStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('kehoach.planStatus', vscode.StatusBarAlignment.Right, 101);
  private readonly changed = new vscode.EventEmitter<PlanStatusView>();
  private current: PlanStatusView = { visible: false, text: '', tooltip: '' };
  /** Fires each time the item is shown or hidden (the end-to-end tests wait on it). */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.item.name = vscode.l10n.t('Kế hoạch: plan check');
  }

  get view(): PlanStatusView {
    return this.current;
  }

  /** Shows the status of `document`; undefined (the server does not hold it) hides the item. */
  show(document: vscode.TextDocument, status: PlanStatus | null | undefined, checkedAnyway: boolean): void {
    if (!status) return this.hide();
    const view = viewOf(status, checkedAnyway);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.show();
    this.publish({ ...view, visible: true, uri: document.uri.toString() });
  }

  hide(): void {
    this.item.hide();
    this.publish({ visible: false, text: '', tooltip: '' });
  }

  dispose(): void {
    this.item.dispose();
    this.changed.dispose();
  }

  private publish(view: PlanStatusView): void {
    this.current = view;
    this.changed.fire(view);
  }
}

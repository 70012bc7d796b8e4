/**
 * The closing of a plan: `Nơi nhận:` with its recipients (ô 9b, left) and the signature block (ô 7a,
 * 7b, 7c, right), read from the lines PlanDocument marks. The signature ends with the signer's name:
 * lines after it (an appendix, a note) go back to the body, so nothing is lost inside the table.
 */
import { isUpperCaseText } from '../core/text/fold';
import type { LineSpan, PlanSource } from './plan-adapter';

export interface Closing {
  /** The `Nơi nhận:` line, as typed (its Markdown kept for the inline reader). */
  readonly recipientsLabel?: string;
  /** One entry per recipient line, as typed (`- Lưu: VT, BDT.`). */
  readonly recipients: readonly string[];
  /** TM./KT./Q./TL./TUQ. lines and the signer's title. */
  readonly authority: readonly string[];
  /** `(Đã ký)` and similar notes between the title and the name. */
  readonly notes: readonly string[];
  readonly signerName?: string;
  /** Every line the closing table holds: the body skips them. */
  readonly lines: ReadonlySet<number>;
}

const isParenthesized = (t: string) => /^[([].*[)\]]\.?$/.test(t);

/** The Markdown bullet of a recipient line in a .md plan is its typed dash: `- Lưu: VT.` stays as it is. */
function recipientLines(source: PlanSource, span: LineSpan | undefined, taken: Set<number>): { label?: string; items: string[] } {
  if (!span) return { items: [] };
  const items: string[] = [];
  for (let i = span.firstLine + 1; i <= span.lastLine; i++) {
    const t = source.lines[i].trim();
    taken.add(i);
    if (t) items.push(t);
  }
  taken.add(span.firstLine);
  return { label: source.lines[span.firstLine].trim(), items };
}

function signatureLines(source: PlanSource, span: LineSpan | undefined, taken: Set<number>) {
  const authority: string[] = [];
  const notes: string[] = [];
  let signerName: string | undefined;
  let gap = false;
  if (!span) return { authority, notes, signerName };
  for (let i = span.firstLine; i <= span.lastLine && signerName === undefined; i++) {
    const t = source.lines[i].trim();
    taken.add(i);
    if (!t) { gap = authority.length > 0; continue; }
    if (isParenthesized(t)) notes.push(t);
    else if (isUpperCaseText(t) && !gap) authority.push(t);
    else signerName = t;
  }
  return { authority, notes, signerName };
}

export function readClosing(source: PlanSource): Closing {
  const taken = new Set<number>();
  const { label, items } = recipientLines(source, source.recipients, taken);
  const signature = signatureLines(source, source.signature, taken);
  return { recipientsLabel: label, recipients: items, ...signature, lines: taken };
}

export function hasClosing(closing: Closing): boolean {
  return closing.recipientsLabel !== undefined || closing.authority.length > 0 || closing.signerName !== undefined;
}

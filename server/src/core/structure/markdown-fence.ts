/**
 * Fenced code at the top level, read without remark: a plan pastes the odd ``` block, and one left
 * unclosed runs to the end of the text, which remark would read in full for the line maps of a code
 * block. Only a fence at the margin is read here (it ends any list open above); anything else stays remark's.
 */
import type { TextLine } from '../text/lines';
import type { MarkdownLineInfo } from './markdown';
import { cutLine, fenceRunAt } from './markdown-marks';

interface Fence {
  readonly mark: string;
  readonly length: number;
}

/** The fence a line at the margin opens: three or more backticks (no backtick after them) or tildes. */
export function fenceOpenedBy(text: string): Fence | undefined {
  const length = fenceRunAt(text, 0);
  return length > 0 ? { mark: text[0], length } : undefined;
}

/** Whether the line closes the fence: up to three spaces, as many marks or more, then only spaces and tabs. */
function closes(text: string, fence: Fence): boolean {
  let i = 0;
  while (i < 3 && text[i] === ' ') i++;
  let n = 0;
  while (text[i + n] === fence.mark) n++;
  if (n < fence.length) return false;
  for (let j = i + n; j < text.length; j++) if (text[j] !== ' ' && text[j] !== '\t') return false;
  return true;
}

/**
 * Records the code block that the fence on line `first` opens (its lines opaque, its value as remark
 * gives it) and returns the line after it: after the closing fence, or the end of the text.
 */
export function readFence(text: string, lines: readonly TextLine[], first: number, fence: Fence, info: MarkdownLineInfo): number {
  let close = first + 1;
  while (close < lines.length && !closes(lines[close].text, fence)) close++;
  const closed = close < lines.length;
  // Unclosed, the block ends at the last line with text on it: remark leaves the blank lines after it out.
  let last = closed ? close : lines.length - 1;
  if (!closed) while (last > first && lines[last].text === '' && lines[last].start === text.length) last--;
  const contentEnd = closed ? close - 1 : last;
  // As CommonMark asks, remark gives U+0000 as U+FFFD.
  const value = contentEnd > first ? text.slice(lines[first + 1].start, lines[contentEnd].end).replace(/\0/g, '\uFFFD') : '';
  for (let l = first; l <= last; l++) info.opaque.add(l);
  info.blocks.push({ kind: 'code', value, firstLine: first, lastLine: last, fenced: true });
  return closed ? close + 1 : lines.length;
}

/** Columns of leading spaces, or -1 when a tab comes before the text (its width is remark's to tell). */
function spacesBefore(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  return text[i] === '\t' ? -1 : i;
}

/**
 * Code indented four spaces past `base` (the content column of the item it stands in, 0 at the top
 * level) where no paragraph is open: a plan pasted with indented paragraphs has many such lines, which
 * remark would read. Records the block (its lines opaque, its value as remark gives it, in pieces past the bound: base + 4 spaces
 * off each line, the text's own line breaks, the lines of fewer spaces after it left out) and returns
 * the line after it; undefined where a tab indents a line of it. `afterMarker`: the first line opens the
 * item whose content the code is (five spaces or more after its marker).
 */
export function readIndentedCode(
  text: string, lines: readonly TextLine[], first: number, info: MarkdownLineInfo, base = 0, afterMarker = false,
): number | undefined {
  const indent = base + 4;
  let last = first;
  let l = first + 1;
  for (; l < lines.length; l++) {
    const line = cutLine(lines[l].text);
    const spaces = spacesBefore(line);
    if (spaces < 0) return undefined;
    // Four spaces or more past the base, even with nothing after them, are a line of the code; a shorter blank line may end it.
    if (spaces >= indent) last = l;
    else if (spaces < line.length) break;
  }
  const parts: string[] = [];
  for (let k = first; k <= last; k++) {
    // A line nested past remark's bound is read as remark reads it in pieces: cut.
    const line = cutLine(lines[k].text);
    if (k > first) parts.push(text.slice(lines[k - 1].end, lines[k].start));
    // On an item's line (`-      mã`) the code starts four columns past the item's content, after its marker.
    parts.push(line.slice(afterMarker && k === first ? indent : Math.min(indent, spacesBefore(line))));
  }
  for (let k = first; k <= last; k++) info.opaque.add(k);
  // remark drops the line break a last line of spaces leaves at the end.
  const value = parts.join('').replace(/(\r?\n|\r)$/, '').replace(/\0/g, '\uFFFD');
  info.blocks.push({ kind: 'code', value, firstLine: first, lastLine: last, fenced: false });
  return last + 1;
}

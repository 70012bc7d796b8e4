/**
 * The header of a plan, read once into typed fields: the cells above the title go through the
 * table of field recognisers (fields.ts); the `Số` line and the place-date line are then read into
 * their pieces by their recognisers (number.ts, place-date.ts).
 */
import type { TextLine } from '../text/lines';
import { normalizeSlice } from '../text/normalized';
import type { MarkdownLineInfo } from '../structure/markdown';
import { HEADER_SCAN_LINES, headerCells, type CellKeys } from './cells';
import { RECOGNISERS, type Draft, type Scan } from './fields';
import { numberFieldsOf } from './number';
import { headerDateOf, placeDateFieldsOf } from './place-date';
import { firstContentLine, readAttachment, readSummary } from './summary';
import { fieldWords } from './words';
import type { HeaderField, NumberField, PlaceDateField, PlanHeader, TitleField } from './types';

export type * from './types';
export { isTitleKey } from './cells';
export { isPlanNumberText, readNumberText, styleOf } from './number';
export { placeDateForm } from './place-date';
export { hasDoanSymbol, isMassOrganisationHeader } from './organisation';

/** Runs the recognisers over the cells; returns the line of the last cell taken as a field. */
function recognise(scan: Scan): number {
  let lastFieldLine = -1;
  for (let i = 0; i < scan.cells.length; i++) {
    const line = scan.cells[i].line;
    for (const recogniser of RECOGNISERS) {
      const taken = recogniser(scan, i);
      if (!taken) continue;
      if (taken.counts) lastFieldLine = Math.max(lastFieldLine, line);
      i += taken.cells - 1;
      break;
    }
  }
  return lastFieldLine;
}

function withWords(text: string, field: HeaderField | undefined): TitleField | undefined {
  return field && { ...field, words: fieldWords(text, field) };
}

function typedNumber(text: string, field: HeaderField | undefined): NumberField | undefined {
  return field && { ...field, parsed: numberFieldsOf(normalizeSlice(text, field.start, field.end), field.text) };
}

function typedPlaceDate(text: string, field: HeaderField | undefined): PlaceDateField | undefined {
  if (!field) return undefined;
  const parsed = placeDateFieldsOf(normalizeSlice(text, field.start, field.end));
  const date = headerDateOf(text, field.start, field.end);
  return { ...field, ...(parsed ? { parsed } : {}), ...(date ? { date } : {}) };
}

/** The trích yếu and an attachment note under the title, and the first line after the header. */
function belowTitle(text: string, lines: readonly TextLine[], info: MarkdownLineInfo, title: HeaderField) {
  const found = readSummary(text, lines, info, title.line + 1);
  const endLine = found ? found.endLine : title.line + 1;
  // The summary looks at its first line of content and at the line that ends it; the note, three more.
  const readUntilLine = Math.max(firstContentLine(lines, info, title.line + 1) + 1, endLine + ATTACHMENT_LINES);
  return { summary: found?.field, endLine, readUntilLine, attachedTo: readAttachment(text, lines, info, title.line + 1, endLine + ATTACHMENT_LINES) };
}

/** How far below the trích yếu a `(Ban hành kèm theo …)` note is looked for. */
const ATTACHMENT_LINES = 4;

export function readHeader(text: string, lines: readonly TextLine[], info: MarkdownLineInfo, known?: CellKeys): PlanHeader {
  const { cells, titleLine } = headerCells(text, lines, info, known);
  const draft: Draft = { issuer: [] };
  let lastFieldLine = recognise({ text, cells, titleLine, draft });
  if (!draft.placeDate && draft.numericDate) {
    draft.placeDate = draft.numericDate;
    lastFieldLine = Math.max(lastFieldLine, draft.numericDate.line);
  }
  const { issuer, title } = draft;
  const below = title ? belowTitle(text, lines, info, title) : { endLine: lastFieldLine + 1, readUntilLine: HEADER_SCAN_LINES };
  return {
    issuer, title,
    nationalTitle: withWords(text, draft.nationalTitle),
    motto: withWords(text, draft.motto),
    partyTitle: withWords(text, draft.partyTitle),
    doanTitle: withWords(text, draft.doanTitle),
    number: typedNumber(text, draft.number),
    placeDate: typedPlaceDate(text, draft.placeDate),
    numberLike: draft.number ? undefined : typedNumber(text, draft.numberLike),
    ...below,
  };
}

/**
 * Whether the text shows a plan header at all. An article, a report or a fragment with none
 * (no title, no Quốc hiệu, Party title or Đoàn heading, no `Số` line) gets no header findings.
 */
export function hasPlanHeader(header: PlanHeader): boolean {
  return Boolean(
    header.title || header.nationalTitle || header.motto || header.partyTitle || header.doanTitle || header.number || header.numberLike,
  );
}

/** The first header field in the text: where a finding about the header as a whole is shown. */
export function headerAnchor(header: PlanHeader): HeaderField | undefined {
  const fields = [...header.issuer, header.nationalTitle, header.motto, header.partyTitle, header.doanTitle, header.number, header.numberLike, header.placeDate, header.title]
    .filter((f): f is HeaderField => f !== undefined);
  return fields.reduce<HeaderField | undefined>((first, f) => (!first || f.start < first.start ? f : first), undefined);
}

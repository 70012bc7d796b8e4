/**
 * The file-system side of reading a .docx (Node only): the file's bytes, read as the text path reads a
 * plan (a FIFO or device is never opened), then the pure reader. `readSourceFile` gives the CLI one
 * entry for both kinds of plan: a text file as UTF-8, a .docx through the reader.
 */
import { statSync } from 'node:fs';
import type { Locale } from '../core/lint';
import { describeProblem, readBytes, readPlanFile, type ReadProblem } from '../cli/read';
import { DocxError, describeDocxProblem, type DocxProblem } from './errors';
import { readDocx } from './index';
import type { DocxReading } from './types';
import { XmlError } from './xml';

/** A .docx is not read past this size (images included); its XML parts have their own limits. */
export const MAX_DOCX_FILE_BYTES = 256 * 1024 * 1024;

export function isDocxPath(file: string): boolean {
  return /\.docx$/i.test(file);
}

export type SourceRead =
  | { readonly ok: true; readonly text: string; readonly bom: boolean; readonly docx?: DocxReading }
  | { readonly ok: false; readonly problem: ReadProblem }
  | { readonly ok: false; readonly docxProblem: DocxProblem };

/** A .docx file's reading, or why it cannot be read. Throws only on a fault of the reader itself. */
export function readDocxFile(file: string): SourceRead {
  try {
    if (statSync(file).size > MAX_DOCX_FILE_BYTES) return { ok: false, docxProblem: { reason: 'packageTooLarge', limitMb: MAX_DOCX_FILE_BYTES / 1024 / 1024 } };
  } catch { /* readBytes names what is wrong with the path */ }
  const read = readBytes(file);
  if (!read.ok) return read;
  try {
    const reading = readDocx(read.bytes);
    return { ok: true, text: reading.text, bom: false, docx: reading };
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, docxProblem: e.problem };
    if (e instanceof XmlError) return { ok: false, docxProblem: { reason: 'badXml', part: e.part, detail: e.message.slice(e.part.length + 2) } };
    throw e;
  }
}

/** A plan file: a .docx through the reader, anything else as UTF-8 text. */
export function readSourceFile(file: string): SourceRead {
  return isDocxPath(file) ? readDocxFile(file) : readPlanFile(file);
}

/** One line saying why the file could not be read. */
export function describeSourceProblem(read: Exclude<SourceRead, { ok: true }>, display: string, locale: Locale): string {
  return 'problem' in read ? describeProblem(read.problem, display, locale) : describeDocxProblem(read.docxProblem, display, locale);
}

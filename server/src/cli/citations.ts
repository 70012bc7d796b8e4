/**
 * `kehoach citations [--format json|csv|text] PATH...`: every citation of each file, one row each,
 * so that an office can build the list of documents a plan relies on.
 */
import { dirname, relative } from 'node:path';
import { citationsOf } from '../core/citations/of-document';
import { mentionText, typeNameOf } from '../core/citations/identity';
import type { Citation } from '../core/citations/types';
import { isPlan } from '../core/detect';
import { parsePlan } from '../core/document';
import { positionAt } from '../core/text/lines';
import { findConfigFile, loadConfigFile } from '../node/config-file';
import { expandPaths, type ExpandedPath } from './files';
import { EXIT, parseArgs, reportInternalError, UsageError, type CommandIo } from './io';
import { cliText } from './messages';
import { describeProblem } from './read';
import { describeSourceProblem, readSourceFile } from '../docx/file';
import { paragraphAt, type DocxReading } from '../docx/index';

/** One row of the DESIGN contract, plus `kind` and `summary` (the trích yếu) after it. */
export interface CitationRow {
  readonly text: string;
  readonly type: string | null;
  readonly number: string | null;
  readonly symbol: string | null;
  /** `YYYY-MM-DD` when the citation gives a whole, valid day; otherwise null. */
  readonly date: string | null;
  readonly issuer: string | null;
  /** 1-based line and column (UTF-16 units) of the citation's start. */
  readonly line: number;
  readonly column: number;
  /** `symbol`: with a number-symbol; `reference`: named without one (`Luật Ngân sách nhà nước năm 2015`). */
  readonly kind: Citation['kind'];
  readonly summary: string | null;
  /** For a .docx: the 1-based paragraph (document order, table cells included) the citation starts in. */
  readonly paragraph?: number;
}

export interface FileCitations {
  readonly file: string;
  readonly citations: readonly CitationRow[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(c: Citation): string | null {
  const d = c.date;
  if (!d || d.kind !== 'day' || !d.valid) return null;
  return `${d.year}-${pad(d.month!)}-${pad(d.day!)}`;
}

/** The citations of one file's text, the plan's own number and its self-mentions left out. */
export function citationRows(file: string, text: string, docx?: DocxReading): FileCitations {
  const doc = parsePlan(text);
  const rows = citationsOf(doc).filter((c) => !c.self).map((c): CitationRow => {
    const at = positionAt(doc.lines, c.start);
    const paragraph = docx ? paragraphAt(docx, c.start)?.index : undefined;
    return {
      text: mentionText(text, c),
      type: typeNameOf(c) ?? null,
      number: c.numberSymbol?.number ?? c.reference?.number ?? null,
      symbol: c.numberSymbol?.symbol ?? null,
      date: isoDate(c),
      issuer: c.issuer?.text ?? null,
      line: at.line + 1,
      column: at.character + 1,
      kind: c.kind,
      summary: c.summary?.text ?? null,
      ...(paragraph !== undefined ? { paragraph } : {}),
    };
  });
  return { file, citations: rows };
}

export function toCitationsJson(files: readonly FileCitations[]): string {
  return JSON.stringify(files, null, 2) + '\n';
}

const CSV_COLUMNS = ['file', 'text', 'type', 'number', 'symbol', 'date', 'issuer', 'line', 'column', 'kind', 'summary'] as const;

/** RFC 4180: a field with a quote, comma or line break is quoted, its quotes doubled. */
function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV with a header row, CRLF line ends (RFC 4180) and a UTF-8 byte order mark: Excel, which most
 * offices open a CSV with, reads Vietnamese as mojibake without it; other readers skip it. With a
 * .docx among the files, a last column `paragraph` (empty for text files).
 */
export function toCitationsCsv(files: readonly FileCitations[]): string {
  const withParagraph = files.some((f) => f.citations.some((r) => r.paragraph !== undefined));
  const columns = withParagraph ? [...CSV_COLUMNS, 'paragraph' as const] : CSV_COLUMNS;
  const lines = [columns.join(',')];
  for (const f of files) {
    for (const r of f.citations) lines.push(columns.map((col) => csvField(col === 'file' ? f.file : r[col] ?? null)).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** `file:line:column: text` per citation (`file:¶12 (dòng 23:5): text` for a .docx), then a count. */
export function toCitationsText(files: readonly FileCitations[], locale: 'vi' | 'en' = 'vi'): string {
  const out: string[] = [];
  let count = 0;
  for (const f of files) {
    for (const r of f.citations) {
      const where = r.paragraph === undefined ? `${r.line}:${r.column}` : cliText(locale, 'inDocx', { paragraph: r.paragraph, line: r.line, column: r.column });
      out.push(`${f.file}:${where}: ${r.text}`);
      count++;
    }
  }
  out.push(cliText(locale, 'citationsSummary', { count, files: files.length }));
  return out.join('\n') + '\n';
}

const FORMATS = ['text', 'json', 'csv'] as const;

/** Files found in folders or by globs must look like plans (as `lint` decides); files named are always read. */
function wanted(file: string, text: string, explicit: boolean): boolean {
  if (explicit) return true;
  const configPath = findConfigFile(dirname(file));
  return isPlan(file, text, configPath ? loadConfigFile(configPath).config : {});
}

/** Each file on its own: one that cannot be read or parsed is named, and the others are still listed. */
function citationsOfFiles(io: CommandIo, files: readonly ExpandedPath[]): { results: FileCitations[]; failed: number } {
  const results: FileCitations[] = [];
  let failed = 0;
  for (const { file, explicit } of files) {
    const display = relative(io.cwd, file) || file;
    try {
      const read = readSourceFile(file);
      if (!read.ok) {
        io.stderr.write(`kehoach: ${describeSourceProblem(read, display, io.locale)}\n`);
        failed++;
        continue;
      }
      if (wanted(file, read.text, explicit)) results.push(citationRows(display, read.text, read.docx));
    } catch (e) {
      const detail = (e as Error)?.message ?? String(e);
      reportInternalError(io, cliText(io.locale, 'fileFailed', { file: display, stage: cliText(io.locale, 'stage_citations'), detail }), e);
      failed++;
    }
  }
  return { results, failed };
}

export async function runCitations(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positional } = parseArgs(args, { values: ['format', 'lang'], flags: [] });
  const format = values.get('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { formats: FORMATS.join(', '), format });
  if (positional.length === 0) throw new UsageError('noPathCitations');
  const locale = io.locale;
  const { files, problems } = expandPaths(positional, io.cwd);
  for (const p of problems) io.stderr.write(`kehoach: ${describeProblem(p.problem, p.path, locale)}\n`);
  const { results, failed } = citationsOfFiles(io, files);
  if (format === 'json') io.stdout.write(toCitationsJson(results));
  else if (format === 'csv') io.stdout.write(toCitationsCsv(results));
  // No “0 citations in 0 files” when nothing could be read: that would read as an empty list.
  else if (results.length > 0 || failed + problems.length === 0) io.stdout.write(toCitationsText(results, locale));
  const troubled = failed + problems.length;
  if (troubled > 0) io.stderr.write(`kehoach: ${cliText(locale, 'notChecked', { count: troubled })}\n`);
  return troubled > 0 ? EXIT.usage : EXIT.clean;
}

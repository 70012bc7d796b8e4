import { positionAt, splitLines, type TextLine } from '../core/text/lines';
import type { Finding, Locale, Rule } from '../core/lint';
import { cliText } from './messages';
import { sarifLog, sarifResult, type SarifOptions } from './sarif';

export interface FileReport {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  /** For a .docx: the 1-based paragraph (document order, table cells included) of an offset of `text`. */
  readonly paragraphOf?: (offset: number) => number | undefined;
}

export type Format = 'text' | 'json' | 'sarif';

/**
 * One file's output, made right after the file is checked: a finding that cannot be placed or printed
 * is then that file's failure, not the end of the whole report.
 */
export interface PreparedReport {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly output: readonly unknown[];
}

interface Place { paragraph?: number; line: number; column: number; endLine: number; endColumn: number }

/** 1-based line and column of the text; for a .docx, the paragraph first (`"paragraph"` in JSON). */
function placeOf(lines: readonly TextLine[], start: number, end: number, paragraphOf?: FileReport['paragraphOf']): Place {
  const a = positionAt(lines, start);
  const b = positionAt(lines, end);
  const place = { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  if (!Object.values(place).every(Number.isSafeInteger)) throw new Error(`no place for the range ${start}–${end}`);
  const paragraph = paragraphOf?.(start);
  return paragraph === undefined ? place : { paragraph, ...place };
}


/**
 * `file:line:column: cảnh báo message [rule-id]`, as editors and CI logs read them; for a .docx,
 * `file:¶12 (dòng 23:5): …`: the paragraph a Word user finds, then the line of the text read from it.
 */
function textLines(r: FileReport, lines: readonly TextLine[], locale: Locale): string[] {
  return r.findings.map((f) => {
    const p = placeOf(lines, f.start, f.end, r.paragraphOf);
    const where = p.paragraph === undefined ? `${p.line}:${p.column}` : cliText(locale, 'inDocx', { paragraph: p.paragraph, line: p.line, column: p.column });
    return `${r.file}:${where}: ${cliText(locale, `severity_${f.severity}`)} ${f.message} [${f.ruleId}]`;
  });
}

/** The `lint --format json` contract of DESIGN.md: 1-based lines and columns in UTF-16 units. */
function jsonEntry(r: FileReport, lines: readonly TextLine[]) {
  return {
    file: r.file,
    diagnostics: r.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...placeOf(lines, f.start, f.end, r.paragraphOf),
      // A fix edits a text file: none is given for a .docx, which no tool should rewrite as text.
      ...(f.fix && !r.paragraphOf ? { fix: { title: f.fix.title, edits: f.fix.edits.map((e) => ({ ...placeOf(lines, e.start, e.end), text: e.text })) } } : {}),
    })),
  };
}

function sarifResults(r: FileReport, lines: readonly TextLine[]) {
  return r.findings.map((f) => sarifResult(f, r.file, placeOf(lines, f.start, f.end, r.paragraphOf)));
}

/** The file's part of the output in the given format; throws when a finding cannot be placed. */
export function prepareReport(r: FileReport, format: Format, locale: Locale): PreparedReport {
  const lines = splitLines(r.text);
  const output = format === 'json' ? [jsonEntry(r, lines)] : format === 'sarif' ? sarifResults(r, lines) : textLines(r, lines, locale);
  return { file: r.file, findings: r.findings, output };
}

/**
 * The whole output. In text, a summary line counts the files checked; when none could be (all missing or
 * unreadable), there is no summary: “no problems (0 files)” would read as a clean run.
 */
export function renderReports(prepared: readonly PreparedReport[], format: Format, locale: Locale, rules: readonly Rule[], sarif: SarifOptions): string {
  if (format === 'json') return JSON.stringify(prepared.flatMap((p) => p.output), null, 2) + '\n';
  if (format === 'sarif') {
    const fired = new Set(prepared.flatMap((p) => p.findings.map((f) => f.ruleId)));
    return sarifLog(prepared.flatMap((p) => p.output), fired, rules, locale, sarif) + '\n';
  }
  if (prepared.length === 0) return '';
  const count = prepared.reduce((n, p) => n + p.findings.length, 0);
  const lines = prepared.flatMap((p) => p.output as string[]);
  lines.push(count === 0 ? cliText(locale, 'lintClean', { files: prepared.length }) : cliText(locale, 'lintFound', { count, files: prepared.length }));
  return lines.join('\n') + '\n';
}

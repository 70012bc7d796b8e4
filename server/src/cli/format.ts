import { positionAt, splitLines, type TextLine } from '../core/text/lines';
import type { Finding, Locale, Rule } from '../core/lint';
import { describeAnyTextCheck, type NotPlanReason } from '../core/detect';
import { cliText } from './messages';
import { sarifLog, sarifResult, type SarifOptions } from './sarif';

export interface FileReport {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  /** For a .docx: the 1-based paragraph (document order, table cells included) of an offset of `text`. */
  readonly paragraphOf?: (offset: number) => number | undefined;
  /** Set when the file is not a plan (and was named, so checked with the rules for any text): why. */
  readonly notPlan?: NotPlanReason;
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
  /** For a file that is not a plan: the one sentence the summary says of it (plan rules not applied, and why). */
  readonly notPlan?: string;
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

/**
 * `"notPlan"` of a file checked with the rules for any text, added after the contract's fields: its reason
 * (`title`, `number`, `noMarker`, `notNamed`), what was found, and the sentence the text summary prints.
 */
function notPlanEntry(reason: NotPlanReason | undefined, locale: Locale) {
  if (!reason) return {};
  const { kind, ...found } = reason;
  return { notPlan: { reason: kind, ...found, message: describeAnyTextCheck(reason, locale) } };
}

/** The `lint --format json` contract of DESIGN.md: 1-based lines and columns in UTF-16 units. */
function jsonEntry(r: FileReport, lines: readonly TextLine[], locale: Locale) {
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
    ...notPlanEntry(r.notPlan, locale),
  };
}

function sarifResults(r: FileReport, lines: readonly TextLine[]) {
  return r.findings.map((f) => sarifResult(f, r.file, placeOf(lines, f.start, f.end, r.paragraphOf)));
}

/** The file's part of the output in the given format; throws when a finding cannot be placed. */
export function prepareReport(r: FileReport, format: Format, locale: Locale): PreparedReport {
  const lines = splitLines(r.text);
  const output = format === 'json' ? [jsonEntry(r, lines, locale)] : format === 'sarif' ? sarifResults(r, lines) : textLines(r, lines, locale);
  return { file: r.file, findings: r.findings, output, ...(r.notPlan ? { notPlan: describeAnyTextCheck(r.notPlan, locale) } : {}) };
}

/**
 * The whole output. In text, a summary line counts the files checked, then each file that is not a plan
 * says once why the plan rules were not applied to it; when no file could be checked (all missing or
 * unreadable), there is no summary: “no problems (0 files)” would read as a clean run.
 */
export function renderReports(prepared: readonly PreparedReport[], format: Format, locale: Locale, rules: readonly Rule[], sarif: SarifOptions): string {
  if (format === 'json') return JSON.stringify(prepared.flatMap((p) => p.output), null, 2) + '\n';
  if (format === 'sarif') {
    const fired = new Set(prepared.flatMap((p) => p.findings.map((f) => f.ruleId)));
    const notPlans = prepared.flatMap((p) => (p.notPlan ? [{ file: p.file, message: p.notPlan }] : []));
    return sarifLog(prepared.flatMap((p) => p.output), fired, rules, locale, { ...sarif, notPlans }) + '\n';
  }
  if (prepared.length === 0) return '';
  const count = prepared.reduce((n, p) => n + p.findings.length, 0);
  const lines = prepared.flatMap((p) => p.output as string[]);
  lines.push(count === 0 ? cliText(locale, 'lintClean', { files: prepared.length }) : cliText(locale, 'lintFound', { count, files: prepared.length }));
  for (const p of prepared) if (p.notPlan) lines.push(`${p.file}: ${p.notPlan}.`);
  return lines.join('\n') + '\n';
}

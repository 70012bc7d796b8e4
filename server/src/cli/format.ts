import { positionAt, splitLines, type TextLine } from '../core/text/lines';
import type { Finding } from '../core/lint';

export interface FileReport {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

interface Place { line: number; column: number; endLine: number; endColumn: number }

function placeOf(lines: readonly TextLine[], start: number, end: number): Place {
  const a = positionAt(lines, start);
  const b = positionAt(lines, end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

/** The `lint --format json` contract of DESIGN.md: 1-based lines and columns in UTF-16 units. */
export function toJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map((r) => {
    const lines = splitLines(r.text);
    return {
      file: r.file,
      diagnostics: r.findings.map((f) => ({
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
        ...placeOf(lines, f.start, f.end),
        ...(f.fix ? { fix: { title: f.fix.title, edits: f.fix.edits.map((e) => ({ ...placeOf(lines, e.start, e.end), text: e.text })) } } : {}),
      })),
    };
  }), null, 2);
}

const LABEL = { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' } as const;

/** `file:line:column: cảnh báo message [rule-id]`, one per line, as editors and CI logs read them. */
export function toText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  let count = 0;
  for (const r of reports) {
    const lines = splitLines(r.text);
    for (const f of r.findings) {
      const p = placeOf(lines, f.start, f.end);
      out.push(`${r.file}:${p.line}:${p.column}: ${LABEL[f.severity]} ${f.message} [${f.ruleId}]`);
      count++;
    }
  }
  out.push(count === 0 ? `Không có vấn đề nào (${reports.length} tệp).` : `${count} vấn đề trong ${reports.length} tệp.`);
  return out.join('\n') + '\n';
}

import { positionAt, splitLines, type TextLine } from '../core/text/lines';
import type { Finding, Locale, Rule } from '../core/lint';

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

const LABEL = {
  vi: { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' },
} as const;

const SUMMARY = {
  vi: { clean: (files: number) => `Không có vấn đề nào (${files} tệp).`, found: (n: number, files: number) => `${n} vấn đề trong ${files} tệp.` },
  en: { clean: (files: number) => `No problems (${files} files).`, found: (n: number, files: number) => `${n} problems in ${files} files.` },
};

/** `file:line:column: cảnh báo message [rule-id]`, one per line, as editors and CI logs read them. */
export function toText(reports: readonly FileReport[], locale: Locale = 'vi'): string {
  const out: string[] = [];
  let count = 0;
  for (const r of reports) {
    const lines = splitLines(r.text);
    for (const f of r.findings) {
      const p = placeOf(lines, f.start, f.end);
      out.push(`${r.file}:${p.line}:${p.column}: ${LABEL[locale][f.severity]} ${f.message} [${f.ruleId}]`);
      count++;
    }
  }
  out.push(count === 0 ? SUMMARY[locale].clean(reports.length) : SUMMARY[locale].found(count, reports.length));
  return out.join('\n') + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, as code-scanning tools read it: one run, the rules that fired, one result per finding. */
export function toSarif(reports: readonly FileReport[], rules: readonly Rule[], locale: Locale = 'vi'): string {
  const fired = new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const results = reports.flatMap((r) => {
    const lines = splitLines(r.text);
    return r.findings.map((f) => {
      const p = placeOf(lines, f.start, f.end);
      return {
        ruleId: f.ruleId,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        }],
      };
    });
  });
  const driver = {
    name: 'kehoach',
    rules: rules.filter((r) => fired.has(r.id)).map((r) => ({
      id: r.id,
      shortDescription: { text: r.description[locale] },
      helpUri: `README.md#${r.id}`,
      defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
    })),
  };
  return JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [{ tool: { driver }, results }] }, null, 2);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SnippetDefinition {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

export type Flavor = 'markdown' | 'plaintext';

export const SNIPPET_FILES: Readonly<Record<Flavor, string>> = {
  markdown: join(__dirname, '..', '..', 'snippets', 'kehoach.markdown.code-snippets'),
  plaintext: join(__dirname, '..', '..', 'snippets', 'kehoach.plaintext.code-snippets'),
};

export function readSnippets(flavor: Flavor): Record<string, SnippetDefinition> {
  return JSON.parse(readFileSync(SNIPPET_FILES[flavor], 'utf8')) as Record<string, SnippetDefinition>;
}

export function prefixesOf(s: SnippetDefinition): readonly string[] {
  return typeof s.prefix === 'string' ? [s.prefix] : s.prefix;
}

export function bodyLines(s: SnippetDefinition): readonly string[] {
  return typeof s.body === 'string' ? s.body.split('\n') : s.body;
}

/**
 * The plain-text layout of a Markdown body line: no `#` heading marks, no bold or italic around the
 * whole line, `\*` (the Party star, escaped so Markdown shows it) as a plain `*`.
 */
export function plainLine(line: string): string {
  let out = line.replace(/^#{1,6} /, '');
  for (const mark of ['***', '**', '*']) {
    if (out.length > 2 * mark.length && out.startsWith(mark) && out.endsWith(mark)) {
      out = out.slice(mark.length, -mark.length);
      break;
    }
  }
  return out.replace(/\\\*/g, '*');
}

/** Snippet names, so that tests read as what they check. */
export const NAMES = {
  statePlan: 'Kế hoạch (nhà nước)',
  partyPlan: 'Kế hoạch (Đảng)',
  doanPlan: 'Kế hoạch (Đoàn)',
  stateHeader: 'Phần đầu kế hoạch (nhà nước)',
  partyHeader: 'Phần đầu kế hoạch (Đảng)',
  doanHeader: 'Phần đầu kế hoạch (Đoàn)',
  dateLine: 'Địa danh, ngày tháng năm',
  basis: 'Căn cứ',
  citation: 'Trích dẫn văn bản',
  task: 'Nhiệm vụ',
  stateRecipients: 'Nơi nhận (nhà nước)',
  partyRecipients: 'Nơi nhận (Đảng)',
  stateSignature: 'Chữ ký (nhà nước)',
  partySignature: 'Chữ ký (Đảng)',
} as const;

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../server/src/core/lint';

const LEVEL = { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' } as const;

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The text of the README section that documents `id`: from its anchor to the next heading of its level. */
function sectionOf(id: string): string | undefined {
  const at = README.indexOf(`<a id="${id}"></a>`);
  if (at < 0) return undefined;
  const next = README.indexOf('\n### ', README.indexOf('\n### ', at) + 1);
  const end = README.indexOf('\n## ', at);
  return README.slice(at, Math.min(next < 0 ? Infinity : next, end < 0 ? Infinity : end));
}

// Diagnostics link to README.md#<rule-id>: every rule must have that section, its row, and its basis.
describe('README documents every rule', () => {
  for (const rule of ALL_RULES) {
    it(rule.id, () => {
      const section = sectionOf(rule.id);
      assert.ok(section, `no <a id="${rule.id}"></a> section`);
      assert.ok(section.includes(`### \`${rule.id}\``), 'the anchor is not followed by the rule heading');
      const row = README.split('\n').find((l) => l.startsWith(`| [\`${rule.id}\`](#${rule.id}) |`));
      assert.ok(row, 'no row in the rule table');
      const level = row.split('|')[3].trim();
      assert.ok(level.startsWith(LEVEL[rule.defaultSeverity]), `the table says “${level}”, the rule ${rule.defaultSeverity}`);
      if (rule.basis === 'convention') assert.match(section, /Căn cứ: thông lệ/, 'a convention rule must say so');
      else assert.match(section, /Căn cứ: (Nghị định|Luật|Hướng dẫn)/, 'the section must quote the provision');
    });
  }
});

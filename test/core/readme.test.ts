import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../server/src/core/lint';

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
      assert.ok(README.includes(`| [\`${rule.id}\`](#${rule.id}) |`), 'no row in the rule table');
      if (rule.basis === 'convention') assert.match(section, /Căn cứ: thông lệ/, 'a convention rule must say so');
      else assert.match(section, /Căn cứ: (Nghị định|Luật|Hướng dẫn)/, 'the section must quote the provision');
    });
  }
});

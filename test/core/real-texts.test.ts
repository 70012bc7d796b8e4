import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlan } from '../../server/src/core/detect';
import { lint } from '../../server/src/core/lint';
import { positionAt, splitLines } from '../../server/src/core/text/lines';

const REAL = join(__dirname, '..', 'fixtures', 'real');
const read = (name: string) => readFileSync(join(REAL, name), 'utf8');

/** Every finding as `rule@line` (1-based), for exact comparison against what a records officer agrees with. */
function findingsOf(text: string): string[] {
  const lines = splitLines(text);
  return lint(text).map((f) => `${f.ruleId}@${positionAt(lines, f.start).line + 1}`);
}

// Real published texts (copies of ../shared/examples). Their citations, dates and headers are right.
describe('real published texts stay silent', () => {
  it('Lạng Sơn 52/KH-UBND (2014): only the section the truncated copy really lacks', () => {
    const text = read('lang-son-52-KH-UBND-2014.txt');
    assert.ok(isPlan('lang-son-52-KH-UBND-2014.txt', text, {}));
    // The copy stops at "[...]" inside section III, so Tổ chức thực hiện is truly absent.
    assert.deepEqual(findingsOf(text), ['section-missing@27']);
  });

  it('Cao Bằng orientation article: not a plan, and no citation, date or abbreviation finding even when linted directly', () => {
    const text = read('cao-bang-dinh-huong-2021-2025.txt');
    assert.equal(isPlan('cao-bang-dinh-huong-2021-2025.txt', text, {}), false);
    // It has no plan header or plan sections, so only structure and header rules may speak.
    const other = findingsOf(text).filter((f) => !/^(section|header)-/.test(f));
    assert.deepEqual(other, []);
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanAbbreviations } from '../../server/src/core/abbreviations/find';
import { citationsOf } from '../../server/src/core/citations';
import { datesOf } from '../../server/src/core/dates';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';
import { foldingRangesOf, outlineOf } from '../../server/src/core/outline';
import { labelFor } from '../../server/src/core/structure/numbering';
import { readRepro, WORST_INPUTS } from './worst-inputs';

const PLAN = readFileSync(join(__dirname, '..', 'fixtures', 'real', 'lang-son-52-KH-UBND-2014.txt'), 'utf8');

/**
 * Lints with no onRuleError handler, so that a rule that throws fails the test as a RuleError, then
 * asks the other questions a document is asked (outline, folds, citations, dates, abbreviations).
 */
function checkTotal(text: string): void {
  for (const f of lint(text)) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId}: [${f.start}, ${f.end}) outside the text`);
    for (const at of [f.start, f.end]) assert.ok(!splitsPair(text, at), `${f.ruleId}: [${f.start}, ${f.end}) cuts a surrogate pair`);
  }
  const doc = parsePlan(text);
  outlineOf(doc);
  foldingRangesOf(doc);
  citationsOf(doc);
  datesOf(doc);
  scanAbbreviations(doc);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text: string, at: number) => at > 0 && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** `insert` after every `every`-th character of the plan: oddities everywhere, in every scanner's way. */
const sprinkled = (insert: string, every: number) => PLAN.replace(new RegExp(`[^]{${every}}`, 'g'), (m) => m + insert);

const NASTY: readonly (readonly [string, string])[] = [
  // Unicode.
  ['the plan decomposed (NFD)', PLAN.normalize('NFD')],
  ['combining marks after spaces, digits and punctuation', sprinkled(' \u0301', 7)],
  ['combining marks alone on lines', sprinkled('\n\u0323\u0301\n', 31)],
  ['a definition after a lone mark', 'KẾ HOẠCH\n\nNội dung ́ (DTTS). Vùng ̣ ̉ (ĐBKK) và ́ (GD&ĐT); DTTS ( ́ ́ ́ ́), CTMTQG ( ́ ́)\n'],
  ['zero-width and control characters', sprinkled('\u200b\u200d\u2060\u0000\u0007\u001b\u007f\u0085', 11)],
  // Found by `npm run fuzz` (7 of 2,000 documents): the mark was mapped to the pair's low half.
  ['a combining mark after an emoji, before an abbreviation', 'a😀́DT'],
  ['combining marks after emoji in a plan', 'KẾ HOẠCH\n\nVùng a😀́ĐBKK và b😀̣́DTTS.\n'],
  ['lone surrogates', sprinkled('\ud800', 13) + '\udc00 số 1/\ud83d'],
  ['a byte order mark, and another inside', `\ufeff${PLAN.slice(0, 500)}\ufeff${PLAN.slice(500)}`],
  // Line breaks.
  ['CR line breaks', PLAN.replace(/\r?\n/g, '\r')],
  ['CRLF line breaks', PLAN.replace(/\r?\n/g, '\r\n')],
  ['mixed line breaks', PLAN.replace(/\r?\n/g, (_, i: number) => ['\n', '\r\n', '\r', '\u2028'][i % 4])],
  // Structure.
  ['pipes and tables', PLAN.replace(/ /g, (_, i: number) => (i % 5 === 0 ? ' | ' : ' '))],
  ['broken numbering', 'KẾ HOẠCH\n\nI. MỤC ĐÍCH\nIII. YÊU CẦU\nII- NHIỆM VỤ\nI.I.I. X\n1.2.3.4.5. A\n0. B\n99. C\na) x\nz) y\nđ) z\nLXXXIX. Z\nXC. Q\n'],
  ['1. repeated 3,000 times on one line', `${'1. '.repeat(3000)}x`],
  ['* repeated 3,000 times on one line', `${'* '.repeat(3000)}x`],
  ['> repeated 6,400 times on one line', `${'> '.repeat(6400)}x`],
  ['quotes one deeper on each line', Array.from({ length: 300 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n')],
  ['list items one deeper on each line', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
  ['an unclosed fence, comment and list', 'KẾ HOẠCH\n\n- a\n  ```\n  b\n<!--\nc\n```\n'],
  // Near-citations and impossible dates.
  ['near-citations', 'KẾ HOẠCH\n\nsố 1/ Nghị quyết số ngày 1 tháng số /KH-UBND Số: số 1/2/3/4 -KL/TW 15 - CT/TU Quyết định số 1/QĐ-TTg của (khóa'],
  ['impossible dates', 'KẾ HOẠCH\n\nngày 30/02/2024, ngày 31/4/2023, ngày 0/0/0, ngày 99/99/9999, tháng 13/2020, quý V/2020, ngày 29 tháng 02 năm 1900, thứ Tám, ngày 1/1/0, từ ngày 15/12 đến ngày 15/01/1000, giai đoạn 2999 - 1000'],
];

describe('totality: any text in, findings out', () => {
  it('the crash repro (a combining accent after a space before a definition) lints, and its definition is read', () => {
    const text = readRepro('crash-combining.kh.md');
    checkTotal(text);
    const definition = scanAbbreviations(parsePlan(text)).definitions.get('DTTS');
    assert.ok(definition, 'DTTS is defined');
    assert.equal(definition.phrase, undefined, 'a lone mark spells no phrase');
  });

  for (const [name, text] of NASTY) it(name, () => checkTotal(text));

  it('renumbering a run of 100,000 sections writes short labels (a run of L ran out of memory)', () => {
    assert.equal(labelFor('roman', 3999, 'I'), 'MMMCMXCIX');
    assert.ok(labelFor('roman', 100000, 'I').length <= 15);
  });

  for (const input of WORST_INPUTS) it(`worst case: ${input.name}`, () => checkTotal(input.make(input.size)));
});

// The README's table of where each rule applies (state and Party plans) and which version of its basis
// applies by date (issue 12, "Proof"), checked against the code: one row per registered rule, what a Party
// cell claims against the rule's findings on its own fixtures read as each profile (or, for the Word rules,
// against the Party values left unconfirmed), and every date against the rule's basis and version tables.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, lint, type Rule } from '../../server/src/core/lint';
import { fromDayNumber } from '../../server/src/core/dates/calendar';
import { layoutCheckFor } from '../../server/src/core/format/word-source';
import { NORMATIVE_LAWS } from '../../server/src/core/rules/normative-law';
import { TYPE_ABBR_VERSIONS } from '../../server/src/core/rules/type-abbr-versions';
import { isoDay } from '../../server/src/core/rules/plan-when';
import { ruleFixtures } from './fixtures';

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ANCHOR = '<a id="pham-vi-va-phien-ban"></a>';
const STATE = 'văn bản nhà nước';
const PARTY = 'văn bản Đảng';
const BASIS = 'căn cứ theo ngày';

type Row = Readonly<Record<string, string>>;

/** The table after the anchor: a row per rule id (the first cell, in backticks), cells by column title. */
function scopeTable(): Map<string, Row> {
  const at = README.indexOf(ANCHOR);
  assert.ok(at >= 0, `README has no ${ANCHOR}`);
  const lines = README.slice(at).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| quy tắc |'));
  assert.ok(start > 0, 'no table after the anchor');
  const cells = (line: string) => line.split('|').slice(1, -1).map((c) => c.trim());
  const titles = cells(lines[start]);
  const rows = new Map<string, Row>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const values = cells(line);
    const id = /^`([a-z-]+)`$/.exec(values[0])?.[1];
    assert.ok(id, `a row without a rule id: ${line}`);
    assert.ok(!rows.has(id), `two rows for ${id}`);
    rows.set(id, Object.fromEntries(titles.map((t, k) => [t, values[k] ?? ''])));
  }
  return rows;
}

/** As the README writes a date: day on two digits, month on two only for January and February. */
function viDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}/${m < 3 ? String(m).padStart(2, '0') : m}/${y}`;
}
const isoOfDay = (n: number) => {
  const { year, month, day } = fromDayNumber(n);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** How much of a rule a cell says applies: the word it starts with. */
function extent(cell: string): 'có' | 'một phần' | 'không' {
  const word = (['một phần', 'không', 'có'] as const).find((w) => cell.startsWith(w));
  assert.ok(word, `“${cell}” does not start with có, một phần or không`);
  return word;
}

/** The rule's findings on all its fixtures, read as one profile (the other rules off). */
function findingCount(rule: Rule, profile: 'state' | 'party'): number {
  const off = Object.fromEntries(ALL_RULES.filter((r) => r.id !== rule.id).map((r) => [r.id, 'off' as const]));
  let count = 0;
  for (const c of ruleFixtures(rule.id)) {
    count += lint(c.text, { ...c.options, rules: off, profile }).filter((f) => f.ruleId === rule.id).length;
  }
  return count;
}

/**
 * The layout values each Word rule reads (core/format): a Party file is checked only on those its layout
 * confirms (`PARTY_UNCONFIRMED`). Kept by hand; a rule that starts reading another value belongs here too.
 */
const WORD_RULE_VALUES: Readonly<Record<string, readonly string[]>> = {
  'format-page': ['paper'],
  'format-margins': ['margins'],
  'format-font': ['font'],
  'format-page-number': ['pageNumber'],
  'format-body': ['body.align', 'body.firstLineIndentCm', 'body.paragraphSpacingPt', 'body.lineSpacing'],
  'format-font-size': ['body.size', 'parts.issuer', 'parts.recipients', 'parts.signingAuthority', 'parts.signerName'],
  'format-header-style': ['parts.issuer', 'parts.summary.rule', 'parts.recipients', 'parts.signingAuthority', 'parts.signerName'],
};

/** The checks of one rule's row. */
function checkRow(rule: Rule, rows: Map<string, Row>): void {
  const row = () => rows.get(rule.id)!;

  it('says how much of it applies to state and Party plans', () => {
    assert.equal(extent(row()[STATE]), 'có', 'every rule checks state plans in full');
    extent(row()[PARTY]);
  });

  if (rule.appliesTo === 'docx') {
    it('claims for Party files what their confirmed layout values allow', () => {
      const values = WORD_RULE_VALUES[rule.id];
      assert.ok(values, `${rule.id}: list the layout values it reads in WORD_RULE_VALUES`);
      const party = layoutCheckFor('party');
      const confirmed = values.filter((v) => party.confirmed(v)).length;
      const want = confirmed === values.length ? 'có' : confirmed === 0 ? 'không' : 'một phần';
      assert.equal(extent(row()[PARTY]), want);
    });
  } else {
    it('claims for Party plans what its findings on its fixtures show', () => {
      const state = findingCount(rule, 'state');
      const party = findingCount(rule, 'party');
      assert.ok(state > 0, 'its fixtures give no finding read as a state plan');
      const claim = extent(row()[PARTY]);
      if (claim === 'có') assert.ok(party >= state, `“có” but ${party} Party findings against ${state}`);
      else if (claim === 'một phần') assert.ok(party > 0 && party < state, `“một phần” but ${party} Party findings against ${state}`);
      else assert.equal(party, 0, `“không” but ${party} Party findings`);
    });
  }

  it('dates its basis as the rule does', () => {
    const cell = row()[BASIS];
    if (rule.basis === 'convention') {
      assert.equal(cell, 'thông lệ');
      return;
    }
    assert.ok(cell.includes(viDate(rule.basis.since)), `no ${viDate(rule.basis.since)} in “${cell}”`);
    if (rule.basis.provision.includes('36-HD/VPTW')) assert.ok(cell.includes('36-HD/VPTW'), 'the Party basis is not named');
  });
}

describe('README: where each rule applies and its basis by date', () => {
  const rows = scopeTable();

  it('has one row for every registered rule and none for another id', () => {
    assert.deepEqual([...rows.keys()].sort(), ALL_RULES.map((r) => r.id).sort());
  });

  for (const rule of ALL_RULES) describe(rule.id, () => checkRow(rule, rows));

  it('names each version of the type abbreviations with its first day', () => {
    const cell = rows.get('citation-type-mismatch')![BASIS];
    assert.ok(TYPE_ABBR_VERSIONS.length > 0, 'the data confirms no version: the README must not list any');
    for (const v of TYPE_ABBR_VERSIONS) assert.ok(cell.includes(`${v.provision} từ ${viDate(v.fromIso)}`), `${v.provision} từ ${viDate(v.fromIso)}`);
  });

  it('names each law of the year in a symbol with its first and last day', () => {
    const cell = rows.get('citation-year-mismatch')![BASIS];
    assert.ok(NORMATIVE_LAWS.length > 0, 'the data confirms no law: the README must not list any');
    NORMATIVE_LAWS.forEach((law, k) => {
      const short = law.provision.replace(/^.* số /, '');
      const next = NORMATIVE_LAWS[k + 1];
      const span = `từ ${viDate(isoOfDay(law.from))}${next ? ` đến ${viDate(isoOfDay(next.from - 1))}` : ''}`;
      assert.ok(cell.includes(`${short} ${span}`), `${short} ${span}`);
    });
  });

  it('dates the ended names of ministries from the day after their last day', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'core', 'data', 'official-names.json'), 'utf8')) as {
      bodies: { status: string; until?: string }[];
    };
    const lasts = new Set(data.bodies.filter((b) => b.status.startsWith('confirmed') && b.until).map((b) => b.until!));
    assert.ok(lasts.size > 0);
    const cell = rows.get('citation-issuer-name')![BASIS];
    for (const last of lasts) assert.ok(cell.includes(`từ ${viDate(isoOfDay(isoDay(last) + 1))}`), `từ ${viDate(isoOfDay(isoDay(last) + 1))}`);
  });
});

// `.kehoach.json`: a key that happens to be a name of Object.prototype (`hasOwnProperty`, `__proto__`,
// `constructor`, `toString`) costs that key, not the file; nothing in the file reaches a prototype.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nearestName, validateConfig } from '../../server/src/core/config';
import { lint } from '../../server/src/core/lint';
import { loadConfigFile } from '../../server/src/node/config-file';

const PROTOTYPE_NAMES = ['hasOwnProperty', '__proto__', 'constructor', 'toString', 'valueOf'];
const PLAN = 'Số: 15/KH-UBND\n\nKẾ HOẠCH\n\nThực hiện Chương trình năm 2023\n\nI. MỤC ĐÍCH\n\nHỗ trợ vùng DTTS phát triển.\n';

describe('.kehoach.json keys named like Object.prototype members', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'kehoach-config-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of PROTOTYPE_NAMES) {
    it(`“${name}” at the top is an unknown setting; the other fields still apply`, () => {
      const { config, problems } = validateConfig(JSON.parse(`{ "${name}": 1, "profile": "party", "rules": { "section-missing": "off" } }`), 'en');
      assert.deepEqual(problems, [`“${name}” is not a kehoach setting`]);
      assert.deepEqual(config, { profile: 'party', rules: { 'section-missing': 'off' } });
    });

    it(`“${name}” inside requiredSections and sectionSynonyms is named; the known keys still apply`, () => {
      const raw = JSON.parse(`{ "requiredSections": { "${name}": ["muc-dich"], "state": ["muc-dich", "${name}"] }, "sectionSynonyms": { "${name}": ["X"], "muc-dich": ["MỤC TIÊU"] } }`);
      const { config, problems } = validateConfig(raw, 'en');
      assert.equal(problems.length, 3, problems.join('\n'));
      assert.ok(problems.every((p) => p.includes(name)), problems.join('\n'));
      assert.deepEqual(config, { requiredSections: { state: ['muc-dich'] }, sectionSynonyms: { 'muc-dich': ['MỤC TIÊU'] } });
    });

    it(`“${name}” as a rule name is an unknown rule, as an abbreviation an ordinary key, and linting still works`, () => {
      const raw = JSON.parse(`{ "rules": { "${name}": "off", "section-missing": "off" }, "abbreviationExpansions": { "${name}": "x", "DTTS": "dân tộc thiểu số" } }`);
      const { config, problems } = validateConfig(raw, 'en');
      assert.deepEqual(problems, [`“rules”: there is no rule “${name}”`]);
      assert.deepEqual(Object.keys(config.rules!), ['section-missing']);
      const findings = lint(PLAN, config);
      assert.ok(!findings.some((f) => f.ruleId === 'section-missing'), 'section-missing is off');
      const abbreviation = findings.find((f) => f.ruleId === 'abbreviation-undefined');
      assert.match(abbreviation?.fix?.edits[0].text ?? '', /^dân tộc thiểu số \(DTTS\)$/);
    });

    it(`a file with “${name}” is read, not dropped as invalid JSON`, () => {
      const file = join(dir, '.kehoach.json');
      writeFileSync(file, `{ "rules": { "section-missing": "off" }, "nested": { "${name}": true }, "${name}": {} }`);
      const loaded = loadConfigFile(file, 'en');
      assert.deepEqual(loaded.config, { rules: { 'section-missing': 'off' } });
      assert.doesNotMatch(loaded.error ?? '', /invalid JSON/);
      assert.match(loaded.error ?? '', new RegExp(`“${name}” is not a kehoach setting`));
    });
  }

  it('never reaches a prototype: neither Object.prototype nor the config’s own', () => {
    const raw = JSON.parse('{ "__proto__": { "polluted": "top" }, "constructor": { "prototype": { "polluted": "ctor" } }, '
      + '"abbreviationExpansions": { "__proto__": "ủy ban" }, "sectionSynonyms": { "__proto__": { "polluted": "nested" } }, '
      + '"rules": { "__proto__": "off" } }');
    const { config } = validateConfig(raw);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(config), Object.prototype);
    assert.equal((config as Record<string, unknown>).polluted, undefined);
    const expansions = config.abbreviationExpansions as Record<string, string>;
    assert.equal(Object.getPrototypeOf(expansions), Object.prototype);
    assert.deepEqual(Object.entries(expansions), [['__proto__', 'ủy ban']]);
    assert.equal(Object.getPrototypeOf(config.rules), Object.prototype);
    assert.deepEqual(config.sectionSynonyms, {}, 'a synonym list under an unknown section id is refused');
    assert.deepEqual(config.rules, {}, '“__proto__” is no rule id');
  });

  it('a .kehoach.json that is a folder or a FIFO is named, never read (a FIFO would block for ever)', function () {
    mkdirSync(join(dir, 'thu-muc', '.kehoach.json'), { recursive: true });
    assert.match(loadConfigFile(join(dir, 'thu-muc', '.kehoach.json'), 'en').error ?? '', /not a regular file/);
    if (process.platform === 'win32') return;
    const fifo = join(dir, '.kehoach.json');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      this.skip();
    }
    const loaded = loadConfigFile(fifo, 'en');
    assert.deepEqual(loaded.config, {});
    assert.match(loaded.error ?? '', /not a regular file; the defaults apply/);
  });
});

describe('patterns and tables from the configuration', () => {
  it('a large abbreviationExpansions table costs linear time: no scan of the table per abbreviation', () => {
    const letters = 'BCDFGHKLMNPQRSTVX';
    const abbreviation = (i: number) => {
      let s = '';
      for (let n = i; s === '' || n > 0; n = Math.floor(n / letters.length)) s += letters[n % letters.length];
      return `${s}QZ`;
    };
    const run = (size: number) => {
      const table = Object.fromEntries(Array.from({ length: 4 * size }, (_, i) => [`W${abbreviation(i)}`, 'cụm từ']));
      const text = `${PLAN}\n${Array.from({ length: size }, (_, i) => `Công tác ${abbreviation(i)} được giao.`).join('\n\n')}\n`;
      let best = Infinity;
      for (let round = 0; round < 2; round++) {
        const start = process.hrtime.bigint();
        const found = lint(text, { abbreviationExpansions: table }).filter((f) => f.ruleId === 'abbreviation-undefined').length;
        best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
        assert.equal(found, size + 1);
      }
      return best;
    };
    run(100);
    const small = run(200);
    const large = run(800);
    // Four times the plan and the table: linear is 4 times the time, the old lookup 16.
    assert.ok(large / small < 9, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`);
  });
});

describe('a setting that is wrong costs that setting only, and says what was meant', () => {
  it('a bad severity is named by its key; every other rule keeps its setting', () => {
    const { config, problems } = validateConfig({ rules: { 'section-missing': 'off', 'date-format': 'loud', 'date-weekday': 'error' } }, 'en');
    assert.deepEqual(problems, ['“rules.date-format” needs one of error, warning, information, hint, off']);
    assert.deepEqual(config.rules, { 'section-missing': 'off', 'date-weekday': 'error' });
    const findings = lint(PLAN, config);
    assert.ok(!findings.some((f) => f.ruleId === 'section-missing'), 'section-missing is still off');
  });

  it('an unknown rule id is named with the nearest id; one far from every id is named alone', () => {
    const { config, problems } = validateConfig({ rules: { 'section-mising': 'off', 'date-weekday': 'hint', 'kiem-tra-chinh-ta': 'off' } });
    assert.deepEqual(problems, [
      '“rules”: không có quy tắc nào mã “section-mising”; có phải ý bạn là “section-missing”?',
      '“rules”: không có quy tắc nào mã “kiem-tra-chinh-ta”',
    ]);
    assert.deepEqual(config.rules, { 'date-weekday': 'hint' });
  });

  it('a bad entry of sectionSynonyms, requiredSections or abbreviationExpansions costs that entry only', () => {
    const raw = {
      sectionSynonyms: { 'muc-dich': 'MỤC TIÊU', 'nhiem-vu': ['CÁC VIỆC CẦN LÀM'], 'nhiemvu': ['X'] },
      requiredSections: { state: 'muc-dich', party: ['muc-dich', 'to-chuc'] },
      abbreviationExpansions: { DTTS: 'dân tộc thiểu số', UBND: 7 },
    };
    const { config, problems } = validateConfig(raw, 'en');
    assert.deepEqual(problems, [
      '“sectionSynonyms.muc-dich” needs an array of strings',
      '“sectionSynonyms” has no key “nhiemvu”; did you mean “nhiem-vu”?',
      '“requiredSections.state” needs an array of section ids',
      '“requiredSections.party” has unknown section ids: “to-chuc” (one of can-cu, muc-dich, yeu-cau, nhiem-vu, kinh-phi, to-chuc-thuc-hien)',
      '“abbreviationExpansions.UBND” needs a full phrase (a string)',
    ]);
    assert.deepEqual(config, {
      sectionSynonyms: { 'nhiem-vu': ['CÁC VIỆC CẦN LÀM'] },
      requiredSections: { party: ['muc-dich'] },
      abbreviationExpansions: { DTTS: 'dân tộc thiểu số' },
    });
  });

  it('an unknown field is named with the nearest field, under the prefix the editor’s settings have', () => {
    assert.deepEqual(validateConfig({ profle: 'state', mauTep: [] }, 'en').problems, [
      '“profle” is not a kehoach setting; did you mean “profile”?',
      '“mauTep” is not a kehoach setting',
    ]);
    assert.deepEqual(validateConfig({ rules: { 'date-formt': 'off' }, profile: 'tinh' }, 'en', 'kehoach.').problems, [
      '“kehoach.rules”: there is no rule “date-formt”; did you mean “date-format”?',
      '“kehoach.profile” needs one of auto, state, party, doan, mass',
    ]);
  });

  it('nearestName: a swap, a missing or an extra letter, case aside; nothing for a name far from all', () => {
    const options = ['fix', 'format', 'config', 'lang', 'jobs'];
    assert.equal(nearestName('fxi', options), 'fix');
    assert.equal(nearestName('FORMT', options), 'format');
    assert.equal(nearestName('configg', options), 'config');
    assert.equal(nearestName('sua', options), undefined);
    assert.equal(nearestName('x'.repeat(5000), options), undefined);
  });
});

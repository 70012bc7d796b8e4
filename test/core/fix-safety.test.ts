import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, fixText, fixUntilStable, lint, type Finding, type LintOptions } from '../../server/src/core/lint';
import { contentStart, editsAreSound, lineBreakOf } from '../../server/src/core/text/edits';
import { countBreaks, fixProblems, quickFixProblems } from './fix-check';
import { everyFixtureText, FIXTURES_ROOT } from './fixtures';

/**
 * `--fix` and the editor's fix-all must be safe (issue 16): a second run changes nothing, no edit
 * removes text outside what it means to change or cuts a CRLF, a surrogate pair or a letter from its
 * combining marks, inserted lines use the document's own line break, and a BOM stays first.
 */

const repro = (name: string) => readFileSync(join(FIXTURES_ROOT, 'repro', `${name}.kh.md`), 'utf8');
const MODES = [{ name: 'fix all (--fix)', safeOnly: false }, { name: 'fix-all in the editor', safeOnly: true }] as const;
const lines = (text: string) => text.split(/\r\n|\r|\n/);
const onlyRule = (ruleId: string): LintOptions => ({
  rules: Object.fromEntries(ALL_RULES.filter((r) => r.id !== ruleId).map((r) => [r.id, 'off' as const])),
});

describe('fixing is safe (issue 16)', () => {
  describe('the documents that broke it', () => {
    const names = ['fix-changes-line-endings', 'fix-grows-unclosed-fence', 'fix-mangles-abbreviation', 'fix-repeats-section', 'fixall-repeats-title'];
    for (const name of names) {
      for (const mode of MODES) {
        it(`${name}, ${mode.name}: a second run changes nothing, line endings and BOM kept, no edit cuts text`, () => {
          assert.deepEqual(fixProblems(repro(name), {}, mode.safeOnly).problems, []);
        });
      }
    }

    it('an unclosed code fence: nothing is inserted into it, so the file does not grow on every run', () => {
      const text = repro('fix-grows-unclosed-fence');
      const fence = text.indexOf('```');
      const fixed = fixText(text).text;
      assert.equal(fixed.slice(fixed.indexOf('```')), text.slice(fence));
      assert.equal(fixText(fixed).text, fixed);
    });

    it('a section missing after an unclosed fence: the TỔ CHỨC THỰC HIỆN skeleton is not inserted again and again', () => {
      const text = repro('fix-repeats-section');
      const count = (t: string) => t.split('TỔ CHỨC THỰC HIỆN').length - 1;
      const fixed = fixText(text).text;
      assert.ok(count(fixed) <= count(text) + 1, `${count(fixed) - count(text)} skeletons inserted`);
      assert.equal(fixText(fixed).text, fixed);
    });

    it('a title missing from a header that reaches line 78: fix-all does not repeat KẾ HOẠCH', () => {
      const text = repro('fixall-repeats-title');
      const titles = (t: string) => lines(t).filter((l) => l.trim() === 'KẾ HOẠCH').length;
      const fixed = fixText(text, {}, 10, true).text;
      assert.ok(titles(fixed) <= titles(text) + 1);
      assert.equal(fixText(fixed, {}, 10, true).text, fixed);
    });

    for (const name of ['fix-changes-line-endings', 'fix-mangles-abbreviation']) {
      it(`${name}: a file written with CR alone stays so`, () => {
        const text = repro(name);
        assert.deepEqual(countBreaks(text), { '\r\n': 0, '\n': 0, '\r': countBreaks(text)['\r'] });
        for (const mode of MODES) {
          const fixed = fixText(text, {}, 10, mode.safeOnly).text;
          assert.deepEqual({ ...countBreaks(fixed), '\r': 0 }, { '\r\n': 0, '\n': 0, '\r': 0 }, mode.name);
        }
      });
    }
  });

  describe('small cases', () => {
    it('sections out of order many times over: fixing goes on until nothing is left, so a second run changes nothing', () => {
      // Found by `npm run fuzz` (documents 17 and 21 of seed 1): each move calls for a renumbering pass, and
      // ten passes stopped short of the end.
      const plans = [
        'II.TỔ CHỨC THỰC HIỆN\nI.YÊU CẦU\nI. MỤC ĐÍCH\nI. YÊU CẦU\nI. MỤC ĐÍCH',
        'III. TỔ CHỨC THỰC HIỆN\nII. PHÁP\nI. MỤC ĐÍCH, ## II. NHIỆM VỤ VÀ GIẢI PHÁP\n## I. YÊU CẦU\n## II. NHIỆM VỤ PHÁP\n## I. MỤC ĐÍCH, YÊU CẦU\n## II. NHIỆM VỤ VÀ ',
      ];
      for (const plan of plans) {
        for (const options of [{}, { profile: 'state', locale: 'en' }] as LintOptions[]) {
          const fixed = fixText(plan, options, 10).text;
          assert.equal(fixText(fixed, options, 10).text, fixed, JSON.stringify(plan));
        }
      }
    });

    it('an empty plan gets each missing section once, and a second run adds nothing', () => {
      for (const empty of ['', '\uFEFF', '\r\n', 'KẾ HOẠCH']) {
        const fixed = fixText(empty).text;
        assert.equal(fixText(fixed).text, fixed, JSON.stringify(empty));
        assert.equal(fixed.split('Căn cứ …').length - 1, 1, JSON.stringify(fixed));
        assert.equal(fixed.split('MỤC ĐÍCH, YÊU CẦU').length - 1, 1, JSON.stringify(fixed));
      }
    });

    it('lines inserted into a CR-only or a CRLF plan use its line break', () => {
      const plan = ['KẾ HOẠCH', 'Về việc x', '', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- …', '2. Yêu cầu', '- …'];
      for (const eol of ['\r', '\r\n', '\n']) {
        const fixed = fixText(plan.join(eol) + eol).text;
        assert.ok(fixed.length > plan.join(eol).length + 100, 'sections and header lines were inserted');
        const breaks = countBreaks(fixed);
        assert.equal(breaks[eol as '\r' | '\r\n' | '\n'], lines(fixed).length - 1, JSON.stringify(eol));
      }
    });

    it('a BOM stays first: an insertion at the start of the text goes after it', () => {
      const text = '\uFEFFĐộc lập - Tự do - Hạnh phúc\r\nSố: 05/KH-UBND\r\nKẾ HOẠCH\r\nVề việc x\r\n';
      const insertions = lint(text).flatMap((f) => f.fix?.edits ?? []);
      assert.ok(insertions.some((e) => e.start === 1), 'the Quốc hiệu is inserted at the very start');
      assert.ok(insertions.every((e) => e.start >= 1));
      for (const mode of MODES) {
        const fixed = fixText(text, {}, 10, mode.safeOnly).text;
        assert.ok(fixed.startsWith('\uFEFFCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n'), JSON.stringify(fixed.slice(0, 60)));
        assert.equal(fixed.lastIndexOf('\uFEFF'), 0);
      }
    });

    it('no insertion joins a lone CR and an LF into one CRLF', () => {
      const text = 'KẾ HOẠCH\nVề việc x\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- …\n\n2. Yêu cầu\n\n- …\n\nII. NHIỆM VỤ\n\n1. …\r';
      const fixed = fixText(text, onlyRule('section-missing')).text;
      assert.ok(fixed.includes('TỔ CHỨC THỰC HIỆN'));
      assert.equal(countBreaks(fixed)['\r\n'], 0, JSON.stringify(fixed));
    });

    it('an abbreviation written right before its definition becomes that definition, in one edit', () => {
      const text = 'KẾ HOẠCH\nVề việc x\n\nHỗ trợ DTTS dân tộc thiểu số (sau đây viết tắt là DTTS) và vùng DTTS.\n';
      const [finding] = lint(text, onlyRule('abbreviation-undefined'));
      assert.equal(finding.fix!.edits.length, 1);
      assert.equal(fixText(text, onlyRule('abbreviation-undefined')).text, 'KẾ HOẠCH\nVề việc x\n\nHỗ trợ dân tộc thiểu số (DTTS) và vùng DTTS.\n');
    });

    it('the Tiêu ngữ fix replaces only its own words: a date on the same line is kept', () => {
      const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - ngày 08 tháng 07 năm 2009\n\nKẾ HOẠCH\n';
      const options = onlyRule('header-national-title');
      assert.equal(lint(text, options).length, 1, 'the Tiêu ngữ is still reported');
      assert.ok(fixText(text, options).text.includes('ngày 08 tháng 07 năm 2009'));
      const misspelled = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phút\n\nKẾ HOẠCH\n';
      assert.equal(fixText(misspelled, options).text, misspelled.replace('Hạnh phút', 'Hạnh phúc'));
    });
  });

  describe('edit boundaries', () => {
    it('the line break of a document is the one it uses most; LF for one line', () => {
      assert.equal(lineBreakOf('a\rb\rc'), '\r');
      assert.equal(lineBreakOf('a\r\nb\r\nc\nd'), '\r\n');
      assert.equal(lineBreakOf('a\nb\r\nc\rd\re'), '\r');
      assert.equal(lineBreakOf('a\nb\r\n'), '\n', 'a tie goes to the break met first');
      assert.equal(lineBreakOf('abc'), '\n');
      assert.equal(contentStart('\uFEFFabc'), 1);
      assert.equal(contentStart('abc'), 0);
    });

    it('an edit may not cut a BOM, a CRLF, a surrogate pair or a letter from its marks, nor overlap another', () => {
      const nfd = 'Hạnh phu\u0301c';
      assert.ok(editsAreSound(nfd, [{ start: 6, end: 9, text: 'phú' }]));
      assert.ok(!editsAreSound(nfd, [{ start: 6, end: 8, text: 'phú' }]), 'ends before the mark of ú');
      assert.ok(!editsAreSound(nfd, [{ start: 8, end: 10, text: 'c' }]), 'starts at the mark of ú');
      assert.ok(!editsAreSound('\uFEFFab', [{ start: 0, end: 0, text: 'x' }]), 'before the BOM');
      assert.ok(editsAreSound('\uFEFFab', [{ start: 1, end: 1, text: 'x' }]));
      assert.ok(!editsAreSound('a\r\nb', [{ start: 2, end: 2, text: 'x' }]), 'inside a CRLF');
      assert.ok(!editsAreSound('a😀b', [{ start: 2, end: 4, text: 'x' }]), 'inside a surrogate pair');
      assert.ok(!editsAreSound('DTTS dân tộc', [{ start: 0, end: 4, text: 'a' }, { start: 0, end: 12, text: 'b' }]), 'overlapping');
      assert.ok(!editsAreSound('abc', [{ start: 1, end: 1, text: 'x' }, { start: 1, end: 1, text: 'y' }]), 'two insertions at one place');
      assert.ok(!editsAreSound('abc', [{ start: 2, end: 4, text: 'x' }]), 'past the end');
      assert.ok(editsAreSound('abc', [{ start: 1, end: 1, text: 'x' }, { start: 1, end: 2, text: 'y' }]));
    });

    it('a stray combining mark before the Quốc hiệu is not taken into the fix with what it follows', () => {
      for (const before of ['*', 'x ', '']) {
        const text = `${before}\u0301CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\n`;
        for (const f of lint(text)) if (f.fix) assert.ok(editsAreSound(text, f.fix.edits) && f.fix.edits.every((e) => e.start > before.length), JSON.stringify(f.fix.edits));
      }
    });

    it('a finding never carries a fix that cuts a letter from its marks, even on NFD text', () => {
      const text = ['Cộng hoà xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phu\u0301t', 'Số: 5/KH-UBND', 'Lạng Sơn, ngày 5 tháng 6 năm 2014', 'Kế hoạch']
        .join('\r\n').normalize('NFD');
      const fixes = lint(text).filter((f): f is Finding & { fix: NonNullable<Finding['fix']> } => f.fix !== undefined);
      assert.ok(fixes.length >= 3);
      for (const f of fixes) assert.ok(editsAreSound(text, f.fix.edits), `${f.ruleId}: ${JSON.stringify(f.fix.edits)}`);
    });
  });

  describe('a fix that does not remove its finding', () => {
    /** A check that always finds `x` missing, and whose fix inserts an `x` the check does not see. */
    const stubborn = (text: string): Finding[] => [
      { ruleId: 'stub', severity: 'warning', message: 'x is missing', start: 0, end: 0, fix: { title: 'insert x', edits: [{ start: text.length, end: text.length, text: 'x' }] } },
    ];

    it('is declined: the text stays as it was instead of growing on every run', () => {
      assert.equal(fixUntilStable('abc', stubborn, 10).text, 'abc');
    });

    it('is declined alone: the other fixes of the pass still apply', () => {
      const both = (text: string): Finding[] => [
        ...stubborn(text),
        ...(text.startsWith('A') ? [] : [{ ruleId: 'upper', severity: 'warning' as const, message: 'lower case', start: 0, end: 1, fix: { title: 'A', edits: [{ start: 0, end: 1, text: 'A' }] } }]),
      ];
      assert.equal(fixUntilStable('abc', both, 10).text, 'Abc');
    });
  });

  describe('every fixture', () => {
    for (const fixture of everyFixtureText()) {
      it(`${fixture.name}: fixes are sound, each removes its finding, and fixing reaches a fixed point`, () => {
        const options = fixture.options as LintOptions;
        const problems = [
          ...quickFixProblems(fixture.text, options),
          ...MODES.flatMap((mode) => fixProblems(fixture.text, options, mode.safeOnly).problems.map((p) => `${mode.name}: ${p}`)),
        ];
        assert.deepEqual(problems, []);
      });
    }
  });
});

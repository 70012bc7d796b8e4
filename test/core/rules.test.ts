import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, applyFixes, fixText, lint, type LintOptions } from '../../server/src/core/lint';
import { positionAt, splitLines } from '../../server/src/core/text/lines';
import { FIXTURES_ROOT, ruleFixtureDirs, ruleFixtures } from './fixtures';

/** Options that run one rule only, so that a fixture tests its own rule and nothing else. */
function onlyRule(ruleId: string, extra: Record<string, unknown>): LintOptions {
  const rules = Object.fromEntries(ALL_RULES.filter((r) => r.id !== ruleId).map((r) => [r.id, 'off' as const]));
  return { ...extra, rules: { ...(extra.rules as object), ...rules } } as LintOptions;
}

/** Rules of text; the format rules read a Word file's formatting, and their proof is .docx files (test/docx/). */
const TEXT_RULES = ALL_RULES.filter((r) => r.appliesTo !== 'docx');

describe('rule fixtures', () => {
  it('every fixture folder names a rule, and every rule of text has fixtures', () => {
    const ids = TEXT_RULES.map((r) => r.id);
    for (const dir of ruleFixtureDirs()) assert.ok(ids.includes(dir), `folder ${dir} names no rule of text`);
    for (const id of ids) assert.ok(ruleFixtures(id).length >= 2, `${id} needs broken and correct fixtures`);
  });

  it('no two fixture files hold the same text: a folder names the other file in its same-as.json', () => {
    // test/core/dates.test.ts reads these copies of real texts by their path.
    const readByPath = ['rules/date-invalid/lang-son-52-KH-UBND-2014.txt', 'rules/date-invalid/cao-bang-dinh-huong-2021-2025.txt'];
    const seen = new Map<string, string>();
    const folders = ['real', ...ruleFixtureDirs().map((d) => `rules/${d}`)];
    for (const folder of folders) {
      for (const name of readdirSync(join(FIXTURES_ROOT, folder)).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
        const path = `${folder}/${name}`;
        if (readByPath.includes(path)) continue;
        const hash = createHash('sha256').update(readFileSync(join(FIXTURES_ROOT, path))).digest('hex');
        assert.equal(seen.get(hash), undefined, `${path} is a copy of ${seen.get(hash)}`);
        seen.set(hash, path);
      }
    }
  });

  for (const rule of TEXT_RULES) {
    describe(rule.id, () => {
      const cases = ruleFixtures(rule.id);
      it('has at least one fixture that must stay silent and one that must report', () => {
        assert.ok(cases.some((c) => c.expectedLines.length === 0), 'no silent fixture');
        assert.ok(cases.some((c) => c.expectedLines.length > 0), 'no failing fixture');
      });
      for (const c of cases) {
        const options = onlyRule(rule.id, c.options);
        it(`${c.name}: reports exactly on the marked lines`, () => {
          const lines = splitLines(c.text);
          const found = [...new Set(lint(c.text, options).map((f) => positionAt(lines, f.start).line))].sort((a, b) => a - b);
          assert.deepEqual(found.map((l) => l + 1), c.expectedLines.map((l) => l + 1));
        });
        if (c.fixed !== undefined) {
          it(`${c.name}: the fixes give the fixed text, which then lints clean of fixable findings`, () => {
            const fixed = fixText(c.text, options).text;
            assert.equal(fixed, c.fixed);
            const again = lint(fixed, options);
            assert.deepEqual(again.filter((f) => f.fix).map((f) => f.message), [], 'a fix left something fixable');
            assert.equal(applyFixes(fixed, again).text, fixed, 're-fixing the fixed text changed it');
          });
        }
        if (rule.fixable) {
          it(`${c.name}: every fix changes only text inside its own edits`, () => {
            for (const f of lint(c.text, options)) {
              for (const e of f.fix?.edits ?? []) {
                assert.ok(e.start <= e.end && e.end <= c.text.length, `${f.ruleId}: edit out of range`);
              }
              if (!f.fix) continue;
              const once = applyFixes(c.text, [f]).text;
              const sorted = [...f.fix.edits].sort((a, b) => a.start - b.start);
              // Text before the first edit and after the last one is untouched.
              assert.equal(once.slice(0, sorted[0].start), c.text.slice(0, sorted[0].start));
              const tail = c.text.length - sorted[sorted.length - 1].end;
              assert.equal(once.slice(once.length - tail), c.text.slice(c.text.length - tail));
            }
          });
        }
      }
    });
  }
});

/** The findings of one rule on a fixture text (markers removed), with the fixture's options. */
function findingsOn(ruleId: string, fixture: string): ReturnType<typeof lint> {
  const c = ruleFixtures(ruleId).find((x) => x.name === fixture);
  assert.ok(c, `no fixture ${ruleId}/${fixture}`);
  return lint(c.text, onlyRule(ruleId, c.options)).filter((f) => f.ruleId === ruleId);
}

// Issue 12 §3: a finding is only as strong as the law behind it.
describe('severities the law supports', () => {
  const rule = (id: string) => ALL_RULES.find((r) => r.id === id)!;

  it('a plan without căn cứ gets information (the decree: “có thể có phần căn cứ”); another missing section stays a warning', () => {
    const basis = findingsOn('section-missing', 'thieu-can-cu.kh.md');
    assert.deepEqual(basis.map((f) => [f.messageId, f.severity]), [['missingBasis', 'information']]);
    const other = findingsOn('section-missing', 'thieu-nhiem-vu.kh.md');
    assert.ok(other.length > 0 && other.every((f) => f.severity === 'warning'));
  });

  it('section order is convention: information', () => {
    assert.equal(rule('section-order').defaultSeverity, 'information');
    const found = findingsOn('section-order', 'to-chuc-truoc-nhiem-vu.kh.md');
    assert.ok(found.length > 0 && found.every((f) => f.severity === 'information'));
  });

  it('a citation without “số” is consistency: information, while a malformed symbol stays a warning', () => {
    const found = findingsOn('citation-format', 'loi-so-ky-hieu.kh.md');
    const missingSo = found.filter((f) => f.messageId === 'missingSo');
    assert.ok(missingSo.length > 0 && missingSo.every((f) => f.severity === 'information'));
    assert.ok(found.some((f) => f.messageId !== 'missingSo' && f.severity === 'warning'));
  });

  it('a Party plan writing `ngày 30-10-2019` in its text gets no date-format finding; the same dates in a state plan do', () => {
    const party = findingsOn('date-format', 'dang-ngay-gach-ngang.kh.md');
    assert.deepEqual(party.map((f) => f.data?.date), ['15.12.2023']);
    const c = ruleFixtures('date-format').find((x) => x.name === 'dang-ngay-gach-ngang.kh.md')!;
    const asState = lint(c.text, onlyRule('date-format', { profile: 'state' })).filter((f) => f.ruleId === 'date-format');
    assert.deepEqual(asState.map((f) => f.data?.date), ['30-10-2019', '12-3-2003', '30-6-2023', '15.12.2023']);
  });

  it('date-cited-after-issue is logic: its basis is convention, not a provision', () => {
    assert.equal(rule('date-cited-after-issue').basis, 'convention');
  });

  it('citation-type-mismatch names the law on legal documents, Phụ lục III of the decree and the Party guidance', () => {
    const basis = rule('citation-type-mismatch').basis;
    assert.notEqual(basis, 'convention');
    const provision = basis === 'convention' ? '' : basis.provision;
    assert.match(provision, /Luật Ban hành văn bản quy phạm pháp luật 80\/2015\/QH13, Điều 10/);
    assert.match(provision, /Luật 64\/2025\/QH15, Điều 7/);
    assert.match(provision, /Nghị định 30\/2020\/NĐ-CP, Phụ lục III, mục I/);
    assert.match(provision, /Hướng dẫn 36-HD\/VPTW/);
  });
});

describe('content-end-mark', () => {
  const c = ruleFixtures('content-end-mark').find((x) => x.name === 'thieu-dau-ket-thuc.kh.md')!;
  const only = onlyRule('content-end-mark', {});
  const lines = (text: string) => lint(text, only).map((f) => positionAt(splitLines(text), f.start).line + 1);

  it('finds the end of the content above a signature written before Nơi nhận (two columns pasted)', () => {
    const signatureFirst = c.text.replace(/Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT\.\n\n(TM\. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n)/, '$1\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n');
    assert.notEqual(signatureFirst, c.text);
    assert.deepEqual(lines(signatureFirst), lines(c.text));
    assert.equal(lines(c.text).length, 1);
  });

  it('says nothing on a plan with no closing part yet (a draft being written, a copy cut short), nor on a Party plan', () => {
    const noClosing = c.text.slice(0, c.text.indexOf('Nơi nhận:'));
    assert.deepEqual(lines(noClosing), []);
    assert.deepEqual(lint(c.text, onlyRule('content-end-mark', { profile: 'party' })), []);
  });
});

describe('recipients-format', () => {
  it('a slip in one recipient line is information; the label and the Lưu line are warnings', () => {
    const found = findingsOn('recipients-format', 'sai-trinh-bay.kh.md');
    const by = (id: string) => found.filter((f) => f.messageId === id).map((f) => f.severity);
    assert.deepEqual(by('label'), ['warning']);
    assert.deepEqual(by('line'), ['information', 'information']);
    assert.deepEqual(by('luuForm'), ['warning']);
  });

  it('a Party plan\'s list (`- Lưu Văn phòng Tỉnh ủy.`) is not held to the decree\'s layout, but read as a state plan it would be', () => {
    const c = ruleFixtures('recipients-format').find((x) => x.name === 'dang-dung.kh.md')!;
    assert.deepEqual(lint(c.text, onlyRule('recipients-format', {})), []);
    const asState = lint(c.text, onlyRule('recipients-format', { profile: 'state' })).map((f) => f.messageId);
    assert.ok(asState.includes('luuForm'));
  });
});

describe('recipients-format reads a wrapped recipient as one', () => {
  it('a line in lower case or indented under a recipient continues it (a PDF copy wraps long names)', () => {
    const c = ruleFixtures('recipients-format').find((x) => x.name === 'dung-in-dam.kh.md')!;
    const wrapped = c.text.replace('Ủy ban Mặt trận Tổ quốc Việt Nam huyện;', 'Ủy ban Mặt trận Tổ quốc Việt Nam\n  huyện;');
    assert.notEqual(wrapped, c.text);
    assert.deepEqual(lint(wrapped, onlyRule('recipients-format', {})), []);
    // Not indented and in capitals: a recipient of its own that lacks its bullet (and the one above its `;`).
    const newItem = wrapped.replace('\n  huyện;', '\nCác phòng, ban huyện;');
    assert.deepEqual(lint(newItem, onlyRule('recipients-format', {})).map((f) => f.messageId), ['line', 'line']);
  });
});

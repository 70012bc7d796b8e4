import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, fixText, lint, type LintOptions } from '../../server/src/core/lint';
import { ruleFixtures } from './fixtures';

const ID = 'signature-authority';
const only = (extra: Record<string, unknown> = {}): LintOptions =>
  ({ ...extra, rules: Object.fromEntries(ALL_RULES.filter((r) => r.id !== ID).map((r) => [r.id, 'off' as const])) }) as LintOptions;
const textOf = (name: string) => ruleFixtures(ID).find((c) => c.name === name)!.text;
const found = (text: string, extra?: Record<string, unknown>) => lint(text, only(extra)).map((f) => [f.messageId, f.severity, f.fix?.edits[0].text]);

describe('signature-authority', () => {
  it('a wrong form is a warning; a missing space after a right one is information', () => {
    assert.deepEqual(found(textOf('sai-viet-tat.kh.md')), [['form', 'warning', 'TM.'], ['form', 'warning', 'KT.']]);
    assert.deepEqual(found(textOf('thieu-dau-cach.kh.md')), [['space', 'information', ' ']]);
  });

  it('the same signing block is right in one profile and wrong in the other', () => {
    const party = textOf('dang-dung.kh.md');
    assert.deepEqual(found(party), []);
    assert.deepEqual(found(party, { profile: 'state' }), [['partyInState', 'warning', 'TM.']]);
    const state = textOf('dung-nha-nuoc.kh.md');
    assert.deepEqual(found(state), []);
    assert.deepEqual(found(state, { profile: 'party' }), [['stateInParty', 'warning', 'T/M'], ['stateInParty', 'warning', 'K/T']]);
  });

  it('a Đoàn plan (read as a Party plan) signed `TM.` is left alone: the Đoàn signs so in its own decision 367', () => {
    const doan = textOf('doan-tm-cham.kh.md');
    assert.deepEqual(found(doan), []);
    const party = doan.replace('ĐOÀN TNCS HỒ CHÍ MINH', 'ĐẢNG CỘNG SẢN VIỆT NAM').replace('225 - KH/TWĐTN-CTTN', '225-KH/TU');
    assert.deepEqual(found(party), [['stateInParty', 'warning', 'T/M']]);
  });

  it('the Party forms of thừa lệnh, thừa ủy quyền and quyền were not confirmed: no finding in a Party plan', () => {
    const party = textOf('dang-dung.kh.md').replace('T/M BAN THƯỜNG VỤ', 'TL. BAN THƯỜNG VỤ');
    assert.deepEqual(found(party), []);
    assert.deepEqual(found(party, { profile: 'state' }), []);
  });

  it('a sentence is no signature: `KT-XH`, `TMV`, lower-case words, `Q` without its dot', () => {
    const base = textOf('dung-nha-nuoc.kh.md');
    for (const line of ['KT-XH của tỉnh phát triển.', 'TMV ĐIỆN TỬ', 'Tm nói rằng', 'Q GIÁM ĐỐC', 'KT chủ tịch', 'TL:', 'q. Hoàn Kiếm', 'Tl. Hà Nội cho biết']) {
      assert.deepEqual(found(base.replace('Đoàn Thu Hà', line)), [], line);
    }
  });
});

describe('signature-authority: a letter-numbered section is no signing line', () => {
  const plan = ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', '', 'Số: 41/KH-UBND', '', 'Lạng Sơn, ngày 10 tháng 8 năm 2024', '', 'KẾ HOẠCH', '',
    'Căn cứ Luật Tổ chức chính quyền địa phương;', '', 'p. MỤC ĐÍCH, YÊU CẦU', '', 'Nội dung.', '', 'q. TỔ CHỨC THỰC HIỆN', '', 'Nội dung.', ''].join('\n');

  it('leaves `q. TỔ CHỨC THỰC HIỆN` alone (writing it `Q.` would make it a signature)', () => {
    assert.deepEqual(lint(plan).filter((f) => f.ruleId === 'signature-authority'), []);
  });

  it('fix-all on the fuzz plan where the two fixes took turns reaches a fixed point (issue 16)', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'repro', 'fix-all-letter-section-q.kh.md'), 'utf8');
    const once = fixText(text, {}, 10).text;
    assert.equal(fixText(once, {}, 10).text, once);
  });
});

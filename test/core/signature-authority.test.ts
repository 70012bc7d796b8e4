import * as assert from 'node:assert/strict';
import { ALL_RULES, lint, type LintOptions } from '../../server/src/core/lint';
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

import * as assert from 'node:assert/strict';
import { ALL_RULES, lint, type LintOptions } from '../../server/src/core/lint';
import { ruleFixtures } from './fixtures';
import { parsePlan } from '../../server/src/core/document';
import { annexMentions } from '../../server/src/core/rules/annexes';

const ID = 'annex-reference';
const only = (extra: Record<string, unknown> = {}): LintOptions =>
  ({ ...extra, rules: Object.fromEntries(ALL_RULES.filter((r) => r.id !== ID).map((r) => [r.id, 'off' as const])) }) as LintOptions;
const textOf = (name: string) => ruleFixtures(ID).find((c) => c.name === name)!.text;
const found = (text: string, extra?: Record<string, unknown>) => lint(text, only(extra)).map((f) => [f.messageId, f.severity]);

describe('annex-reference', () => {
  it('an unnumbered or twice-numbered annex is a warning; Arabic numbers, a missing note or annex are information', () => {
    assert.deepEqual(found(textOf('khong-danh-so-nfd-crlf.kh.md')), [['unnumbered', 'warning'], ['unnumbered', 'warning'], ['noNote', 'information']]);
    assert.deepEqual(found(textOf('trung-so.kh.md')), [['missing', 'information'], ['duplicate', 'warning'], ['noNote', 'information']]);
    assert.deepEqual(found(textOf('so-a-rap.kh.md')), [['arabic', 'information'], ['arabic', 'information']]);
  });

  it('the note it asks for carries the plan’s own number and date', () => {
    const [f] = lint(textOf('trung-so.kh.md'), only()).filter((x) => x.messageId === 'noNote');
    assert.equal(f.data?.note, '(Kèm theo Kế hoạch số 15/KH-UBND ngày 14/02/2025 của …)');
  });

  it('a heading whose title and note run on its line (a Markdown paragraph, the Word export) is read the same', () => {
    const text = textOf('trung-so.kh.md');
    const joined = text.replace('Phụ lục I\n(Kèm theo', 'Phụ lục I (Kèm theo');
    assert.notEqual(joined, text);
    assert.deepEqual(found(joined), found(text));
    assert.deepEqual(found(text.replace('Phụ lục I\n(Kèm theo', 'Phụ lục I xem (Kèm theo')).map(([id]) => id), ['missing', 'noNote']);
  });

  it('the note under the next annex is not this one’s', () => {
    const text = textOf('dung-hai-phu-luc.kh.md');
    const first = text.indexOf('CHỈ TIÊU PHÁT TRIỂN');
    const close = text.slice(0, first) + text.slice(text.indexOf('Phụ lục II\n'));
    assert.deepEqual(found(close).map(([id]) => id), ['noNote']);
  });

  it('a mention whose annex is in the text is satisfied; without the annex it is reported (once per annex)', () => {
    const text = textOf('dung-hai-phu-luc.kh.md');
    assert.deepEqual(found(text), []);
    const withoutII = text.slice(0, text.indexOf('Phụ lục II\n'));
    assert.deepEqual(lint(withoutII, only()).map((f) => [f.messageId, f.data?.annex]), [['missing', 'Phụ lục II']]);
    const twice = withoutII.replace('Lớp bồi dưỡng', 'x').replace('Nâng cao chất lượng', 'Xem Phụ lục II kèm theo. Nâng cao chất lượng');
    assert.equal(lint(twice, only()).length, 1);
  });

  it('annexes of other documents (`Phụ lục III Nghị định`, `phụ lục kèm theo Quyết định số …`) are not this plan’s', () => {
    const text = textOf('dung-hai-phu-luc.kh.md');
    const noAnnexes = text.slice(0, text.indexOf('Phụ lục I\n')).replace(/Phụ lục I+ kèm theo/g, 'bảng');
    assert.deepEqual(found(noAnnexes), []);
    assert.deepEqual(found(noAnnexes.replace('kèm theo Quyết định số 147/QĐ-TTg', 'kèm theo.')), [['noneInText', 'information']]);
  });

  it('says nothing until the plan’s end is in sight (a draft, a copy cut short)', () => {
    const text = textOf('phu-luc-tep-rieng.kh.md');
    assert.equal(found(text).length, 1);
    assert.deepEqual(found(text.slice(0, text.indexOf('Nơi nhận:'))), []);
  });

  it('a Party plan is checked for its mentions only: the numbering and the note are the decree’s', () => {
    const text = textOf('dang-phu-luc-tep-rieng.kh.md');
    assert.deepEqual(found(text), [['missing', 'information']]);
    const asState = found(text, { profile: 'state' }).map(([id]) => id);
    assert.deepEqual(asState, ['missing', 'noNote', 'arabic', 'noNote', 'arabic']);
  });
});

describe('annex-reference: a mention written in capitals, in NFD, with a no-break space is read', () => {
  const text = ruleFixtures(ID).find((c) => c.name === 'phu-luc-tep-rieng.kh.md')!.text;
  const mention = 'chi tiết tại phụ lục kèm theo';
  const mentions = (t: string) => { const doc = parsePlan(t); return annexMentions(doc, doc.lines.length).length; };
  for (const [name, written] of [
    ['capitals', 'chi tiết tại PHỤ LỤC kèm theo'],
    ['NFD', mention.normalize('NFD')],
    ['a no-break space', 'chi tiết tại phụ\u00a0lục kèm theo'],
  ]) {
    it(name, () => {
      assert.equal(mentions(text), 2);
      assert.equal(mentions(text.replace(mention, written)), 2);
    });
  }
});

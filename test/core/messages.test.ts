import * as assert from 'node:assert/strict';
import { ALL_RULES } from '../../server/src/core/lint';
import { fillTemplate, localeFrom } from '../../server/src/core/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  for (const rule of ALL_RULES) {
    it(`${rule.id}: every message and the description exist in Vietnamese and English with the same placeholders`, () => {
      assert.ok(rule.description.vi && rule.description.en);
      for (const [id, text] of Object.entries(rule.messages)) {
        assert.ok(text.vi.trim() && text.en.trim(), `${id} is empty in one language`);
        assert.deepEqual(placeholders(text.en), placeholders(text.vi), `${id}: placeholders differ`);
      }
    });
  }

  it('fills placeholders and keeps unknown ones visible', () => {
    assert.equal(fillTemplate('Mục “{a}” và {b}', { a: 'I' }), 'Mục “I” và {b}');
  });

  it('chooses the locale from a language tag', () => {
    assert.equal(localeFrom('vi'), 'vi');
    assert.equal(localeFrom('vi_VN.UTF-8'), 'vi');
    assert.equal(localeFrom('en-US'), 'en');
    assert.equal(localeFrom('fr'), 'en');
    assert.equal(localeFrom('C.UTF-8'), 'vi');
    assert.equal(localeFrom(undefined, 'en'), 'en');
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_MESSAGES } from '../../server/src/cli/messages';
import { DESCRIBE_TEXTS } from '../../server/src/core/catalog/describe';
import { CATALOG_PROBLEMS } from '../../server/src/core/catalog/problems';
import { CATALOG_TEXTS } from '../../server/src/core/catalog/texts';
import { CONFIG_MESSAGES } from '../../server/src/core/config';
import { DATE_HOVER_TEXTS } from '../../server/src/core/dates/hover';
import { ALL_RULES, lint } from '../../server/src/core/lint';
import { MessageLog } from '../../server/src/core/message-log';
import { fillTemplate, localeFrom, messageOf, placeholdersOf, type MessageTable } from '../../server/src/core/messages';
import { DOCX_MESSAGES } from '../../server/src/docx/errors';
import { EXPORT_MESSAGES } from '../../server/src/export/messages';
import { SERVER_MESSAGES } from '../../server/src/lsp/messages';
import { CONFIG_FILE_MESSAGES } from '../../server/src/node/config-file';

/** Every table of texts a user reads, by owner. */
const TABLES: ReadonlyArray<[string, MessageTable]> = [
  ['cli', CLI_MESSAGES], ['server', SERVER_MESSAGES], ['export', EXPORT_MESSAGES], ['docx', DOCX_MESSAGES],
  ['catalog', CATALOG_TEXTS], ['catalog problems', CATALOG_PROBLEMS], ['catalog entries', DESCRIBE_TEXTS], ['date hover', DATE_HOVER_TEXTS],
  ['config', CONFIG_MESSAGES], ['config file', CONFIG_FILE_MESSAGES],
  ...ALL_RULES.map((r): [string, MessageTable] => [r.id, { ...r.messages, '(description)': r.description }]),
];

const RULES_DIR = join(__dirname, '..', '..', 'server', 'src', 'core', 'rules');

describe('messages', () => {
  for (const [owner, table] of TABLES) {
    it(`${owner}: every message exists in Vietnamese and English with the same placeholders`, () => {
      assert.ok(Object.keys(table).length > 0);
      for (const [id, text] of Object.entries(table)) {
        assert.ok(text.vi.trim() && text.en.trim(), `${owner}.${id} is empty in one language`);
        assert.deepEqual(placeholdersOf(text.en), placeholdersOf(text.vi), `${owner}.${id}: placeholders differ`);
      }
    });
  }

  it('the parity check fails on a table whose languages name different placeholders', () => {
    assert.notDeepEqual(placeholdersOf('Mục {label} sau {previous}'), placeholdersOf('Section {label} after {prev}'));
  });

  // Helpers take a plain RuleContext, whose `t` accepts any string: their literal ids are checked here.
  for (const rule of ALL_RULES) {
    it(`${rule.id}: every literal id its code passes to t() is in its table`, () => {
      const source = readFileSync(join(RULES_DIR, `${rule.id}.ts`), 'utf8');
      const ids = [...source.matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]);
      for (const id of ids) assert.ok(Object.hasOwn(rule.messages, id), `t('${id}') is not in ${rule.id}'s messages`);
    });
  }

  it('a finding names its message id and data, and a message made of two names both', () => {
    const log = new MessageLog({ a: { vi: 'Thiếu {x}.', en: 'No {x}.' }, b: { vi: 'Xem dòng {line}.', en: 'See line {line}.' } }, 'vi', 'test');
    assert.deepEqual(log.sourceOf(log.t('a', { x: 'ngày' })), { messageId: 'a', data: { x: 'ngày' } });
    const joined = `${log.t('a', { x: 'cơ quan' })} ${log.t('b', { line: 3 })}`;
    assert.deepEqual(log.sourceOf(joined), { messageId: 'a+b', data: { x: 'cơ quan', 'b.line': 3 } });
    assert.deepEqual(log.sourceOf('Văn bản khác.'), {});
  });

  it('findings of the rules carry the id and data that give their message', () => {
    const findings = lint('# KẾ HOẠCH\n\n## I. MỤC ĐÍCH\n\n## III. TỔ CHỨC\n\nNghị quyết số 24-KL/TW ngày 30/02/2024.\n');
    assert.ok(findings.length > 0);
    for (const f of findings) {
      const rule = ALL_RULES.find((r) => r.id === f.ruleId)!;
      assert.ok(f.messageId, `${f.ruleId}: “${f.message}” has no message id`);
      if (!f.messageId.includes('+')) assert.equal(messageOf(rule.messages, f.messageId, 'vi', f.data).text, f.message);
    }
  });

  it('a missing id is a clear error naming its table', () => {
    assert.throws(() => messageOf(CLI_MESSAGES, 'nothing' as keyof typeof CLI_MESSAGES, 'vi', {}, 'cli'), /cli: no message 'nothing'/);
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    assert.equal(fillTemplate('Mục “{a}” và {b}', { a: 'I' }), 'Mục “I” và {b}');
    assert.equal(fillTemplate('{constructor}', {}), '{constructor}');
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

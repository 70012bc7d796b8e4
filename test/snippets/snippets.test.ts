import * as assert from 'node:assert/strict';
import { dateVariables, expandSnippet } from './expand';
import { bodyLines, NAMES, plainLine, prefixesOf, readSnippets, type Flavor } from './snippet-files';

const FLAVORS: readonly Flavor[] = ['markdown', 'plaintext'];
const TODAY = dateVariables(2024, 6, 5);

describe('snippet files', () => {
  const markdown = readSnippets('markdown');
  const plaintext = readSnippets('plaintext');

  it('Markdown and plain text offer the same snippets under the same prefixes and descriptions', () => {
    assert.deepEqual(Object.keys(plaintext), Object.keys(markdown));
    for (const name of Object.keys(markdown)) {
      assert.deepEqual(prefixesOf(plaintext[name]), prefixesOf(markdown[name]), name);
      assert.equal(plaintext[name].description, markdown[name].description, name);
    }
  });

  it('every snippet the tests name exists', () => {
    for (const name of Object.values(NAMES)) assert.ok(markdown[name], `missing snippet “${name}”`);
  });

  it('plain-text bodies are the Markdown bodies without Markdown decoration', () => {
    for (const name of Object.keys(markdown)) {
      assert.deepEqual(bodyLines(plaintext[name]), bodyLines(markdown[name]).map(plainLine), name);
    }
  });

  for (const flavor of FLAVORS) {
    describe(flavor, () => {
      const snippets = readSnippets(flavor);

      it('prefixes are unique, single words, and include the ones a Vietnamese typist guesses', () => {
        const seen = new Map<string, string>();
        for (const [name, s] of Object.entries(snippets)) {
          for (const p of prefixesOf(s)) {
            assert.match(p, /^[\p{Ll}\p{N}]+$/u, `${name}: prefix “${p}” must be one lower-case word`);
            assert.ok(!seen.has(p), `prefix “${p}” used by “${seen.get(p)}” and “${name}”`);
            seen.set(p, name);
          }
        }
        const expected: Record<string, string> = {
          kehoach: NAMES.statePlan, kehoachdang: NAMES.partyPlan, quochieu: NAMES.stateHeader,
          dangcongsan: NAMES.partyHeader, cancu: NAMES.basis, 'căncứ': NAMES.basis, trichdan: NAMES.citation,
          nhiemvu: NAMES.task, noinhan: NAMES.stateRecipients, chuky: NAMES.stateSignature, ngaythang: NAMES.dateLine,
        };
        for (const [prefix, name] of Object.entries(expected)) assert.equal(seen.get(prefix), name, prefix);
      });

      it('every description is bilingual: “Vietnamese — English”', () => {
        for (const [name, s] of Object.entries(snippets)) {
          const parts = s.description.split(' — ');
          assert.equal(parts.length, 2, `${name}: description needs exactly one “ — ” between the languages`);
          const [vi, en] = parts;
          assert.match(vi, /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu, `${name}: Vietnamese half`);
          assert.match(en, /^[\x20-\x7e]+$/, `${name}: the English half is plain ASCII`);
          assert.ok(en.split(/\s+/).length >= 3, `${name}: the English half says something`);
        }
      });

      it('bodies are NFC and use only what the tests can expand', () => {
        for (const [name, s] of Object.entries(snippets)) {
          for (const line of bodyLines(s)) assert.equal(line, line.normalize('NFC'), `${name}: ${line}`);
          const { text, tabstops } = expandSnippet(bodyLines(s), TODAY);
          assert.ok(text.length > 0 && tabstops.length > 0, name);
          assert.ok(!text.includes('$'), `${name}: an unexpanded $ in ${text}`);
        }
      });
    });
  }
});

describe('date line in the form of Nghị định 30/2020/NĐ-CP (day < 10 and months 1, 2 take a 0)', () => {
  // Written out by hand, not computed, so that the test does not share the snippet's logic.
  const cases: [number, number, number, string][] = [
    [2025, 1, 7, 'ngày 07 tháng 01 năm 2025'],
    [2025, 2, 14, 'ngày 14 tháng 02 năm 2025'],
    [2025, 3, 31, 'ngày 31 tháng 3 năm 2025'],
    [2024, 6, 5, 'ngày 05 tháng 6 năm 2024'],
    [2025, 9, 30, 'ngày 30 tháng 9 năm 2025'],
    [2025, 10, 9, 'ngày 09 tháng 10 năm 2025'],
    [2024, 11, 20, 'ngày 20 tháng 11 năm 2024'],
    [2024, 12, 1, 'ngày 01 tháng 12 năm 2024'],
  ];
  for (const flavor of FLAVORS) {
    const snippets = readSnippets(flavor);
    for (const [y, m, d, expected] of cases) {
      it(`${flavor}: ${y}-${m}-${d} → ${expected}`, () => {
        const vars = dateVariables(y, m, d);
        const line = expandSnippet(bodyLines(snippets[NAMES.dateLine]), vars, { 1: 'Cao Bằng' }).text;
        assert.equal(line, flavor === 'markdown' ? `*Cao Bằng, ${expected}*` : `Cao Bằng, ${expected}`);
        for (const name of [NAMES.statePlan, NAMES.partyPlan, NAMES.stateHeader, NAMES.partyHeader]) {
          const text = expandSnippet(bodyLines(snippets[name]), vars, { 4: 'Cao Bằng' }).text;
          assert.ok(text.includes(`Cao Bằng, ${expected}`), `${name} lacks “${expected}”`);
        }
      });
    }
  }
});

describe('small snippets expand to the text a drafter expects', () => {
  const md = readSnippets('markdown');
  const expand = (name: string) => expandSnippet(bodyLines(md[name]), TODAY).text;

  it('căn cứ and citation offer the document types, the first one chosen by default', () => {
    assert.equal(expand(NAMES.basis), 'Căn cứ Quyết định số … ngày … của … về …;');
    assert.equal(expand(NAMES.citation), 'Quyết định số … ngày … của … về …');
    const choices = expandSnippet(bodyLines(md[NAMES.citation]), TODAY).tabstops.find((t) => t.isChoice);
    assert.equal(choices?.index, 1);
    const body = bodyLines(md[NAMES.citation]).join('\n');
    for (const type of ['Nghị quyết', 'Kết luận', 'Chỉ thị', 'Nghị định', 'Thông tư', 'Công văn']) assert.ok(body.includes(type), type);
  });

  it('signatures offer TM./KT./Q. (state) and T/M, K/T (Party)', () => {
    assert.match(bodyLines(md[NAMES.stateSignature])[0], /\$\{1\|TM\.,KT\.,Q\.\|\}/);
    assert.match(bodyLines(md[NAMES.partySignature])[0], /\$\{1\|T\/M,K\/T\|\}/);
    assert.ok(expand(NAMES.stateSignature).startsWith('**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**'));
    assert.ok(expand(NAMES.partySignature).startsWith('**T/M BAN THƯỜNG VỤ**\n\n**BÍ THƯ**'));
  });

  it('Nơi nhận ends with the file copy line', () => {
    assert.equal(expand(NAMES.stateRecipients), '***Nơi nhận:***\n- …;\n- Lưu: VT, ….');
    assert.equal(expand(NAMES.partyRecipients), 'Nơi nhận:\n- …;\n- Lưu Văn phòng Tỉnh ủy.');
  });

  it('a task names its lead unit, coordinating units and deadline', () => {
    assert.equal(
      expand(NAMES.task),
      '### 1. …\n\n- Cơ quan chủ trì: ….\n- Cơ quan phối hợp: ….\n- Thời hạn hoàn thành: trước ngày ….',
    );
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { matchOfficialName, officialBodies, titleText } from '../../server/src/core/rules/official-names';

const data = JSON.parse(readFileSync(join(__dirname, '..', '..', 'server', 'src', 'core', 'data', 'official-names.json'), 'utf8'));

const kind = (issuer: string) => matchOfficialName(issuer)?.kind;

describe('official names of ministries (citation-issuer-name)', () => {
  it('reads every body of the table, with a source and a quote behind each merger', () => {
    const bodies = officialBodies(data);
    assert.equal(bodies.length, data.bodies.length);
    const names = new Set(bodies.map((b) => b.name));
    for (const row of data.bodies) {
      assert.match(row.status, /^confirmed/, row.name);
      if (!row.until) continue;
      assert.ok(row.mergerSource?.url && row.mergerQuote, `${row.name}: no source for its merger`);
      const successor = data.bodies.find((b: { name: string }) => b.name === row.successor);
      assert.ok(successor && !successor.until && names.has(row.successor), `${row.name}: its successor is no body in force`);
    }
  });

  it('tells a name as written from one with a word missing or a mark wrong', () => {
    assert.equal(kind('Bộ Lao động - Thương binh và Xã hội'), 'exact');
    assert.equal(kind('Bộ Lao động, Thương binh và Xã hội'), 'exact');
    assert.equal(kind('Bộ Văn hoá, Thể thao và Du lịch'), 'exact');
    assert.equal(kind('BỘ GIAO THÔNG VẬN TẢI'), 'exact');
    assert.equal(kind('Bo Giao duc va Dao tao'), 'exact', 'a text typed without marks is not misspelt word by word');
    assert.equal(kind('Bộ Lao động Thương binh Xã hội'), 'missingWord');
    assert.equal(kind('Bộ Giáo dục và Đạo tạo'), 'misspelled');
    assert.equal(kind('Bộ Giáo dục và Dào tạo'), 'misspelled');
  });

  it('never takes a name cut short, a longer one or another body for a misspelling', () => {
    assert.equal(kind('Bộ trưởng Bộ Kế hoạch Đầu'), undefined);
    assert.equal(kind('Bộ Văn hóa, Thể thao và Du'), undefined);
    assert.equal(kind('Bộ Tài chính Hà Nội'), undefined);
    assert.equal(kind('Bộ Chính trị'), undefined);
    assert.equal(kind('Sở Tài chính'), undefined);
    assert.equal(kind('Bộ Y'), undefined);
    assert.equal(kind(''), undefined);
  });

  it('reads the head’s title before the name and keeps it in the fix', () => {
    const match = matchOfficialName('Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc');
    assert.equal(match?.body.name, 'Ủy ban Dân tộc');
    assert.equal(titleText('Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc', match!.titleWords), 'Bộ trưởng, Chủ nhiệm');
    assert.equal(matchOfficialName('Bộ trưởng Bộ Tài nguyên Môi trường')?.kind, 'missingWord');
  });

  it('writes the fix in capitals where the issuer is in capitals', () => {
    const [finding] = lint('Căn cứ Quyết định số 12/QĐ-BTNMT ngày 10/5/2024 của BỘ TÀI NGUYÊN MÔI TRƯỜNG về việc;\n')
      .filter((f) => f.ruleId === 'citation-issuer-name');
    assert.equal(finding?.fix?.edits[0].text, 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG');
  });

  it('flags an ended name from 01/3/2025 only, in NFD text too', () => {
    const cite = (date: string) => `Căn cứ Quyết định số 12/QĐ-BKHĐT ${date} của Bộ Kế hoạch và Đầu tư về giao vốn;\n`;
    const found = (text: string) => lint(text.normalize('NFD')).filter((f) => f.ruleId === 'citation-issuer-name');
    assert.equal(found(cite('ngày 28/02/2025')).length, 0);
    assert.equal(found(cite('năm 2025')).length, 0);
    assert.equal(found(cite('')).length, 0);
    const [finding] = found(cite('ngày 01/3/2025'));
    assert.equal(finding?.messageId, 'ended');
    assert.equal(finding?.data?.successor, 'Bộ Tài chính');
    assert.equal(finding?.fix, undefined);
    assert.equal(found(cite('năm 2026')).length, 1);
  });
});

describe('citation-issuer-name: a name written without its “và”', () => {
  it('reads `Bộ Kế hoạch Đầu tư` whole (not cut at `từ`) and offers the official name', () => {
    const text = ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', '', 'Số: 41/KH-UBND', '', 'Lạng Sơn, ngày 10 tháng 8 năm 2026', '', 'KẾ HOẠCH', '',
      'Căn cứ Quyết định số 12/QĐ-BKHĐT ngày 15/01/2024 của Bộ Kế hoạch Đầu tư về việc ban hành quy chế;', ''].join('\n');
    const found = lint(text).filter((f) => f.ruleId === 'citation-issuer-name');
    assert.equal(found.length, 1);
    assert.equal(found[0].fix?.edits[0].text, 'Bộ Kế hoạch và Đầu tư');
  });
});

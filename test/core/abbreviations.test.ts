import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../server/src/core/document';
import { isAbbreviationToken, scanAbbreviations } from '../../server/src/core/abbreviations/find';
import { lint } from '../../server/src/core/lint';
import { FIXTURES_ROOT } from './fixtures';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/KH-UBND\n\nCao Bằng, ngày 06 tháng 02 năm 2023\n\nKẾ HOẠCH\n\nThực hiện Chương trình năm 2023\n\n';
const plan = (body: string) => HEAD + body;
const scan = (body: string) => scanAbbreviations(parsePlan(plan(body)));
const abbreviationFindings = (text: string, options = {}) => lint(text, options).filter((f) => f.ruleId === 'abbreviation-undefined');

describe('abbreviations', () => {
  it('tells abbreviations from numerals, symbol parts and words written in capitals', () => {
    for (const t of ['DTTS', 'KT-XH', 'GD&ĐT', 'DTTS&MN', 'CTMTQG', 'UBND', 'THCS', 'OCOP']) assert.ok(isAbbreviationToken(t), t);
    for (const t of ['III', 'XIX', 'IV', 'KH-UBND', 'NĐ-CP', 'KHÔNG', 'PHẢI', 'TƯ', 'COVID-19', 'QH14', 'Kế', 'TTg', 'A']) assert.ok(!isAbbreviationToken(t), t);
  });

  it('finds definitions in their usual forms with the phrase whose initials spell them', () => {
    const { definitions } = scan('I. MỤC ĐÍCH\n\nVùng dân tộc thiểu số (DTTS); cán bộ, công chức, viên chức (CBCCVC); ngành giáo dục và đào tạo (GD&ĐT); kinh tế - xã hội (sau đây viết tắt là “KT-XH”); Ban Chỉ đạo tỉnh (gọi tắt là BCĐ); CTMTQG (Chương trình mục tiêu quốc gia).\n');
    assert.equal(definitions.get('DTTS')?.phrase?.text, 'dân tộc thiểu số');
    assert.equal(definitions.get('CBCCVC')?.phrase?.text, 'cán bộ, công chức, viên chức');
    assert.equal(definitions.get('GD&ĐT')?.phrase?.text, 'giáo dục và đào tạo');
    assert.equal(definitions.get('KT-XH')?.phrase?.text, 'kinh tế - xã hội');
    assert.ok(definitions.has('BCĐ'));
    assert.equal(definitions.get('BCĐ')?.phrase, undefined);
    assert.ok(definitions.has('CTMTQG'));
  });

  it('counts no use in symbols, Nơi nhận, the signature, the header or all-capital headings', () => {
    const { uses } = scan('I. MỤC ĐÍCH PHÁT TRIỂN CNTT\n\nThực hiện Kết luận số 65-KL/TW, Công văn số 1301/UBDT-KHTC, Nghị định số 05/2011/NĐ-CP.\n\nNơi nhận:\n- Lưu: VT, KGVX.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n');
    assert.deepEqual(uses.map((u) => u.abbreviation), []);
  });

  it('a definition in an all-capital heading still defines', () => {
    const { uses, definitions } = scan('I. CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA (CTMTQG)\n\nCTMTQG được triển khai.\n');
    assert.ok(definitions.get('CTMTQG')!.start < uses[0].start);
    assert.deepEqual(abbreviationFindings(plan('I. CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA (CTMTQG)\n\nCTMTQG được triển khai.\n')), []);
  });

  it('reports each abbreviation once, at its first use, as information', () => {
    const found = abbreviationFindings(plan('I. MỤC ĐÍCH\n\nHỗ trợ HTX và HTX nông nghiệp; KT-XH.\n\nII. NHIỆM VỤ\n\nPhát triển HTX.\n'));
    assert.deepEqual(found.map((f) => f.message.match(/“([^”]+)”/)?.[1]), ['HTX', 'KT-XH']);
    assert.ok(found.every((f) => f.severity === 'information'));
  });

  it('takes known abbreviations and expansions from the options, case-insensitively', () => {
    const text = plan('I. MỤC ĐÍCH\n\nBCĐ tỉnh theo dõi.\n');
    assert.deepEqual(abbreviationFindings(text, { abbreviations: ['bcđ'] }), []);
    const [f] = abbreviationFindings(text, { abbreviationExpansions: { 'BCĐ': 'Ban Chỉ đạo' } });
    assert.equal(f.fix?.edits[0].text, 'Ban Chỉ đạo (BCĐ)');
  });

  it('is silent on both real published texts', () => {
    for (const name of ['lang-son-52-KH-UBND-2014.txt', 'cao-bang-dinh-huong-2021-2025.txt']) {
      const text = readFileSync(join(FIXTURES_ROOT, 'real', name), 'utf8');
      assert.deepEqual(abbreviationFindings(text), [], name);
    }
  });

  it('scans a long pasted line with many parentheses in linear time', () => {
    const line = 'Hỗ trợ (xem mục ' + '(a '.repeat(40000) + ') và DTTS.\n';
    const started = Date.now();
    scan(`I. MỤC ĐÍCH\n\n${line}`);
    assert.ok(Date.now() - started < 3000);
  });
});

describe('abbreviation definitions with a qualifier', () => {
  it('accepts `(sau đây viết tắt là UBMTTQ tỉnh)` and `(sau đây gọi là Sở GD&ĐT)`, not `(khóa IX)` or `vùng II-III`', () => {
    const { definitions, uses } = scan('I. MỤC ĐÍCH\n\nỦy ban Mặt trận Tổ quốc Việt Nam tỉnh (sau đây viết tắt là UBMTTQ tỉnh) và Sở Giáo dục và Đào tạo (sau đây gọi là Sở GD&ĐT) thực hiện theo Nghị quyết Trung ương 7 (khóa IX) ở các xã vùng II-III.\n');
    assert.ok(definitions.has('UBMTTQ'));
    assert.ok(definitions.has('GD&ĐT'));
    assert.ok(!definitions.has('IX'));
    assert.deepEqual(uses.map((u) => u.abbreviation), []);
  });
});

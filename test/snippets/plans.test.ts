import * as assert from 'node:assert/strict';
import { parsePlan, type PlanDocument } from '../../server/src/core/document';
import { lint, type Finding } from '../../server/src/core/lint';
import { dateVariables, expandSnippet, type Expansion, type TabstopSpan } from './expand';
import { bodyLines, NAMES, readSnippets, type Flavor } from './snippet-files';

/**
 * The plan snippets inserted into an empty file must lint clean apart from the placeholders the user
 * must fill: a placeholder to fill is one whose default text holds `…`. A finding is allowed only
 * when its range touches such a placeholder; filled in with real text, the plan must lint clean.
 */
const FILL_MARK = '…';

// Plan dates: January and February (leading 0), a day below 10, and two-digit months. All after the
// documents cited below, so that date rules have nothing to say about the filled plans.
const DATES: [number, number, number][] = [[2025, 1, 7], [2025, 2, 14], [2024, 6, 5], [2024, 11, 20], [2025, 10, 9]];

const COMMON_FILL: Record<number, string> = {
  4: 'Cao Bằng',
  16: 'Triển khai kịp thời, hiệu quả Chương trình trên địa bàn tỉnh.',
  17: 'Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị.',
  18: 'Tuyên truyền, phổ biến Chương trình',
  19: 'Các cơ quan, đơn vị tổ chức tuyên truyền, phổ biến nội dung Chương trình đến cán bộ và Nhân dân.',
  20: 'Trách nhiệm của các cơ quan, đơn vị',
  21: 'Các cơ quan, đơn vị theo chức năng, nhiệm vụ được giao xây dựng kế hoạch thực hiện.',
  29: 'Nguyễn Văn A',
};

// Citations taken from published texts (test/fixtures/real/cao-bang-dinh-huong-2021-2025.txt).
const STATE_FILL: Record<number, string> = {
  ...COMMON_FILL,
  2: 'TỈNH CAO BẰNG',
  8: 'Triển khai thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn tỉnh Cao Bằng',
  10: '1719/QĐ-TTg',
  11: '14/10/2021',
  12: 'Thủ tướng Chính phủ',
  13: 'phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030',
  14: 'Ủy ban nhân dân tỉnh Cao Bằng',
  15: 'triển khai thực hiện',
  22: 'Ban Dân tộc tỉnh',
  24: 'Các sở, ban, ngành tỉnh',
  25: 'BDT',
};

const PARTY_FILL: Record<number, string> = {
  ...COMMON_FILL,
  1: 'TỈNH ỦY CAO BẰNG',
  8: 'triển khai các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 trên địa bàn tỉnh',
  10: '12-NQ/TU',
  11: '09/6/2022',
  12: 'Ban Chấp hành Đảng bộ tỉnh khóa XIX',
  13: 'về lãnh đạo thực hiện các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025',
  15: 'thực hiện',
  24: 'Các huyện ủy, thành ủy',
};

// The cited plan is Trung ương Đoàn's (test/fixtures/real/twdtn-225-2024.txt); the committee's code is the test's.
const DOAN_FILL: Record<number, string> = {
  ...COMMON_FILL,
  1: 'BCH TỈNH TUYÊN QUANG',
  2: 'TĐTN-TNTH',
  8: 'tổ chức các hoạt động hè cho thiếu nhi trên địa bàn tỉnh',
  10: '225-KH/TWĐTN-CTTN',
  11: '16/5/2024',
  12: 'Ban Bí thư Trung ương Đoàn',
  13: 'về tổ chức các hoạt động hè dành cho thiếu nhi năm 2024',
  15: 'thực hiện',
  24: 'Các huyện, thành đoàn',
};

const PLANS = [
  { name: NAMES.statePlan, profile: 'state' as const, fill: STATE_FILL },
  { name: NAMES.partyPlan, profile: 'party' as const, fill: PARTY_FILL },
  { name: NAMES.doanPlan, profile: 'doan' as const, fill: DOAN_FILL },
];

function touches(f: Finding, span: TabstopSpan): boolean {
  return f.start === f.end ? span.start <= f.start && f.start <= span.end : f.start < span.end && span.start < f.end;
}

/** section-empty on a heading whose whole content is a placeholder to fill: empty until it is filled. */
function emptyUntilFilled(text: string, f: Finding, toFill: readonly TabstopSpan[]): boolean {
  if (f.ruleId !== 'section-empty') return false;
  const next = toFill.find((t) => t.start >= f.end);
  return next !== undefined && /^[^\n]*(?:\r?\n[ \t]*)+(?:(?:[-+*]|[0-9]{1,3}[.)])[ \t]+)?$/.test(text.slice(f.end, next.start));
}

function describeFinding(text: string, f: Finding): string {
  return `${f.ruleId} on “${text.slice(f.start, f.end)}”: ${f.message}`;
}

function assertParsesAsPlan(doc: PlanDocument, profile: 'state' | 'party' | 'doan'): void {
  const h = doc.header;
  assert.equal(doc.detectedProfile, profile);
  if (profile === 'state') {
    assert.ok(h.nationalTitle && h.motto, 'Quốc hiệu and Tiêu ngữ found');
    assert.match(h.number?.value ?? '', /^…\/KH-/);
  } else if (profile === 'doan') {
    assert.ok(h.doanTitle && !h.nationalTitle && !h.partyTitle, 'ĐOÀN TNCS HỒ CHÍ MINH found, and no other title');
    assert.match(h.number?.value ?? '', /^…-KH\//);
  } else {
    assert.ok(h.partyTitle, 'ĐẢNG CỘNG SẢN VIỆT NAM found');
    assert.match(h.number?.value ?? '', /^…-KH\//);
  }
  assert.ok(h.issuer.length >= 1, 'issuing body found');
  assert.ok(h.placeDate, 'place-date line found');
  assert.equal(h.title?.text, 'KẾ HOẠCH');
  assert.ok(h.summary, 'trích yếu found');
  assert.ok(doc.preamble.length >= 1, 'căn cứ / thực hiện paragraph found');
  const roots = doc.sections.map((s) => [s.heading.numbering?.label, s.heading.kinds.join('+')]);
  assert.deepEqual(roots, [['I', 'muc-dich+yeu-cau'], ['II', 'nhiem-vu'], ['III', 'to-chuc-thuc-hien']]);
  assert.deepEqual(doc.sections[0].children.map((c) => c.heading.kinds), [['muc-dich'], ['yeu-cau']]);
  assert.ok(doc.recipients, 'Nơi nhận found');
  assert.ok(doc.signature, 'signature found');
}

for (const flavor of ['markdown', 'plaintext'] as const satisfies readonly Flavor[]) {
  const snippets = readSnippets(flavor);
  describe(`plan snippets, ${flavor}`, () => {
    for (const plan of PLANS) {
      const body = bodyLines(snippets[plan.name]);
      for (const [y, m, d] of DATES) {
        const vars = dateVariables(y, m, d);
        describe(`${plan.name} on ${y}-${m}-${d}`, () => {
          const raw: Expansion = expandSnippet(body, vars);
          const filled = expandSnippet(body, vars, plan.fill);

          it('parses into the intended header fields and sections', () => {
            assertParsesAsPlan(parsePlan(raw.text), plan.profile);
            assertParsesAsPlan(parsePlan(filled.text), plan.profile);
          });

          it('as inserted, lints clean apart from the placeholders to fill', () => {
            const toFill = raw.tabstops.filter((t) => t.text.includes(FILL_MARK));
            assert.ok(toFill.length > 0);
            const stray = lint(raw.text).filter((f) => !toFill.some((t) => touches(f, t)) && !emptyUntilFilled(raw.text, f, toFill));
            assert.deepEqual(stray.map((f) => describeFinding(raw.text, f)), []);
          });

          it('filled in, lints clean', () => {
            const left = filled.tabstops.filter((t) => t.text.includes(FILL_MARK)).map((t) => `$${t.index}: ${t.text}`);
            assert.deepEqual(left, [], 'the test fills every placeholder that holds …');
            assert.deepEqual(lint(filled.text).map((f) => describeFinding(filled.text, f)), []);
          });
        });
      }
    }

    it('a task snippet inserted as task 2 of NHIỆM VỤ keeps the filled plan clean', () => {
      const vars = dateVariables(2025, 2, 14);
      const plan = expandSnippet(bodyLines(snippets[NAMES.statePlan]), vars, STATE_FILL).text;
      const task = expandSnippet(bodyLines(snippets[NAMES.task]), vars, {
        1: '2', 2: 'Rà soát, hoàn thiện chính sách', 3: 'Ban Dân tộc tỉnh', 4: 'các sở, ban, ngành liên quan', 5: 'trước ngày 31/12/2026',
      }).text;
      const marker = flavor === 'markdown' ? '## III. TỔ CHỨC THỰC HIỆN' : 'III. TỔ CHỨC THỰC HIỆN';
      assert.ok(plan.includes(marker));
      const text = plan.replace(marker, `${task}\n\n${marker}`);
      assert.deepEqual(lint(text).map((f) => describeFinding(text, f)), []);
      if (flavor === 'markdown') {
        const tasks = parsePlan(text).sections[1].children.map((c) => `${c.heading.numbering?.label}. ${c.heading.title}`);
        assert.deepEqual(tasks, ['1. Tuyên truyền, phổ biến Chương trình', '2. Rà soát, hoàn thiện chính sách']);
      }
    });

    it('header snippets alone give the header fields', () => {
      const vars = dateVariables(2025, 1, 7);
      const state = parsePlan(expandSnippet(bodyLines(snippets[NAMES.stateHeader]), vars).text).header;
      assert.ok(state.nationalTitle && state.motto && state.number && state.placeDate && state.title && state.summary);
      assert.match(state.placeDate.text, /ngày 07 tháng 01 năm 2025$/);
      const party = parsePlan(expandSnippet(bodyLines(snippets[NAMES.partyHeader]), vars).text).header;
      assert.ok(party.partyTitle && party.number && party.placeDate && party.title && party.summary);
      assert.equal(party.nationalTitle, undefined);
      const doan = parsePlan(expandSnippet(bodyLines(snippets[NAMES.doanHeader]), vars).text);
      assert.equal(doan.detectedProfile, 'doan');
      assert.ok(doan.header.doanTitle && doan.header.number && doan.header.placeDate && doan.header.title && doan.header.summary);
      assert.equal(doan.header.issuer[0]?.text, 'BAN CHẤP HÀNH …');
    });
  });
}

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../server/src/core/citations';
import { isPlan } from '../../server/src/core/detect';
import { lint } from '../../server/src/core/lint';
import { positionAt, splitLines } from '../../server/src/core/text/lines';

const REAL = join(__dirname, '..', 'fixtures', 'real');
const read = (name: string) => readFileSync(join(REAL, name), 'utf8');

/** Every finding as `rule@line` (1-based), for exact comparison against what a records officer agrees with. */
function findingsOf(text: string): string[] {
  const lines = splitLines(text);
  return lint(text).map((f) => `${f.ruleId}@${positionAt(lines, f.start).line + 1}`);
}

// Real published texts (copies of ../shared/examples). Their citations, dates and headers are right.
describe('real published texts stay silent', () => {
  it('Lạng Sơn 52/KH-UBND (2014): only the section the truncated copy really lacks', () => {
    const text = read('lang-son-52-KH-UBND-2014.txt');
    assert.ok(isPlan('lang-son-52-KH-UBND-2014.txt', text, {}));
    // The copy stops at "[...]" inside section III, so Tổ chức thực hiện is truly absent.
    assert.deepEqual(findingsOf(text), ['section-missing@27']);
  });

  it('Cao Bằng orientation article: not a plan, and no citation, date or abbreviation finding even when linted directly', () => {
    const text = read('cao-bang-dinh-huong-2021-2025.txt');
    assert.equal(isPlan('cao-bang-dinh-huong-2021-2025.txt', text, {}), false);
    // It has no plan header or plan sections, so only structure and header rules may speak.
    const other = findingsOf(text).filter((f) => !/^(section|header)-/.test(f));
    assert.deepEqual(other, []);
  });
});

/**
 * Every finding as `rule@line`, and for a missing section which one (`section-missing@23 Yêu cầu`),
 * so that a section the copy really lacks cannot hide a false one on the same line.
 */
function detailedFindingsOf(text: string): string[] {
  const lines = splitLines(text);
  return lint(text).map((f) => {
    const at = `${f.ruleId}@${positionAt(lines, f.start).line + 1}`;
    if (f.ruleId !== 'section-missing') return at;
    const section = f.messageId === 'missingBasis' ? 'Căn cứ' : f.data?.section;
    return `${at} ${section}`;
  });
}

/** The sections a copy cut off before them really lacks, all reported on the line of its title. */
const missing = (line: number, ...sections: string[]) => sections.map((s) => `section-missing@${line} ${s}`);

/**
 * Openings of published plans as legal-document sites show them (SOURCES.md). Each stops at
 * `[...]`, so a section after the cut is truly absent; every other finding is named and explained.
 */
const PUBLISHED: ReadonlyArray<{ file: string; expected: readonly string[]; why?: string }> = [
  {
    file: 'bac-ninh-155-2017.txt',
    // `Quyết định số 101/QĐ-TTG`: the published text writes the body code TTg in capitals.
    expected: [...missing(23, 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-format@27'],
  },
  {
    file: 'twdtn-225-2024.txt',
    // A Đoàn plan (Ban Bí thư Trung ương Đoàn): its heading ĐOÀN TNCS HỒ CHÍ MINH and `Số: 225 - KH/TWĐTN-CTTN`
    // stand where the state's Quốc hiệu and number would; no header finding. The cut is inside section I.
    expected: missing(7, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'son-la-68-2020.txt',
    expected: missing(16, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'lai-chau-863-2021.txt',
    expected: missing(18, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'nghe-an-594-2021.txt',
    expected: missing(20, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'ben-tre-7822-2021.txt',
    // The site's copy lost the `KẾ HOẠCH` title, the Tiêu ngữ and the `I. MỤC ĐÍCH, YÊU CẦU`
    // heading (it starts at `1. Mục đích`): what is pasted really lacks them.
    expected: ['header-title@2', 'header-national-title@2', ...missing(3, 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện')],
  },
  {
    file: 'gia-lai-1798-2022.txt',
    // The copy stops inside the căn cứ paragraph.
    expected: missing(32, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'soc-trang-135-2022.txt',
    // `24/2021/QĐ-TTg ngày 16/7/20 21`: the published copy breaks the year, so the first mention
    // has no readable date (information).
    expected: [...missing(15, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-incomplete@21'],
  },
  {
    file: 'quang-nam-4544-2023.txt',
    expected: missing(15, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'hai-duong-1914-2023.txt',
    // The copy shows only Phần I (results of 2022); its căn cứ and plan sections come after the cut.
    // `Nghị quyết 06/TU` is cited with neither date nor issuer (information).
    expected: [...missing(15, 'Căn cứ', 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-incomplete@25'],
  },
  {
    file: 'thanh-hoa-298-2023.txt',
    // Likewise only Phần I (results of 2023) is in the copy.
    expected: missing(26, 'Căn cứ', 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'bac-ninh-186-2025.txt',
    // The site's header table lost the Tiêu ngữ; `Tờ trình số 164/TTr- SKHCN` and `Nghị quyết số 57- NQ/TW`
    // have a space in their symbols. The Tờ trình's sender is named before it (`đề nghị của Sở … tại`).
    expected: ['header-national-title@11', ...missing(16, 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-format@22', 'citation-format@25'],
  },
  {
    file: 'thai-nguyen-29-2018.txt',
    // `Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1400/QĐ-TTg …; Quyết định số 2080/QĐ-TTg …`
    // names the issuer once for the list: no citation-incomplete.
    expected: missing(17, 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'lang-son-07-2020.txt',
    // The trích yếu ends on a line `2020` of its own; the căn cứ (`Thực hiện Chỉ thị …`) follows it.
    expected: missing(15, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'ba-ria-vung-tau-138-2022.txt',
    expected: missing(15, 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'bac-ninh-344-2025.txt',
    // Its web page lists its properties one per line (`Loại văn bản:` / `Kế hoạch`) above the header.
    // `Nghị quyết số 71/NQ-CP ngày 01/4/2025 Sửa đổi, …` names no issuer (information).
    expected: [...missing(35, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-incomplete@45'],
  },
  {
    file: 'nghe-an-348-2025.txt',
    // The site's header table lost the Tiêu ngữ, as for Bắc Ninh 186.
    expected: ['header-national-title@11', ...missing(16, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện')],
  },
  {
    file: 'dong-thap-283-2025.txt',
    // A trích yếu in capitals of 66 words that opens with `THỰC HIỆN`; `Chương trình hành động số
    // 10- CTr/TU` has a space in its symbol.
    expected: [...missing(17, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-format@23'],
  },
  {
    file: 'ha-noi-167-2018.txt',
    // `UBND Thành phố đã ban hành Chương trình hành động số 34/CTr-UBND ngày 28/01/2018`: the subject
    // names the issuer. GRDP and PCI are used without their full form (Phụ lục I asks for it on
    // first use; information).
    expected: [...missing(15, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'), 'abbreviation-undefined@28', 'abbreviation-undefined@29'],
  },
  {
    file: 'ha-noi-115-2022.txt',
    expected: missing(17, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'ha-noi-225-2024.txt',
    // Its basis is a sentence: `… Quốc hội Khóa XV đã thông qua Luật Thủ đô (Luật số 39/2024/QH15).`
    expected: missing(15, 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
  {
    file: 'kon-tum-2516-2014.txt',
    // Pasted with glued words (`TRIỂNKHAI`, `vềviệc`). Its căn cứ cites `Quyết định số 34/2014/QĐ-TTg`
    // and then `Quyết định 34/2014/QĐ-TTg` without `số`: the form is inconsistent (information).
    expected: [...missing(14, 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-format@20'],
  },
  {
    file: 'hai-duong-3298-2018.txt',
    // Its căn cứ is a section (`I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH`); `Luật Dược số 105/2016/QH13` is
    // complete (a Luật is cited by type and name). `Thông tư số 18/2018/TT-BYT ngày 22/8/2018` names
    // no issuer (information).
    expected: [...missing(31, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'), 'citation-incomplete@43'],
  },
  {
    file: 'ben-tre-1312-2013.txt',
    // Phần I (situation and results of 2009-2012) is all the copy holds.
    expected: missing(17, 'Mục đích', 'Yêu cầu', 'Nhiệm vụ', 'Tổ chức thực hiện'),
  },
];

describe('published plans from legal-document sites: only what the copy really lacks or gets wrong', () => {
  for (const { file, expected } of PUBLISHED) {
    it(file, () => {
      const text = read(file);
      assert.ok(isPlan(file, text, {}), 'detected as a plan');
      assert.ok(text.includes('\n[...]\n'), 'the cut is marked');
      assert.deepEqual(detailedFindingsOf(text), expected);
    });
  }

  it('Quảng Ngãi 359-KH/TU (a Party plan as a department\'s page reposts it, without its header): not a plan', () => {
    const text = read('quang-ngai-359-KH-TU-2025.txt');
    assert.equal(isPlan('quang-ngai-359-KH-TU-2025.txt', text, {}), false);
    // Linted anyway: the page's own introduction writes `Kế hoạch 359-KH/TU` without `số` and
    // `Kế hoạch số 336-KH/TU` with it (consistency advice); nothing else but sections.
    const other = detailedFindingsOf(text).filter((f) => !/^(section|header)-/.test(f));
    assert.deepEqual(other, ['citation-format@2']);
  });

  it('a web page\'s table of properties before the header (| Loại văn bản | Kế hoạch |) is not the plan\'s header', () => {
    const text = read('bac-ninh-186-2025.txt');
    const headerFindings = detailedFindingsOf(text).filter((f) => f.startsWith('header-'));
    // Only the Tiêu ngữ the copy lost; the Số line, the date line and the title are read below the table.
    assert.deepEqual(headerFindings, ['header-national-title@11']);
  });

  it('`PHÁP LUẬT` in a title in capitals is not a Luật; `Luật Hộ tịch` is', () => {
    const laws = (file: string) => findCitations(read(file)).filter((c) => c.typeWord?.type === 'Luật').map((c) => c.reference?.name);
    assert.deepEqual(laws('ben-tre-1312-2013.txt'), []);
    assert.deepEqual(laws('bac-ninh-155-2017.txt'), ['Hộ tịch', 'Hộ tịch']);
  });
});

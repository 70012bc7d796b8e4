// The three kinds of text the bench times (issue 15): an ordinary plan, a plan of many short tight
// lists, a plan of long tables. Deterministic, about `kb` kilobytes each, for speed comparisons only.
import { generatePlan } from './generate-plan.mjs';

const HEADER = generatePlan(1).split('\nCăn cứ')[0];
const ITEMS = [
  'Rà soát danh sách hộ nghèo;', 'Hỗ trợ nhà ở cho hộ khó khăn;', 'Báo cáo trước ngày 15/12/2024;',
  'Tập huấn cán bộ cơ sở;', 'Kiểm tra, giám sát định kỳ;', 'Tuyên truyền trên các phương tiện thông tin;',
];

function roman(n) {
  const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

/** Sections made by `chunk(section)` after the header until the text reaches `kb` KB. */
function grow(kb, chunk) {
  const parts = [HEADER, '## I. MỤC ĐÍCH, YÊU CẦU\n\nTổ chức thực hiện hiệu quả Chương trình.\n'];
  let size = parts.join('\n').length;
  for (let section = 2; size < kb * 1024; section++) {
    const text = chunk(section, roman(section));
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n');
}

export const ordinaryPlan = generatePlan;

/**
 * Plan i of a workspace made from `base` (an ordinaryPlan): its own number and day, and a citation of
 * plan i - 1, so that every plan is cited once and the index has references to keep.
 */
export function workspacePlan(base, i) {
  const day = (i % 28) + 1;
  const month = (Math.floor(i / 28) % 12) + 1;
  const own = base
    .replace('Số: 15/KH-UBND', `Số: ${i}/KH-UBND`)
    .replace('ngày 06 tháng 02 năm 2024', `ngày ${String(day).padStart(2, '0')} tháng ${month} năm 2024`);
  if (i === 1) return own;
  const prev = i - 1;
  const cite = `Thực hiện Kế hoạch số ${prev}/KH-UBND ngày ${(prev % 28) + 1}/${(Math.floor(prev / 28) % 12) + 1}/2024 của Ủy ban nhân dân tỉnh Cao Bằng;\n`;
  return own.replace('\n## I.', `\n${cite}\n## I.`);
}

/** Bullets two levels deep with no blank line between them: what made micromark 4.0.3 quadratic. */
export function tightListPlan(kb) {
  return grow(kb, (s, r) => {
    const lines = [`## ${r}. NHIỆM VỤ NĂM ${2000 + s}`, ''];
    for (let k = 0; k < 40; k++) {
      lines.push(`- ${ITEMS[(s + k) % ITEMS.length]}`);
      if (k % 3 === 0) lines.push(`  - ${ITEMS[(s + k + 1) % ITEMS.length]}`);
    }
    return lines.join('\n') + '\n';
  });
}

/** One table of 60 rows per section, as plans list their tasks with units and deadlines. */
export function longTablePlan(kb) {
  return grow(kb, (s, r) => {
    const lines = [`## ${r}. PHÂN CÔNG NHIỆM VỤ ${s}`, '', '| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |', '| --- | --- | --- | --- |'];
    for (let k = 1; k <= 60; k++) lines.push(`| ${k} | ${ITEMS[(s + k) % ITEMS.length]} | Sở ${k % 7 === 0 ? 'Tài chính' : 'Nội vụ'} | ${(k % 28) + 1}/${(k % 12) + 1}/2025 |`);
    return lines.join('\n') + '\n';
  });
}

export const GENERATORS = [
  { name: 'ordinary text', make: ordinaryPlan },
  { name: 'tight lists', make: tightListPlan },
  { name: 'long tables', make: longTablePlan },
];

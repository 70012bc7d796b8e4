// A deterministic synthetic Kế hoạch of about `kb` kilobytes, for speed comparisons only: a state
// header, căn cứ, then numbered sections with sub-sections, tasks and citations, repeated to size.
const TASKS = [
  'Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo; hoàn thành trước ngày 30/6/2024.',
  'Hỗ trợ đất ở, nhà ở, đất sản xuất và nước sinh hoạt cho hộ đồng bào dân tộc thiểu số khó khăn.',
  'Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống tại các xã, thôn đặc biệt khó khăn.',
  'Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; báo cáo kết quả trước ngày 15/12/2024.',
  'Phát triển giáo dục nghề nghiệp, giải quyết việc làm cho thanh niên vùng đồng bào dân tộc thiểu số và miền núi.',
];

function roman(n) {
  const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

export function generatePlan(kb) {
  const target = kb * 1024;
  const parts = [
    'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/KH-UBND\n\nCao Bằng, ngày 06 tháng 02 năm 2024\n\nKẾ HOẠCH\nThực hiện Chương trình mục tiêu quốc gia năm 2024\n',
    'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025;\n',
    '## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\nTổ chức thực hiện hiệu quả Chương trình.\n\n### 2. Yêu cầu\n\nBám sát mục tiêu, bảo đảm tiến độ.\n',
  ];
  let size = parts.join('\n').length;
  let section = 2;
  while (size < target) {
    const lines = [`## ${roman(section)}. NHIỆM VỤ, GIẢI PHÁP NĂM ${2023 + section}`];
    for (let sub = 1; sub <= 5; sub++) {
      // Each sub-section its own (the year): a parse reads a piece repeated word for word once, and a real plan repeats none.
      lines.push('', `### ${sub}. Lĩnh vực ${sub} năm ${2023 + section}`, '');
      for (let t = 0; t < TASKS.length; t++) lines.push(`${t + 1}. ${TASKS[(t + sub + section) % TASKS.length]}`);
    }
    const chunk = lines.join('\n') + '\n';
    parts.push(chunk);
    size += chunk.length + 1;
    section++;
  }
  parts.push(`## ${roman(section)}. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành, địa phương triển khai thực hiện Kế hoạch này./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n`);
  return parts.join('\n');
}

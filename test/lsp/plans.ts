import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixture = (rule: string, name: string) =>
  readFileSync(join(__dirname, '..', 'fixtures', 'rules', rule, name), 'utf8').replace(/ ?<!-- expect -->/g, '');

/** A complete, correct state plan. */
export const COMPLETE_PLAN = fixture('section-missing', 'day-du.kh.md');
/** The same plan without its Nhiệm vụ section. */
export const PLAN_MISSING_TASKS = fixture('section-missing', 'thieu-nhiem-vu.kh.md');
export const README_TEXT = '# Thư mục kế hoạch\n\nNơi lưu các kế hoạch của phòng. Xem hướng dẫn soạn kế hoạch ở trang nội bộ.\n\n## Mục đích\n';

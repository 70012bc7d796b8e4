/**
 * Worst-case inputs for the scanners (issue 16), each a function of its size in characters: the
 * scaling test times them at two sizes, the totality test lints them once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPRO = join(__dirname, '..', 'fixtures', 'repro');
export const readRepro = (name: string) => readFileSync(join(REPRO, name), 'utf8');

/** `unit` repeated to about `size` characters. */
const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.round(size / unit.length)));
/** Whole lines from the start of a text, about `unit` characters, repeated to about `size`. */
function copies(text: string, unit: number, size: number): string {
  const cut = text.lastIndexOf('\n', unit);
  return repeat(text.slice(0, cut > 0 ? cut + 1 : text.length), size);
}
/** Lines of `unit`, to about `size` characters. */
const lines = (unit: string, size: number) => repeat(`${unit}\n`, size);

const TITLE = 'KẾ HOẠCH\n\n';

export interface WorstInput {
  readonly name: string;
  /** A text of about `size` characters. */
  readonly make: (size: number) => string;
  /** A size at which the text takes some milliseconds to lint, so that a ratio means something. */
  readonly size: number;
}

export const WORST_INPUTS: readonly WorstInput[] = [
  // Citations: `isNumberLine` sliced the whole line per citation in the first 80 lines.
  { name: 'many `số N/X` citations on one line', make: (n) => TITLE + repeat('số 12/KH-UBND, ', n), size: 12000 },
  { name: 'the same, decomposed (NFD)', make: (n) => (TITLE + repeat('số 12/KH-UBND, ', n)).normalize('NFD'), size: 8000 },
  { name: '`số 1/` repeated', make: (n) => TITLE + repeat('số 1/', n), size: 6000 },
  // citation-type-mismatch compared each mismatched citation with every other one.
  { name: 'a type word that disagrees with its symbol, repeated', make: (n) => TITLE + repeat('Nghị quyết số 24-KL/TW, ', n), size: 8000 },
  { name: 'runs of digits and slashes', make: (n) => TITLE + repeat('1/2/3-4/', n), size: 32000 },
  { name: 'a run of digits', make: (n) => TITLE + repeat('1234567890', n), size: 32000 },
  { name: 'a run of digits opening the preamble of a plan without sections', make: (n) => `${TITLE}Triển khai nhiệm vụ\n\n${repeat('1234567890', n)}`, size: 8000 },
  // Dates.
  { name: '`ngày 1 tháng` repeated', make: (n) => TITLE + repeat('ngày 1 tháng ', n), size: 32000 },
  { name: '`từ năm 2020 đến` repeated', make: (n) => TITLE + repeat('từ năm 2020 đến ', n), size: 16000 },
  // Abbreviations and capitals.
  { name: 'a long upper-case run', make: (n) => TITLE + repeat('ABCDEFGHIJ', n), size: 32000 },
  { name: 'upper-case words', make: (n) => TITLE + repeat('DTTS KTXH ', n), size: 16000 },
  { name: '`(DTTS)` repeated without spaces', make: (n) => TITLE + repeat('(DTTS)', n), size: 8000 },
  { name: 'a definition repeated', make: (n) => TITLE + repeat('dân tộc thiểu số (DTTS) ', n), size: 16000 },
  // Structure.
  { name: '`I.I.I.` (200 KB at four times the size)', make: (n) => repeat('I.', n), size: 50000 },
  { name: 'lines without spaces', make: (n) => TITLE + lines(repeat('NghịquyếtsốcủaChínhphủngày', 200), n), size: 16000 },
  { name: '64 KB lines', make: (n) => TITLE + lines(repeat('các cơ quan, đơn vị thực hiện các nhiệm vụ được giao; ', 65536), n), size: 66000 },
  { name: 'numbered headings', make: (n) => lines('## I. NHIỆM VỤ', n), size: 8000 },
  // Markdown: remark moved all of a list's events at each new item, and nested a container per marker.
  { name: 'nested bullets, line after line', make: (n) => lines('- - x', n), size: 3072 },
  // micromark 4.0.3 copied the whole event list at every close of a list item (package.json pins 4.0.2).
  { name: 'tight lists with sub-items', make: (n) => TITLE + lines('- mục làm việc\n  - con', n), size: 16000 },
  { name: '`1. ` repeated on one line', make: (n) => `${repeat('1. ', n)}x`, size: 4000 },
  { name: '`* ` repeated on one line', make: (n) => `${repeat('* ', n)}x`, size: 4000 },
  { name: '`> ` repeated on one line', make: (n) => `${repeat('> ', n)}x`, size: 8000 },
  { name: 'a run of emphasis marks', make: (n) => `${repeat('*', n / 2)}x${repeat('*', n / 2)}`, size: 4000 },
  { name: 'unclosed links', make: (n) => repeat('[a](', n), size: 8000 },
  // Plans the generator found slow.
  { name: 'many short tables (repro)', make: (n) => copies(readRepro('slow-short-tables.kh.md'), 8000, n), size: 8000 },
  { name: 'a small slow plan (repro)', make: (n) => copies(readRepro('slow-small.kh.md'), Infinity, n), size: 8000 },
  // The Markdown line classifier (issue 15): what it reads itself, and what it hands to remark again and again.
  { name: 'short tight lists, ordered and nested, read line by line', make: (n) => TITLE + lines('- mục làm việc\n  - con\n1. Một\n2. Hai', n), size: 32000 },
  { name: 'lazy lines under nested items', make: (n) => TITLE + lines('- mục\n  - con\nlười tiếp', n), size: 32000 },
  { name: 'a quote after every item', make: (n) => TITLE + lines('- mục\n> trích', n), size: 6000 },
  { name: 'a list in a quote after every item, handed to remark run after run', make: (n) => TITLE + lines('- mục\n> - trích', n), size: 6000 },
  // mayOpenHtml read the line's indent again for each `<` that might open a tag.
  { name: '`<b ` repeated after a long indent', make: (n) => `${TITLE}Đoạn văn\n${' '.repeat(n / 2)}x${repeat('<b ', n / 2)}`, size: 16000 },
];

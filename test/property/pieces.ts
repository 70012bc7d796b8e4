/**
 * fast-check arbitraries for the parts of a Kế hoạch: dates, citations, phrases, paragraphs and the
 * body blocks (headings, lists, tables, code fences, deep nesting, long lines). Each block is a list
 * of lines; `generators.ts` joins them into a document and mutates it.
 */
import fc from 'fast-check';
import * as V from './vocab';

export const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** Mostly plausible values, sometimes anything in a wider range: 0, 13, 32 … */
const mostly = (min: number, max: number, wideMin: number, wideMax: number) =>
  fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.integer({ min: wideMin, max: wideMax }) });

const pad = (n: number, zero: boolean) => (zero && n < 10 ? `0${n}` : String(n));

export const year = mostly(1990, 2031, 0, 99999);

const IMPOSSIBLE = ['30/02/2024', '31/04/2023', '29/02/2023', '31/06/2021', '00/01/2020', '32/13/2020', '31/11/2019', '30 tháng 02 năm 2024'];

/** A date in one of the ways plans write them, with impossible days and months now and then. */
export const dateText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(mostly(1, 28, 0, 40), mostly(1, 12, 0, 14), year, fc.integer({ min: 0, max: 6 }), fc.boolean()).map(([d, m, y, style, zero]) => {
    const dd = pad(d, zero);
    const mm = pad(m, zero);
    return [`ngày ${dd}/${mm}/${y}`, `ngày ${dd} tháng ${mm} năm ${y}`, `${dd}/${mm}/${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${y}`, `ngày ${dd} tháng ${mm}`, `tháng ${mm}/${y}`][style];
  }) },
  { weight: 1, arbitrary: pick(IMPOSSIBLE).map((d) => `ngày ${d}`) },
);

const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 3000 }).map(String) },
  { weight: 1, arbitrary: pick(['1192c', '1400b', '05', '…', '', '7382659', '0', '12a']) },
);

/** A number-symbol: state `123/2021/QĐ-TTg`, party `12-NQ/TU`, or written wrong. */
export const numberSymbol: fc.Arbitrary<string> = fc.tuple(number, year, pick(V.STATE_SYMBOLS), pick(V.PARTY_SYMBOLS), fc.integer({ min: 0, max: 6 }))
  .map(([n, y, state, party, style]) => [
    `${n}/${state}`, `${n}/${y}/${state}`, `${n}-${party}`, `${n} - ${party}`, `${n}-${party.replace('/', '-')}`, `${n}/${party}`, `${n}/${y}/${party}`,
  ][style]);

/** `Nghị quyết số 12-NQ/TU ngày 05/3/2021 của Tỉnh ủy`, with parts left out or glued together. */
export const citation: fc.Arbitrary<string> = fc.record({
  type: pick(V.TYPE_WORDS),
  so: pick([' số ', ' số ', ' ', 'số ', ' số: ', ' Số ']),
  ns: numberSymbol,
  date: fc.option(dateText, { nil: undefined }),
  issuer: fc.option(pick(V.ISSUERS), { nil: undefined }),
  comma: fc.boolean(),
}).map(({ type, so, ns, date, issuer, comma }) =>
  `${type}${so}${ns}${date ? `${comma ? ',' : ''} ${date}` : ''}${issuer ? ` của ${issuer}` : ''}`);

const abbreviationUse = fc.tuple(pick(V.ABBREVIATIONS), fc.integer({ min: 0, max: 5 })).map(([a, style]) => {
  const full = V.EXPANSIONS[a];
  return [a, `${full} (${a})`, `${a} ${full} (sau đây viết tắt là ${a})`, `(${a})`, `${full} (sau đây gọi tắt là ${a})`, `${a}, ${a}`][style];
});

const deadline = fc.tuple(pick(['trước ngày', 'chậm nhất', 'chậm nhất ngày', 'hoàn thành trước', 'hạn cuối']), dateText).map(([w, d]) => `${w} ${d.replace(/^ngày /, '')}`);
const range = fc.tuple(year, year, fc.integer({ min: 0, max: 2 })).map(([a, b, s]) => [`giai đoạn ${a} - ${b}`, `từ năm ${a} đến năm ${b}`, `giai đoạn ${a}-${b}`][s]);
const weekday = fc.tuple(pick(V.WEEKDAYS), dateText).map(([w, d]) => `${w}, ${d}`);

const plainPhrase: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: pick(V.SENTENCES) },
  { weight: 4, arbitrary: citation },
  { weight: 2, arbitrary: dateText },
  { weight: 2, arbitrary: pick(V.NEAR_MISSES) },
  { weight: 2, arbitrary: abbreviationUse },
  { weight: 1, arbitrary: deadline },
  { weight: 1, arbitrary: range },
  { weight: 1, arbitrary: weekday },
);

export const oddCharacter: fc.Arbitrary<string> = fc.oneof(...V.ODD_GROUPS.map((g) => ({ weight: g.weight, arbitrary: pick(g.chars) })));

/** Places where tokens meet: a scanner stepping back or forward from a parenthesis or a slash stops there. */
function boundaries(p: string): number[] {
  const out = [0, p.length];
  for (let i = 0; i < p.length; i++) if (' ()/-,.:;'.includes(p[i])) out.push(i, i + 1);
  return out;
}

/** An odd character inside a phrase, where the scanners look: `Nội dung ́ (DTTS)`, `số 1\u200B2/QĐ`. */
const oddPhrase = fc.tuple(plainPhrase, fc.array(fc.tuple(oddCharacter, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 }))
  .map(([p, odds]) => odds.reduce((text, [odd, at, onBoundary]) => {
    const places = onBoundary ? boundaries(text) : [];
    const k = onBoundary ? places[at % places.length] : at % (text.length + 1);
    return text.slice(0, k) + odd + text.slice(k);
  }, p));

export const phrase: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: plainPhrase }, { weight: 1, arbitrary: oddPhrase });

export const paragraph: fc.Arbitrary<string> = fc.tuple(
  fc.array(fc.tuple(phrase, pick([' ', ', ', '; ', '. ', ' và ', ''])), { minLength: 1, maxLength: 6 }),
  pick(['.', ';', ':', '', ',']),
).map(([parts, end]) => parts.map(([p, sep], k) => (k === parts.length - 1 ? p : p + sep)).join('') + end);

export const canCu: fc.Arbitrary<string> = fc.tuple(pick(['Căn cứ', 'Thực hiện', 'Căn cứ vào', '- Căn cứ', 'Căn cứ:']), citation, pick([';', ',', '.', '', ';'])).map(([lead, c, end]) => `${lead} ${c}${end}`);

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) { out += letters; n -= value; }
  return out;
}

/** A section heading `I. MỤC ĐÍCH, YÊU CẦU` / `1. Mục đích` / `a) …`, numbered right or wrong. */
export const heading = (markdown: boolean): fc.Arbitrary<string[]> => fc.record({
  style: fc.integer({ min: 0, max: 4 }),
  n: mostly(1, 6, 0, 60),
  sep: pick(['.', '.', ')', '. ', '', ' -', '/']),
  hashes: fc.integer({ min: 1, max: 4 }),
  title: pick(V.SECTION_TITLES),
  bold: fc.integer({ min: 0, max: 9 }),
}).map(({ style, n, sep, hashes, title, bold }) => {
  const label = [roman(n) || '0', String(n), String.fromCharCode(97 + (n % 26)), String.fromCharCode(65 + (n % 26)), ''][style];
  const text = `${label}${label ? sep : ''} ${title}`.trimStart();
  const marked = bold === 0 ? `**${text}**` : text;
  return [markdown ? `${'#'.repeat(hashes)} ${marked}` : marked];
});

const list: fc.Arbitrary<string[]> = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 4 }), pick(['-', '*', '+', '1.', 'a)', '1)', '•', '–', '2.']), paragraph),
  { minLength: 1, maxLength: 8 },
).map((items) => items.map(([indent, marker, text]) => `${'  '.repeat(indent)}${marker} ${text}`));

const cell = fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 1, arbitrary: pick(['', ' ', 'TT', 'Nội dung', 'Thời hạn', '\\|', '---', ':--:']) });
const table: fc.Arbitrary<string[]> = fc.record({
  rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
  separator: fc.integer({ min: 0, max: 3 }),
  outer: fc.boolean(),
}).map(({ rows, separator, outer }) => {
  const line = (cells: readonly string[]) => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
  const lines = rows.map(line);
  if (separator > 0) lines.splice(Math.min(separator, lines.length), 0, line(rows[0].map(() => '---')));
  return lines;
});

const fence: fc.Arbitrary<string[]> = fc.tuple(pick(['```', '~~~', '````', '```text']), fc.array(fc.oneof(paragraph, heading(true).map((h) => h[0])), { maxLength: 4 }), fc.boolean())
  .map(([marker, lines, closed]) => [marker, ...lines, ...(closed ? [marker.slice(0, 3)] : [])]);

/** From `min` to `max`, every power of two as likely as the next: mostly small, now and then the largest. */
export const logUniform = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 1000 }).map((u) => Math.round(min * (Math.max(max, min) / min) ** (u / 1000)));

/** `1. 1. 1. …`, `* * * …` or `> > > …` on one line, or a list indented one level per line. */
export const nesting = (maxDepth: number): fc.Arbitrary<string[]> => fc.tuple(
  pick(['1. ', '* ', '> ', '- ', '+ ', '>']), logUniform(1, maxDepth), phrase, fc.boolean(),
).map(([marker, depth, text, oneLine]) => (oneLine || depth > 200
  ? [`${marker.repeat(depth)}${text}`]
  : Array.from({ length: depth }, (_, k) => `${'  '.repeat(k)}${marker}${text}`)));

/** One line of up to `maxLength` characters made of a repeated unit, with or without its spaces. */
export const longLine = (maxLength: number): fc.Arbitrary<string[]> => fc.tuple(
  fc.oneof(pick(V.STRESS_UNITS), phrase), logUniform(200, maxLength), fc.boolean(),
).map(([unit, length, squeeze]) => {
  const u = (squeeze ? unit.replace(/ /g, '') : unit) || 'x';
  return [u.repeat(Math.ceil(length / u.length)).slice(0, length)];
});

export const comment = pick([
  '<!-- kehoach-disable citation-format -->', '<!-- kehoach-enable -->', '<!-- kehoach-disable-next-line -->', '<!--', '-->', '<!-- -->',
  '<!-- kehoach-disable-next-line abbreviation-undefined, date-invalid -->', '<br>', '<div>', '---', '***', '* * *', '[link](http://x)', '![](a.png)',
]).map((c) => [c]);

export interface BlockLimits {
  readonly maxNesting: number;
  readonly maxLongLine: number;
}

/** One block of the body, as lines. */
export const block = (markdown: boolean, limits: BlockLimits): fc.Arbitrary<string[]> => fc.oneof(
  { weight: 8, arbitrary: paragraph.map((p) => [p]) },
  { weight: 6, arbitrary: heading(markdown) },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: canCu.map((c) => [c]) },
  { weight: 3, arbitrary: fc.constant<string[]>(['']) },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: nesting(limits.maxNesting) },
  { weight: 1, arbitrary: longLine(limits.maxLongLine) },
  { weight: 1, arbitrary: comment },
  { weight: 1, arbitrary: pick(V.NEAR_MISSES).map((n) => [n]) },
);

/**
 * Markdown that the line classifier (core/structure/markdown-lines.ts) must read as remark does: list
 * items nested by their content columns or a few columns off, lazy continuation lines, `2.` after a
 * paragraph, headings in items, thematic breaks and setext underlines, tabs, indents of 1–6 spaces.
 */
const MARKDOWN_MARKERS = ['-', '-', '*', '+', '1.', '1.', '2.', '1)', '3)', '10.', '01.', '123456789.'];
const MARKDOWN_ODD = [
  '2. tiếp theo', '1. một', '- gạch', '# tiêu đề', '---', '===', '***', '* * *', '- - -', '___', '```', '~~~', '> trích', '<br>', 'a <b>c</b>',
  '    mã', '\tmã', 'a) điểm', '(1) mở', '', '-', '1.', '2024.', '1.5 tỷ', '#không', '####### bảy', '[a]: /url', '\u0301dấu', '• chấm', '| a | b |',
  '**đậm**', '*nghiêng*', '+5%', '_x_', '`mã`', '~~x', '\uFEFF', '1. 1. lồng', '- 2. x', '- - a', '1. - b', '- * * *', '=x', '--',
  '> trích', '>', '> - mục', '> 1. một', '>> lồng', '> # h', '>     mã', '> > lồng', '>>>>>>>> sâu', '> > ', '>>', '< 5%', 'đ<oạn', '<1>', '<<', 'a < b', '<', '<http://x>', '<a', '</b>', '<?x', '<!x', '<\u00e1>', '<oạn', '<a-1 x', '<ab:c>', '<b/>', '</b >', '<b\tx', '<a_b@x.y>', '<br>x', '</a1-',
];
const markdownText = fc.oneof({ weight: 4, arbitrary: pick(V.SENTENCES) }, { weight: 1, arbitrary: phrase }, { weight: 2, arbitrary: pick(MARKDOWN_ODD) });

/**
 * A line of Markdown lists, its list marker before column `maxColumn` less a few (the text may hold
 * markers of its own, `1. - b`): nested within remark's bound, pieces and the whole text read alike.
 */
const markdownLine = (maxColumn: number): fc.Arbitrary<string> => fc.record({
  kind: fc.integer({ min: 0, max: 9 }),
  depth: fc.integer({ min: 0, max: 4 }),
  shift: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 6 }) }),
  marker: pick(MARKDOWN_MARKERS),
  spaces: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 6 }) }),
  text: markdownText,
  tab: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
}).map(({ kind, depth, shift, marker, spaces, text, tab }) => {
  // Items nest by two columns (`- `) or three (`1. `); a shift puts a line a few columns off.
  const room = maxColumn - MARKERS_IN_TEXT_COLUMNS - 6 - marker.length;
  const levels = Math.max(0, Math.min(depth, Math.floor(room / (marker.length + 1))));
  const indent = ' '.repeat(Math.max(0, levels * (marker.length + 1) + shift));
  const gap = tab ? '\t' : ' '.repeat(spaces);
  if (kind <= 3) return `${indent}${marker}${gap}${text}`;
  if (kind <= 5) return `${tab ? '\t' : indent}${text}`;
  if (kind === 6) return '';
  if (kind === 7) return `${indent}${'#'.repeat(1 + (spaces % 3))} ${text}`;
  if (kind === 8) return text; // at the margin: a lazy line, or a paragraph after the list
  return `${indent}${['---', '***', '===', '* * *', '- - -', '___', '- -'][spaces % 7]}`;
});

/** Where containers and laziness meet: a lazy line keeps its list open for the next item, `2.` starts an item or continues a paragraph. */
const MARKDOWN_SEQUENCES = [
  ['1. Một', 'dòng lười', '2. Hai'], ['- mục', 'dòng lười', '  - con', 'lười nữa', '    tiếp', '  2. hai'], ['- mục', '', '  2. hai'], ['Đoạn văn', '2. tiếp'],
  ['- mục', '2. mục số'], ['1. Một', '   2. tiếp'], ['1. Một', '', 'Đoạn', '2. tiếp'], ['- mục', '  # tiêu đề', '  2. hai'], ['1) Một', '2. Hai', '3) Ba'],
  ['- mục', '      mã?', '', '      mã'], ['* mục', '- mục', '+ mục'], ['- a', '  - b', ' * c', '   d'], ['Đoạn', '---'], ['- mục', '---'], ['- mục', '==='],
  ['#không', 'tiếp', '---'], [' #không', '==='], ['Độc lập', '------------', '2. x'], ['- mục', '  Đoạn', '  ---', '  2. x'], ['Đoạn', '***', '2. x'],
  ['[...]', '2. x'], ['[a', 'b]: /url', '2. x'], ['[a]: /url', '2. x'], ['[a\\] b', '2. x'], ['- [x] việc', 'lười [a]: b'], ['Đoạn', '--', '2. x'],
  // Fences: read at the top level by the classifier, in a list by remark.
  ['```', 'mã', '```', '2. x'], ['~~~~', '```', '~~~', '~~~~'], ['``` a`b', 'x'], ['```', '  ```', '# h'], ['```', '    ```', '```'], ['```', 'x', '``` z', '```'],
  ['Đoạn', '```', '- x', '```'], ['- mục', '```', 'x', '```'], ['- mục', '  ```', '  x', '```'], ['```', '', '# không', '', '```'], ['~~~', '\t~~~', '   ~~~'],
  // Quotes: lazy lines, what ends them, what they hold.
  ['> trích', 'lười', '2. x'], ['> trích', '2. x'], ['> trích', '1. x'], ['> trích', '- x'], ['> trích', '==='], ['> trích', '---'], ['> trích', '    lười'],
  ['> trích', '# h'], ['>', '    mã'], ['> trích', '>', 'sau', '2. x'], ['>', 'Đoạn', '==='], ['Đoạn', '> trích', '2. x'], ['- mục', '> trích', '2. x'],
  ['> 2. x', '> 1. y'], ['> trích', '> 2. x', '> ==='], ['> # h', '> ---'], ['>> lồng', 'x'], ['>\tx', '2. y'], ['   > x', '    > y'], ['> a', '> ```', '> b'],
  ['<!-- kehoach-disable citation-format -->', '2. x'], ['Đoạn', '<!-- a --> b', '2. x'], ['- mục', '<!-- a -->', '2. x'], ['- mục', '  <!-- a -->', 'x'],
  ['> a', '<!-- b -->', 'c'], ['<!---->', 'x'], ['<!-->', 'x'], ['<!--->', '2. x'], ['   <!-- a --> <!--', 'x', '-->'], ['    <!-- a -->', 'x'], ['<!-- a', '-->', 'x'],
  ['-', '  a', '2. x'], ['-', '', '  a'], ['- a', '  -', '', '  b'], ['+ + + +', 'x'], ['18.', '~~~', '~~~'], ['1.', '', '   x'], ['Đoạn', '-', '2. x'],
  ['Đoạn', '*', 'x'], ['- a', '*', '  x'], ['1. 2.', '   x'], ['-   ', '  a'], ['-', '-', '-'], ['* ', '', '', 'x'], ['- a', '', '  -', '  x'], ['2024.', 'x'],
  ['1. một', '   <!-- a -->', '2. hai'], ['Đoạn <a', 'href="x">', '2. x'], ['< 5%', '2. x'], ['- <1>', '2. x'], ['<3', '==='], ['\t<!-- a -->', 'x'], ['<!-- a -->  ', '# h'],
  ['> > a', '> b', '2. x'], ['> > a', 'b', '> > c'], ['>> a', '>', '> b'], ['> a', '> > b', '> c', 'd'], ['> > a', '> - b'], ['> > a', '> # h'], ['> > a', '> ---'],
  ['> > a', '>     b', '2. x'], ['> > a', '> ===', 'x'], ['> > a', '> 2. b'], ['>>>> a', '>> b', '# h'], ['> >  > a', 'b'], ['> > a', '>\tb'], ['> > a', '> ```', 'b'],
  ['<div>', 'a', '- b', '', '2. x'], ['Đoạn', '<div>', 'x'], ['Đoạn', '<br>', 'x'], ['<br>', 'x', '', 'y'], ['- mục', '<br>', 'x'], ['- mục', '', '<br>', 'x'],
  ['- mục', '  <div>', 'x'], ['<DIV class="a">', 'x'], ['</p>', '# h'], ['<br/>', '2. x'], ['<pre>', 'x', '</pre>'], ['<a href="x">', 'y'], ['<div', 'x'],
  ['    mã', '<br>', 'x'], ['> a', '<div>', 'b'], ['<div>\u0000', 'x'], ['<table><tr><td>a</td></tr></table>', 'x'], ['<h1>Tiêu đề</h1>', '# h'],
  ['4. mục', 'II. lười', '', '> trích', '1. x'], ['- mục', '> trích', 'lười'], ['1. mục', '  > trích', 'x'], ['1. mục', '   > trích', 'x'], ['- a', '  - b', '> c', '  d'],
  ['Đoạn', '18.', 'x'], ['Đoạn', '1.', '2. x'], ['Đoạn', '*', '- x'], ['Đoạn', '- 1.', 'x'], ['    mã', '18.', 'x'], ['Đoạn', '+   ', 'x'], ['- a', '  Đoạn', '  3)', 'x'],
  ['- a', `${' '.repeat(100)}b`, '2. x'], ['Đoạn', `${' '.repeat(90)}\u00a0- x`, '- y'], ['', `${' '.repeat(90)}x`, 'y'], ['> a', `${' '.repeat(85)}b`, 'c'],
  ['<!-- a', '- b', '', '# c -->', '2. x'], ['Đoạn', '<!--', 'x'], ['- mục', '<!-- a', 'b -->', '2. x'], ['<!--', ''], ['<!-- a', '', ''], ['  <!-- a', '-->x', 'y'],
  ['- mục', '  <!-- a', 'b -->'], ['> a', '<!-- b', '-->'],
  // A label left open on a paragraph's first line: `]:` on a line it goes on to may make a link definition.
  ['[a', 'b] c', '2. x'], ['[a', '[b]: /u', '2. x'], ['[a\\', ']: /u'], ['[a\\\\', ']: /u'], ['- [a', '  b]: /u', '2. x'], ['* [a', 'b]: /u'],
  ['> [a', '> b]: /u', '2. x'], ['> [a', 'b]: /u'], ['[a', '===', 'b]: /u'], ['[a', '', 'b]: /u'], ['- x', '  [a', '  b', '  c]: /u'], ['[a', '- b]: /u'],
  // `<` after text on a line: inline HTML only where a whole tag reads, or may go on to the next line.
  ['Ba<n Bí thư', '2. x'], ['Đoạn <b>đậm</b>', '2. x'], ['Đoạn <a href="x', 'y">', '2. x'], ['Đoạn <a', 'href=x>', '2. x'], ['x </TW của', '2. x'],
  ['x </b', '>', '2. x'], ['x <n Bí', '2. x'], ["x <a b='c", "d'>", '2. x'], ['x <a b=c d>', '# h'], ['x <a/>', '2. x'], ['x <a =', '2. x'], ['- a <br> b', '2. x'],
  ['x <a b =', '"c">', '2. x'], ['x <a b', '=c>', '2. x'], ['> x <i>', 'y', '2. x'], ['x <a\tb>', '2. x'], ['x <a b="c"d>', '2. x'],
  // Five spaces or more after a marker: the item's content is code.
  ['-      mã', '       tiếp', '', '        sau', '- b'], ['Đoạn', '-      mã', '2. x'], ['Đoạn', '2.      mã', 'x'], ['1.      mã', '   x'], ['- -      mã', '    y'],
  ['>  -      mã', '>       b'], ['-      mã', '\t  x'], [`-${' '.repeat(70)}x`, 'y'], ['- a', '  +      mã', '      b', '  c'], ['-      mã', '  ---', 'x'],
  ['Đoạn', '- 80847.', '2. x'], ['Đoạn', ' * 1.', '  x'], ['- a', '- 7)', '2. x'], ['Đoạn', '- 3.   ', 'x'], ['Đoạn', '``` a`b', '2. x'], ['- mục', '  ````a` b', '2. x'], ['> a', '```x`', 'b'], ['```a`', '==='], ['~~~ a`b', 'x', '~~~'],
  ['1. [a', '   b]', ': /u'], ['[a', 'b\\]: /u'], ['[a', 'b\\\\]: /u'], ['[', ']: /u'], ['- [a', '# h', 'b]: /u'], ['[a', `${' '.repeat(90)}b]: /u`],
  // A tag alone on a line goes on with an open paragraph as inline HTML, unless a code span may hold it or it interrupts (kinds 1 and 6).
  ['Đoạn `a', '<br>', 'b`'], ['- mục', '  tiếp', '<br>', '2. x'], ['Đoạn', '  <br/>', '</b>', 'x'], ['Đoạn', '<pre>', 'x'], ['`a', '<br>'], ['Đoạn', '<br>', '==='],
  ['[a', '<br>', 'b]: /u'], ['> a', '<br>', 'x'], ['Đoạn', '<script>', '</script>'], ['1. x', '<br >', '   <i>', '2. y'], ['Đoạn ``', '<br>', '``'], ['a', '    <br>', 'b'],
  ['- a', '', '  b', '<br>', 'c'], ['- a', '<br>', '2. c'], ['- a', '<br>', '- 2. c'], ['- a', '<br>', '  b'], ['- a', '  - b', '<br>', '  c'], ['1. a', '<br>  ', 'x'],
  ['> a', '<br>', 'b'], ['> > a', '<br>', 'x'], ['> a', '<br>', '> b'], ['> a', '<br>', '', '> b'], ['> a', '</b >', '2. x'], ['> a', '<br>', '    > b'],
  ['> a', ' <br>', 'b'], ['>> a', '<br>', '<div>'], ['> a `b', '<br>'],
  ['- a', ' <br>', 'x'], ['- a', '   <br>'], ['- a', '  - b', '  <br>', 'c'], ['- a', '<br>', '      mã'], ['- a', '<br>', '', '  b'], ['- a', '<br>', '<br>'], ['- a', '<br>', '```'], ['- a', '  <p>', 'b'], ['Đoạn', '<br>', '- x', '<br>'], ['# h', '<br>', 'x'], ['Đoạn', '<Br>', '<a-1/>', '</X>'],
  ['> a', '```', 'b', '```'], ['>>>> a', '```text', 'b'], ['> a', '~~~', '> b', '~~~'], ['> > a', '> ```', 'b', '```'], ['>', '````', 'x'], ['> - a', '```', 'b'],
  ['    mã', '> x', '2. y'], ['> #a', '> ==='], ['>     mã', '> x'], ['> x', '>     tiếp', '2. y'], ['> x', '[a]: /u', '2. y'],
];

/** A run of Markdown lines, mostly lists, for the Markdown line maps. */
/** The columns a line's own text may add in markers and spaces after its marker (`1. - b`, six spaces). */
const MARKERS_IN_TEXT_COLUMNS = 12;

/** Markdown lists and their odd neighbours; the lists' markers within `maxColumn` columns (see markdownLine). */
export const markdownBlock = (maxColumn = Infinity): fc.Arbitrary<string[]> => fc.array(
  fc.oneof({ weight: 8, arbitrary: markdownLine(maxColumn).map((l) => [l]) }, { weight: 1, arbitrary: pick(MARKDOWN_SEQUENCES) }),
  { minLength: 1, maxLength: 30 },
).map((runs) => runs.flat());

/**
 * Word's automatic numbering read as if typed: a heading whose `II.` or `1.` or `a)` Word draws from
 * numbering.xml must reach the section rules as text. Built with the `docx` package (as it writes
 * lists), by hand (restarts, overrides, styles that carry the numbering, as Word writes them).
 */
import * as assert from 'node:assert/strict';
import { AlignmentType, Document, LevelFormat, Paragraph, TextRun } from 'docx';
import { parsePlan } from '../../server/src/core/document';
import { lint } from '../../server/src/core/lint';
import { bulletText, formatCounter } from '../../server/src/docx/number-format';
import { para, paragraphTexts, readBuilt, readHand, run } from './build';

interface Lvl { ilvl: number; fmt: string; text: string; start?: number; restart?: number; pStyle?: string; legal?: boolean; suff?: string }

function abstractNum(id: number, levels: Lvl[], extra = ''): string {
  const lvl = (l: Lvl) => `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>`
    + `${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : ''}`
    + `${l.legal ? '<w:isLgl/>' : ''}${l.suff ? `<w:suff w:val="${l.suff}"/>` : ''}<w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/></w:lvl>`;
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${extra}${levels.map(lvl).join('')}</w:abstractNum>`;
}

const num = (numId: number, abstractId: number, overrides = '') => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const startOverride = (ilvl: number, start: number) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;
const numbered = (text: string, numId: number, ilvl: number) => para(run(text), `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

/** The levels of a plan's headings: I. (Phần, mục), 1. (khoản), a) (điểm). */
const PLAN_LEVELS: Lvl[] = [
  { ilvl: 0, fmt: 'upperRoman', text: '%1.' },
  { ilvl: 1, fmt: 'decimal', text: '%2.' },
  { ilvl: 2, fmt: 'lowerLetter', text: '%3)' },
];

describe('docx numbering: headings numbered by Word read as typed', () => {
  it('draws I./1./a) from numbering.xml, with the counters and restarts Word keeps', () => {
    const reading = readHand({
      numbering: abstractNum(0, PLAN_LEVELS) + num(1, 0),
      body: [
        para(run('KẾ HOẠCH')),
        numbered('MỤC ĐÍCH, YÊU CẦU', 1, 0), numbered('Mục đích', 1, 1), numbered('Yêu cầu', 1, 1),
        numbered('NHIỆM VỤ', 1, 0), numbered('Tuyên truyền', 1, 1), numbered('Tổ chức hội nghị', 1, 2), numbered('Phát hành tài liệu', 1, 2),
        numbered('TỔ CHỨC THỰC HIỆN', 1, 0),
      ].join(''),
    });
    assert.deepEqual(paragraphTexts(reading), [
      'KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. NHIỆM VỤ', '1. Tuyên truyền', 'a) Tổ chức hội nghị',
      'b) Phát hành tài liệu', 'III. TỔ CHỨC THỰC HIỆN',
    ]);
    assert.deepEqual(reading.paragraphs.slice(1, 3).map((p) => [p.numberingText, p.numbering?.format]), [['I. ', 'upperRoman'], ['1. ', 'decimal']]);
    const first = reading.runs.find((r) => r.kind === 'numbering')!;
    assert.equal(reading.text.slice(first.start, first.end), 'I. ', 'the number is generated text of its paragraph');
    const plan = parsePlan(reading.text);
    assert.deepEqual(plan.allSections.map((s) => `${s.heading.numbering?.label}:${s.heading.title}`), [
      'I:MỤC ĐÍCH, YÊU CẦU', '1:Mục đích', '2:Yêu cầu', 'II:NHIỆM VỤ', '1:Tuyên truyền', 'a:Tổ chức hội nghị', 'b:Phát hành tài liệu', 'III:TỔ CHỨC THỰC HIỆN',
    ]);
    assert.deepEqual(lint(reading.text).filter((f) => f.ruleId === 'section-numbering'), [], 'Word’s own sequence is in order');
  });

  it('lists written by the docx package: numbering references and levels', async () => {
    const reading = await readBuilt(new Document({
      numbering: { config: [{ reference: 'muc', levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
      ] }] },
      sections: [{ children: ['MỤC ĐÍCH', 'Mục đích', 'NHIỆM VỤ', 'Tuyên truyền', 'Kiểm tra'].map((text, i) => new Paragraph({
        numbering: { reference: 'muc', level: [0, 1, 0, 1, 1][i] }, children: [new TextRun(text)],
      })) }],
    }));
    assert.deepEqual(paragraphTexts(reading), ['I. MỤC ĐÍCH', '1. Mục đích', 'II. NHIỆM VỤ', '1. Tuyên truyền', '2. Kiểm tra']);
  });

  it('a numbering that skips is found by section-numbering, as if typed', () => {
    // “Restart numbering” at 3 in the middle of the list: Word shows I., II., then III. again.
    const reading = readHand({
      numbering: abstractNum(0, PLAN_LEVELS) + num(1, 0) + num(2, 0, startOverride(0, 3)),
      body: [para(run('KẾ HOẠCH')), numbered('MỤC ĐÍCH', 1, 0), numbered('NHIỆM VỤ', 1, 0), numbered('KINH PHÍ', 2, 0)].join(''),
    });
    assert.deepEqual(paragraphTexts(reading).slice(1), ['I. MỤC ĐÍCH', 'II. NHIỆM VỤ', 'III. KINH PHÍ']);
    const skipping = readHand({
      numbering: abstractNum(0, PLAN_LEVELS) + num(1, 0) + num(2, 0, startOverride(0, 4)),
      body: [para(run('KẾ HOẠCH')), numbered('MỤC ĐÍCH', 1, 0), numbered('NHIỆM VỤ', 1, 0), numbered('KINH PHÍ', 2, 0)].join(''),
    });
    assert.deepEqual(paragraphTexts(skipping).slice(1), ['I. MỤC ĐÍCH', 'II. NHIỆM VỤ', 'IV. KINH PHÍ']);
    const finding = lint(skipping.text).find((f) => f.ruleId === 'section-numbering');
    assert.ok(finding, 'the skipped III is reported');
    assert.equal(skipping.text.slice(finding.start, finding.end).trim(), 'IV.');
  });

  it('reports Word’s letters a) … e), which skip the Vietnamese đ)', () => {
    const reading = readHand({
      numbering: abstractNum(0, PLAN_LEVELS) + num(1, 0),
      body: [para(run('KẾ HOẠCH')), numbered('NHIỆM VỤ', 1, 0), numbered('Tuyên truyền', 1, 1),
        ...['Một', 'Hai', 'Ba', 'Bốn', 'Năm'].map((t) => numbered(`Việc ${t.toLowerCase()}`, 1, 2))].join(''),
    });
    assert.deepEqual(paragraphTexts(reading).slice(3).map((t) => t.slice(0, 2)), ['a)', 'b)', 'c)', 'd)', 'e)']);
    assert.ok(lint(reading.text).some((f) => f.ruleId === 'section-numbering' && /“đ”/.test(f.message)));
  });

  it('instances of one list continue its count; a start override restarts it the first time it is used', () => {
    const reading = readHand({
      numbering: abstractNum(0, [{ ilvl: 0, fmt: 'decimal', text: '%1.' }]) + num(1, 0) + num(2, 0) + num(3, 0, startOverride(0, 1)),
      body: [numbered('Một', 1, 0), numbered('Hai', 2, 0), numbered('Ba', 1, 0), numbered('Lại một', 3, 0), numbered('Lại hai', 3, 0), numbered('Tiếp', 1, 0)].join(''),
    });
    assert.deepEqual(paragraphTexts(reading), ['1. Một', '2. Hai', '3. Ba', '1. Lại một', '2. Lại hai', '3. Tiếp']);
  });

  it('restarts deeper levels after a higher one, unless w:lvlRestart says otherwise', () => {
    const reading = readHand({
      numbering: abstractNum(0, [{ ilvl: 0, fmt: 'upperRoman', text: '%1.' }, { ilvl: 1, fmt: 'decimal', text: '%2.', restart: 0 }]) + num(1, 0),
      body: [numbered('A', 1, 0), numbered('a1', 1, 1), numbered('B', 1, 0), numbered('b1', 1, 1)].join(''),
    });
    assert.deepEqual(paragraphTexts(reading), ['I. A', '1. a1', 'II. B', '2. b1']);
  });

  it('draws multi-level text (%1.%2.), legal numbering, a level not used yet (0), and the suffix', () => {
    const reading = readHand({
      numbering: abstractNum(0, [
        { ilvl: 0, fmt: 'upperRoman', text: '%1.' },
        { ilvl: 1, fmt: 'decimal', text: '%1.%2.', legal: true },
        { ilvl: 2, fmt: 'decimal', text: '%1.%2.%3', suff: 'nothing' },
      ]) + num(1, 0),
      body: [numbered('Chưa có mục', 1, 1), numbered('MỤC', 1, 0), numbered('Khoản', 1, 1), numbered('-Tiết', 1, 2)].join(''),
    });
    assert.deepEqual(paragraphTexts(reading), ['0.1. Chưa có mục', 'I. MỤC', '1.1. Khoản', 'I.1.1-Tiết']);
  });

  it('takes the numbering a paragraph style carries (Heading 1, 2 linked to a list), and numId 0 turns it off', () => {
    const styles = [
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    ].join('');
    const levels: Lvl[] = PLAN_LEVELS.map((l, i) => ({ ...l, pStyle: `Heading${i + 1}` }));
    const heading = (text: string, level: number, pPr = '') => para(run(text), `<w:pStyle w:val="Heading${level}"/>${pPr}`);
    const reading = readHand({
      styles, numbering: abstractNum(0, levels) + num(1, 0),
      body: [heading('MỤC ĐÍCH', 1), heading('Mục đích', 2), heading('Điểm', 3), heading('Không số', 1, '<w:numPr><w:numId w:val="0"/></w:numPr>'), heading('NHIỆM VỤ', 1)].join(''),
    });
    assert.deepEqual(paragraphTexts(reading), ['I. MỤC ĐÍCH', '1. Mục đích', 'a) Điểm', 'Không số', 'II. NHIỆM VỤ']);
    assert.equal(reading.paragraphs[0].styleName, 'heading 1');
  });

  it('follows w:numStyleLink to the list a numbering style defines', () => {
    const styles = '<w:style w:type="numbering" w:styleId="KeHoach"><w:name w:val="Kế hoạch"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>';
    const reading = readHand({
      styles,
      numbering: abstractNum(0, PLAN_LEVELS) + abstractNum(1, [], '<w:numStyleLink w:val="KeHoach"/>') + num(5, 0) + num(6, 1),
      body: [numbered('MỤC ĐÍCH', 6, 0), numbered('Mục đích', 6, 1)].join(''),
    });
    assert.deepEqual(paragraphTexts(reading), ['I. MỤC ĐÍCH', '1. Mục đích']);
  });

  it('writes bullets as the typed marker, so the line reads as a list item', () => {
    const bullets = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>`
      + `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>`;
    const reading = readHand({ numbering: bullets + num(1, 0), body: [numbered('Ủy ban nhân dân tỉnh;', 1, 0), numbered('Sở Nội vụ;', 1, 1)].join('') });
    assert.deepEqual(paragraphTexts(reading), ['- Ủy ban nhân dân tỉnh;', '• Sở Nội vụ;']);
    assert.equal(reading.runs[2].format.font, 'Symbol');
  });

  it('formats counters as Word does', () => {
    assert.deepEqual([1, 4, 9, 14, 40, 1999].map((n) => formatCounter(n, 'upperRoman')), ['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    assert.deepEqual([1, 26, 27, 53].map((n) => formatCounter(n, 'lowerLetter')), ['a', 'z', 'aa', 'aaa']);
    assert.equal(formatCounter(3, 'upperLetter'), 'C');
    assert.equal(formatCounter(7, 'decimalZero'), '07');
    assert.equal(formatCounter(7, 'custom', '001, 002, 003, ...'), '007');
    assert.equal(formatCounter(7, 'chineseCounting'), '7', 'formats of other scripts as decimals');
    assert.equal(formatCounter(7, 'none'), '');
    assert.equal(bulletText('\uF0B7'), '•');
  });
});

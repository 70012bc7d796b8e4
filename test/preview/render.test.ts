import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_LAYOUT } from '../../server/src/core/format/nd30-layout';
import { PARTY_LAYOUT } from '../../server/src/core/format/party-layout';
import { renderPreview, type PreviewMark } from '../../server/src/preview';
import { planFiles, ROOT } from '../export/plans';
import { compareWords } from '../office/words';
import { all, asDocxText, classesOf, hasClass, parseCss, parseHtml, textOf, type HtmlNode } from './html';

const SAMPLE = readFileSync(join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), 'utf8');
const PARTY = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'header-number', 'party-correct.kh.md'), 'utf8');

const paragraphsOf = (n: HtmlNode) => all(n, (x) => x.tag === 'p');
const partOf = (p: HtmlNode) => classesOf(p).find((c) => c.startsWith('p-'));

/** The header table's cells: `[row][column]` → the header parts they hold, as `part: text`. */
function headerCells(body: string): string[][][] {
  const [table] = all(parseHtml(body), (n) => n.tag === 'table' && hasClass(n, 'hdr'));
  assert.ok(table, 'no header table');
  return all(table, (n) => n.tag === 'tr').map((tr) => all(tr, (n) => n.tag === 'td')
    .map((td) => [
      ...paragraphsOf(td).map((p) => `${partOf(p)}: ${textOf(p)}`),
      ...all(td, (n) => hasClass(n, 'rule')).map((r) => classesOf(r).join(' ')),
    ]));
}

describe('preview: the header as the export lays it out', () => {
  it('issuer, its rule and Số left; Quốc hiệu, Tiêu ngữ, its rule and the date right; two rows', () => {
    assert.deepEqual(headerCells(renderPreview(SAMPLE).body), [
      [
        ['p-issuer: ỦY BAN NHÂN DÂN', 'p-issuer: HUYỆN BÌNH GIA', 'rule rule-issuer'],
        ['p-nationalTitle: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'p-motto: Độc lập - Tự do - Hạnh phúc', 'rule rule-title'],
      ],
      [['p-number: Số: 45/KH-UBND'], ['p-placeDate: Bình Gia, ngày 06 tháng 02 năm 2023']],
    ]);
  });

  it('KẾ HOẠCH, the trích yếu and its rule centred after the table, then the body', () => {
    const root = parseHtml(renderPreview(SAMPLE).body);
    const [flow] = all(root, (n) => hasClass(n, 'flow'));
    const top = flow.children.filter((c): c is HtmlNode => typeof c !== 'string').map((n) => `${n.tag}.${classesOf(n).join('.')}`);
    assert.deepEqual(top.slice(0, 6), ['table.layout.hdr', 'p.p-typeName.title-line', 'p.p-summary.summary-line', 'div.rule.rule-summary', 'p.blank', 'p.b']);
  });

  it('sets each part in the size, weight and style of nd30-layout.ts', () => {
    const css = parseCss(renderPreview(SAMPLE).css);
    const look = (part: string) => {
      const d = css.get(`.p-${part}`);
      assert.ok(d, `no rule for .p-${part}`);
      return `${d.get('font-size')} ${d.get('font-weight')} ${d.get('font-style')} ${d.get('text-align')}`;
    };
    // Phụ lục I, Phần I: mục II.1 to II.9 and the sizes of mục V's examples.
    assert.equal(look('issuer'), '12pt bold normal center');
    assert.equal(look('superior'), '12pt normal normal center');
    assert.equal(look('nationalTitle'), '12pt bold normal center');
    assert.equal(look('motto'), '13pt bold normal center');
    assert.equal(look('number'), '13pt normal normal center');
    assert.equal(look('placeDate'), '13pt normal italic center');
    assert.equal(look('typeName'), '14pt bold normal center');
    assert.equal(look('summary'), '14pt bold normal center');
    assert.equal(look('recipientsLabel'), '12pt bold italic left');
    assert.equal(look('recipients'), '11pt normal normal left');
    assert.equal(look('signingAuthority'), '14pt bold normal center');
    assert.equal(look('signerName'), '14pt bold normal center');
    for (const [name, style] of Object.entries(STATE_LAYOUT.parts)) {
      assert.equal(css.get(`.p-${name}`)?.get('font-size'), `${style!.size.value}pt`, name);
    }
  });

  it('the page, the body and the headings: A4, margins, 14 pt justified with a 1,27 cm first line', () => {
    const css = parseCss(renderPreview(SAMPLE).css);
    assert.equal(css.get('.page')?.get('width'), '210mm');
    assert.equal(css.get('.page')?.get('min-height'), '297mm');
    assert.equal(css.get('.page')?.get('padding'), '20mm 15mm 20mm 30mm');
    assert.equal(css.get('.page>.content')?.get('height'), '257mm');
    const body = css.get('.b')!;
    assert.deepEqual([body.get('font-size'), body.get('text-align'), body.get('text-indent'), body.get('padding')], ['14pt', 'justify', '1.27cm', '0 0 6pt']);
    assert.equal(body.get('line-height'), (1.15 * 1.15).toFixed(4), 'Word\'s 1,15 lines of a Times New Roman single line');
    assert.equal(css.get('.h-roman')?.get('font-weight'), 'bold');
    assert.equal(css.get('.h-arabic')?.get('font-weight'), 'bold');
    assert.equal(css.get('.h-letter')?.get('font-weight'), 'normal');
    assert.match(css.get('.sheet')!.get('font-family')!, /^"Times New Roman", "Liberation Serif", "Tinos", serif$/);
    const headings = all(parseHtml(renderPreview(SAMPLE).body), (n) => hasClass(n, 'h')).map((h) => `${classesOf(h).pop()} ${textOf(h)}`);
    assert.deepEqual(headings.slice(0, 3), ['h-roman I. MỤC ĐÍCH, YÊU CẦU', 'h-arabic 1. Mục đích', 'h-arabic 2. Yêu cầu']);
  });

  it('the closing: Nơi nhận and the recipients left, the signature right with room for the seal', () => {
    const [closing] = all(parseHtml(renderPreview(SAMPLE).body), (n) => n.tag === 'table' && hasClass(n, 'closing'));
    const [left, right] = all(closing, (n) => n.tag === 'td').map((td) => paragraphsOf(td).map((p) => `${partOf(p) ?? 'blank'}: ${textOf(p)}`));
    assert.deepEqual(left.slice(0, 2), ['p-recipientsLabel: Nơi nhận:', 'p-recipients: - Ủy ban nhân dân tỉnh;']);
    assert.equal(left[left.length - 1], 'p-recipients: - Lưu: VT.');
    assert.deepEqual(right, [
      'p-signingAuthority: TM. ỦY BAN NHÂN DÂN', 'p-signingAuthority: KT. CHỦ TỊCH', 'p-signingAuthority: PHÓ CHỦ TỊCH',
      'blank: ', 'blank: ', 'blank: ', 'blank: ', 'p-signerName: Nguyễn Văn A',
    ]);
  });

  it('a Party plan: ĐẢNG CỘNG SẢN VIỆT NAM at 15 pt with its rule, the star under the issuer, no Tiêu ngữ', () => {
    const render = renderPreview(PARTY);
    assert.equal(render.profile, 'party');
    const [[left, right]] = headerCells(render.body);
    assert.deepEqual(right, ['p-nationalTitle: ĐẢNG CỘNG SẢN VIỆT NAM', 'rule rule-title']);
    assert.equal(left[left.length - 1], 'p-issuer: *');
    assert.ok(!left.some((c) => c.startsWith('rule')), 'a Party issuer has the star, not a rule');
    const css = parseCss(render.css);
    assert.equal(css.get('.p-nationalTitle')?.get('font-size'), `${PARTY_LAYOUT.parts.nationalTitle.size.value}pt`);
    assert.equal(css.get('.p-nationalTitle')?.get('font-size'), '15pt');
    assert.equal(css.get('.p-typeName')?.get('font-size'), '15pt');
    assert.equal(css.get('.b')?.get('font-size'), '14pt');
  });

  it('a Đoàn plan: the committee with *** and Số left, ĐOÀN TNCS HỒ CHÍ MINH and the date right, no rule', () => {
    const doan = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'header-national-title', 'doan-trung-uong.kh.md'), 'utf8');
    const render = renderPreview(doan);
    assert.deepEqual(headerCells(render.body), [
      [['p-issuer: BAN CHẤP HÀNH TRUNG ƯƠNG', 'p-issuer: ***'], ['p-nationalTitle: ĐOÀN TNCS HỒ CHÍ MINH']],
      [['p-number: Số: 225 - KH/TWĐTN-CTTN'], ['p-placeDate: Hà Nội, ngày 16 tháng 5 năm 2024']],
    ]);
    assert.match(render.body, /^<div class="flow profile-doan">/);
    // The editor's protocol names two styles: a Đoàn plan shows as the Party-like one.
    assert.equal(render.profile, 'party');
  });

  it('keeps a blank Số and a blank day with their spaces, and invents no date', () => {
    const draft = SAMPLE.replace('Số: 45/KH-UBND', 'Số:     /KH-UBND').replace('ngày 06 tháng', 'ngày      tháng');
    const [, [number, date]] = headerCells(renderPreview(draft).body);
    assert.deepEqual(number, ['p-number: Số:     /KH-UBND']);
    assert.deepEqual(date, ['p-placeDate: Bình Gia, ngày      tháng 02 năm 2023']);
    assert.equal(parseCss(renderPreview(draft).css).get('.sheet p')?.get('white-space'), 'pre-wrap', 'spaces must not collapse');
    const undated = renderPreview(SAMPLE.replace('Bình Gia, ngày 06 tháng 02 năm 2023\n', '')).body;
    assert.ok(!/ngày \d/.test(textOf(parseHtml(undated)).replace(/ngày 18\/11|ngày 14\/10|ngày 31\/3|ngày 15\/12|ngày 20\/12/g, '')));
    assert.deepEqual(headerCells(undated)[1][1], []);
  });
});

describe('preview: the plan\'s text is text', () => {
  const HOSTILE = SAMPLE
    .replace('Tổ chức thực hiện có hiệu quả', 'Tổ chức <script>alert("x")</script> & <img src=x onerror=alert(1)> hiệu quả')
    .replace('HUYỆN BÌNH GIA', 'HUYỆN <b>BÌNH</b> & GIA');

  it('escapes < > & " everywhere: no tag of the plan reaches the HTML', () => {
    const { body } = renderPreview(HOSTILE, { marks: [{ start: 0, end: 3, message: '<script>"x"</script> & y' }] });
    assert.ok(!/<script|<img|<b>/i.test(body), 'a tag of the plan is in the HTML');
    assert.match(body, /Tổ chức &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(1\)&gt; hiệu quả/);
    assert.match(body, /title="&lt;script&gt;&quot;x&quot;&lt;\/script&gt; &amp; y"/);
    const shown = textOf(parseHtml(body));
    assert.ok(shown.includes('Tổ chức <script>alert("x")</script> & <img src=x onerror=alert(1)> hiệu quả'));
    assert.ok(shown.includes('HUYỆN <b>BÌNH</b> & GIA'));
  });
});

/** The marks of a render: the text each covers and its title. */
function marksIn(body: string): { text: string; title: string; severity: string }[] {
  return all(parseHtml(body), (n) => n.tag === 'mark').map((m) => ({
    text: textOf(m), title: m.attrs.title, severity: classesOf(m).find((c) => c.startsWith('sev-'))!.slice(4),
  }));
}

function markAt(text: string, needle: string, message: string, occurrence = 0, length = needle.length): PreviewMark {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in the plan`);
  return { start: at, end: at + length, message, severity: 'warning', rule: 'test-rule' };
}

describe('preview: findings marked where they are', () => {
  it('marks exactly the text of a finding, with its message and rule as the title', () => {
    const mark = markAt(SAMPLE, 'DTTS', 'Chữ viết tắt chưa được định nghĩa');
    assert.deepEqual(marksIn(renderPreview(SAMPLE, { marks: [mark] }).body), [
      { text: 'DTTS', title: 'Chữ viết tắt chưa được định nghĩa (test-rule)', severity: 'warning' },
    ]);
  });

  it('in the header, in the closing and across Markdown emphasis and a soft line break', () => {
    const plan = SAMPLE.replace('Tổ chức thực hiện có hiệu quả', 'Tổ chức **thực hiện** có\nhiệu quả');
    const marks = [
      markAt(plan, '06 tháng 02', 'ngày'),
      markAt(plan, 'Lưu: VT', 'lưu'),
      markAt(plan, 'thực hiện** có\nhiệu', 'qua dòng'),
    ];
    const found = marksIn(renderPreview(plan, { marks }).body).map((m) => `${m.title.replace(' (test-rule)', '')}: ${m.text}`);
    assert.deepEqual(found, ['ngày: 06 tháng 02', 'qua dòng: thực hiện', 'qua dòng:  có hiệu', 'lưu: Lưu: VT']);
  });

  it('a finding over text the preview does not show moves to the next text shown', () => {
    const at = SAMPLE.indexOf('## II.');
    const hidden: PreviewMark = { start: at, end: at + 3, message: 'ẩn', severity: 'error' };
    const empty: PreviewMark = { start: at, end: at, message: 'rỗng', severity: 'information' };
    const found = marksIn(renderPreview(SAMPLE, { marks: [hidden, empty] }).body);
    assert.deepEqual(found, [{ text: 'I', title: 'ẩn\nrỗng', severity: 'error' }]);
  });

  it('places marks by offset in a CRLF and a BOM text', () => {
    const crlf = `\uFEFF${SAMPLE.replace(/\n/g, '\r\n')}`;
    const mark = markAt(crlf, 'trên địa bàn huyện.', 'crlf');
    assert.deepEqual(marksIn(renderPreview(crlf, { marks: [mark] }).body).map((m) => m.text), ['trên địa bàn huyện.']);
  });

  it('marks inside a table cell, a bullet and a footnote', () => {
    const plan = `KẾ HOẠCH\n\nTrích yếu\n\n## I. MỤC ĐÍCH\n\n- gạch đầu dòng một;\n\n| Nhiệm vụ | Thời hạn |\n| --- | --- |\n| Rà soát | 31/3/2023 |\n\nCó chú thích[^1].\n\n[^1]: Nội dung chú thích.\n`;
    const marks = [markAt(plan, 'đầu dòng', 'a'), markAt(plan, '31/3/2023', 'b'), markAt(plan, 'chú thích.', 'c')];
    assert.deepEqual(marksIn(renderPreview(plan, { marks }).body).map((m) => m.text), ['đầu dòng', '31/3/2023', 'chú thích.']);
  });
});

describe('preview: nothing of the plan is dropped', () => {
  const files = planFiles();
  it('finds the plans among the fixtures and both examples', () => assert.ok(files.length > 100, `only ${files.length} plans`));
  for (const file of files) {
    it(`${file.name}: the same words in the same order`, () => {
      assert.deepEqual(compareWords(file.text, asDocxText(renderPreview(file.text).body)), []);
    });
  }
});

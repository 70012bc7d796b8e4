import * as assert from 'node:assert/strict';
import { STATE_LAYOUT, type Bounded, type DocumentLayout } from '../../server/src/core/format/nd30-layout';
import { DOAN_LAYOUT } from '../../server/src/core/format/doan-layout';
import { layoutFor, PARTY_LAYOUT, PARTY_UNCONFIRMED } from '../../server/src/core/format/party-layout';
import { layoutCheckFor } from '../../server/src/core/format/word-source';
import { splitIssuer } from '../../server/src/core/format/issuer-parts';
import { textWidthPt } from '../../server/src/core/format/text-width';

/** Every `Bounded` inside a layout, by its path. */
function boundedValues(value: unknown, path = ''): [string, Bounded][] {
  if (!value || typeof value !== 'object') return [];
  if ('range' in value && 'value' in value) return [[path, value as Bounded]];
  return Object.entries(value).flatMap(([k, v]) => boundedValues(v, path ? `${path}.${k}` : k));
}

function get(layout: DocumentLayout, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], layout);
}

describe('layout data: Nghị định 30/2020/NĐ-CP, Phụ lục I', () => {
  it('writes every value inside the range the decree allows, and names its provision', () => {
    const all = boundedValues(STATE_LAYOUT);
    assert.ok(all.length >= 20, `${all.length} bounded values`);
    for (const [path, b] of all) {
      assert.ok(b.range.min <= b.value && b.value <= b.range.max, `${path}: ${b.value} outside ${b.range.min}–${b.range.max}`);
      assert.match(b.basis, /Nghị định 30\/2020\/NĐ-CP, Phụ lục I|convention/, path);
    }
  });

  it('holds the decree’s numbers: A4, margins, font, body, page numbers, Nơi nhận', () => {
    const l = STATE_LAYOUT;
    assert.deepEqual([l.paper.widthMm, l.paper.heightMm, l.paper.orientation], [210, 297, 'portrait']);
    assert.deepEqual(Object.values(l.margins).map((m) => [m.range.min, m.range.max]), [[20, 25], [20, 25], [30, 35], [15, 20]]);
    assert.equal(l.font.family, 'Times New Roman');
    assert.deepEqual([l.body.size.range, l.body.firstLineIndentCm.range, l.body.lineSpacing.range], [{ min: 13, max: 14 }, { min: 1, max: 1.27 }, { min: 1, max: 1.5 }]);
    assert.equal(l.body.paragraphSpacingPt.range.min, 6);
    assert.deepEqual([l.pageNumber.size.range, l.pageNumber.firstPageShown, l.pageNumber.align], [{ min: 13, max: 14 }, false, 'center']);
    const p = l.parts;
    assert.deepEqual([p.recipientsLabel.size.value, p.recipientsLabel.bold, p.recipientsLabel.italic, p.recipients.size.value], [12, true, true, 11]);
    assert.deepEqual([p.placeDate.italic, p.placeDate.column, p.number.column, p.nationalTitle.column, p.issuer.column], [true, 'right', 'left', 'right', 'left']);
    assert.deepEqual([p.issuer.rule?.length.range, p.motto?.rule?.length.range], [{ min: 1 / 3, max: 1 / 2 }, { min: 1, max: 1 }]);
    assert.deepEqual([p.signingAuthority.letterCase, p.signingAuthority.bold, p.signerName.letterCase], ['upper', true, 'normal']);
  });

  it('Party layout: its own values only where Hướng dẫn 36 was read; the rest is the state layout, listed', () => {
    const p = PARTY_LAYOUT.parts;
    assert.deepEqual([p.nationalTitle.size.value, p.issuer.size.value, p.number.size.value, p.typeName.size.range], [15, 14, 14, { min: 15, max: 16 }]);
    assert.equal(p.motto, undefined);
    assert.equal(PARTY_LAYOUT.issuerMark?.text, '*');
    for (const [path, b] of boundedValues(PARTY_LAYOUT)) {
      const unconfirmed = PARTY_UNCONFIRMED.some((u) => path === u || path.startsWith(`${u}.`));
      if (unconfirmed) assert.deepEqual(b, get(STATE_LAYOUT, path), `${path} must stay the state value`);
      else assert.match(b.basis, /Hướng dẫn 36-HD\/VPTW|Nghị định 30/, path);
    }
  });
});

describe('Đoàn layout (Hướng dẫn 29-HD/TWĐTN-VP and Trung ương Đoàn’s plans)', () => {
  it('only the arrangement is the Đoàn’s: *** under the committee, the heading right, no Tiêu ngữ, no rules; nothing is checked', () => {
    const p = DOAN_LAYOUT.parts;
    assert.equal(DOAN_LAYOUT.profile, 'doan');
    assert.equal(DOAN_LAYOUT.issuerMark?.text, '***');
    assert.deepEqual([p.motto, p.issuer.rule, p.nationalTitle.rule], [undefined, undefined, undefined]);
    assert.deepEqual([p.issuer.column, p.number.column, p.nationalTitle.column, p.placeDate.column], ['left', 'left', 'right', 'right']);
    assert.equal(layoutFor('doan'), DOAN_LAYOUT);
    assert.equal(layoutFor('mass'), STATE_LAYOUT);
    for (const path of ['margins', 'font', 'parts.nationalTitle', 'parts.number', 'body.size']) {
      assert.equal(layoutCheckFor('doan').confirmed(path), false, path);
      assert.equal(layoutCheckFor('mass').confirmed(path), false, path);
    }
  });
});

describe('issuer lines: superior body and issuing body (mục II.2)', () => {
  const cases: [string[], string[], string[]][] = [
    [['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH GIA'], [], ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH GIA']],
    [['UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ'], ['UBND TỈNH CAO BẰNG'], ['SỞ NỘI VỤ']],
    [['BỘ NỘI VỤ', 'CỤC VĂN THƯ VÀ LƯU TRỮ', 'NHÀ NƯỚC'], ['BỘ NỘI VỤ'], ['CỤC VĂN THƯ VÀ LƯU TRỮ', 'NHÀ NƯỚC']],
    [['ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'HUYỆN UỶ ĐỊNH HOÁ'], ['ĐẢNG BỘ TỈNH THÁI NGUYÊN'], ['HUYỆN UỶ ĐỊNH HOÁ']],
    [['TỈNH ỦY CAO BẰNG'], [], ['TỈNH ỦY CAO BẰNG']],
  ];
  for (const [lines, superior, issuer] of cases) {
    it(lines.join(' / '), () => assert.deepEqual(splitIssuer(lines), { superior, issuer }));
  }
});

describe('printed width of a line in Times New Roman', () => {
  it('measures Vietnamese letters as their base letter, the horned ones by their own width', () => {
    assert.equal(textWidthPt('Ủ', 10, true), textWidthPt('U', 10, true));
    assert.equal(textWidthPt('ệ', 10, false), textWidthPt('e', 10, false));
    assert.ok(textWidthPt('ư', 10, false) > textWidthPt('u', 10, false));
  });
  it('fits the Quốc hiệu at 12 pt bold in the right column of the header', () => {
    const width = textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true);
    const textArea = ((210 - 30 - 15) * 72) / 25.4;
    assert.ok(width > 200 && width < textArea * (1 - STATE_LAYOUT.leftColumnShare.value) - 10, `${width} pt`);
  });
});

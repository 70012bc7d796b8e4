/**
 * The package around the text: what is not a .docx is named as such, a zip bomb is refused before
 * anything is unpacked, broken XML is named with its part; page setup and headers are read.
 */
import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { DocxError, readDocx, unpackDocx, type DocxProblem } from '../../server/src/docx';
import { readDocxParts } from '../../server/src/docx/read';
import { XmlError } from '../../server/src/docx/xml';
import { exportDocx } from '../../server/src/export';
import { handDocx, para, paragraphTexts, readHand, run } from './build';

function problemOf(action: () => unknown): DocxProblem {
  try {
    action();
  } catch (e) {
    if (e instanceof DocxError) return e.problem;
    throw e;
  }
  throw new Error('no problem raised');
}

/** Sets the uncompressed size the zip's central directory declares for `name`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLength)) === name) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('docx package: what is not a readable .docx', () => {
  it('names a file that is no zip, an old .doc or encrypted file, and a zip without a document', () => {
    assert.deepEqual(problemOf(() => readDocx(strToU8('KẾ HOẠCH\nSố: 1/KH-UBND\n'))), { reason: 'notZip' });
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.deepEqual(problemOf(() => readDocx(ole)), { reason: 'oleFile' });
    assert.deepEqual(problemOf(() => readDocx(zipSync({ 'word/styles.xml': strToU8('<x/>') }))), { reason: 'noDocument' });
  });

  it('unpacks only the XML parts it reads (images and embedded files stay packed)', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<a/>'), 'word/media/image1.png': new Uint8Array(10), 'customXml/item1.xml': strToU8('<b/>'), 'word/theme/theme1.xml': strToU8('<t/>') });
    assert.deepEqual([...unpackDocx(zip).keys()].sort(), ['word/document.xml', 'word/theme/theme1.xml']);
  });

  it('refuses a part that would unpack past the limit before unpacking anything (zip bomb)', () => {
    const bomb = zipSync({ 'word/document.xml': strToU8(`<w:document>${' '.repeat(200_000)}</w:document>`) });
    assert.ok(bomb.length < 2_000, 'it compresses well');
    assert.deepEqual(problemOf(() => unpackDocx(bomb, { part: 100_000, total: 1_000_000 })), { reason: 'partTooLarge', part: 'word/document.xml', limitMb: 0 });
    const two = zipSync({ 'word/document.xml': strToU8('x'.repeat(60_000)), 'word/styles.xml': strToU8('y'.repeat(60_000)) });
    assert.equal(problemOf(() => unpackDocx(two, { part: 100_000, total: 100_000 })).reason, 'partTooLarge');
    // A directory claiming 2 GB for one part is refused on the claim: no buffer of that size is made.
    assert.equal(problemOf(() => unpackDocx(declareSize(bomb, 'word/document.xml', 0x7fffffff))).reason, 'partTooLarge');
  });

  it('a part that understates its size comes out cut short, and is named as broken XML', () => {
    const zip = handDocx({ body: para(run('Kế hoạch năm 2024')).repeat(50) });
    const lying = declareSize(zip, 'word/document.xml', 300);
    const parts = unpackDocx(lying);
    assert.equal(parts.get('word/document.xml')!.length <= 300, true, 'no more than the declared size is written');
    assert.throws(() => readDocxParts(parts), (e: unknown) => e instanceof XmlError && e.part === 'word/document.xml');
  });

  it('reads a part saved as UTF-16, as XML allows', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:body></w:document>`;
    const utf16 = new Uint8Array(xml.length * 2);
    for (let i = 0; i < xml.length; i++) { utf16[2 * i] = xml.charCodeAt(i) & 0xff; utf16[2 * i + 1] = xml.charCodeAt(i) >> 8; }
    assert.deepEqual(paragraphTexts(readDocx(zipSync({ 'word/document.xml': utf16 }))), ['Kế hoạch']);
  });

  it('rejects the text of a document too large to check, as the text path does', () => {
    const zip = handDocx({ body: para(run('x'.repeat(5_000))) });
    assert.deepEqual(problemOf(() => readDocx(zip, 4_000)), { reason: 'textTooLarge', sizeKb: 5, limitKb: 4 });
  });

  it('does not expand entities a DOCTYPE declares (no billion laughs)', () => {
    const body = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
      + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    assert.throws(() => readDocx(zipSync({ 'word/document.xml': strToU8(body) })), XmlError);
  });
});

describe('docx package: page setup and headers', () => {
  it('reads the exported plan’s A4 page, margins, different first page and the PAGE field centred in the header', async () => {
    const reading = readDocx(await exportDocx('ỦY BAN NHÂN DÂN\nHUYỆN A\n\nSố: 1/KH-UBND\n\nKẾ HOẠCH\n\nVề việc B\n\nI. MỤC ĐÍCH\n\nNội dung.\n'));
    const [section] = reading.sections;
    assert.equal(reading.sections.length, 1);
    assert.deepEqual([section.pageWidth, section.pageHeight, section.orientation, section.titlePage], [11906, 16838, 'portrait', true]);
    assert.deepEqual([section.margins.top, section.margins.bottom, section.margins.left, section.margins.right], [1134, 1134, 1701, 850]);
    const page = section.headers.find((h) => h.kind === 'header' && h.type === 'default');
    assert.deepEqual([page?.pageField, page?.align], [true, 'center']);
    assert.equal(section.headers.find((h) => h.type === 'first')?.pageField, false);
    assert.equal(reading.defaults.font, 'Times New Roman');
    assert.equal(reading.defaults.sizePt, 14);
  });

  it('reads each section’s setup; a section without headers of its own takes the previous one’s', () => {
    const landscape = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr>';
    const first = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:pgSz w:w="11906" w:h="16838"/><w:titlePg/></w:sectPr>';
    const reading = readHand({
      headers: { rIdH1: '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>' },
      body: para(run('Trang dọc'), first) + para(run('Phụ lục ngang')) + landscape,
    });
    assert.deepEqual(reading.sections.map((s) => [s.firstParagraph, s.orientation, s.titlePage]), [[1, 'portrait', true], [2, 'landscape', false]]);
    assert.deepEqual(reading.sections[1].headers, [{ kind: 'header', type: 'default', text: '1', pageField: true, align: 'right' }]);
  });
});

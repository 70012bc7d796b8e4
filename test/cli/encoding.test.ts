import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { decodeAs, sniff, type Sniffed } from '../../server/src/cli/encoding';
import { toTcvn3, toVni, toWindows1258 } from './legacy-samples';

const SAMPLES = join(__dirname, '..', 'fixtures', 'encodings');
const PLAN = readFileSync(join(SAMPLES, 'ke-hoach-mau.kh.md'), 'utf8');
const VOWELS = readFileSync(join(SAMPLES, 'nguyen-am.txt'), 'utf8');

/** What `sniff` must say, in short: `utf8`, `utf8+bom`, `binary`, the Unicode encoding, or `legacy:` and the likely ones. */
function verdict(s: Sniffed): string {
  if (s.kind === 'utf8') return s.bom ? 'utf8+bom' : 'utf8';
  if (s.kind === 'unicode') return `${s.encoding}${s.bom ? '+bom' : ''}`;
  if (s.kind === 'binary') return 'binary';
  return `legacy:${s.likely.join('|')}`;
}

const CASES: { name: string; bytes: () => Uint8Array; expected: string }[] = [
  { name: 'UTF-8', bytes: () => Buffer.from(PLAN), expected: 'utf8' },
  { name: 'UTF-8 with a BOM', bytes: () => Buffer.from('\uFEFF' + PLAN), expected: 'utf8+bom' },
  { name: 'ASCII only', bytes: () => Buffer.from('KE HOACH\r\nSo: 1/KH-UBND\n'), expected: 'utf8' },
  { name: 'empty', bytes: () => new Uint8Array(0), expected: 'utf8' },
  { name: 'UTF-16 LE with a BOM', bytes: () => iconv.encode(PLAN, 'utf-16le', { addBOM: true }), expected: 'utf-16le+bom' },
  { name: 'UTF-16 BE with a BOM', bytes: () => iconv.encode(PLAN, 'utf-16be', { addBOM: true }), expected: 'utf-16be+bom' },
  { name: 'UTF-16 LE without a BOM, by its zero bytes', bytes: () => iconv.encode(PLAN, 'utf-16le'), expected: 'utf-16le' },
  { name: 'UTF-16 BE without a BOM, by its zero bytes', bytes: () => iconv.encode(VOWELS, 'utf-16be'), expected: 'utf-16be' },
  { name: 'UTF-32 LE with a BOM', bytes: () => iconv.encode(PLAN, 'utf-32le', { addBOM: true }), expected: 'utf-32le+bom' },
  { name: 'binary: a PNG header', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), expected: 'binary' },
  { name: 'binary: a few bytes with a zero are not taken for UTF-16', bytes: () => Buffer.from('KE\x00\x01\x02', 'latin1'), expected: 'binary' },
  { name: 'a plan with one stray NUL pasted in is text, not binary', bytes: () => Buffer.from(`KẾ HOẠCH\n\nNội dung\u0000 của kế hoạch, đủ dài để một byte 0 là chuyện lạc: ${'công tác dân tộc; '.repeat(10)}\n`, 'utf8'), expected: 'utf8' },
  { name: 'binary: control characters without a zero', bytes: () => Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))), expected: 'binary' },
  { name: 'TCVN3 (ABC): the plan', bytes: () => toTcvn3(PLAN), expected: 'legacy:tcvn3' },
  { name: 'TCVN3 (ABC): the vowels', bytes: () => toTcvn3(VOWELS), expected: 'legacy:tcvn3' },
  { name: 'VNI-Windows: the plan', bytes: () => toVni(PLAN), expected: 'legacy:vni' },
  { name: 'VNI-Windows: the vowels', bytes: () => toVni(VOWELS), expected: 'legacy:vni' },
  { name: 'Windows-1258 as Word writes it: the plan', bytes: () => toWindows1258(PLAN), expected: 'legacy:windows-1258' },
  { name: 'Windows-1258 with every tone as a combining mark: the vowels', bytes: () => toWindows1258(VOWELS, false), expected: 'legacy:windows-1258' },
  { name: 'one line of TCVN3', bytes: () => toTcvn3('Kế hoạch triển khai công tác dân tộc năm 2024'), expected: 'legacy:tcvn3' },
  { name: 'one line of VNI', bytes: () => toVni('Kế hoạch triển khai công tác dân tộc năm 2024'), expected: 'legacy:vni' },
  { name: 'French in Windows-1252: not Vietnamese', bytes: () => iconv.encode('Le café est très bon; où est la gare? Noël, garçon, façade.', 'windows1252'), expected: 'legacy:' },
  { name: 'bytes that are not text in any encoding', bytes: () => Buffer.from([0x4b, 0xca, 0x20, 0xd2, 0x4f, 0x41, 0x43, 0x48, 0xff]), expected: 'legacy:' },
];

describe('CLI encoding detection (pure, a table of cases)', () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.expected}`, () => assert.equal(verdict(sniff(c.bytes())), c.expected));
  }

  it('UTF-8 is returned without its BOM', () => {
    const s = sniff(Buffer.from('\uFEFFKẾ HOẠCH'));
    assert.deepEqual(s, { kind: 'utf8', text: 'KẾ HOẠCH', bom: true });
  });

  it('names the first byte that is not UTF-8 and its line (LF, CRLF and CR lines counted)', () => {
    const bytes = Buffer.concat([Buffer.from('dòng một\r\ndòng hai\rdòng ba\n'), toVni('Việt')]);
    const s = sniff(bytes);
    assert.equal(s.kind, 'legacy');
    assert.deepEqual(s.kind === 'legacy' && s.bad, { line: 4, byte: 0xe4 });
  });
});

describe('CLI decoding: the text back, or the byte that cannot be read', () => {
  it('Windows-1258 leaves five bytes undefined: 0x81 is named with its line, not turned into U+FFFD', () => {
    const bytes = Buffer.concat([toWindows1258('Kế hoạch\n'), Buffer.from([0x41, 0x81])]);
    assert.deepEqual(decodeAs(bytes, 'windows-1258'), { ok: false, bad: { line: 2, byte: 0x81 } });
  });

  it('TCVN3 and VNI keep Windows-1252 meanings outside their letters; its undefined bytes are named', () => {
    assert.deepEqual(decodeAs(Buffer.from([0x93, 0x41, 0x94, 0x96, 0x85, 0xb0]), 'tcvn3'), { ok: true, text: '“A”–…°', bom: false, capitalsRestored: 0 });
    assert.deepEqual(decodeAs(Buffer.from([0x41, 0x8d]), 'vni'), { ok: false, bad: { line: 1, byte: 0x8d } });
  });

  it('UTF-16: an odd last byte or an unpaired surrogate is a fault, not a replacement character', () => {
    const odd = Buffer.concat([iconv.encode('Kế\n', 'utf-16le'), Buffer.from([0x41])]);
    assert.equal(decodeAs(odd, 'utf-16le').ok, false);
    const lone = Buffer.concat([iconv.encode('Kế\nhoạch\n', 'utf-16le'), Buffer.from([0x3d, 0xd8, 0x41, 0x00])]);
    assert.deepEqual(decodeAs(lone, 'utf-16le'), { ok: false, bad: { line: 3, byte: 0 } });
  });

  it('UTF-16 with a BOM: the text without it, and the BOM noted', () => {
    assert.deepEqual(decodeAs(iconv.encode('Kế hoạch', 'utf-16be', { addBOM: true }), 'utf-16be'), { ok: true, text: 'Kế hoạch', bom: true, capitalsRestored: 0 });
  });
});

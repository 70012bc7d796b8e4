/**
 * Offsets mapped back: on generated documents (paragraphs of runs with spaces, tabs and soft breaks,
 * empty paragraphs, tables whose cells hold one or several paragraphs), every paragraph keeps its
 * index in document order, its range holds exactly its text, its runs tile it, and whatever lies
 * between paragraphs is only the layout's separators. The reader is also linear in the document.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { paragraphAt, readDocx, runAt } from '../../server/src/docx';
import { handDocx, para, readHand, run } from './build';

type Piece = { kind: 'text'; text: string } | { kind: 'tab' } | { kind: 'br' };
type Block = { kind: 'p'; pieces: Piece[] } | { kind: 'table'; rows: Piece[][][][] };

const letters = fc.constantFrom('a', 'Ế', 'ư', 'ạ', '1', '.', ',', ' ', '“', '–', '\u00a0', 'Số', 'KH');
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: fc.array(letters, { minLength: 1, maxLength: 6 }).map((a): Piece => ({ kind: 'text', text: a.join('') })) },
  { weight: 1, arbitrary: fc.constant<Piece>({ kind: 'tab' }) },
  { weight: 1, arbitrary: fc.constant<Piece>({ kind: 'br' }) },
);
const paragraph = fc.array(piece, { maxLength: 5 });
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 3, arbitrary: paragraph.map((pieces): Block => ({ kind: 'p', pieces })) },
  { weight: 1, arbitrary: fc.array(fc.array(fc.array(paragraph, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows): Block => ({ kind: 'table', rows })) },
);

const pieceXml = (p: Piece) => (p.kind === 'text' ? run(p.text) : p.kind === 'tab' ? '<w:r><w:tab/></w:r>' : '<w:r><w:br/></w:r>');
const pieceText = (p: Piece) => (p.kind === 'text' ? p.text : p.kind === 'tab' ? ' ' : '\n');

/** The text a paragraph reads as: its pieces, without spaces and breaks at either end. */
function expectedText(pieces: readonly Piece[]): string {
  return pieces.map(pieceText).join('').replace(/^[ \t\n\u00a0]+|[ \t\n\u00a0]+$/g, '');
}

function build(blocks: readonly Block[]): { xml: string; texts: string[] } {
  const xml: string[] = [];
  const texts: string[] = [];
  for (const b of blocks) {
    const paragraphs = b.kind === 'p' ? [[b.pieces]] : b.rows.flat();
    if (b.kind === 'table') xml.push('<w:tbl>', ...b.rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${c.map((p) => para(p.map(pieceXml).join(''))).join('')}</w:tc>`).join('')}</w:tr>`), '</w:tbl>');
    else xml.push(para(b.pieces.map(pieceXml).join('')));
    for (const cell of paragraphs) for (const p of cell) texts.push(expectedText(p));
  }
  return { xml: xml.join(''), texts };
}

describe('docx map: every offset back to its paragraph and run', () => {
  it('holds on generated documents', () => {
    fc.assert(fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
      const { xml, texts } = build(blocks);
      const reading = readHand({ body: xml });
      assert.deepEqual(reading.paragraphs.map((p) => p.index), texts.map((_, i) => i + 1));
      assert.deepEqual(reading.paragraphs.map((p) => reading.text.slice(p.start, p.end)), texts);
      let at = 0;
      for (const p of reading.paragraphs) {
        assert.ok(p.start >= at, 'ranges in order, not overlapping');
        assert.match(reading.text.slice(at, p.start), /^[\n |]*$/, 'only separators between paragraphs');
        const runs = reading.runs.filter((r) => r.paragraph === p.index);
        assert.equal(runs.map((r) => reading.text.slice(r.start, r.end)).join(''), reading.text.slice(p.start, p.end));
        for (let o = p.start; o < p.end; o++) {
          assert.equal(paragraphAt(reading, o)?.index, p.index);
          assert.equal(runAt(reading, o)?.paragraph, p.index);
        }
        if (p.end > p.start) at = p.end;
      }
      assert.match(reading.text.slice(at), /^[\n |]*$/);
    }), { numRuns: 200 });
  });

  it('maps an offset between paragraphs to the paragraph before it, and one before any to the first', () => {
    const reading = readHand({ body: para('') + para(run('Một')) + para(run('Hai')) });
    assert.equal(reading.text, 'Một\n\nHai');
    assert.deepEqual([0, 3, 4, 5, 8].map((o) => paragraphAt(reading, o)?.index), [2, 2, 2, 3, 3]);
    assert.equal(reading.paragraphs[0].start, reading.paragraphs[0].end, 'the empty paragraph keeps its index and no text');
  });

  it('reads in time linear in the document (ratio of two sizes measured in the same run)', () => {
    const docOf = (n: number) => handDocx({ body: Array.from({ length: n }, (_, i) => para(run(`Đoạn ${i} có `) + run('nội dung') + '<w:r><w:br/></w:r>' + run('dòng hai'))).join('') });
    /** The fastest of five reads: a collection of the test process's garbage can stall any one. */
    const time = (bytes: Uint8Array) => Math.min(...Array.from({ length: 5 }, () => {
      const t0 = process.hrtime.bigint();
      readDocx(bytes);
      return Number(process.hrtime.bigint() - t0);
    }));
    const ratio = time(docOf(4_000)) / time(docOf(1_000));
    assert.ok(ratio < 10, `4× the paragraphs took ${ratio.toFixed(1)}× the time (quadratic would be ~16×)`);
  });
});

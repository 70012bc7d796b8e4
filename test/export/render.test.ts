/**
 * The exported file as it prints: LibreOffice renders it to PDF (scripts/setup-office.sh installs it),
 * and poppler reads the PDF back. Without LibreOffice these tests FAIL with the reason: a rendering
 * proof that silently did not run proves nothing.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/export';
import { cleanUp, docxToPdf, pdfInfo, pdfWords, type PdfWord } from '../office/render';
import { sourceParts, wordsOf } from '../office/words';
import { ROOT, SHARED_EXAMPLES } from './plans';

const A4 = { width: 595.3, height: 841.9 };
const MM = 72 / 25.4;
/** The text area of the export's layout (margins 30 and 15 mm): its centre line, in points. */
const TEXT_CENTRE = (30 * MM + (210 - 15) * MM) / 2;
const TOP_MARGIN = 20 * MM;

interface Rendered {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

async function render(file: string): Promise<Rendered> {
  const { pdf, dir } = docxToPdf(await exportDocx(readFileSync(file, 'utf8')));
  try {
    const info = pdfInfo(pdf);
    return { ...info, words: pdfWords(pdf).words };
  } finally {
    cleanUp(dir);
  }
}

/** The words of a line of text (`CỘNG HÒA …`) found one after another on a page, with their boxes. */
function findLine(words: readonly PdfWord[], text: string, page = 1): PdfWord[] {
  const wanted = text.split(' ');
  const onPage = words.filter((w) => w.page === page);
  for (let i = 0; i + wanted.length <= onPage.length; i++) {
    if (wanted.every((w, k) => onPage[i + k].text === w)) return onPage.slice(i, i + wanted.length);
  }
  assert.fail(`“${text}” not found on page ${page}`);
}

const box = (line: readonly PdfWord[]) => ({
  xMin: Math.min(...line.map((w) => w.xMin)), xMax: Math.max(...line.map((w) => w.xMax)),
  yMin: Math.min(...line.map((w) => w.yMin)), yMax: Math.max(...line.map((w) => w.yMax)),
});

const PLANS = [
  { name: 'examples/ke-hoach-mau.kh.md', file: join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), issuer: 'ỦY BAN NHÂN DÂN', body: 'Căn cứ Nghị quyết', minPages: 2 },
  {
    name: 'shared/examples/lang-son-52-KH-UBND-2014.txt', file: join(SHARED_EXAMPLES, 'lang-son-52-KH-UBND-2014.txt'),
    issuer: 'UỶ BAN NHÂN DÂN', body: 'Thực hiện Công văn', minPages: 3,
  },
];

describe('export: rendered by LibreOffice and read back from the PDF', function () {
  this.timeout(180_000);
  for (const plan of PLANS) {
    describe(plan.name, () => {
      let rendered: Rendered;
      before(async () => { rendered = await render(plan.file); });

      it('is A4 portrait and runs to more than one page', () => {
        assert.ok(Math.abs(rendered.width - A4.width) < 1 && Math.abs(rendered.height - A4.height) < 1, `${rendered.width} x ${rendered.height}`);
        assert.ok(rendered.pages >= plan.minPages, `${rendered.pages} pages`);
      });

      it('has the issuer top left, the Quốc hiệu top right, KẾ HOẠCH centred below them', () => {
        const issuer = box(findLine(rendered.words, plan.issuer));
        const national = box(findLine(rendered.words, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
        const title = box(findLine(rendered.words, 'KẾ HOẠCH'));
        assert.ok(Math.abs(issuer.yMin - national.yMin) < 2, 'issuer and Quốc hiệu on the first line of the header');
        assert.ok(issuer.xMax < TEXT_CENTRE && national.xMin > issuer.xMax, 'issuer left of the Quốc hiệu');
        assert.ok(national.xMax > TEXT_CENTRE + 150, 'Quốc hiệu towards the right margin');
        assert.ok(title.yMin > national.yMax + 20, 'KẾ HOẠCH below the header');
        assert.ok(Math.abs((title.xMin + title.xMax) / 2 - TEXT_CENTRE) < 3, 'KẾ HOẠCH centred on the text area');
      });

      it('numbers page 2 at the top centre and leaves page 1 without a number', () => {
        const inTopMargin = (page: number) => rendered.words.filter((w) => w.page === page && w.yMax < TOP_MARGIN);
        assert.deepEqual(inTopMargin(1).map((w) => w.text), []);
        const [number, ...rest] = inTopMargin(2);
        assert.equal(number?.text, '2');
        assert.deepEqual(rest, []);
        assert.ok(Math.abs((number.xMin + number.xMax) / 2 - TEXT_CENTRE) < 3, 'the number is centred');
      });

      it('prints the body words in the order of the plan', () => {
        // The body: from the first word after the trích yếu to the closing; the header and the closing
        // are two-column tables whose reading order in a PDF is the reader's choice.
        const source = wordsOf(sourceParts(readFileSync(plan.file, 'utf8')).main);
        const printed = rendered.words.filter((w) => !(w.page > 1 && w.yMax < TOP_MARGIN)).flatMap((w) => wordsOf(w.text));
        const first = plan.body.split(' ');
        const start = source.findIndex((_, i) => first.every((w, k) => source[i + k] === w));
        const closing = source.lastIndexOf('Nơi');
        const body = source.slice(start, closing >= 0 ? closing : source.length);
        const at = printed.indexOf(body[0]);
        assert.ok(body.length > 100 && at >= 0, `body of ${body.length} words`);
        assert.deepEqual(printed.slice(at, at + body.length), body);
      });
    });
  }
});

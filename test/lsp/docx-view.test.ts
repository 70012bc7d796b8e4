// "Kế hoạch: Kiểm tra tệp Word" through the language server: kehoach/readDocx reads a .docx from disk
// (text, paragraph map, whether it is a plan) or says why it cannot, and the read-only view
// (kehoach-docx:) is checked as a plan whose every finding names its Word paragraph.
import { Packer } from 'docx';
import { planDocument } from '../docx/word-plan';
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { lint } from '../../server/src/core/lint';
import { paragraphAt, readDocx } from '../../server/src/docx';
import { exportDocx } from '../../server/src/export';
import { READ_DOCX_REQUEST, type ReadDocxResult } from '../../server/src/lsp/docx-requests';
import { docxViewSource } from '../../server/src/lsp/docx-view';
import { handDocx, para, run } from '../docx/build';
import { inProcessClient, type TestClient } from './harness';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS } from './plans';

const viewOf = (path: string) => `kehoach-docx:${pathToFileURL(path).pathname}`;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE_SIGNATURE);
  if (streamName) bytes.set(Buffer.from(streamName, 'utf16le'), 1024);
  return bytes;
}

describe('language server: the Word check view (kehoach/readDocx, kehoach-docx:)', () => {
  let client: TestClient;
  let dir: string;
  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const readDocxRequest = (uri: string) => client.rpc.sendRequest<ReadDocxResult>(READ_DOCX_REQUEST, { uri });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-docx-view-'));
    client = inProcessClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('maps a view URI back to its .docx, and nothing else', () => {
    assert.equal(docxViewSource('kehoach-docx:/d/k%E1%BA%BF%20ho%E1%BA%A1ch.docx'), 'file:///d/k%E1%BA%BF%20ho%E1%BA%A1ch.docx');
    assert.equal(docxViewSource('kehoach-docx://server/share/a.docx'), 'file://server/share/a.docx');
    assert.equal(docxViewSource('kehoach-docx:/c%3A/x/a.docx?x#y'), 'file:///c%3A/x/a.docx');
    for (const other of ['file:///d/a.docx', 'untitled:Untitled-1', 'kehoach:/a', '', 42]) assert.equal(docxViewSource(other), undefined);
  });

  it('reads an exported plan: its text, the paragraphs that hold text, and that it is a plan', async () => {
    const path = write('ke-hoach.docx', await exportDocx(COMPLETE_PLAN));
    const result = await readDocxRequest(pathToFileURL(path).toString());
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.isPlan, true);
    assert.equal(result.text, readDocx(await exportDocx(COMPLETE_PLAN)).text);
    assert.match(result.text, /KẾ HOẠCH/);
    let last = 0;
    for (const p of result.paragraphs) {
      assert.ok(p.start >= last && p.end > p.start, `paragraph ${p.index} at ${p.start}–${p.end}`);
      last = p.end;
    }
    // The view's own URI names the same file.
    assert.deepEqual(await readDocxRequest(viewOf(path)), result);
  });

  it('says a Word file that is no plan is none', async () => {
    const path = write('ghi-chu.docx', handDocx({ body: para(run('Ghi chú cuộc họp tổ công tác')) }));
    const result = await readDocxRequest(pathToFileURL(path).toString());
    assert.ok(result.ok);
    assert.equal(result.isPlan, false);
  });

  it('checks the view as a plan: the findings the CLI gives, each message led by its Word paragraph', async () => {
    const bytes = await exportDocx(PLAN_MISSING_TASKS);
    const path = write('thieu.docx', bytes);
    const view = viewOf(path);
    const result = await readDocxRequest(view);
    assert.ok(result.ok);
    await client.open(view, result.text, 1, 'plaintext');
    const published = await client.diagnostics(view, (p) => p.diagnostics.length > 0);
    const reading = readDocx(bytes);
    const expected = lint(reading.text).map((f) => `${f.ruleId} ¶${paragraphAt(reading, f.start)!.index}`).sort();
    const doc = TextDocument.create(view, 'plaintext', 1, result.text);
    const seen = published.diagnostics.map((d) => {
      const m = /^¶(\d+): /.exec(d.message);
      assert.ok(m, `no paragraph in “${d.message}”`);
      // The paragraph named is the one the diagnostic starts in (or the last one before it).
      const offset = doc.offsetAt(d.range.start);
      const span = [...result.paragraphs].reverse().find((p) => p.start <= offset) ?? result.paragraphs[0];
      assert.equal(Number(m[1]), span.index, d.message);
      return `${d.code} ¶${m[1]}`;
    }).sort();
    assert.deepEqual(seen, expected);
    assert.ok(seen.some((s) => s.startsWith('section-missing ')), seen.join(', '));
  });

  it('checks the view\'s Word formatting too: a Letter-size file gets format-page, as kehoach lint gives it', async () => {
    const bytes = await Packer.toBuffer(planDocument({ page: { width: 12240, height: 15840 } }));
    const view = viewOf(write('letter.docx', bytes));
    const result = await readDocxRequest(view);
    assert.ok(result.ok);
    await client.open(view, result.text, 1, 'plaintext');
    const published = await client.diagnostics(view, (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.some((d) => d.code === 'format-page'), published.diagnostics.map((d) => d.code).join(', '));
  });

  it('gives the view its outline, offers no edit of it, and keeps it out of the workspace index', async () => {
    const path = write('thieu.docx', await exportDocx(PLAN_MISSING_TASKS));
    const view = viewOf(path);
    const result = await readDocxRequest(view);
    assert.ok(result.ok);
    await client.open(view, result.text, 1, 'plaintext');
    const published = await client.diagnostics(view, (p) => p.diagnostics.length > 0);
    const symbols = await client.rpc.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: view } });
    assert.ok(symbols[0]?.children?.some((s) => s.name === 'I. MỤC ĐÍCH, YÊU CẦU'), JSON.stringify(symbols.map((s) => s.name)));
    const range = published.diagnostics[0].range;
    assert.deepEqual(await client.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: view }, range, context: { diagnostics: published.diagnostics } }), []);
    assert.deepEqual(await client.rpc.sendRequest('kehoach/fixAll', { uri: view }), []);
    const status = await client.rpc.sendRequest<{ plans: number }>('kehoach/catalogStatus', { waitForIndex: true });
    assert.equal(status.plans, 0, 'the view was indexed as a plan of the workspace');
  });

  it('names the paragraphs after a server restart too (the view reopened with no request before it)', async () => {
    const bytes = await exportDocx(PLAN_MISSING_TASKS);
    const view = viewOf(write('thieu.docx', bytes));
    await client.open(view, readDocx(bytes).text, 1, 'plaintext');
    const published = await client.diagnostics(view, (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.every((d) => /^¶\d+: /.test(d.message)), published.diagnostics.map((d) => d.message).join('\n'));
  });

  it('follows the .kehoach.json beside the .docx', async () => {
    writeFileSync(join(dir, '.kehoach.json'), JSON.stringify({ rules: { 'section-missing': 'off' } }));
    const bytes = await exportDocx(PLAN_MISSING_TASKS);
    const view = viewOf(write('thieu.docx', bytes));
    await client.open(view, readDocx(bytes).text, 1, 'plaintext');
    const published: PublishDiagnosticsParams = await client.diagnostics(view);
    assert.ok(!published.diagnostics.some((d) => d.code === 'section-missing'), published.diagnostics.map((d) => d.message).join('\n'));
  });

  describe('a file that cannot be read says why, in the user’s language', () => {
    const cases: [string, () => Uint8Array | string, string, RegExp][] = [
      ['text named .docx', () => 'KẾ HOẠCH\nSố: 1/KH-UBND\n', 'notDocx', /không phải tệp Word \.docx/],
      ['a zip without a document (a workbook)', () => zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'notDocx', /không có phần văn bản Word/],
      ['an old .doc', () => oleFile('WordDocument'), 'oldDoc', /tệp Word cũ \(\.doc\)/],
      ['a password-protected .docx', () => oleFile('EncryptedPackage'), 'encrypted', /có đặt mật khẩu/],
      ['a damaged file', () => handDocx({ body: '<w:p><w:r><w:t>Kế hoạch</w:r></w:p>' }), 'damaged', /tệp \.docx hỏng, phần word\/document\.xml/],
    ];
    for (const [what, bytes, reason, message] of cases) {
      it(what, async () => {
        const result = await readDocxRequest(pathToFileURL(write('x.docx', bytes())).toString());
        assert.ok(!result.ok);
        assert.equal(result.reason, reason);
        assert.match(result.message, message);
        assert.match(result.message, /^x\.docx: /);
      });
    }

    it('a file that is missing, or not on this machine', async () => {
      const missing = await readDocxRequest(pathToFileURL(join(dir, 'khong-co.docx')).toString());
      assert.ok(!missing.ok && missing.reason === 'unreadable' && /không tìm thấy/.test(missing.message), JSON.stringify(missing));
      const remote = await readDocxRequest('vscode-vfs://github/a/b.docx');
      assert.ok(!remote.ok && remote.reason === 'unreadable', JSON.stringify(remote));
    });

    it('a text over kehoach.maxFileSize, measured as the text path measures it', async () => {
      const path = write('lon.docx', await exportDocx(COMPLETE_PLAN));
      const size = Buffer.byteLength(readDocx(await exportDocx(COMPLETE_PLAN)).text, 'utf8');
      client.settings = { ...client.settings, maxFileSize: size - 1 };
      const refused = await readDocxRequest(pathToFileURL(path).toString());
      assert.ok(!refused.ok && refused.reason === 'tooLarge' && /kehoach\.maxFileSize/.test(refused.message), JSON.stringify(refused));
      client.settings = { ...client.settings, maxFileSize: size };
      assert.ok((await readDocxRequest(pathToFileURL(path).toString())).ok);
    });

    it('in English for an English editor', async () => {
      const english = inProcessClient();
      const result = await english.rpc.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'en' } })
        .then(() => english.rpc.sendRequest<ReadDocxResult>(READ_DOCX_REQUEST, { uri: pathToFileURL(write('cu.doc', oleFile('WordDocument'))).toString() }));
      await english.close();
      assert.ok(!result.ok);
      assert.equal(result.message, 'cu.doc: an old Word file (.doc), which cannot be read; open it in Word and save it as .docx');
    });
  });
});

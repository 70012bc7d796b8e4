// The catalog through the language server: hover, completion, definition and references on a small
// workspace of plans (a copy of test/e2e/workspace/catalog), the index following files on disk and in
// the editor, user catalogs from `.kehoach.json` and settings, and the catalog rules' diagnostics.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CompletionItemTag, ResponseError, type Diagnostic } from 'vscode-languageserver/node';
import { inProcessClient, spawnedClient, type TestClient } from './harness';
import {
  CatalogWorkspace, completions, definition, hoverText, initializeIn, places, recordMessages, references, waitIndexed,
} from './catalog-harness';

const FILE_CREATED = 1;
const FILE_DELETED = 3;

describe('catalog over the language server (in-process)', () => {
  let ws: CatalogWorkspace;
  let client: TestClient;

  beforeEach(async () => {
    ws = new CatalogWorkspace();
    client = inProcessClient();
  });
  afterEach(async () => {
    await client.close();
    ws.remove();
  });

  async function start(): Promise<void> {
    const { capabilities } = await initializeIn(client, pathToFileURL(ws.dir).toString());
    assert.ok(capabilities.hoverProvider && capabilities.definitionProvider && capabilities.referencesProvider);
    assert.deepEqual((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, [' ', '/', '-']);
    const status = await waitIndexed(client);
    assert.equal(status.indexing, false);
    assert.equal(status.plans, 3, 'ke-hoach-15, ke-hoach-32 and du-thao are plans; README.md is not');
  }

  async function open(name: string): Promise<string> {
    const uri = ws.uri(name);
    await client.open(uri, ws.text(name));
    return uri;
  }

  it('hovers a citation: the document, its source, and how many plans cite it', async () => {
    await start();
    const uri = await open('ke-hoach-32.kh.md');
    const md = await hoverText(client, uri, ws.position('ke-hoach-32.kh.md', '1719/QĐ-TTg'));
    assert.ok(md);
    assert.match(md, /\*\*Quyết định số 1719\/QĐ-TTg\*\*/);
    assert.match(md, /Ngày ban hành: 14\/10\/2021/);
    assert.match(md, /Nguồn: \[/);
    assert.match(md, /Trong workspace: 2 kế hoạch viện dẫn văn bản này\./);
    const own = await hoverText(client, uri, ws.position('ke-hoach-32.kh.md', '07/QĐ-UBND'));
    assert.match(own ?? '', /Nguồn: danh mục so-dang-ky\.csv, dòng 4/);
  });

  it('goes to the plan that is the cited document, or to the row of the user catalog', async () => {
    await start();
    const uri = await open('ke-hoach-32.kh.md');
    assert.deepEqual(places(ws, await definition(client, uri, ws.position('ke-hoach-32.kh.md', '15/KH-UBND ngày'))), ['ke-hoach-15.kh.md:7']);
    assert.deepEqual(places(ws, await definition(client, uri, ws.position('ke-hoach-32.kh.md', '07/QĐ-UBND'))), ['so-dang-ky.csv:4']);
    // A built-in document has no place in the workspace: its hover carries the link instead.
    assert.deepEqual(await definition(client, uri, ws.position('ke-hoach-32.kh.md', '1719/QĐ-TTg')), []);
  });

  it('finds every citation of a document across the workspace, and from a plan’s own Số every plan citing it', async () => {
    await start();
    const uri = await open('ke-hoach-32.kh.md');
    assert.deepEqual(places(ws, await references(client, uri, ws.position('ke-hoach-32.kh.md', '1719/QĐ-TTg'))),
      ['ke-hoach-15.kh.md:14', 'ke-hoach-15.kh.md:22', 'ke-hoach-32.kh.md:16']);
    const fifteen = await open('ke-hoach-15.kh.md');
    assert.deepEqual(places(ws, await references(client, fifteen, ws.position('ke-hoach-15.kh.md', '15/KH-UBND'), true)),
      ['ke-hoach-15.kh.md:7', 'ke-hoach-32.kh.md:14', 'ke-hoach-32.kh.md:24']);
  });

  it('completes after `Quyết định số` with the first-mention form, from the built-in and the user catalog', async () => {
    await start();
    const uri = await open('du-thao.kh.md');
    const items = await completions(client, uri, ws.position('du-thao.kh.md', 'Quyết định số ', 'Quyết định số '.length));
    const byLabel = new Map(items.map((i) => [i.label, i]));
    assert.ok(items.every((i) => String(i.detail).startsWith('Quyết định')), 'only Quyết định after “Quyết định số”');
    const tw = byLabel.get('1719/QĐ-TTg');
    assert.ok(tw && tw.textEdit && 'range' in tw.textEdit);
    assert.match(tw.textEdit.newText, /^1719\/QĐ-TTg ngày 14\/10\/2021 của Thủ tướng Chính phủ phê duyệt Chương trình/);
    assert.match(byLabel.get('07/QĐ-UBND')?.textEdit?.newText ?? '', /^07\/QĐ-UBND ngày 15\/01\/2023 của Ủy ban nhân dân huyện Thử Nghiệm ban hành Quy chế làm việc/);
    // 204/QĐ-TTg lost effect in 2017, before this 2024 draft: the editor strikes it through.
    assert.deepEqual(byLabel.get('204/QĐ-TTg')?.tags, [CompletionItemTag.Deprecated]);
    assert.equal(tw.tags, undefined);
  });

  it('keeps the index current: an unsaved editor text, a file created and deleted on disk', async () => {
    await start();
    const uri = await open('ke-hoach-32.kh.md');
    const count = async () => /Trong workspace: (\d+)/.exec((await hoverText(client, uri, ws.position('ke-hoach-32.kh.md', '1719/QĐ-TTg'))) ?? '')?.[1];
    assert.equal(await count(), '2');
    // ke-hoach-15 edited in the editor (not saved) no longer cites 1719.
    const fifteen = ws.uri('ke-hoach-15.kh.md');
    await client.open(fifteen, ws.text('ke-hoach-15.kh.md').replace(/1719\/QĐ-TTg/g, '1722/QĐ-TTg'));
    assert.equal(await count(), '1');
    const created = ws.path('ke-hoach-50.kh.md');
    writeFileSync(created, ws.text('ke-hoach-32.kh.md').replace('Số: 32/KH-UBND', 'Số: 50/KH-UBND'));
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(created).toString(), type: FILE_CREATED }] });
    assert.equal(await count(), '2');
    rmSync(created);
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(created).toString(), type: FILE_DELETED }] });
    assert.equal(await count(), '1');
  });

  it('reports a malformed user catalog by file and line, and keeps its good rows and the built-in catalog', async () => {
    mkdirSync(ws.path('xa'));
    writeFileSync(ws.path('xa/.kehoach.json'), '{ "catalogs": ["so-den.csv"] }');
    writeFileSync(ws.path('xa/so-den.csv'), 'Số, ký hiệu;Ngày tháng;Tên loại và trích yếu nội dung;Cơ quan ban hành\n'
      + '11/KH-UBND;31/02/2024;Kế hoạch năm 2024;Ủy ban nhân dân xã Thử Nghiệm\n'
      + '12/KH-UBND;05/3/2024;Kế hoạch tuyên truyền;Ủy ban nhân dân xã Thử Nghiệm\n');
    const shown = recordMessages(client);
    await start();
    const plan = 'Số: 20/KH-UBND\n\nKẾ HOẠCH\nThử\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân xã Thử Nghiệm;\nCăn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;\n';
    const uri = ws.uri('xa/ke-hoach-20.kh.md');
    await client.open(uri, plan);
    await client.diagnostics(uri);
    const warning = shown.find((m) => /so-den\.csv/.test(m.message));
    assert.ok(warning, `no warning shown: ${JSON.stringify(shown)}`);
    assert.match(warning.message, /so-den\.csv:2: Ngày “31\/02\/2024” của văn bản 11\/KH-UBND không hợp lệ/);
    const status = await waitIndexed(client);
    assert.ok(status.problems.some((p) => /[\\/]xa[\\/]so-den\.csv:2: .*bị bỏ qua/.test(p)), status.problems.join('\n'));
    assert.match((await hoverText(client, uri, { line: 5, character: 25 })) ?? '', /Kế hoạch số 12\/KH-UBND/);
    assert.match((await hoverText(client, uri, { line: 6, character: 25 })) ?? '', /Quyết định số 1719\/QĐ-TTg/);
  });

  it('runs on when the client answers the malformed catalog\'s message box with an error', async () => {
    mkdirSync(ws.path('xa'));
    writeFileSync(ws.path('xa/.kehoach.json'), '{ "catalogs": ["so-den.csv"] }');
    writeFileSync(ws.path('xa/so-den.csv'), 'Số, ký hiệu;Ngày tháng;Tên loại và trích yếu nội dung;Cơ quan ban hành\n'
      + '11/KH-UBND;31/02/2024;Kế hoạch năm 2024;Ủy ban nhân dân xã Thử Nghiệm\n');
    let refused = 0;
    client.rpc.onRequest('window/showMessageRequest', () => {
      refused++;
      return new ResponseError(-32603, 'the client refuses');
    });
    await start();
    const uri = ws.uri('xa/ke-hoach-21.kh.md');
    await client.open(uri, 'Số: 21/KH-UBND\n\nKẾ HOẠCH\nThử\n\nCăn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;\n');
    await client.diagnostics(uri);
    assert.ok(refused > 0, 'no message box was asked');
    assert.match((await hoverText(client, uri, { line: 5, character: 25 })) ?? '', /Quyết định số 1719\/QĐ-TTg/);
    assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'a refused message box is no internal error');
  });

  it('reads catalogs named in the kehoach.catalogs setting, and lints with them', async () => {
    writeFileSync(ws.path('rieng.json'), JSON.stringify({ entries: [{ symbol: '09/QĐ-UBND', date: '2024-01-09', issuer: 'Ủy ban nhân dân huyện Thử Nghiệm', summary: 'về kiểm tra' }] }));
    client.settings = { run: 'onType', debounceMs: 0, catalogs: ['rieng.json'] };
    await start();
    const uri = ws.uri('ke-hoach-60.kh.md');
    const text = 'Số: 60/KH-UBND\n\nThử Nghiệm, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nThử\n\n'
      + 'Căn cứ Quyết định số 09/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân huyện Thử Nghiệm;\n'
      + 'Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;\n';
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const catalogFindings = (ds: Diagnostic[]) => ds.filter((d) => /^citation-(catalog-mismatch|superseded)$/.test(String(d.code))).map((d) => `${d.code}@${d.range.start.line + 1}`);
    assert.deepEqual(catalogFindings(diagnostics), ['citation-catalog-mismatch@8', 'citation-superseded@9']);
    assert.match(diagnostics.find((d) => d.code === 'citation-catalog-mismatch')!.message, /ban hành ngày 09\/01\/2024, không phải ngày 10\/01\/2024/);
  });
});

describe('catalog over the language server spawned as `kehoach lsp --stdio`', function () {
  this.timeout(30000);
  it('hovers, completes, goes to definition and finds references in a workspace', async () => {
    const ws = new CatalogWorkspace();
    const { client, child } = spawnedClient();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await initializeIn(client, pathToFileURL(ws.dir).toString(), true);
      assert.equal((await waitIndexed(client)).plans, 3);
      const uri = ws.uri('ke-hoach-32.kh.md');
      await client.open(uri, ws.text('ke-hoach-32.kh.md'));
      assert.match((await hoverText(client, uri, ws.position('ke-hoach-32.kh.md', '1719/QĐ-TTg'))) ?? '', /Trong workspace: 2 kế hoạch/);
      assert.deepEqual(places(ws, await definition(client, uri, ws.position('ke-hoach-32.kh.md', '15/KH-UBND ngày'))), ['ke-hoach-15.kh.md:7']);
      assert.equal((await references(client, uri, ws.position('ke-hoach-32.kh.md', '1719/QĐ-TTg'))).length, 3);
      const draft = ws.uri('du-thao.kh.md');
      await client.open(draft, ws.text('du-thao.kh.md'));
      const items = await completions(client, draft, ws.position('du-thao.kh.md', 'Quyết định số ', 'Quyết định số '.length));
      assert.ok(items.some((i) => i.label === '1719/QĐ-TTg'));
      await client.rpc.sendRequest('shutdown');
      await client.rpc.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      client.rpc.dispose();
      if (child.exitCode === null) child.kill();
      ws.remove();
    }
  });
});

// Indexing runs in the background: while the workspace is still being indexed, the server answers a
// hover. The test holds indexing at one file (its read waits for the test) instead of hoping that a
// large workspace takes long enough.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inProcessClient, type TestClient } from './harness';
import { CatalogWorkspace, hoverText, initializeIn, waitIndexed, type CatalogStatus } from './catalog-harness';

// The module object itself (not an import's copy of it), so that the server's reads see the patch.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsPromises: { readFile: typeof import('node:fs/promises').readFile } = require('node:fs/promises');
type ReadFile = typeof fsPromises.readFile;

describe('workspace index: indexing in the background', () => {
  let ws: CatalogWorkspace;
  let client: TestClient;
  const original: ReadFile = fsPromises.readFile;
  afterEach(async () => {
    fsPromises.readFile = original;
    await client.close();
    ws.remove();
  });

  it('answers a hover while the workspace is being indexed', async () => {
    ws = new CatalogWorkspace();
    // Read last (names sorted): every other plan is indexed when indexing reaches it.
    writeFileSync(ws.path('zz-gate.kh.md'), ws.text('ke-hoach-32.kh.md').replace('Số: 32/KH-UBND', 'Số: 99/KH-UBND'));
    let reached!: () => void;
    const gateReached = new Promise<void>((resolve) => { reached = resolve; });
    let release!: () => void;
    const gateOpen = new Promise<void>((resolve) => { release = resolve; });
    fsPromises.readFile = (async (...args: Parameters<ReadFile>) => {
      if (String(args[0]).endsWith('zz-gate.kh.md')) {
        reached();
        await gateOpen;
      }
      return original(...args);
    }) as ReadFile;

    client = inProcessClient();
    await initializeIn(client, pathToFileURL(ws.dir).toString());
    await gateReached;
    const uri = ws.uri('ke-hoach-32.kh.md');
    await client.open(uri, ws.text('ke-hoach-32.kh.md'));
    const hover = await hoverText(client, uri, ws.position('ke-hoach-32.kh.md', '1719/QĐ-TTg'));
    const during = await client.rpc.sendRequest<CatalogStatus>('kehoach/catalogStatus', {});
    assert.match(hover ?? '', /Quyết định số 1719\/QĐ-TTg/);
    assert.equal(during.indexing, true, 'the hover was answered before indexing ended');
    assert.equal(during.plans, 3, 'the plans before the held one are indexed');

    release();
    const after = await waitIndexed(client);
    assert.deepEqual([after.indexing, after.plans], [false, 4]);
  });
});

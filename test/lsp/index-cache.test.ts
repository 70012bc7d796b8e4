// The workspace index survives a restart through a cache file in the client's storage: a second start
// reads only the files whose size or time changed, and a damaged or foreign cache file is ignored.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INDEX_CACHE_FORMAT, parseCache } from '../../server/src/node/index-cache';
import { inProcessClient, type TestClient } from './harness';
import { CatalogWorkspace, definition, places, waitIndexed } from './catalog-harness';

/** What the server said when indexing ended. */
interface Indexed { plans: number; reads: number; reused: number }

describe('workspace index: the cache file across restarts', () => {
  let ws: CatalogWorkspace;
  let storage: string;
  beforeEach(() => {
    ws = new CatalogWorkspace();
    storage = mkdtempSync(join(tmpdir(), 'kehoach-storage-'));
  });
  afterEach(() => {
    ws.remove();
    rmSync(storage, { recursive: true, force: true });
  });

  /** A server over the workspace with `storage` as its storage: indexes, runs `use`, shuts down as a client does. */
  async function session(use: (client: TestClient) => Promise<void> = async () => undefined): Promise<Indexed> {
    const client = inProcessClient();
    try {
      const folder = pathToFileURL(ws.dir).toString();
      await client.rpc.sendRequest('initialize', {
        processId: null, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'ws' }],
        initializationOptions: { locale: 'en', storageUri: pathToFileURL(storage).toString() },
        capabilities: { workspace: { configuration: true } },
      });
      await client.rpc.sendNotification('initialized', {});
      await waitIndexed(client);
      await use(client);
      await client.rpc.sendRequest('shutdown');
      const line = client.logs.map((l) => /indexed (\d+) plans; (\d+) files read, (\d+) unchanged/.exec(l.message)).find(Boolean);
      assert.ok(line, `no "indexed" line in ${JSON.stringify(client.logs)}`);
      assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'nothing went wrong');
      return { plans: Number(line[1]), reads: Number(line[2]), reused: Number(line[3]) };
    } finally {
      await client.close();
    }
  }

  const cacheFile = () => {
    const files = readdirSync(storage).filter((f) => f.endsWith('.json'));
    assert.equal(files.length, 1, `one cache file in ${files.join(', ')}`);
    return join(storage, files[0]);
  };

  /** Where ke-hoach-32's citation of 15/KH-UBND leads. */
  const definitionOf15 = async (client: TestClient, found: string[]) => {
    const uri = ws.uri('ke-hoach-32.kh.md');
    await client.open(uri, ws.text('ke-hoach-32.kh.md'));
    found.push(...places(ws, await definition(client, uri, ws.position('ke-hoach-32.kh.md', '15/KH-UBND ngày'))));
  };

  it('reads again only the files that changed or appeared since the last start', async () => {
    const first: string[] = [];
    assert.deepEqual(await session((c) => definitionOf15(c, first)), { plans: 3, reads: 4, reused: 0 }, 'three plans and README.md read');
    assert.deepEqual(first, ['ke-hoach-15.kh.md:7']);

    writeFileSync(ws.path('ke-hoach-15.kh.md'), `\n${ws.text('ke-hoach-15.kh.md')}`);
    writeFileSync(ws.path('ke-hoach-40.kh.md'), ws.text('ke-hoach-32.kh.md').replace('Số: 32/KH-UBND', 'Số: 40/KH-UBND'));
    const second: string[] = [];
    assert.deepEqual(await session((c) => definitionOf15(c, second)), { plans: 4, reads: 2, reused: 3 });
    assert.deepEqual(second, ['ke-hoach-15.kh.md:8'], 'the changed plan as it is now, not as the cache had it');

    rmSync(ws.path('ke-hoach-40.kh.md'));
    assert.deepEqual(await session(), { plans: 3, reads: 0, reused: 4 });
    assert.deepEqual([...parseCache(readFileSync(cacheFile(), 'utf8'), JSON.parse(readFileSync(cacheFile(), 'utf8')).settings).keys()].length, 4, 'the deleted file left the cache');
  });

  it('keeps the files changed while the server ran, written at shutdown', async () => {
    await session();
    await session(async (client) => {
      writeFileSync(ws.path('ke-hoach-15.kh.md'), `\n${ws.text('ke-hoach-15.kh.md')}`);
      await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('ke-hoach-15.kh.md'), type: 2 }] });
      await waitIndexed(client);
    });
    assert.deepEqual(await session(), { plans: 3, reads: 0, reused: 4 });
  });

  it('ignores a damaged cache file, one of another format or version, one saved under other settings, and writes a good one', async () => {
    await session();
    const file = cacheFile();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.format, INDEX_CACHE_FORMAT);

    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    assert.deepEqual(await session(), { plans: 3, reads: 4, reused: 0 }, 'a truncated file');
    writeFileSync(file, JSON.stringify({ ...saved, format: INDEX_CACHE_FORMAT + 1 }));
    assert.deepEqual(await session(), { plans: 3, reads: 4, reused: 0 }, 'another format');
    writeFileSync(file, JSON.stringify({ ...saved, files: saved.files.map((row: unknown[]) => [row[0], row[1], row[2], { self: 'x', citations: 3 }]) }));
    assert.deepEqual(await session(), { plans: 3, reads: 4, reused: 0 }, 'rows of the wrong shape');
    writeFileSync(file, JSON.stringify({ ...saved, settings: '{"maxFileSize":1}' }));
    assert.deepEqual(await session(), { plans: 3, reads: 4, reused: 0 }, 'other settings');
    writeFileSync(file, JSON.stringify({ ...saved, writer: '0.0.1' }));
    assert.deepEqual(await session(), { plans: 3, reads: 4, reused: 0 }, 'another version of kehoach');
    assert.deepEqual(await session(), { plans: 3, reads: 0, reused: 4 }, 'the last start wrote a good file');
  });

  it('keeps nothing without a storage folder', async () => {
    const client = inProcessClient();
    await client.rpc.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(ws.dir).toString(), capabilities: {} });
    await client.rpc.sendNotification('initialized', {});
    assert.equal((await waitIndexed(client)).plans, 3);
    await client.rpc.sendRequest('shutdown');
    await client.close();
    assert.deepEqual(readdirSync(storage), []);
  });
});

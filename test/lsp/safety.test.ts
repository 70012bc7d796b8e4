import * as assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { formatSize } from '../../server/src/lsp/messages';
import { describeError, guarded, guardProcess, quietly } from '../../server/src/lsp/safety';

describe('server safety helpers', () => {
  it('answers the fallback when a handler throws or rejects, after reporting it', async () => {
    const seen: unknown[] = [];
    const failing = guarded((e) => seen.push(e), null, (n: number) => { if (n > 0) throw new Error('sync'); return Promise.reject(new Error('async')); });
    assert.equal(await failing(1), null);
    assert.equal(await failing(0), null);
    assert.deepEqual(seen.map(describeError), ['Error: sync', 'Error: async']);
    assert.equal(await guarded(() => assert.fail('no failure'), null, (n: number) => n * 2)(21), 42);
  });

  it('takes a client request that fails, before or after it is sent, as no answer', async () => {
    assert.equal(await quietly(() => { throw new Error('connection closed'); }), undefined);
    assert.equal(await quietly(() => Promise.reject(new Error('error answer'))), undefined);
    assert.equal(await quietly(() => Promise.resolve('ok')), 'ok');
  });

  it('describes any thrown value in one line', () => {
    assert.equal(describeError(new TypeError('x')), 'TypeError: x');
    assert.equal(describeError('text'), 'text');
    assert.equal(describeError({ toString: () => { throw new Error('no'); } }), 'object');
  });

  it('reports a stray rejection or exception of the process, and survives a report that fails', () => {
    const target = new EventEmitter();
    const reports: string[] = [];
    guardProcess((kind, error) => {
      reports.push(`${kind}: ${describeError(error)}`);
      if (reports.length === 2) throw new Error('the pipe is gone');
    }, target);
    target.emit('unhandledRejection', new Error('r'));
    target.emit('uncaughtException', new Error('e'));
    target.emit('uncaughtException', new Error('again'));
    assert.deepEqual(reports, ['unhandledRejection: Error: r', 'uncaughtException: Error: e', 'uncaughtException: Error: again']);
  });

  it('says sizes in bytes, KB below 1 MB and MB with one decimal above, a comma in Vietnamese', () => {
    assert.equal(formatSize(512, 'vi'), '512 B');
    assert.equal(formatSize(1411, 'en', Math.ceil), '2 KB');
    assert.equal(formatSize(1411, 'en', Math.floor), '1 KB');
    assert.equal(formatSize(300 * 1024, 'vi'), '300 KB');
    assert.equal(formatSize(2 * 1024 * 1024, 'vi'), '2,0 MB');
    assert.equal(formatSize(2.5 * 1024 * 1024, 'en'), '2.5 MB');
    assert.equal(formatSize(2 * 1024 * 1024 + 1, 'en', Math.ceil), '2.1 MB');
  });

  it('chooses the unit after rounding, and writes large numbers in the locale\'s format', () => {
    // 1023.5 KB rounded up is a megabyte, not "1024 KB".
    assert.equal(formatSize(1024 * 1024 - 512, 'vi', Math.ceil), '1,0 MB');
    assert.equal(formatSize(1000 * 1024, 'vi', Math.floor), '1.000 KB');
    assert.equal(formatSize(1000 * 1024, 'en', Math.floor), '1,000 KB');
    assert.equal(formatSize(3.5 * 1024 ** 3, 'vi'), '3,5 GB');
    assert.equal(formatSize(1536 * 1024 ** 3, 'vi'), '1.536,0 GB');
  });
});

// How the spawned server ends: `exit` after `shutdown` (0), `exit` alone (1, as LSP asks), the client
// closing stdin or its process ending (0, whether or not initialize named a live process); and a
// stray rejection or exception inside it, which is logged and ends nothing.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PLAN_MISSING_TASKS } from './plans';
import { StdioServer } from './stdio';

const PLAN_URI = 'file:///ws/ke-hoach.kh.md';

/** A process that lives until it is killed: the client whose id initialize gives. */
function standInClient(): { pid: number; kill: () => void } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1 << 30)'], { stdio: 'ignore' });
  return { pid: child.pid!, kill: () => child.kill() };
}

describe('language server over stdio: how it ends', function () {
  this.timeout(30000);
  let server: StdioServer | undefined;
  afterEach(() => server?.kill());

  it('exits with 0 on shutdown then exit', async () => {
    server = new StdioServer();
    await server.initialize({ processId: process.pid });
    server.open(PLAN_URI, PLAN_MISSING_TASKS);
    await server.diagnostics(PLAN_URI);
    assert.deepEqual(await server.stop(), { code: 0, signal: null });
  });

  it('exits with 1 on exit without shutdown, as the protocol asks', async () => {
    server = new StdioServer();
    await server.initialize();
    server.notify('exit');
    assert.deepEqual(await server.exited, { code: 1, signal: null });
  });

  it('exits with 0 when its stdin closes', async () => {
    server = new StdioServer();
    await server.initialize();
    server.child.stdin!.end();
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });

  it('exits with 0 when its stdin closes, even though the client process named in initialize lives', async () => {
    server = new StdioServer();
    await server.initialize({ processId: process.pid });
    server.open(PLAN_URI, PLAN_MISSING_TASKS);
    await server.diagnostics(PLAN_URI);
    server.child.stdin!.end();
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });

  it('exits with 0 when its stdin closes before initialize', async () => {
    server = new StdioServer();
    await server.alive();
    server.child.stdin!.end();
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });

  it('exits with 0 when the client process named in initialize ends, stdin still open', async () => {
    const client = standInClient();
    try {
      server = new StdioServer();
      await server.initialize({ processId: client.pid });
      await server.alive();
    } finally {
      client.kill();
    }
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });
});

describe('language server over stdio: a failure outside any handler', function () {
  this.timeout(30000);
  let server: StdioServer | undefined;
  afterEach(() => server?.kill());

  it('logs an unhandled rejection and an uncaught exception, and runs on', async function () {
    if (process.platform === 'win32') this.skip(); // no SIGUSR2 there
    server = new StdioServer(undefined, ['--require', join(__dirname, 'inject-faults.cjs')]);
    await server.initialize();
    server.child.kill('SIGUSR2');
    const logged = (text: string) => server!.waitFor((m) => m.method === 'window/logMessage' && String(m.params.message).includes(text), text);
    const [rejection, exception] = await Promise.all([logged('injected rejection'), logged('injected exception')]);
    assert.equal(rejection.params.type, 1);
    assert.equal(exception.params.type, 1);
    assert.doesNotMatch(rejection.params.message, /\n\s+at /, 'no stack trace');
    server.open(PLAN_URI, PLAN_MISSING_TASKS);
    assert.ok((await server.diagnostics(PLAN_URI)).diagnostics.some((d) => d.code === 'section-missing'));
    assert.deepEqual(await server.stop(), { code: 0, signal: null });
  });
});

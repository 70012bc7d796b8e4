/**
 * The server as a process of its own (`kehoach lsp --stdio`, dist/server.js): nothing but `exit` and
 * the client going away ends it. Tests that host a server in their own process call startServer instead.
 */
import {
  createConnection, Message, ProposedFeatures, StreamMessageReader, StreamMessageWriter,
  type Connection, type DataCallback, type Disposable,
} from 'vscode-languageserver/node';
import type { Readable } from 'node:stream';
import { guardProcess } from './safety';
import { startServer } from './server';

/** How often the client's process (initialize's processId) is looked for. */
const CLIENT_CHECK_MS = 1000;

/** Starts the server on `connection` in this process: a stray rejection or exception is logged, never fatal. */
export function serve(connection: Connection): void {
  const server = startServer(connection);
  guardProcess((kind, error) => server.reportProcessFailure(kind, error));
}

/**
 * `--stdio`: the server ends with code 0 when the client goes away, by closing its stdin or by its
 * process ending (even when initialize named a process that is still alive, stdin closing is enough).
 */
export function serveStdio(): void {
  const clientGone = () => process.exit(0);
  process.stdin.on('end', clientGone);
  process.stdin.on('close', clientGone);
  const reader = new ClientWatchingReader(process.stdin, (pid) => watchProcess(pid, clientGone));
  serve(createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)));
}

/**
 * Reads messages as StreamMessageReader does, but takes the client's processId out of `initialize`.
 * The library would watch that process too and end the server with code 1 when it is gone; the
 * client going away is no failure of the server's, so this server watches it and exits with 0.
 */
class ClientWatchingReader extends StreamMessageReader {
  constructor(readable: Readable, private readonly onClientProcess: (pid: number) => void) {
    super(readable);
  }

  override listen(callback: DataCallback): Disposable {
    return super.listen((message) => {
      if (Message.isRequest(message) && message.method === 'initialize') this.takeProcessId(message.params);
      callback(message);
    });
  }

  private takeProcessId(params: unknown): void {
    const p = params as { processId?: unknown } | null | undefined;
    if (typeof p?.processId !== 'number' || !Number.isInteger(p.processId) || p.processId <= 0) return;
    this.onClientProcess(p.processId);
    p.processId = null;
  }
}

function watchProcess(pid: number, onGone: () => void): void {
  const timer = setInterval(() => {
    if (!isAlive(pid)) onGone();
  }, CLIENT_CHECK_MS);
  // The watch alone never keeps the server running.
  timer.unref();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, it is just not ours to signal.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

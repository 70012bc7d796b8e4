import { PassThrough } from 'node:stream';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createConnection, createMessageConnection, StreamMessageReader, StreamMessageWriter,
  type MessageConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';

/** A JSON-RPC client that talks to the server as an editor would, and records what it is sent. */
export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the server logged (window/logMessage): type 1 is an error. */
  readonly logs: Array<{ type: number; message: string }> = [];
  private waiters: Array<{ match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  settings: Record<string, unknown> = { run: 'onType', debounceMs: 0 };
  /** Settings answered for one document's scope (its URI) instead of `settings`, as VS Code answers per resource. */
  readonly settingsOf = new Map<string, Record<string, unknown>>();

  constructor(readonly rpc: MessageConnection, private readonly onClose: () => void = () => undefined) {
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    rpc.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string }> }) =>
      params.items.map((item) => (item?.scopeUri !== undefined && this.settingsOf.get(item.scopeUri)) || this.settings));
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onNotification('window/logMessage', (p: { type: number; message: string }) => this.logs.push(p));
    rpc.listen();
  }

  /** `watchParent` makes the server poll this process, as a spawned server should; in-process it would never let go. */
  async initialize(watchParent = false): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.rpc.sendRequest('initialize', {
      processId: watchParent ? process.pid : null, rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.rpc.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** Resolves with the next publication for `uri` that satisfies `match` (or one already received). */
  diagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const seen = this.published.find((p) => p.uri === uri && match(p));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match: (p) => p.uri === uri && match(p), resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(): Promise<void> {
    this.rpc.dispose();
    this.onClose();
  }
}

/** The real server in this process, joined to the client by two in-memory streams. */
export function inProcessClient(): TestClient {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server);
  const rpc = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return new TestClient(rpc, () => server.dispose());
}

/** `kehoach lsp --stdio` from the built CLI, as Neovim would start it. */
export function spawnedClient(): { client: TestClient; child: ChildProcess } {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'bin', 'kehoach.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return { client: new TestClient(rpc), child };
}

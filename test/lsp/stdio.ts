// A raw JSON-RPC client over the spawned server's stdio: it can send what a real client never would
// (bad JSON, a wrong version, errors in answers), answers the server's own requests as told, and turns
// an exit of the server into a failed wait at once, so that no test waits for a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type Message = {
  jsonrpc?: string; id?: number | string | null; method?: string; params?: any; result?: any;
  error?: { code: number; message: string; data?: unknown };
};

/** How the client answers one kind of server request: a result, or an error. */
export type Answer = (params: any) => { result: unknown } | { error: { code: number; message: string } };

export interface Exit { readonly code: number | null; readonly signal: NodeJS.Signals | null }

const CLI = join(__dirname, '..', '..', 'bin', 'kehoach.js');

export class StdioServer {
  readonly child: ChildProcess;
  readonly received: Message[] = [];
  stderr = '';
  exit?: Exit;
  readonly exited: Promise<Exit>;
  /** Answers to the server's requests, by method; unlisted ones get null. */
  readonly answers = new Map<string, Answer>();
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiters: Array<{ match: (m: Message) => boolean; resolve: (m: Message) => void; reject: (e: Error) => void }> = [];

  /** `settings` are the editor's `kehoach.*` settings; `nodeOptions` go to node before the CLI (a --require). */
  constructor(settings: Record<string, unknown> = { run: 'onType', debounceMs: 0 }, nodeOptions: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeOptions, CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.answers.set('workspace/configuration', (p: { items: unknown[] }) => ({ result: p.items.map(() => settings) }));
    this.child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    // The server may exit before it reads what a test still writes.
    this.child.stdin!.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => {
      this.exit = { code, signal };
      for (const w of this.waiters) w.reject(new Error(`the server exited (code ${code}, signal ${signal}) while a test waited; stderr:\n${this.stderr}`));
      this.waiters = [];
      resolve(this.exit);
    }));
  }

  /** One framed message with any body, valid JSON or not. */
  sendRaw(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  send(message: Message): void {
    this.sendRaw(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** Resolves with the response (result or error); rejects if the server exits first. */
  request(method: string, params?: unknown): Promise<Message> {
    const id = this.nextId++;
    const response = this.waitFor((m) => m.id === id && m.method === undefined, `the answer to ${method}`);
    this.send({ id, method, params });
    return response;
  }

  /** The result of a request, failing the test on an error response. */
  async result<T = unknown>(method: string, params?: unknown): Promise<T> {
    const response = await this.request(method, params);
    if (response.error) throw new Error(`${method} answered with an error: ${JSON.stringify(response.error)}`);
    return response.result as T;
  }

  /** The first message (already received or to come) that satisfies `match`. */
  waitFor(match: (m: Message) => boolean, what = 'a message'): Promise<Message> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    if (this.exit) return Promise.reject(new Error(`the server had exited (code ${this.exit.code}) before ${what}; stderr:\n${this.stderr}`));
    return new Promise((resolve, reject) => this.waiters.push({ match, resolve, reject }));
  }

  /** The next diagnostics published for `uri` that satisfy `match`. */
  diagnostics(uri: string, match: (p: { version?: number; diagnostics: any[] }) => boolean = () => true): Promise<{ uri: string; version?: number; diagnostics: any[] }> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && match(m.params), `diagnostics for ${uri}`)
      .then((m) => m.params);
  }

  /** The log messages (window/logMessage) received so far. */
  logs(): string[] {
    return this.received.filter((m) => m.method === 'window/logMessage').map((m) => m.params.message as string);
  }

  async initialize(params: Record<string, unknown> = {}): Promise<void> {
    await this.result('initialize', {
      processId: null, rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      ...params,
    });
    this.notify('initialized', {});
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Proves the server still reads and answers: a request that any live server answers. */
  async alive(): Promise<void> {
    await this.result('kehoach/catalogStatus', {});
  }

  /** `shutdown` then `exit`, as a polite client ends it; resolves with how it exited. */
  async stop(): Promise<Exit> {
    if (!this.exit) {
      await this.result('shutdown');
      this.notify('exit');
    }
    return this.exited;
  }

  kill(): void {
    if (!this.exit) this.child.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.receive(JSON.parse(body) as Message);
    }
  }

  private receive(message: Message): void {
    this.received.push(message);
    if (message.method !== undefined && message.id !== undefined) this.answer(message);
    this.waiters = this.waiters.filter((w) => (w.match(message) ? (w.resolve(message), false) : true));
  }

  private answer(request: Message): void {
    const answer = this.answers.get(request.method!)?.(request.params) ?? { result: null };
    this.send({ id: request.id, ...answer });
  }
}

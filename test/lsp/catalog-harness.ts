// Helpers for the catalog's LSP tests: a copy of the e2e catalog workspace in a temporary folder, a
// client that opens it as a workspace folder (and watches files, as VS Code does), and the requests.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Hover, Location, MarkupContent, Position, ShowMessageParams } from 'vscode-languageserver/node';
import type { TestClient } from './harness';

export const WORKSPACE_SOURCE = join(__dirname, '..', 'e2e', 'workspace', 'catalog');

export class CatalogWorkspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'kehoach-catalog-'));

  constructor() {
    cpSync(WORKSPACE_SOURCE, this.dir, { recursive: true });
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  uri(name: string): string {
    return pathToFileURL(this.path(name)).toString();
  }

  text(name: string): string {
    return readFileSync(this.path(name), 'utf8');
  }

  /** The position of the `nth` (0-based) occurrence of `needle` in a file, plus `shift` characters. */
  position(name: string, needle: string, shift = 1, nth = 0): Position {
    const lines = this.text(name).split('\n');
    let seen = 0;
    for (let line = 0; line < lines.length; line++) {
      for (let at = lines[line].indexOf(needle); at >= 0; at = lines[line].indexOf(needle, at + 1)) {
        if (seen++ === nth) return { line, character: at + shift };
      }
    }
    throw new Error(`${needle} not in ${name}`);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What the server showed the user in message boxes (`window/showMessageRequest`, as `showWarningMessage` sends). */
export function recordMessages(client: TestClient): ShowMessageParams[] {
  const shown: ShowMessageParams[] = [];
  client.rpc.onRequest('window/showMessageRequest', (p: ShowMessageParams) => {
    shown.push(p);
    return null;
  });
  return shown;
}

/** `initialize` with a workspace folder and the capabilities VS Code announces for watching files. */
export async function initializeIn(client: TestClient, folderUri: string, watchParent = false): Promise<{ capabilities: Record<string, unknown> }> {
  const result = await client.rpc.sendRequest('initialize', {
    processId: watchParent ? process.pid : null,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'ws' }],
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
    },
  });
  await client.rpc.sendNotification('initialized', {});
  return result as { capabilities: Record<string, unknown> };
}

export interface CatalogStatus { indexing: boolean; plans: number; entries: number; problems: string[] }

export function waitIndexed(client: TestClient): Promise<CatalogStatus> {
  return client.rpc.sendRequest('kehoach/catalogStatus', { waitForIndex: true });
}

const at = (uri: string, position: Position) => ({ textDocument: { uri }, position });

export async function hoverText(client: TestClient, uri: string, position: Position): Promise<string | undefined> {
  const hover = await client.rpc.sendRequest<Hover | null>('textDocument/hover', at(uri, position));
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

export async function completions(client: TestClient, uri: string, position: Position): Promise<CompletionItem[]> {
  const result = await client.rpc.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', at(uri, position));
  return Array.isArray(result) ? result : result?.items ?? [];
}

export async function definition(client: TestClient, uri: string, position: Position): Promise<Location[]> {
  return (await client.rpc.sendRequest<Location[] | null>('textDocument/definition', at(uri, position))) ?? [];
}

export async function references(client: TestClient, uri: string, position: Position, includeDeclaration = false): Promise<Location[]> {
  return (await client.rpc.sendRequest<Location[] | null>('textDocument/references', { ...at(uri, position), context: { includeDeclaration } })) ?? [];
}

/** `file:line` of each location, relative to the workspace, sorted: easy to compare. */
export function places(ws: CatalogWorkspace, locations: readonly Location[]): string[] {
  const base = pathToFileURL(ws.dir).toString() + '/';
  return locations.map((l) => `${l.uri.replace(base, '')}:${l.range.start.line + 1}`).sort();
}

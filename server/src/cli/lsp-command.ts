import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { parseArgs, type CliIo } from './io';

/** `kehoach lsp --stdio`: the same server the extension runs, for Neovim, Emacs, Helix … */
export async function runLsp(args: readonly string[], io: CliIo): Promise<number> {
  parseArgs(args, { values: [], flags: ['stdio'] }); // stdio is the only transport offered here
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
  io.stderr.write('kehoach: máy chủ ngôn ngữ đang chạy qua stdio\n');
  // Resolves when the client exits the server (connection.onExit ends the process).
  return new Promise<number>(() => undefined);
}

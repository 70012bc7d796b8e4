import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { parseArgs, type CommandIo } from './io';
import { cliText } from './messages';

/** `kehoach lsp --stdio`: the same server the extension runs, for Neovim, Emacs, Helix … */
export async function runLsp(args: readonly string[], io: CommandIo): Promise<number> {
  parseArgs(args, { values: [], flags: ['stdio'] }); // stdio is the only transport offered here
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
  io.stderr.write(`kehoach: ${cliText(io.locale, 'lspRunning')}\n`);
  // Resolves when the client exits the server (connection.onExit ends the process).
  return new Promise<number>(() => undefined);
}

import { serveStdio } from '../lsp/serve';
import { parseArgs, type CommandIo } from './io';
import { cliText } from './messages';

/** `kehoach lsp --stdio`: the same server the extension runs, for Neovim, Emacs, Helix … */
export async function runLsp(args: readonly string[], io: CommandIo): Promise<number> {
  parseArgs(args, { values: [], flags: ['stdio'] }); // stdio is the only transport offered here
  serveStdio();
  io.stderr.write(`kehoach: ${cliText(io.locale, 'lspRunning')}\n`);
  // Never resolves: the process ends on `exit`, or when the client goes away.
  return new Promise<number>(() => undefined);
}

import { runLint } from './cli/lint-command';
import { runLsp } from './cli/lsp-command';
import { runCitations } from './cli/citations';
import { EXIT, UsageError, type CliIo, type Subcommand } from './cli/io';

export type { CliIo } from './cli/io';

const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  lint: runLint,
  lsp: runLsp,
  citations: runCitations,
};

const USAGE = `Cách dùng / usage:
  kehoach lint [--format text|json|sarif] [--fix] [--config TỆP] [--lang vi|en] ĐƯỜNG_DẪN...
  kehoach citations [--format text|json|csv] ĐƯỜNG_DẪN...
  kehoach lsp --stdio
Mã thoát: 0 không có lỗi hay cảnh báo, 1 có lỗi hoặc cảnh báo, 2 sai cách dùng hoặc không đọc được tệp.
`;

/** The whole CLI; `bin/kehoach.js` is a shim over it and tests call it with their own io. */
export async function main({ argv, ...io }: { argv: readonly string[] } & CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.clean;
  }
  if (name === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.clean;
  }
  const command = SUBCOMMANDS[name];
  if (!command) {
    io.stderr.write(`kehoach: lệnh không hợp lệ “${name}”\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kehoach ${name}: ${e.message}\n${USAGE}`);
      return EXIT.usage;
    }
    // Never a bare stack trace: say what failed; the details go to the developer's bug report.
    io.stderr.write(`kehoach ${name}: lỗi nội bộ: ${(e as Error).message}\nHãy báo lỗi kèm tệp gây ra lỗi.\n`);
    return EXIT.usage;
  }
}

declare const __KEHOACH_VERSION__: string | undefined;
const VERSION = typeof __KEHOACH_VERSION__ === 'string' ? __KEHOACH_VERSION__ : 'dev';

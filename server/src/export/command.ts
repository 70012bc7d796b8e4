/**
 * `kehoach export [--to docx] [-o OUT.docx] [--profile auto|state|party|doan|mass] [--lang vi|en] PATH`: the
 * plan as the Word file it is issued as. The output defaults to the input's name with `.docx`.
 * Exit 0 when written, 2 on a usage error or a file that cannot be read, is no plan, or cannot be written.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isPlan } from '../core/detect';
import { EXIT, parseArgs, type CommandIo } from '../cli/io';
import { cliText } from '../cli/messages';
import { describeProblem, readPlanFile } from '../cli/read';
import { exportDocx, type ExportOptions } from './index';
import { exportText, type ExportMessageId } from './messages';

const PROFILES = ['auto', 'state', 'party', 'doan', 'mass'] as const;

/** `-o OUT` is `--output OUT`. */
const expandShort = (args: readonly string[]) => args.flatMap((a) => (a === '-o' ? ['--output'] : a.startsWith('-o=') ? [`--output=${a.slice(3)}`] : [a]));

/** `ke-hoach.kh.md` → `ke-hoach.docx`, beside the input. */
export function defaultOutput(input: string): string {
  const name = basename(input).replace(/(?:\.kh|\.kehoach)?\.(?:md|markdown|txt)$/i, '');
  return join(dirname(input), `${name}.docx`);
}

export async function runExport(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positional } = parseArgs(expandShort(args), { values: ['output', 'to', 'profile', 'lang'], flags: [] });
  const fail = (id: ExportMessageId, data: Record<string, string | number> = {}, usage = false) => {
    io.stderr.write(`kehoach export: ${exportText(io.locale, id, data)}\n${usage ? cliText(io.locale, 'usage') : ''}`);
    return EXIT.usage;
  };
  const to = values.get('to') ?? 'docx';
  if (to !== 'docx') return fail('badTarget', { to }, true);
  const profile = values.get('profile') ?? 'auto';
  if (!(PROFILES as readonly string[]).includes(profile)) return fail('badProfile', { profile }, true);
  if (positional.length === 0) return fail('noPath', {}, true);
  if (positional.length > 1) return fail('tooManyPaths', { count: positional.length }, true);
  const [file] = positional;
  const input = resolve(io.cwd, file);
  const read = readPlanFile(input);
  if (!read.ok) {
    // The same words as lint and citations for a file that cannot be read (missing, folder, FIFO, encoding).
    io.stderr.write(`kehoach export: ${describeProblem(read.problem, file, io.locale)}\n`);
    return EXIT.usage;
  }
  if (!isPlan(file, read.text)) return fail('notPlan', { file });
  const out = values.get('output') ?? defaultOutput(file);
  const output = resolve(io.cwd, out);
  if (output === input) return fail('sameFile', { out });
  const bytes = await exportDocx(read.text, { profile: profile as ExportOptions['profile'] });
  try {
    writeFileSync(output, bytes);
  } catch (e) {
    return fail('notWritable', { out, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  io.stdout.write(`${exportText(io.locale, 'written', { file, out })}\n`);
  return EXIT.clean;
}

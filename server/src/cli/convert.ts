/**
 * `kehoach convert [--from auto|tcvn3|vni|windows-1258|utf-16] [--dry-run] [--force] FILE...`: a plan
 * typed in a pre-Unicode Vietnamese font (TCVN3, VNI), saved as Windows-1258 or as UTF-16, rewritten as
 * UTF-8 (NFC), its line breaks as they were, after its original bytes are kept in `FILE.bak`.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Locale } from '../core/lint';
import { decodeAs, sniff, utf16ByZeros, type SourceEncoding } from './encoding';
import { expandPaths, type ExpandedPath } from './files';
import { EXIT, parseArgs, reportInternalError, UsageError, type CommandIo } from './io';
import { cliText, type CliMessageId } from './messages';
import { describeProblem, ENCODING_NAMES, readBytes, shellQuote } from './read';

const FROM = ['auto', 'tcvn3', 'vni', 'windows-1258', 'utf-16'] as const;
type From = (typeof FROM)[number];

type Outcome = { ok: true } | { ok: false };

interface Job {
  readonly io: CommandIo;
  readonly from: From;
  readonly dryRun: boolean;
  readonly force: boolean;
}

const say = (io: CommandIo, id: CliMessageId, data: Record<string, string | number>) => io.stdout.write(`${cliText(io.locale, id, data)}\n`);
const fail = (io: CommandIo, id: CliMessageId, data: Record<string, string | number>): Outcome => {
  io.stderr.write(`kehoach: ${cliText(io.locale, id, data)}\n`);
  return { ok: false };
};

type Choice = { encoding: SourceEncoding } | { problem: CliMessageId; data?: Record<string, string> };

/** The encoding to read the bytes in: the one asked for, or the one the bytes show. */
function chooseEncoding(bytes: Buffer, from: From, locale: Locale): Choice {
  const sniffed = sniff(bytes);
  if (sniffed.kind === 'unicode' && from !== 'auto' && !(from === 'utf-16' && sniffed.encoding.startsWith('utf-16'))) {
    return { problem: 'convertFromMismatch', data: { detected: ENCODING_NAMES[sniffed.encoding], from } };
  }
  // Without a BOM and too short to show its zero bytes, UTF-16 is taken as little-endian, as Windows writes it.
  if (from === 'utf-16') return { encoding: sniffed.kind === 'unicode' ? sniffed.encoding : utf16ByZeros(bytes) ?? 'utf-16le' };
  if (from !== 'auto') return { encoding: from };
  if (sniffed.kind === 'unicode') return { encoding: sniffed.encoding };
  if (sniffed.kind !== 'legacy') return { problem: 'convertUnknown' };
  if (sniffed.likely.length === 1) return { encoding: sniffed.likely[0] };
  if (sniffed.likely.length === 0) return { problem: 'convertUnknown' };
  const names = sniffed.likely.map((e) => ENCODING_NAMES[e]).join(cliText(locale, 'or'));
  return { problem: 'convertAmbiguous', data: { encoding: names, from: sniffed.likely.join('|') } };
}

/** The first line with text, shortened, so that the user sees at once whether the encoding was right. */
function preview(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
}

/** Backup first (never over an older one unless --force), then the UTF-8 text over the original. */
function writeConverted(job: Job, file: string, display: string, bytes: Buffer, text: string): Outcome {
  const backup = `${file}.bak`;
  const data = { file: display, backup: `${display}.bak` };
  try {
    writeFileSync(backup, bytes, { flag: job.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return fail(job.io, 'backupExists', data);
    return fail(job.io, 'backupFailed', { ...data, detail: code ?? (e as Error).message });
  }
  try {
    writeFileSync(file, text, 'utf8');
  } catch (e) {
    return fail(job.io, 'convertWriteFailed', { ...data, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  return { ok: true };
}

function convertFile(job: Job, file: string, explicit: boolean, display: string): Outcome {
  const { io } = job;
  const read = readBytes(file);
  if (!read.ok) {
    io.stderr.write(`kehoach: ${describeProblem(read.problem, display, io.locale)}\n`);
    return { ok: false };
  }
  const sniffed = sniff(read.bytes);
  if (sniffed.kind === 'utf8') {
    if (explicit) say(io, 'alreadyUtf8', { file: display });
    return { ok: true };
  }
  // Zero bytes are binary unless the user says UTF-16 (a few characters of it do not show their pattern).
  if (sniffed.kind === 'binary' && job.from !== 'utf-16') return fail(io, 'binary', { file: display });
  const choice = chooseEncoding(read.bytes, job.from, io.locale);
  if ('problem' in choice) return fail(io, choice.problem, { file: display, arg: shellQuote(display), ...choice.data });
  const encoding = ENCODING_NAMES[choice.encoding];
  const decoded = decodeAs(read.bytes, choice.encoding);
  if (!decoded.ok) return fail(io, 'undecodable', { file: display, encoding, byte: decoded.bad.byte.toString(16).toUpperCase().padStart(2, '0'), line: decoded.bad.line });
  const text = (decoded.bom ? '\uFEFF' : '') + decoded.text;
  const data = { file: display, encoding, backup: `${display}.bak`, preview: preview(decoded.text), count: decoded.capitalsRestored };
  if (job.dryRun) say(io, 'convertDryRun', data);
  else {
    const written = writeConverted(job, file, display, read.bytes, text);
    if (!written.ok) return written;
    say(io, 'converted', data);
  }
  if (choice.encoding === 'tcvn3') say(io, 'tcvn3Capitals', data);
  return { ok: true };
}

function convertAll(job: Job, files: readonly ExpandedPath[]): number {
  let failed = 0;
  for (const { file, explicit } of files) {
    const display = relative(job.io.cwd, file) || file;
    try {
      if (!convertFile(job, file, explicit, display).ok) failed++;
    } catch (e) {
      const detail = (e as Error)?.message ?? String(e);
      reportInternalError(job.io, cliText(job.io.locale, 'fileFailed', { file: display, stage: cliText(job.io.locale, 'stage_convert'), detail }), e);
      failed++;
    }
  }
  return failed;
}

export async function runConvert(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, flags, positional } = parseArgs(args, { values: ['from', 'lang'], flags: ['dry-run', 'force'] });
  const from = values.get('from') ?? 'auto';
  if (!(FROM as readonly string[]).includes(from)) throw new UsageError('badFrom', { choices: FROM.join(', '), from });
  if (positional.length === 0) throw new UsageError('noPathConvert');
  const { files, problems } = expandPaths(positional, io.cwd);
  for (const p of problems) io.stderr.write(`kehoach: ${describeProblem(p.problem, p.path, io.locale)}\n`);
  const failed = convertAll({ io, from: from as From, dryRun: flags.has('dry-run'), force: flags.has('force') }, files);
  return failed + problems.length > 0 ? EXIT.usage : EXIT.clean;
}

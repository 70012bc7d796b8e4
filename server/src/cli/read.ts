import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
import type { Locale } from '../core/lint';
import { sniff, type BadByte, type LegacyEncoding, type UnicodeEncoding } from './encoding';
import { cliText } from './messages';

/** Why a path could not be read as a plan's text: each is told apart, so that the message names it. */
export type ReadProblem =
  | { readonly reason: 'missing' }
  | { readonly reason: 'brokenLink'; readonly target: string }
  | { readonly reason: 'linkLoop' }
  | { readonly reason: 'denied' }
  | { readonly reason: 'directory' }
  | { readonly reason: 'special'; readonly kind: SpecialKind }
  | { readonly reason: 'unreadable'; readonly detail: string }
  | { readonly reason: 'binary' }
  | { readonly reason: 'unicode'; readonly encoding: UnicodeEncoding; readonly bom: boolean }
  | { readonly reason: 'legacy'; readonly likely: readonly LegacyEncoding[]; readonly bad: BadByte };

export type SpecialKind = 'fifo' | 'socket' | 'charDevice' | 'blockDevice' | 'other';

/** `text` never starts with a BOM; `bom` says whether the file had one, so that a rewrite keeps it. */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; problem: ReadProblem };

/** The problem an fs error stands for; a missing target of a symbolic link is told from a missing file. */
export function problemOfError(e: unknown, path: string): ReadProblem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    try {
      if (lstatSync(path).isSymbolicLink()) return { reason: 'brokenLink', target: readlinkSync(path) };
    } catch { /* not there at all */ }
    return { reason: 'missing' };
  }
  if (code === 'ELOOP') return { reason: 'linkLoop' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'denied' };
  if (code === 'EISDIR') return { reason: 'directory' };
  return { reason: 'unreadable', detail: code ?? (e as Error).message };
}

function specialKind(stat: Stats): SpecialKind | undefined {
  if (stat.isFile() || stat.isDirectory()) return undefined;
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice()) return 'charDevice';
  if (stat.isBlockDevice()) return 'blockDevice';
  return 'other';
}

function kindProblem(stat: Stats): ReadProblem | undefined {
  if (stat.isDirectory()) return { reason: 'directory' };
  const kind = specialKind(stat);
  return kind ? { reason: 'special', kind } : undefined;
}

/**
 * A regular file's bytes. The path is checked with stat first, so that a FIFO, socket or device is
 * never opened (reading one can wait forever); it is opened non-blocking and checked again through the
 * descriptor, in case it was replaced between the two.
 */
export function readBytes(file: string): { ok: true; bytes: Buffer } | { ok: false; problem: ReadProblem } {
  let fd: number | undefined;
  try {
    const before = kindProblem(statSync(file));
    if (before) return { ok: false, problem: before };
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const after = kindProblem(fstatSync(fd));
    if (after) return { ok: false, problem: after };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    return { ok: false, problem: problemOfError(e, file) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** UTF-8 with or without BOM; anything else is a problem naming what the file is, never mojibake. */
export function readPlanFile(file: string): ReadResult {
  const read = readBytes(file);
  if (!read.ok) return read;
  const sniffed = sniff(read.bytes);
  if (sniffed.kind === 'utf8') return { ok: true, text: sniffed.text, bom: sniffed.bom };
  if (sniffed.kind === 'binary') return { ok: false, problem: { reason: 'binary' } };
  if (sniffed.kind === 'unicode') return { ok: false, problem: { reason: 'unicode', encoding: sniffed.encoding, bom: sniffed.bom } };
  return { ok: false, problem: { reason: 'legacy', likely: sniffed.likely, bad: sniffed.bad } };
}

export const ENCODING_NAMES: Readonly<Record<LegacyEncoding | UnicodeEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI (VNI-Windows)',
  'windows-1258': 'Windows-1258',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
};

/** A path as a shell reads it back: quoted when it holds anything but plain characters. */
export function shellQuote(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

/** One line saying what is wrong with the file and, when it can be, what to do about it. */
export function describeProblem(problem: ReadProblem, file: string, locale: Locale): string {
  const arg = shellQuote(file);
  switch (problem.reason) {
    case 'missing': return cliText(locale, 'notFound', { path: file });
    case 'brokenLink': return cliText(locale, 'brokenLink', { path: file, target: problem.target });
    case 'linkLoop': return cliText(locale, 'linkLoop', { path: file });
    case 'denied': return cliText(locale, 'denied', { file });
    case 'directory': return cliText(locale, 'isDirectory', { file });
    case 'special': return cliText(locale, 'special', { file, kind: cliText(locale, `kind_${problem.kind}`) });
    case 'unreadable': return cliText(locale, 'unreadable', { file, detail: problem.detail });
    case 'binary': return cliText(locale, 'binary', { file });
    case 'unicode': return cliText(locale, problem.bom ? 'unicodeBom' : 'unicodeNoBom', { file, encoding: ENCODING_NAMES[problem.encoding], arg });
    case 'legacy': {
      const data = { file, byte: hex(problem.bad.byte), line: problem.bad.line, arg };
      if (problem.likely.length === 0) return cliText(locale, 'notUtf8', data);
      const encoding = problem.likely.map((e) => ENCODING_NAMES[e]).join(cliText(locale, 'or'));
      if (problem.likely.length === 1) return cliText(locale, 'legacyLikely', { ...data, encoding });
      return cliText(locale, 'legacyAmbiguous', { ...data, encoding, from: problem.likely.join('|') });
    }
  }
}

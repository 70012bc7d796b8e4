/**
 * The request behind "Kế hoạch: Kiểm tra tệp Word": the client names a .docx, the server reads it with
 * the reader (server/src/docx) and answers the text for the client's read-only view (`kehoach-docx:`,
 * see docx-view.ts) with the Word paragraph of each stretch of it, or why the file cannot be read, said
 * in the user's language. The reading is kept while the view is open, so that every finding of the view
 * names the paragraph a Word user looks for (`¶12: …`).
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { describeProblem, readBytes } from '../cli/read';
import { isPlan } from '../core/detect';
import type { Finding, Locale } from '../core/lint';
import { translator } from '../core/messages';
import { DocxError, describeDocxProblem, paragraphAt, readDocx, type DocxProblem, type DocxReading } from '../docx';
import { MAX_DOCX_FILE_BYTES } from '../docx/file';
import { XmlError } from '../docx/xml';
import { docxViewSource } from './docx-view';
import { formatSize } from './messages';
import { readSettings, sizeOf } from './settings';
import { pathOf } from './uri';

export const READ_DOCX_REQUEST = 'kehoach/readDocx';

export interface ReadDocxParams {
  /** The .docx's `file:` URI, or its view's `kehoach-docx:` URI. */
  readonly uri: string;
}

/** Where a Word paragraph's text sits in the view's text (only paragraphs that have text). */
export interface ParagraphSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export type DocxFailureReason = 'notDocx' | 'oldDoc' | 'encrypted' | 'damaged' | 'tooLarge' | 'unreadable' | 'failed';

export type DocxFailure = { readonly ok: false; readonly reason: DocxFailureReason; readonly message: string };

export type ReadDocxResult =
  | { readonly ok: true; readonly text: string; readonly paragraphs: readonly ParagraphSpan[]; readonly isPlan: boolean }
  | DocxFailure;

const MESSAGES = {
  oldDoc: {
    vi: '{file}: là tệp Word cũ (.doc), không đọc được; hãy mở bằng Word và lưu lại dưới dạng .docx',
    en: '{file}: an old Word file (.doc), which cannot be read; open it in Word and save it as .docx',
  },
  encrypted: {
    vi: '{file}: tệp Word có đặt mật khẩu, không đọc được; hãy mở bằng Word, gỡ mật khẩu rồi lưu lại',
    en: '{file}: a password-protected Word file, which cannot be read; open it in Word, remove the password and save it',
  },
  textTooLarge: {
    vi: '{file}: văn bản lấy ra từ tệp Word quá lớn để kiểm tra ({size} > {max}); tăng kehoach.maxFileSize nếu cần',
    en: '{file}: the text read from the Word file is too large to check ({size} > {max}); raise kehoach.maxFileSize if needed',
  },
  notLocal: {
    vi: '{file}: không phải tệp trên máy này, không đọc được',
    en: '{file}: not a file on this machine; cannot be read',
  },
  failed: {
    vi: '{file}: lỗi nội bộ khi đọc tệp Word ({detail})',
    en: '{file}: internal error while reading the Word file ({detail})',
  },
} as const;

const text = (locale: Locale, id: keyof typeof MESSAGES, data: Record<string, string | number>) => translator(MESSAGES, locale, 'docx-view')(id, data);

/** UTF-16 as an OLE file names its streams: an encrypted .docx keeps its package in `EncryptedPackage`. */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/** Whether an OLE file is an encrypted (password-protected) .docx rather than an old .doc. One linear search. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(ENCRYPTED_STREAM) >= 0;
}

/** The reason and the message for what the reader refused. */
export function failureOf(problem: DocxProblem, bytes: Uint8Array, file: string, locale: Locale): DocxFailure {
  const say = (reason: DocxFailureReason, message: string): DocxFailure => ({ ok: false, reason, message });
  switch (problem.reason) {
    case 'notZip':
    case 'noDocument': return say('notDocx', describeDocxProblem(problem, file, locale));
    case 'oleFile': return isEncryptedPackage(bytes) ? say('encrypted', text(locale, 'encrypted', { file })) : say('oldDoc', text(locale, 'oldDoc', { file }));
    case 'badXml': return say('damaged', describeDocxProblem(problem, file, locale));
    case 'packageTooLarge':
    case 'partTooLarge':
    case 'textTooLarge': return say('tooLarge', describeDocxProblem(problem, file, locale));
  }
}

export type WordFileRead = { readonly ok: true; readonly reading: DocxReading } | DocxFailure;

/**
 * A .docx on disk read as the CLI reads it (a FIFO or device is never opened, the package's limits), with
 * the text path's limit: the text read out is checked only up to `maxFileSize` UTF-8 bytes.
 */
export function readWordFile(path: string, maxFileSize: number, locale: Locale): WordFileRead {
  const file = basename(path);
  try {
    if (statSync(path).size > MAX_DOCX_FILE_BYTES) return failureOf({ reason: 'packageTooLarge', limitMb: MAX_DOCX_FILE_BYTES / 1024 / 1024 }, new Uint8Array(), file, locale);
  } catch { /* readBytes names what is wrong with the path */ }
  const read = readBytes(path);
  if (!read.ok) return { ok: false, reason: 'unreadable', message: describeProblem(read.problem, file, locale) };
  let reading: DocxReading;
  try {
    // The reader's own limit counts characters after reading it all; the byte count below is the text path's.
    reading = readDocx(read.bytes, Number.POSITIVE_INFINITY);
  } catch (e) {
    if (e instanceof DocxError) return failureOf(e.problem, read.bytes, file, locale);
    if (e instanceof XmlError) return failureOf({ reason: 'badXml', part: e.part, detail: e.message.slice(e.part.length + 2) }, read.bytes, file, locale);
    throw e;
  }
  const size = sizeOf(reading.text);
  if (size > maxFileSize) {
    const sizes = { size: formatSize(size, locale, Math.ceil), max: formatSize(maxFileSize, locale, Math.floor) };
    return { ok: false, reason: 'tooLarge', message: text(locale, 'textTooLarge', { file, ...sizes }) };
  }
  return { ok: true, reading };
}

/** The paragraphs that hold text, as the client needs them (start and end in the view's text). */
export function paragraphSpans(reading: DocxReading): ParagraphSpan[] {
  return reading.paragraphs.filter((p) => p.end > p.start).map((p) => ({ index: p.index, start: p.start, end: p.end }));
}

/** Each finding's message led by its Word paragraph (`¶12: …`), as the CLI leads its line with it. */
export function withParagraphs(reading: DocxReading, findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    const paragraph = paragraphAt(reading, f.start)?.index;
    return paragraph === undefined ? f : { ...f, message: `¶${paragraph}: ${f.message}` };
  });
}

/** What the server's diagnostics need from the views. */
export interface DocxViews {
  /** The reading a Word file's view holds (its formatting, for the format-* rules); undefined for any other document. */
  readingOf(uri: string, text: string): DocxReading | undefined;
  /** The findings of a document; for a Word file's view whose text is the file's reading, each names its paragraph. */
  annotate(uri: string, text: string, findings: readonly Finding[]): readonly Finding[];
}

export function registerDocxRequests(connection: Connection, documents: TextDocuments<TextDocument>, localeOf: () => Locale): DocxViews {
  /** The last reading of each .docx a view was opened on, by path. */
  const readings = new Map<string, DocxReading>();

  connection.onRequest(READ_DOCX_REQUEST, async (params: ReadDocxParams): Promise<ReadDocxResult> => {
    const locale = localeOf();
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const fileUri = docxViewSource(uri) ?? uri;
    const path = pathOf(fileUri);
    if (!path) return { ok: false, reason: 'unreadable', message: text(locale, 'notLocal', { file: uri }) };
    try {
      const settings = await readSettings(connection, fileUri, true, locale);
      const read = readWordFile(path, settings.maxFileSize, locale);
      if (!read.ok) return read;
      readings.set(path, read.reading);
      const { reading } = read;
      return { ok: true, text: reading.text, paragraphs: paragraphSpans(reading), isPlan: isPlan(path, reading.text, settings.config) };
    } catch (e) {
      // A fault of the reader, not of the file: logged with its stack for the developer, told in one line.
      connection.console.error(`kehoach ${READ_DOCX_REQUEST} ${path}: ${(e as Error)?.stack ?? String(e)}`);
      return { ok: false, reason: 'failed', message: text(locale, 'failed', { file: basename(path), detail: (e as Error)?.message ?? String(e) }) };
    }
  });

  documents.onDidClose((e) => {
    const path = pathOf(docxViewSource(e.document.uri) ?? '');
    if (path) readings.delete(path);
  });

  /** The reading whose text the view holds: the one kept, or (after a server restart) the file read again. */
  function readingFor(path: string, viewText: string): DocxReading | undefined {
    const kept = readings.get(path);
    if (kept?.text === viewText) return kept;
    const read = readWordFile(path, Math.max(sizeOf(viewText), 1), localeOf());
    if (!read.ok || read.reading.text !== viewText) return undefined;
    readings.set(path, read.reading);
    return read.reading;
  }

  const readingOf = (uri: string, viewText: string) => {
    const path = pathOf(docxViewSource(uri) ?? '');
    return path === undefined ? undefined : readingFor(path, viewText);
  };

  return {
    readingOf,
    annotate(uri, viewText, findings) {
      const reading = readingOf(uri, viewText);
      return reading ? withParagraphs(reading, findings) : findings;
    },
  };
}

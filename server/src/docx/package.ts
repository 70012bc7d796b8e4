/**
 * The XML parts of a .docx (a zip package) out of its bytes, with fflate: only the parts the reader
 * uses (the package relationships, the parts directly under word/, and the theme); images, embedded
 * objects, charts and custom XML are never unpacked.
 *
 * Zip-bomb guard: fflate unpacks a part into a buffer of the size the zip's directory declares, and
 * writes no further (a part that lies about its size comes out cut short and fails as XML). The
 * declared sizes are therefore checked before anything is unpacked: no part over
 * {@link MAX_PART_BYTES}, no more than {@link MAX_TOTAL_BYTES} together.
 */
import { unzipSync } from 'fflate';
import { DocxError } from './errors';

export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 128 * 1024 * 1024;

const MB = 1024 * 1024;

/** The parts read: `_rels/.rels`, `word/*.xml`, `word/_rels/*.rels`, `word/theme/*.xml`. */
export function isWantedPart(name: string): boolean {
  if (name === '_rels/.rels' || name === '[Content_Types].xml') return true;
  const m = /^word\/(?:(_rels\/)|(theme\/))?([^/]+)$/.exec(name);
  if (!m) return false;
  return m[1] ? m[3].endsWith('.rels') : m[3].endsWith('.xml');
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** XML text of a part: UTF-8 (BOM or not) or UTF-16 with its BOM, as XML allows. */
export function decodePart(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
}

/** Part name → XML text. Throws {@link DocxError} for what is not a readable .docx package. */
export function unpackDocx(bytes: Uint8Array, limits = { part: MAX_PART_BYTES, total: MAX_TOTAL_BYTES }): Map<string, string> {
  if (isOle(bytes)) throw new DocxError({ reason: 'oleFile' });
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!isWantedPart(file.name)) return false;
        if (file.originalSize > limits.part) throw new DocxError({ reason: 'partTooLarge', part: file.name, limitMb: Math.round(limits.part / MB) });
        total += file.originalSize;
        if (total > limits.total) throw new DocxError({ reason: 'partTooLarge', part: file.name, limitMb: Math.round(limits.total / MB) });
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError({ reason: 'notZip' });
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) parts.set(name, decodePart(data));
  return parts;
}

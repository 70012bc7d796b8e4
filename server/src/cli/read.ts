import { readFileSync } from 'node:fs';

/** `text` never starts with a BOM; `bom` says whether the file had one, so that a rewrite keeps it. */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; reason: 'unreadable' | 'notUtf8'; detail: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 with or without BOM; anything else gets a message naming the likely encoding, never mojibake. */
export function readPlanFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  try {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: UTF8.decode(bytes), bom };
  } catch {
    return { ok: false, reason: 'notUtf8', detail: '' };
  }
}

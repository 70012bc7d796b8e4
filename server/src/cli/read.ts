import { readFileSync } from 'node:fs';

/** `text` never starts with a BOM; `bom` says whether the file had one, so that a rewrite keeps it. */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; message: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 with or without BOM; anything else gets a message naming the likely encoding, never mojibake. */
export function readPlanFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, message: `không đọc được tệp (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  try {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: UTF8.decode(bytes), bom };
  } catch {
    return { ok: false, message: 'tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI); hãy lưu lại dưới dạng UTF-8' };
  }
}

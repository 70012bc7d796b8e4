/**
 * Renders a .docx the way a records officer's office would print it: LibreOffice (headless, from
 * Debian's packages, installed by scripts/setup-office.sh) converts it to PDF, and poppler's pdfinfo
 * and pdftotext read the PDF back (page count, page size, every word with its box).
 *
 * When soffice or poppler is missing the functions throw `OfficeMissing` with the reason: the rendering
 * tests then fail with it, never pass or skip silently.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export class OfficeMissing extends Error {}

const CONVERT_TIMEOUT_MS = 120_000;

function requireTool(tool: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  if (found.status !== 0 || !found.stdout.trim()) {
    throw new OfficeMissing(`${tool} not found: run scripts/setup-office.sh (LibreOffice, poppler-utils, fonts-liberation2)`);
  }
  return found.stdout.trim();
}

/** Converts `docx` to PDF in a fresh folder, with a LibreOffice profile of its own (no shared state). */
export function docxToPdf(docx: Uint8Array, name = 'plan'): { pdf: string; dir: string } {
  const soffice = requireTool('soffice');
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-'));
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const run = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], {
    encoding: 'utf8', timeout: CONVERT_TIMEOUT_MS,
  });
  const pdf = join(dir, `${name}.pdf`);
  if (run.error || !existsSync(pdf)) {
    throw new Error(`soffice could not convert ${input}: ${run.error?.message ?? `exit ${run.status}`} ${run.stderr ?? ''}`.trim());
  }
  return { pdf, dir };
}

export interface PdfInfo {
  readonly pages: number;
  /** Size of the first page in points. */
  readonly width: number;
  readonly height: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = spawnSync(requireTool('pdfinfo'), [pdf], { encoding: 'utf8' }).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1] ?? NaN), height: Number(size?.[2] ?? NaN) };
}

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of the PDF with its box (points, origin top left), page by page, in reading order. */
export function pdfWords(pdf: string): { words: PdfWord[]; pageWidth: number; pageHeight: number } {
  const html = spawnSync(requireTool('pdftotext'), ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = NaN;
  let pageHeight = NaN;
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1] !== undefined) { page++; pageWidth = Number(m[1]); pageHeight = Number(m[2]); continue; }
    words.push({ page, text: decodeXml(m[7]), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  return { words, pageWidth, pageHeight };
}

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The first page as a PNG (for a person to look at), written to `out`. */
export function firstPagePng(pdf: string, out: string, dpi = 100): void {
  const prefix = join(mkdtempSync(join(tmpdir(), 'kehoach-png-')), 'page');
  const run = spawnSync(requireTool('pdftoppm'), ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, prefix], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  writeFileSync(out, readFileSync(`${prefix}.png`));
}

export function cleanUp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

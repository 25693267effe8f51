/** Reads and renders a PDF printed by Chromium, with poppler's tools. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePoppler } from './poppler.ts';

const bin = (tool: string) =>
  join(
    ensurePoppler(() => {}),
    tool,
  );

export interface PdfInfo {
  pages: number;
  /** Points (1/72 inch). */
  width: number;
  height: number;
}

export function pdfInfo(file: string): PdfInfo {
  const out = execFileSync(bin('pdfinfo'), [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of one page (1-based), or of all pages. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync(bin('pdftotext'), ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** Text with all white space removed, for matching words that a line break split. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black, 255 = white. */
  pixels: Buffer;
}

function parsePgm(data: Buffer): GrayImage {
  // P5 <width> <height> <maxval> then raw bytes.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

/** Renders every page to a grayscale image at `dpi`; also writes PNGs to `pngDir` when given, for people to look at. */
export function renderPages(file: string, dpi = 50, pngDir?: string): GrayImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pdf-'));
  try {
    execFileSync(bin('pdftoppm'), ['-gray', '-r', String(dpi), file, join(dir, 'page')]);
    if (pngDir) execFileSync(bin('pdftoppm'), ['-png', '-r', String(dpi * 2), file, join(pngDir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => parsePgm(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of dark pixels (< 128) in a horizontal band, given in millimetres from the top of an A4 page. */
export function inkInBand(image: GrayImage, fromMm: number, toMm: number, pageHeightMm = 297): number {
  const from = Math.floor((fromMm / pageHeightMm) * image.height);
  const to = Math.min(image.height, Math.ceil((toMm / pageHeightMm) * image.height));
  let dark = 0;
  for (let y = from; y < to; y++) {
    for (let x = 0; x < image.width; x++) if (image.pixels[y * image.width + x]! < 128) dark++;
  }
  return dark / Math.max(1, (to - from) * image.width);
}

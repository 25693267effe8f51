/** Reads the built site: every HTML page and every Pagefind file, decompressed. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

export interface DistText {
  file: string;
  text: string;
  /** False for decompressed binary index files. */
  hasLines?: boolean;
}

/** HTML pages as text, and Pagefind's compressed index files as decompressed text. */
export function readDistTexts(distDir: string): DistText[] {
  return listFiles(distDir).flatMap((path): DistText[] => {
    const file = relative(distDir, path);
    if (/\.(html|xml|json|txt|css|js)$/.test(path)) return [{ file, text: readFileSync(path, 'utf8') }];
    if (/\.pf_(fragment|index|meta|filter)$/.test(path)) {
      // Binary (CBOR): undecodable bytes would show up as U+FFFD, so drop those and
      // keep a U+FFFD only where the file really encodes one (EF BF BD).
      const bytes = gunzipSync(readFileSync(path));
      const realReplacementChar = bytes.includes(Buffer.from([0xef, 0xbf, 0xbd])) ? '\uFFFD' : '';
      return [{ file, text: bytes.toString('utf8').replaceAll('\uFFFD', '') + realReplacementChar, hasLines: false }];
    }
    return [];
  });
}

/** A built site for the link and HTML checks: its HTML pages and every file, as paths inside the folder with '/'. */
export function readSite(distDir: string): { pages: Array<{ path: string; html: string }>; files: Set<string> } {
  const files = listFiles(distDir).map((path) => relative(distDir, path).split('\\').join('/'));
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((path) => ({ path, html: readFileSync(join(distDir, path), 'utf8') }));
  return { pages, files: new Set(files) };
}

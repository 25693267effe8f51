/** esbuild options shared by the site's browser scripts and stylesheets built after the build: one classic (IIFE) file each, minified, ES2022. */
import { type BuildOptions, buildSync, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BROWSER_SCRIPT = {
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** A file of the project, by its path from the project root ("src/browser/page.ts"). */
export function projectFile(path: string): string {
  return join(fileURLToPath(new URL('../..', import.meta.url)), path);
}

/**
 * Bundles one of the project's browser scripts (`entry`, a path from the project root) to `outfile`; returns the file's size in bytes.
 * `options` adds esbuild options (data written in with `define`).
 */
export function bundleBrowserScript(entry: string, outfile: string, options: BuildOptions = {}): number {
  return writtenBytes(buildSync({ entryPoints: [projectFile(entry)], outfile, ...BROWSER_SCRIPT, ...options, metafile: true }));
}

/** Bundles and minifies one of the project's stylesheets (`entry`, a path from the project root) to `outfile`; returns its size in bytes. */
export function bundleStylesheet(entry: string, outfile: string): number {
  return writtenBytes(
    buildSync({ entryPoints: [projectFile(entry)], outfile, bundle: true, minify: true, charset: 'utf8', logLevel: 'warning', metafile: true }),
  );
}

function writtenBytes(result: { metafile: Metafile }): number {
  return Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
}

/** esbuild options shared by the site's browser scripts: one classic (IIFE) file each, minified, ES2022. */
import { type BuildOptions, buildSync } from 'esbuild';
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

/**
 * Bundles one of the project's browser scripts (`entry`, a path from the project root) to `outfile`; returns the file's size in bytes.
 * `options` adds esbuild options (data written in with `define`).
 */
export function bundleBrowserScript(entry: string, outfile: string, options: BuildOptions = {}): number {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = buildSync({ entryPoints: [join(root, entry)], outfile, ...BROWSER_SCRIPT, ...options, metafile: true });
  return Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
}

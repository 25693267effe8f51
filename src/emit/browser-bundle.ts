/** esbuild options shared by the site's browser scripts: one classic (IIFE) file each, minified, ES2022. */
import type { BuildOptions } from 'esbuild';

export const BROWSER_SCRIPT = {
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

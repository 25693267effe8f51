/**
 * Astro integration: bundles the script every page loads in <head>
 * (src/browser/page-enhancements.ts → _kb/page.js, minified classic file). Runs before
 * the offline copy and the service worker, which take the build's files.
 */
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_SCRIPT } from '../site/page-script-url.ts';
import { BROWSER_SCRIPT } from './browser-bundle.ts';

export function writePageScript(outDir: string): number {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = buildSync({
    entryPoints: [join(root, 'src/browser/page-enhancements.ts')],
    outfile: join(outDir, PAGE_SCRIPT),
    ...BROWSER_SCRIPT,
    metafile: true,
  });
  return Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
}

export function pageScript(): AstroIntegration {
  return {
    name: 'kb:page-script',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${PAGE_SCRIPT} (${writePageScript(fileURLToPath(dir))} bytes)`);
      },
    },
  };
}

/**
 * After-build step: bundles the script every page loads in <head>
 * (src/browser/page-enhancements.ts → _kb/page.js, minified classic file).
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_SCRIPT } from '../site/page-script-url.ts';
import { BROWSER_SCRIPT } from './browser-bundle.ts';
import type { EmitStep } from './pipeline.ts';

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

export function pageScript(): EmitStep {
  return {
    name: 'page-script',
    reads: [],
    writes: ['page-script'],
    run: (site, { logger }) => {
      const bytes = writePageScript(site.dir);
      site.add(PAGE_SCRIPT);
      logger.info(`${PAGE_SCRIPT} (${bytes} bytes)`);
    },
  };
}

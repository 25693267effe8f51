/**
 * After-build step: bundles the script every page loads in <head>
 * (src/browser/page-enhancements.ts → _kb/page.js, minified classic file).
 */
import { join } from 'node:path';
import { PAGE_SCRIPT } from '../site/page-script-url.ts';
import { bundleBrowserScript } from './browser-bundle.ts';
import type { EmitStep } from './pipeline.ts';

export function writePageScript(outDir: string): number {
  // Its few Chinese labels are written as UTF-8 (pages declare it) rather than \u escapes: half the bytes.
  return bundleBrowserScript('src/browser/page-enhancements.ts', join(outDir, PAGE_SCRIPT), { charset: 'utf8' });
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

/**
 * After-build step: bundles the script every page loads in <head>
 * (src/browser/page-script.ts → _kb/page.js, minified classic file), and
 * its form for source pages, with the term previews' buttons
 * (src/browser/source-page-script.ts → _kb/page-source.js).
 */
import { join } from 'node:path';
import { PAGE_SCRIPT, SOURCE_PAGE_SCRIPT } from '../site/page-script-url.ts';
import { bundleBrowserScript } from './browser-bundle.ts';
import type { EmitStep } from './pipeline.ts';

export function writePageScript(outDir: string): number {
  // Its few Chinese labels are written as UTF-8 (pages declare it) rather than \u escapes: half the bytes.
  return bundleBrowserScript('src/browser/page-script.ts', join(outDir, PAGE_SCRIPT), { charset: 'utf8' });
}

export function writeSourcePageScript(outDir: string): number {
  return bundleBrowserScript('src/browser/source-page-script.ts', join(outDir, SOURCE_PAGE_SCRIPT), { charset: 'utf8' });
}

export function pageScript(): EmitStep {
  return {
    name: 'page-script',
    reads: [],
    writes: ['page-script'],
    run: (site, { logger }) => {
      const bytes = writePageScript(site.dir);
      const sourceBytes = writeSourcePageScript(site.dir);
      site.add(PAGE_SCRIPT, SOURCE_PAGE_SCRIPT);
      logger.info(`${PAGE_SCRIPT} (${bytes} bytes), ${SOURCE_PAGE_SCRIPT} (${sourceBytes} bytes)`);
    },
  };
}

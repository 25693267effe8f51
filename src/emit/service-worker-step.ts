/**
 * After-build step: writes sw.js at the site root, the service worker that
 * keeps the site readable without a network (src/browser/service-worker.ts).
 * It caches the whole site at install when the site is small, the shell
 * otherwise (src/emit/precache.ts). Its version is a hash of every file, so a
 * new build replaces the old cache, pages kept on a visit included.
 */
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathOfFile } from '../site/urls.ts';
import { OFFLINE_ZIP } from './offline/offline-names.ts';
import { EVERY_OUTPUT, type EmitStep } from './pipeline.ts';
import { precachePlan, type SiteFile } from './precache.ts';
import { projectFile } from './browser-bundle.ts';
import type { BuiltSite } from './built-site.ts';

export const SERVICE_WORKER = 'sw.js';

/** The path the worker requests a file by: a page by its directory URL (the home page as './'), any other file by its path. */
export const requestPath = (file: string): string => pathOfFile(file) || './';

/** Site paths the worker may cache: every built file but the zip and the worker. */
export function siteFiles(map: BuiltSite): Array<{ file: string; path: string }> {
  return map
    .files()
    .filter((p) => p !== OFFLINE_ZIP && p !== SERVICE_WORKER)
    .map((p) => ({ file: map.abs(p), path: requestPath(p) }));
}

export function writeServiceWorker(site: BuiltSite, budget?: number): { files: number; whole: boolean } {
  // Each file is read once: for the version hash and for its size.
  const hash = createHash('sha256');
  const files: SiteFile[] = siteFiles(site).map(({ file, path }) => {
    const content = readFileSync(file);
    hash.update(path).update(content);
    return { path, bytes: content.length };
  });
  const plan = precachePlan(files, budget);
  buildSync({
    entryPoints: [projectFile('src/browser/service-worker.ts')],
    outfile: site.abs(SERVICE_WORKER),
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      __KB_VERSION__: JSON.stringify(hash.digest('hex').slice(0, 12)),
      __KB_FILES__: JSON.stringify(plan.files),
      __KB_UNCACHED__: JSON.stringify([OFFLINE_ZIP]),
    },
  });
  site.add(SERVICE_WORKER);
  return { files: plan.files.length, whole: plan.whole };
}

/** Last in the list: it lists and hashes every file written before it (the zip aside, which it never caches). */
export function serviceWorker(options: { precacheBudget?: number } = {}): EmitStep {
  return {
    name: 'service-worker',
    reads: [EVERY_OUTPUT],
    writes: ['service-worker'],
    run: (site, { logger }) => {
      const { files, whole } = writeServiceWorker(site, options.precacheBudget);
      logger.info(
        whole
          ? `service worker caches the whole site (${files} files) at install`
          : `service worker caches the shell (${files} files) at install, and each page and index chunk on its first visit`,
      );
    },
  };
}

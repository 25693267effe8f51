/**
 * Astro integration: writes sw.js at the site root, the service worker that
 * keeps the site readable without a network (src/browser/service-worker.ts).
 * It caches the whole site at install when the site is small, the shell
 * otherwise (src/emit/precache.ts). Its version is a hash of every file, so a
 * new build replaces the old cache, pages kept on a visit included.
 */
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_ZIP } from './offline/offline-names.ts';
import { precachePlan, type SiteFile } from './precache.ts';

export const SERVICE_WORKER = 'sw.js';

/** Site paths the worker may cache: every built file but the zip and the worker; pages by their directory URL. */
export function siteFiles(siteDir: string): Array<{ file: string; path: string }> {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(siteDir, join(d.parentPath, d.name)).split('\\').join('/'))
    .filter((p) => p !== OFFLINE_ZIP && p !== SERVICE_WORKER)
    .sort()
    .map((p) => ({ file: join(siteDir, p), path: p === 'index.html' ? './' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p }));
}

export function writeServiceWorker(siteDir: string, budget?: number): { files: number; whole: boolean } {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // Each file is read once: for the version hash and for its size.
  const hash = createHash('sha256');
  const files: SiteFile[] = siteFiles(siteDir).map(({ file, path }) => {
    const content = readFileSync(file);
    hash.update(path).update(content);
    return { path, bytes: content.length };
  });
  const plan = precachePlan(files, budget);
  buildSync({
    entryPoints: [join(root, 'src/browser/service-worker.ts')],
    outfile: join(siteDir, SERVICE_WORKER),
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
  return { files: plan.files.length, whole: plan.whole };
}

export function serviceWorker(options: { precacheBudget?: number } = {}): AstroIntegration {
  return {
    name: 'kb:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { files, whole } = writeServiceWorker(fileURLToPath(dir), options.precacheBudget);
        logger.info(
          whole
            ? `service worker caches the whole site (${files} files) at install`
            : `service worker caches the shell (${files} files) at install, and each page and index chunk on its first visit`,
        );
      },
    },
  };
}

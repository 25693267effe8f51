/**
 * Astro integration: writes sw.js at the site root, a service worker that
 * caches every file of this build (except the offline zip) for reading
 * without a network. Its version is a hash of the files, so a new build
 * replaces the old cache.
 */
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_ZIP } from '../lib/offline/offline-names.ts';

export const SERVICE_WORKER = 'sw.js';

/** Site paths to cache: every built file but the zip and the worker; pages by their directory URL. */
export function precacheList(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(siteDir, join(d.parentPath, d.name)).split('\\').join('/'))
    .filter((p) => p !== OFFLINE_ZIP && p !== SERVICE_WORKER)
    .map((p) => (p === 'index.html' ? './' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

export function writeServiceWorker(siteDir: string): number {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const files = precacheList(siteDir);
  const hash = createHash('sha256');
  for (const path of files) hash.update(path).update(readFileSync(join(siteDir, path.endsWith('/') || path === './' ? `${path}index.html` : path)));
  buildSync({
    entryPoints: [join(root, 'src/scripts/sw/service-worker.ts')],
    outfile: join(siteDir, SERVICE_WORKER),
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __KB_VERSION__: JSON.stringify(hash.digest('hex').slice(0, 12)), __KB_FILES__: JSON.stringify(files) },
  });
  return files.length;
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'kb:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`service worker caches ${writeServiceWorker(fileURLToPath(dir))} files`);
      },
    },
  };
}

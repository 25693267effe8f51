/**
 * Astro integration: after the search index is written, makes the offline
 * copy of the site — a folder beside the build (dist-offline/tuopin-kb-offline/
 * for dist/) and a zip of
 * it (published at downloads/tuopin-kb-offline.zip) — that a reader opens by
 * double-clicking index.html, with no server and no network:
 *   - every internal link, asset and form is made relative and names its index.html;
 *   - module scripts (which browsers refuse to load from file://) become classic scripts;
 *   - Pagefind's index files become classic scripts the search page can load from file://;
 *   - every page's <html> gets the class OFFLINE_CLASS, which hides the copy
 *     controls: over file:// the copy tool cannot reach the page that framed it
 *     (each file is its own origin), so they could not work; the ¶ links and the
 *     one-click selection of citations remain;
 *   - the about page of the hosted site gets the zip's size; the copy's own about
 *     page says it is the offline copy.
 */
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_CLASS } from '../site/copy-controls.ts';
import { dataScript, dataScriptPath } from './offline/data-scripts.ts';
import { formatBytes, OFFLINE_FOLDER, OFFLINE_ZIP } from './offline/offline-names.ts';
import { rewriteHtmlForOffline } from './offline/relative-links.ts';
import { writeZipFile } from './offline/zip.ts';

export interface OfflineCopyOptions {
  base: string;
  /** Date stamped on the zip's entries (the build date, for reproducible bytes). */
  date: Date;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();

/** The offline folder's about page: no download link (the reader already has the copy). */
export function markAsOfflineCopy(html: string): string {
  return html.replace(/<span data-offline-download>[\s\S]*?<\/span>/, '<span data-offline-download>你正在使用的就是离线副本。</span>');
}

/** Marks a page as part of the offline copy: <html class="offline-copy" …> (the site's CSS hides copy controls). */
export function markOfflinePage(html: string): string {
  return html.replace(/<html\b([^>]*)>/i, (tag, attrs: string) =>
    /\sclass="/.test(attrs) ? tag.replace(/\sclass="/, ` class="${OFFLINE_CLASS} `) : `<html class="${OFFLINE_CLASS}"${attrs}>`,
  );
}

/** The offline folder for a build folder: dist → dist-offline/tuopin-kb-offline. */
export const offlineFolderFor = (siteDir: string): string => join(`${siteDir.replace(/[\\/]+$/, '')}-offline`, OFFLINE_FOLDER);

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * Rewrites <script type="module" src> into a classic deferred script: the module
 * (with anything it imports from the build) is bundled once as an IIFE.
 */
export function classicScripts(html: string, siteDir: string, folder: string, base: string, converted: Map<string, string>): string {
  return html.replace(MODULE_SCRIPT, (tag, src: string) => {
    if (!src.startsWith(base)) return tag;
    const path = src.slice(base.length);
    let classic = converted.get(path);
    if (!classic) {
      classic = path.replace(/\.m?js$/, '.classic.js');
      buildSync({
        entryPoints: [join(siteDir, path)],
        outfile: join(folder, classic),
        bundle: true,
        format: 'iife',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
        // The built script is not the project's source: no tsconfig.json found above the output
        // folder (whose "strict" would add "use strict" to a build inside the repository only) applies.
        tsconfigRaw: '{}',
      });
      converted.set(path, classic);
    }
    return `<script defer src="${base}${classic}"></script>`;
  });
}

export function writeOfflineCopy(siteDir: string, options: OfflineCopyOptions): { folder: string; zip: string; bytes: number } {
  const folder = offlineFolderFor(siteDir);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const zipDir = dirname(OFFLINE_ZIP);
  const converted = new Map<string, string>();
  for (const path of files(siteDir)) {
    if (path.startsWith(`${zipDir}/`)) continue;
    const from = join(siteDir, path);
    if (path.startsWith('pagefind/')) {
      const inPagefind = path.slice('pagefind/'.length);
      const target = join(folder, 'pagefind', dataScriptPath(inPagefind));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, dataScript(inPagefind, readFileSync(from)));
    } else if (path.endsWith('.html')) {
      const classic = classicScripts(readFileSync(from, 'utf8'), siteDir, folder, options.base, converted);
      let html = markOfflinePage(rewriteHtmlForOffline(classic, path, options.base));
      if (path === 'about/index.html') html = markAsOfflineCopy(html);
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), html);
    } else {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      cpSync(from, join(folder, path));
    }
  }
  const zipPath = join(siteDir, OFFLINE_ZIP);
  mkdirSync(dirname(zipPath), { recursive: true });
  const entries = files(folder).map((path) => ({ name: `${OFFLINE_FOLDER}/${path}`, read: () => readFileSync(join(folder, path)) }));
  const zipBytes = writeZipFile(zipPath, entries, options.date);
  // The hosted about page tells the zip's size.
  const about = join(siteDir, 'about/index.html');
  if (statSync(about, { throwIfNoEntry: false })) {
    const html = readFileSync(about, 'utf8').replace(/(<strong data-offline-size>)[^<]*(<\/strong>)/, `$1${formatBytes(zipBytes)}$2`);
    writeFileSync(about, html);
  }
  return { folder, zip: zipPath, bytes: zipBytes };
}

export function offlineCopy(options: OfflineCopyOptions): AstroIntegration {
  return {
    name: 'kb:offline-copy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = Date.now();
        const result = writeOfflineCopy(fileURLToPath(dir), options);
        logger.info(
          `offline copy: ${relative(process.cwd(), result.folder)}/ and ${relative(process.cwd(), result.zip)} (${formatBytes(result.bytes)}) in ${Date.now() - started} ms`,
        );
      },
    },
  };
}

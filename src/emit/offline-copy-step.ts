/**
 * After-build step: after the search index is written, makes the offline
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
import { buildSync } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { OFFLINE_CLASS } from '../site/copy-controls.ts';
import { dataScript, dataScriptPath } from './offline/data-scripts.ts';
import { formatBytes, OFFLINE_FOLDER, OFFLINE_ZIP } from './offline/offline-names.ts';
import { rewriteHtmlForOffline } from './offline/relative-links.ts';
import { writeZipFile } from './offline/zip.ts';
import type { EmitStep } from './pipeline.ts';
import type { BuiltSite } from './built-site.ts';

export interface OfflineCopyOptions {
  base: string;
  /** Date stamped on the zip's entries (the build date, for reproducible bytes). */
  date: Date;
}

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

/**
 * The hosted about page's slot for the zip's size, filled in after the search
 * index has read the page. The slot carries data-pagefind-ignore, so the index
 * holds no text of it: what is searched is what the page shows.
 */
const SIZE_SLOT = /(<strong data-offline-size data-pagefind-ignore>)[^<]*(<\/strong>)/;
const ABOUT_PAGE = 'about/index.html';

/** The about page with the zip's size in its slot; an error when the page has no slot the search index ignores. */
export function fillZipSize(html: string, size: string): string {
  if (!SIZE_SLOT.test(html)) {
    throw new Error(
      `${ABOUT_PAGE}: no <strong data-offline-size data-pagefind-ignore> for the zip's size (src/pages/about.astro): the search index reads the page before the zip exists, so the slot must be one it ignores`,
    );
  }
  return html.replace(SIZE_SLOT, `$1${size}$2`);
}

export function writeOfflineCopy(site: BuiltSite, options: OfflineCopyOptions): { folder: string; zip: string; bytes: number } {
  const siteDir = site.dir;
  const folder = offlineFolderFor(siteDir);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const zipDir = dirname(OFFLINE_ZIP);
  const converted = new Map<string, string>();
  const written = new Set<string>();
  for (const path of site.files()) {
    if (path.startsWith(`${zipDir}/`)) continue;
    const from = join(siteDir, path);
    if (path.startsWith('pagefind/')) {
      const inPagefind = path.slice('pagefind/'.length);
      const copied = `pagefind/${dataScriptPath(inPagefind)}`;
      mkdirSync(dirname(join(folder, copied)), { recursive: true });
      writeFileSync(join(folder, copied), dataScript(inPagefind, readFileSync(from)));
      written.add(copied);
    } else if (path.endsWith('.html')) {
      const classic = classicScripts(readFileSync(from, 'utf8'), siteDir, folder, options.base, converted);
      let html = markOfflinePage(rewriteHtmlForOffline(classic, path, options.base));
      if (path === ABOUT_PAGE) html = markAsOfflineCopy(html);
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), html);
      written.add(path);
    } else {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      cpSync(from, join(folder, path));
      written.add(path);
    }
  }
  for (const classic of converted.values()) written.add(classic);
  const zipPath = site.abs(OFFLINE_ZIP);
  mkdirSync(dirname(zipPath), { recursive: true });
  const entries = [...written].sort().map((path) => ({ name: `${OFFLINE_FOLDER}/${path}`, read: () => readFileSync(join(folder, path)) }));
  const zipBytes = writeZipFile(zipPath, entries, options.date);
  site.add(OFFLINE_ZIP);
  // The hosted about page tells the zip's size.
  if (site.has(ABOUT_PAGE)) {
    writeFileSync(site.abs(ABOUT_PAGE), fillZipSize(readFileSync(site.abs(ABOUT_PAGE), 'utf8'), formatBytes(zipBytes)));
  }
  return { folder, zip: zipPath, bytes: zipBytes };
}

export function offlineCopy(options: OfflineCopyOptions): EmitStep {
  return {
    name: 'offline-copy',
    // Every file of the hosted site goes into the copy: the steps that write them run before it.
    reads: ['pages', 'assets', 'search-index', 'copy-tool', 'page-script', 'term-previews'],
    // The folder beside the build and the zip; on the hosted about page, only the zip's size, in a slot the search index ignores (fillZipSize).
    writes: ['offline-copy', 'zip', 'offline-size'],
    run: (site, { logger }) => {
      const started = Date.now();
      const result = writeOfflineCopy(site, options);
      logger.info(
        `offline copy: ${relative(process.cwd(), result.folder)}/ and ${relative(process.cwd(), result.zip)} (${formatBytes(result.bytes)}) in ${Date.now() - started} ms`,
      );
    },
  };
}

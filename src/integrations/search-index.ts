/**
 * Astro integration: after the build, indexes the finished site with Pagefind
 * in the site's own tokenization (src/lib/search), then bundles the search
 * page's script together with Pagefind's JS API and the script-folding table.
 *
 * Pages are read from the built HTML, so what is searched is exactly what is
 * shown, section ids included.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE } from '../lib/search/bundle-path.ts';
import { extractPage } from '../lib/search/extract-page.ts';
import { buildFoldTable, type FoldTable } from '../lib/search/fold.ts';
import { buildSearchRecord, type SearchRecord } from '../lib/search/search-record.ts';
import { foldToSimplified } from '../lib/script-fold.ts';

export interface SearchIndexOptions {
  base: string;
  /** Extra names a page is found by (glossary entries), keyed by page URL. */
  names: Map<string, string[]>;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** The page URL Pagefind should store: base path + directory, as Astro serves it. */
export function pageUrl(outDir: string, file: string, base: string): string {
  const path = relative(outDir, file).split('\\').join('/');
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

export function siteRecords(outDir: string, options: SearchIndexOptions, table: FoldTable): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const file of htmlFiles(outDir)) {
    const page = extractPage(readFileSync(file, 'utf8'));
    if (!page) continue;
    const url = pageUrl(outDir, file, options.base);
    records.push(buildSearchRecord(url, page, table, { names: options.names.get(url) }));
  }
  return records;
}

/** The folding table, keeping only characters whose Simplified form occurs in the index: nothing else could match. */
export function foldTableFor(records: SearchRecord[], table: FoldTable): Record<string, string> {
  const used = new Set<string>();
  for (const r of records) for (const ch of r.content + Object.values(r.meta).join('')) used.add(ch);
  return Object.fromEntries(Object.entries(table).filter(([, simplified]) => used.has(simplified)));
}

export async function writeIndex(records: SearchRecord[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (let i = 0; i < records.length; i += 200) {
    const added = await Promise.all(records.slice(i, i + 200).map((r) => index.addCustomRecord(r)));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await pagefind.close();
}

export async function writeSearchBundle(outDir: string, base: string, foldTable: Record<string, string>): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  await build({
    entryPoints: [join(root, 'src/scripts/search/page.ts')],
    outfile: join(outDir, SEARCH_BUNDLE),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __KB_BASE__: JSON.stringify(base), 'import.meta.url': 'undefined' },
    plugins: [
      {
        name: 'kb-virtual',
        setup(b) {
          b.onResolve({ filter: /^kb:pagefind$/ }, () => ({ path: join(outDir, 'pagefind/pagefind.js') }));
          b.onResolve({ filter: /^kb:fold-table$/ }, () => ({ path: 'fold-table', namespace: 'kb' }));
          b.onLoad({ filter: /.*/, namespace: 'kb' }, () => ({ contents: JSON.stringify(foldTable), loader: 'json' }));
        },
      },
    ],
  });
}

/** Pagefind's UIs, highlighter and worker are not used, and its JS API is inside the search bundle. */
export function removeUnusedPagefindFiles(outDir: string): void {
  const dir = join(outDir, 'pagefind');
  for (const name of readdirSync(dir)) if (/\.(js|css)$/.test(name)) rmSync(join(dir, name));
}

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const table = buildFoldTable(foldToSimplified);
        const records = siteRecords(outDir, options, table);
        const extracted = Date.now();
        await writeIndex(records, outDir);
        const indexed = Date.now();
        await writeSearchBundle(outDir, options.base, foldTableFor(records, table));
        removeUnusedPagefindFiles(outDir);
        logger.info(
          `indexed ${records.length} pages (read ${extracted - started} ms, Pagefind ${indexed - extracted} ms, bundle ${Date.now() - indexed} ms)`,
        );
      },
    },
  };
}

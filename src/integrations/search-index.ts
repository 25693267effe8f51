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
import type { SearchName } from '../lib/search/term-names.ts';
import { extractPage } from '../lib/search/extract-page.ts';
import { buildFoldTable, type FoldTable } from '../lib/search/fold.ts';
import { buildSearchRecord, type SearchRecord } from '../lib/search/search-record.ts';
import { foldToSimplified } from '../lib/script-fold.ts';
import { BROWSER_SCRIPT } from './browser-bundle.ts';

export interface SearchIndexOptions {
  base: string;
  /** Extra names a page is found by (glossary entries), keyed by page URL. */
  names: Map<string, SearchName[]>;
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

/** The search record of every indexable page, one at a time (a large site is never held in memory at once). */
export function* siteRecords(outDir: string, options: SearchIndexOptions, table: FoldTable): Generator<SearchRecord> {
  for (const file of htmlFiles(outDir)) {
    const page = extractPage(readFileSync(file, 'utf8'));
    if (!page) continue;
    const url = pageUrl(outDir, file, options.base);
    yield buildSearchRecord(url, page, table, { names: options.names.get(url) });
  }
}

/** The folding table, keeping only characters whose Simplified form occurs in the index: nothing else could match. */
export function foldTableFor(used: ReadonlySet<string>, table: FoldTable): Record<string, string> {
  return Object.fromEntries(Object.entries(table).filter(([, simplified]) => used.has(simplified)));
}

/**
 * Index chunk size, in word positions (Pagefind's default is 20,000). Bigram
 * indexing puts a query's words in different chunks; smaller chunks mean a
 * query downloads only the postings near its own words.
 */
export const INDEX_CHUNK_SIZE = 400;

export interface IndexStats {
  pages: number;
  /** Time spent reading pages and making records (overlaps with Pagefind's own work). */
  readMs: number;
  /** Every character of the indexed text, for the folding table. */
  characters: Set<string>;
}

/**
 * Reads the pages and hands each record to Pagefind as soon as it is made, so
 * reading HTML (here) and indexing (Pagefind's own process) run side by side.
 */
export async function writeIndex(records: Iterable<SearchRecord>, outDir: string): Promise<IndexStats> {
  // Read by the Pagefind service that createIndex starts (an "unstable" option of Pagefind's).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const stats: IndexStats = { pages: 0, readMs: 0, characters: new Set() };
  let pending: Array<Promise<{ errors: string[] }>> = [];
  const settle = async () => {
    const failed = (await Promise.all(pending)).flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
    pending = [];
  };
  const iterator = records[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const next = iterator.next();
    stats.readMs += performance.now() - started;
    if (next.done) break;
    const record = next.value;
    for (const ch of record.content) stats.characters.add(ch);
    for (const value of Object.values(record.meta)) for (const ch of value) stats.characters.add(ch);
    pending.push(index.addCustomRecord(record));
    stats.pages++;
    if (pending.length >= 64) await settle();
  }
  await settle();
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await pagefind.close();
  return stats;
}

export async function writeSearchBundle(outDir: string, base: string, foldTable: Record<string, string>): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  await build({
    entryPoints: [join(root, 'src/scripts/search/page.ts')],
    outfile: join(outDir, SEARCH_BUNDLE),
    ...BROWSER_SCRIPT,
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
        const stats = await writeIndex(siteRecords(outDir, options, table), outDir);
        const indexed = Date.now();
        await writeSearchBundle(outDir, options.base, foldTableFor(stats.characters, table));
        removeUnusedPagefindFiles(outDir);
        const readMs = Math.round(stats.readMs);
        logger.info(
          `indexed ${stats.pages} pages (read ${readMs} ms, Pagefind ${indexed - started - readMs} ms, bundle ${Date.now() - indexed} ms)`,
        );
      },
    },
  };
}

/**
 * After-build step (src/emit/pipeline.ts), first in the list: indexes the finished site with Pagefind
 * in the site's own tokenization (src/search/core), then bundles the search
 * page's script together with Pagefind's JS API and the script-folding table.
 *
 * Records are made from each page's final HTML, read back from the built file,
 * so what is searched is exactly what is shown, section ids included.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE, SUGGEST_BUNDLE, SUGGEST_STYLES } from './bundle-path.ts';
import type { SuggestEntry } from '../core/entry-suggestions.ts';
import type { SearchName } from '../core/term-names.ts';
import { extractPage } from './extract-page.ts';
import { indexChunkSize } from './index-chunk-size.ts';
import { buildNameFilter, type NameFilter } from '../core/name-filter.ts';
import { nameKey, nameToken } from '../core/query-plan.ts';
import { shardDir, shardKey, shardPlan, textShardDir } from './index-shards.ts';
import { buildFoldTable, packFoldTable, type FoldTable } from '../core/fold.ts';
import { buildSearchRecord, type SearchRecord } from '../core/search-record.ts';
import { foldToSimplified } from '../../text/script-fold.ts';
import { BROWSER_SCRIPT, bundleStylesheet, projectFile } from '../../emit/browser-bundle.ts';
import type { EmitStep } from '../../emit/pipeline.ts';
import { releaseGarbage } from '../../emit/release-memory.ts';
import { walkFiles } from '../../emit/built-site.ts';
import { pathOfFile } from '../../site/urls.ts';
import { pageDirectory, writeEntryBuckets, writeTextBuckets } from './page-directory-file.ts';
import { filesEverySearchLoads, recompressWithZopfli } from './recompress.ts';
import { slimFragments } from './slim-fragments.ts';
import { entriesInBundle, PAGE_TYPES, pagesInBundle, SOURCE_FACETS_META, textsInBundle, type PageDirectory } from '../core/page-directory.ts';

export interface SearchIndexOptions {
  base: string;
  /** Extra names a page is found by (glossary entries), keyed by page URL. */
  names: Map<string, SearchName[]>;
  /** Every glossary entry's names, for the suggestions while typing. */
  suggest?: SuggestEntry[];
  /** Pages per index shard (default PAGES_PER_SHARD); the test suite's second build sets a small one, so shards are tested on the real site. */
  pagesPerShard?: number;
  /**
   * Large-site mechanisms turned off to measure what each buys (KB_WITHOUT, src/config.ts):
   * garbage collected between index steps, the name filter.
   */
  without?: ReadonlySet<string>;
}

/** The page URL Pagefind should store: base path + directory, as Astro serves it. */
export function pageUrl(outDir: string, file: string, base: string): string {
  return base + pathOfFile(relative(outDir, file).split('\\').join('/'));
}

/**
 * The search record of every indexable page, read from its built file one at a
 * time (a large site is never held in memory at once), in the order of `files`.
 */
export function* siteRecords(outDir: string, files: readonly string[], options: SearchIndexOptions, table: FoldTable): Generator<SearchRecord> {
  for (const file of files) {
    const url = pageUrl(outDir, file, options.base);
    const page = extractPage(readFileSync(file, 'utf8'));
    if (page) yield buildSearchRecord(url, page, table, { names: options.names.get(url) });
  }
}

/**
 * The characters of each page's record content, in the order of `files` (0 for a
 * page without a record): what the memory model of index-shards.ts weighs. Every
 * page is read once for it before the index is written, and nothing but the
 * numbers is kept.
 */
export function recordSizes(outDir: string, files: readonly string[], options: SearchIndexOptions, table: FoldTable): number[] {
  return files.map((file) => {
    const url = pageUrl(outDir, file, options.base);
    const page = extractPage(readFileSync(file, 'utf8'));
    return page ? buildSearchRecord(url, page, table, { names: options.names.get(url) }).content.length : 0;
  });
}

/** The folding table, keeping only characters whose Simplified form occurs in the index: nothing else could match. */
export function foldTableFor(used: ReadonlySet<string>, table: FoldTable): Record<string, string> {
  return Object.fromEntries(Object.entries(table).filter(([, simplified]) => used.has(simplified)));
}

/**
 * A source's records as a site whose index is in shards writes them: with their type filter only.
 * The summary keeps its province and year in a meta field, from which the page directory takes them
 * (sourceFacets in src/search/core/page-directory.ts); an original text's are its source's, and the
 * search page looks both up by the summary (`__KB_TEXT_FACETS_BY_SOURCE__` in
 * src/search/browser/engine.ts). Every search loads each facet's filter files from every shard;
 * the directory's copy is a fraction of their size. Other pages are left as they are.
 */
export function shardedFacets(record: SearchRecord): SearchRecord {
  const { type, ...others } = record.filters;
  if (type?.[0] === PAGE_TYPES.text) return { ...record, filters: { type } };
  if (type?.[0] !== PAGE_TYPES.source) return record;
  return { ...record, meta: { ...record.meta, [SOURCE_FACETS_META]: JSON.stringify(others) }, filters: { type } };
}

export interface IndexStats {
  pages: number;
  /** Time spent getting the records (overlaps with Pagefind's own work on the records before). */
  readMs: number;
  /** Every character of the indexed text, for the folding table. */
  characters: Set<string>;
}

/**
 * Hands each record to Pagefind as soon as it is read. Each shard is written by
 * a Pagefind process of its own, one after another, so only one shard's index
 * is ever in memory. `dirs` are the shards' folders inside pagefind/ (index-shards.ts).
 */
export async function writeIndex(
  shards: Array<Iterable<SearchRecord>>,
  outDir: string,
  pageCount: number,
  collectGarbage = true,
  dirs: readonly string[] = shards.map((_, i) => shardDir(i)),
): Promise<IndexStats> {
  const stats: IndexStats = { pages: 0, readMs: 0, characters: new Set() };
  const read = (records: Iterator<SearchRecord>): IteratorResult<SearchRecord> => {
    const started = performance.now();
    const next = records.next();
    stats.readMs += performance.now() - started;
    return next;
  };
  // Read by each Pagefind service that createIndex starts (an "unstable" option of Pagefind's).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize(pageCount));
  const bySource = shards.length > 1;
  for (const [i, shard] of shards.entries()) {
    const records = shard[Symbol.iterator]();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let pending: Array<Promise<{ errors: string[] }>> = [];
    const settle = async () => {
      const failed = (await Promise.all(pending)).flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
      pending = [];
    };
    const add = async (record: SearchRecord) => {
      for (const ch of record.content) stats.characters.add(ch);
      for (const value of Object.values(record.meta)) for (const ch of value) stats.characters.add(ch);
      pending.push(index.addCustomRecord(bySource ? shardedFacets(record) : record));
      stats.pages++;
      if (pending.length >= 64) await settle();
    };
    for (let next = read(records); !next.done; next = read(records)) await add(next.value);
    await settle();
    // The shard's records are garbage now: collected here, before Pagefind's memory peaks while it
    // writes, so that they are not still resident at that peak.
    if (collectGarbage) releaseGarbage();
    const { errors: writeErrors } = await index.writeFiles({ outputPath: join(outDir, 'pagefind', dirs[i]!) });
    if (writeErrors.length > 0) throw new Error(`Pagefind could not write: ${writeErrors.join('; ')}`);
    // Ends the process, and with it the shard's memory.
    await pagefind.close();
  }
  return stats;
}

/** The Bloom filter of every glossary name token (src/search/core/name-filter.ts). */
export function nameFilterFor(names: SearchIndexOptions['names'], table: FoldTable, off = false): NameFilter {
  // Turned off (for measuring), the filter answers "maybe" for every word: one byte of set bits.
  if (off) return { bits: 8, hashes: 1, data: '/w==' };
  return buildNameFilter([...names.values()].flat().map((n) => nameToken(nameKey(n.text, table), n.rank)));
}

/** Every shard's folder inside pagefind/: the main shards', then the original texts' (index-shards.ts). */
export interface ShardDirs {
  main: string[];
  texts: string[];
}

/** The folders of a site whose index is `shards` main shards and no text shard. */
export function mainShards(shards = 1): ShardDirs {
  return { main: Array.from({ length: shards }, (_, i) => shardDir(i)), texts: [] };
}

const allDirs = (dirs: ShardDirs) => [...dirs.main, ...dirs.texts];

/**
 * The page directory of the index in `outDir` (src/search/core/page-directory.ts), with the
 * original texts' rows and the glossary entries' rows in it on a small site, else in bucket
 * files beside the first shard's index.
 */
export function writePageDirectory(outDir: string, foldTable: Record<string, string>, dirs: ShardDirs = mainShards()): PageDirectory {
  const shards = allDirs(dirs).length;
  const { directory, textRows } = pageDirectory(
    allDirs(dirs).map((dir) => join(outDir, 'pagefind', dir)),
    foldTable,
  );
  const pagefindDir = join(outDir, 'pagefind');
  const textsIn = textsInBundle(textRows.length, shards);
  writeTextBuckets(pagefindDir, textsIn ? [] : textRows);
  const entries = directory.entries ?? {};
  const entriesIn = entriesInBundle(Object.keys(entries).length, shards);
  writeEntryBuckets(pagefindDir, entriesIn ? {} : entries);
  const pages = directory.pages ?? {};
  return {
    ...(entriesIn ? { entries } : {}),
    textSources: directory.textSources,
    ...(textsIn ? { textRows } : {}),
    ...(pagesInBundle(Object.keys(pages).length, shards) ? { pages } : {}),
    // Only a sharded index's summaries carry their facets in a meta field (shardedFacets).
    ...(shards > 1 && directory.sourceFacets ? { sourceFacets: directory.sourceFacets } : {}),
  };
}

export async function writeSearchBundle(
  outDir: string,
  base: string,
  foldTable: Record<string, string>,
  nameFilter: NameFilter,
  dirs: ShardDirs = mainShards(),
  directory: PageDirectory = writePageDirectory(outDir, foldTable, dirs),
): Promise<void> {
  const shards = allDirs(dirs).length;
  await build({
    entryPoints: [projectFile('src/search/browser/search-page.ts')],
    outfile: join(outDir, SEARCH_BUNDLE),
    ...BROWSER_SCRIPT,
    // The folding table's and the directory's Chinese as UTF-8 (the pages declare it) rather than \u escapes: fewer bytes.
    charset: 'utf8',
    define: {
      __KB_BASE__: JSON.stringify(base),
      __KB_SHARD_DIRS__: JSON.stringify(dirs.main.slice(1)),
      __KB_TEXT_SHARD_DIRS__: JSON.stringify(dirs.texts),
      __KB_TEXT_SHARDS__: JSON.stringify(dirs.texts.length > 0),
      __KB_ENTRY_BUCKETS__: JSON.stringify(directory.entries === undefined),
      __KB_TEXT_FACETS_BY_SOURCE__: JSON.stringify(shards > 1),
      'import.meta.url': 'undefined',
    },
    plugins: [
      {
        name: 'kb-virtual',
        setup(b) {
          b.onResolve({ filter: /^kb:pagefind$/ }, () => ({ path: join(outDir, 'pagefind/pagefind.js') }));
          b.onResolve({ filter: /^kb:(fold-table|name-filter|page-directory)$/ }, (args) => ({ path: args.path.slice(3), namespace: 'kb' }));
          b.onLoad({ filter: /.*/, namespace: 'kb' }, (args) => ({
            contents: JSON.stringify(args.path === 'fold-table' ? packFoldTable(foldTable) : args.path === 'name-filter' ? nameFilter : directory),
            loader: 'json',
          }));
        },
      },
    ],
  });
}

/** The suggestions script, with the glossary names inside it (one file: it works over file://, where a separate JSON could not be fetched). */
export async function writeSuggestBundle(outDir: string, entries: SuggestEntry[]): Promise<void> {
  bundleStylesheet('src/styles/suggest.css', join(outDir, SUGGEST_STYLES));
  await build({
    entryPoints: [projectFile('src/search/browser/suggest-combobox.ts')],
    outfile: join(outDir, SUGGEST_BUNDLE),
    ...BROWSER_SCRIPT,
    // The names are Chinese: written as UTF-8 (the pages declare it) rather than \u escapes, they compress better.
    charset: 'utf8',
    plugins: [
      {
        name: 'kb-suggest-names',
        setup(b) {
          b.onResolve({ filter: /^kb:suggest-names$/ }, () => ({ path: 'suggest-names', namespace: 'kb' }));
          b.onLoad({ filter: /.*/, namespace: 'kb' }, () => ({ contents: JSON.stringify(entries), loader: 'json' }));
        },
      },
    ],
  });
}

/** Pagefind's UIs, highlighter and worker are not used, and its JS API is inside the search bundle; shards share the first one's WebAssembly. */
export function removeUnusedPagefindFiles(outDir: string, dirs: ShardDirs = mainShards()): void {
  for (const [i, shard] of allDirs(dirs).entries()) {
    const dir = join(outDir, 'pagefind', shard);
    for (const name of readdirSync(dir)) if (/\.(js|css)$/.test(name) || (i > 0 && name.startsWith('wasm.'))) rmSync(join(dir, name));
  }
}

export function searchIndex(options: SearchIndexOptions): EmitStep {
  return {
    name: 'search-index',
    reads: ['pages'],
    // Pagefind's folder, the search page's script and the suggestions script.
    writes: ['search-index'],
    run: async (site, { logger }) => {
      const outDir = site.dir;
      const collectGarbage = !options.without?.has('gc');
      if (collectGarbage) {
        const memory = releaseGarbage();
        logger.info(
          `released ${Math.round((memory.before - memory.after) / 2 ** 20)} MB of garbage before indexing (resident now ${Math.round(memory.after / 2 ** 20)} MB)`,
        );
      }
      const started = Date.now();
      const table = buildFoldTable(foldToSimplified);
      const pages = site.pages();
      const sizes = recordSizes(
        outDir,
        pages.map((page) => site.abs(page.file)),
        options,
        table,
      );
      const sized = Date.now();
      const plan = shardPlan(pages, shardKey, options.pagesPerShard, (_, i) => sizes[i]!);
      const byShard = [...plan.main, ...plan.texts];
      const dirs: ShardDirs = { main: plan.main.map((_, i) => shardDir(i)), texts: plan.texts.map((_, i) => textShardDir(i)) };
      const sizeOf = new Map(pages.map((page, i) => [page, sizes[i]!]));
      const shardSizes = byShard.map((group) => group.reduce((n, page) => n + sizeOf.get(page)!, 0));
      const shards = byShard.length;
      const stats = await writeIndex(
        byShard.map((group) =>
          siteRecords(
            outDir,
            group.map((page) => site.abs(page.file)),
            options,
            table,
          ),
        ),
        outDir,
        pages.length,
        collectGarbage,
        allDirs(dirs),
      );
      const indexed = Date.now();
      // The files every first search loads are worth Zopfli's time (recompress.ts): on worker threads, while
      // the bundles are written and the fragments slimmed, which read and write other files of Pagefind's.
      const recompressing = recompressWithZopfli(allDirs(dirs).flatMap((dir, i) => filesEverySearchLoads(join(outDir, 'pagefind', dir), i === 0)));
      // Awaited below; should the bundles fail first, their error is the step's.
      recompressing.catch(() => {});
      await writeSearchBundle(
        outDir,
        options.base,
        foldTableFor(stats.characters, table),
        nameFilterFor(options.names, table, options.without?.has('name-filter')),
        dirs,
      );
      await writeSuggestBundle(outDir, options.suggest ?? []);
      removeUnusedPagefindFiles(outDir, dirs);
      // After the page directory, which reads the fragments as Pagefind wrote them.
      const bundled = Date.now();
      const slimmed = slimFragments(allDirs(dirs).map((dir) => join(outDir, 'pagefind', dir)));
      const slimMs = Date.now() - bundled;
      const zopfli = await recompressing;
      // The files Pagefind wrote: its own folder, read once here.
      site.add(SEARCH_BUNDLE, SUGGEST_BUNDLE, SUGGEST_STYLES, ...walkFiles(site.abs('pagefind')).map((path) => `pagefind/${path}`));
      // The read includes the pass that sized the pages for the shards.
      const readMs = Math.round(stats.readMs + (sized - started));
      logger.info(
        `indexed ${stats.pages} pages (read ${readMs} ms, Pagefind ${indexed - started - readMs} ms, bundle ${bundled - indexed} ms)${shards > 1 ? ` in ${shards} Pagefind indexes${dirs.texts.length > 0 ? ` (${dirs.texts.length} of them the original texts')` : ''}` : ''} of ${shardSizes.map((n) => (n / 1e6).toFixed(2)).join(', ')} million characters; ` +
          `the files every search loads ${(zopfli.before / 1024).toFixed(1)} → ${(zopfli.after / 1024).toFixed(1)} KB with Zopfli (${zopfli.ended - indexed} ms, beside the rest); ` +
          `${slimmed.files} fragments ${(slimmed.before / 1024).toFixed(1)} → ${(slimmed.after / 1024).toFixed(1)} KB slimmed (slim-fragments.ts) (${slimMs} ms)`,
      );
    },
  };
}

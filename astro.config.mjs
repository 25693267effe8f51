// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offlineCopy } from './src/integrations/offline-copy.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { buildDate, buildInfo } from './src/data/build-info.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { normalizeOrigin } from './src/lib/site-origin.ts';
import { projectPaths } from './src/lib/project-paths.ts';
import { readSiteMarkdownInputs, siteMarkdownProcessor } from './src/lib/markdown/site-markdown.ts';
import { searchNames, suggestEntry } from './src/lib/search/term-names.ts';
import { copyTool } from './src/integrations/copy-tool.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const paths = projectPaths(root);
const markdownInputs = readSiteMarkdownInputs(root);
const { base, rawTerms } = markdownInputs;
/** Glossary entries are also found by their pinyin and English names. */
const searchNamesByUrl = new Map(
  rawTerms
    .filter((t) => typeof (/** @type {any} */ (t.data)).term === 'string')
    .map((t) => [`${base}terms/${t.slug}/`, searchNames(/** @type {any} */ (t.data))]),
);

/** The same names, each with how it is written, for the suggestions while typing. */
const suggestEntries = rawTerms
  .filter((t) => typeof (/** @type {any} */ (t.data)).term === 'string')
  .map((t) => suggestEntry(`terms/${t.slug}/`, /** @type {any} */ (t.data)));

export default defineConfig({
  base,
  trailingSlash: 'always',
  // No inline <style> or <script>: the Content-Security-Policy (src/lib/csp.ts) allows only the site's own files.
  // concurrency: while one page is written to disk, the next ones render (at 12,000 pages the main thread sat idle for a third of page generation).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // The content collections render Markdown on worker threads (src/loaders/worker-rendered-glob.ts) with this same processor.
  markdown: { processor: siteMarkdownProcessor(markdownInputs) },
  integrations: [
    contentGuard(paths),
    mdx(),
    searchIndex({ base, names: searchNamesByUrl, suggest: suggestEntries, pagesPerShard: Number(process.env.KB_SEARCH_SHARD_PAGES) || undefined }),
    copyTool({ base }),
    offlineCopy({ base, date: buildDate }),
    // KB_PRECACHE_BUDGET (bytes): the test suite's second build sets 0, so the cache-on-visit path is tested on the real site.
    serviceWorker({ precacheBudget: process.env.KB_PRECACHE_BUDGET === undefined ? undefined : Number(process.env.KB_PRECACHE_BUDGET) }),
    sitemap({ origin: normalizeOrigin(process.env.KB_SITE), base, lastmod: buildInfo.isoDate }),
  ],
});

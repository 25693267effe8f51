// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { config } from './src/config.ts';
import { getContentDates } from './src/content/git-dates.ts';
import { contentGuard } from './src/content/guard/integration.ts';
import { projectPaths } from './src/content/project-paths.ts';
import { readSiteMarkdownInputs, siteMarkdownProcessor } from './src/markdown/site-markdown.ts';
import { searchIndex } from './src/search/build/integration.ts';
import { searchNames, suggestEntry } from './src/search/core/term-names.ts';
import { copyTool } from './src/emit/copy-tool.ts';
import { afterBuild } from './src/emit/index.ts';
import { offlineCopy } from './src/emit/offline-copy.ts';
import { pageScript } from './src/emit/page-script.ts';
import { serviceWorker } from './src/emit/service-worker.ts';
import { sitemap } from './src/emit/sitemap.ts';
import { termPreviews } from './src/emit/term-previews.ts';
import { buildDate } from './src/site/build-info.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const paths = projectPaths(root);
const markdownInputs = readSiteMarkdownInputs(root);
const { base, glossary } = markdownInputs;
const contentDate = getContentDates().newest;
/** Glossary entries are also found by their pinyin and English names. */
const searchNamesByUrl = new Map(glossary.map((t) => [`${base}terms/${t.slug}/`, searchNames(t)]));

/** The same names, each with how it is written, for the suggestions while typing. */
const suggestEntries = glossary.map((t) => suggestEntry(`terms/${t.slug}/`, t));

export default defineConfig({
  // KB_SITE, the public origin: Astro.site, canonical links, og:url and robots.txt's Sitemap line (none without it).
  site: config.siteIsSet ? config.siteOrigin : undefined,
  base,
  // KB_CACHE_DIR: a build of fixture content, or a cold build beside another, keeps a cache of its own.
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  // No inline <style> or <script>: the Content-Security-Policy (src/site/csp.ts) allows only the site's own files.
  // concurrency: while one page is written to disk, the next ones render (at 12,000 pages the main thread sat idle for a third of page generation).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // The content collections render Markdown on worker threads (src/content/loader/worker-rendered-glob.ts) with this same processor.
  markdown: { processor: siteMarkdownProcessor(markdownInputs) },
  integrations: [
    contentGuard(paths),
    mdx(),
    // The after-build steps, in this order; each declares what it reads and writes, and the order is checked (src/emit/pipeline.ts).
    afterBuild({
      base,
      steps: [
        searchIndex({
          base,
          names: searchNamesByUrl,
          suggest: suggestEntries,
          pagesPerShard: config.searchShardPages,
          // Empty for every real build; KB_WITHOUT turns mechanisms off only to measure them (docs/performance.md).
          without: config.without,
        }),
        copyTool({ base }),
        pageScript(),
        // Read by a source page's script on a reader's first hover, focus or click of a term link.
        termPreviews({ terms: glossary }),
        // The zip's entries carry the newest content date (the build date when git cannot tell).
        offlineCopy({ base, date: contentDate ? new Date(contentDate) : buildDate }),
        sitemap({ origin: config.siteOrigin, dates: getContentDates }),
        serviceWorker({ precacheBudget: config.precacheBudget }),
      ],
    }),
  ],
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { config } from './src/config.ts';
import { contentGuard } from './src/content/guard/integration.ts';
import { projectPaths } from './src/content/project-paths.ts';
import { readSiteMarkdownInputs, siteMarkdownProcessor } from './src/markdown/site-markdown.ts';
import { afterBuild } from './src/emit/index.ts';
import { syncWithoutPrebundling } from './src/content/loader/sync-server.ts';
import { dataStoreModule } from './src/content/loader/data-store-module.ts';
import { siteSteps } from './src/emit/site-steps.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const paths = projectPaths(root);
const markdownInputs = readSiteMarkdownInputs(root);
const { base } = markdownInputs;

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
    syncWithoutPrebundling(),
    // The built pages read the content store from its file instead of carrying it in their bundle.
    dataStoreModule(),
    mdx(),
    // The after-build steps (src/emit/site-steps.ts), in their order; each declares what it reads and writes, and the order is checked (src/emit/pipeline.ts).
    // `npm run build` (scripts/build.ts) sets KB_AFTER_BUILD_TO and runs them in a process of its own after this one; a plain `astro build` runs them here.
    afterBuild({ base, steps: siteSteps(markdownInputs), handoffTo: config.afterBuildTo }),
  ],
});

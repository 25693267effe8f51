// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { readCollection } from './src/lib/content-files.ts';
import { dictionaryFromRawTerms } from './src/lib/glossary-dictionary.ts';
import { remarkHeadingIds } from './src/lib/markdown/remark-heading-ids.ts';
import { remarkTermLinks } from './src/lib/markdown/remark-term-links.ts';
import { projectPaths } from './src/lib/project-paths.ts';
import { normalizeBase } from './src/lib/base-path.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const paths = projectPaths(root);
const base = normalizeBase(process.env.KB_BASE);
const terms = dictionaryFromRawTerms(readCollection(`${paths.contentDir}/terms`, root));

export default defineConfig({
  base,
  trailingSlash: 'always',
  // No inline <style> or <script>: the Content-Security-Policy (src/lib/csp.ts) allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkCjkFriendly,
        [remarkTermLinks, { terms, termHref: (/** @type {string} */ slug) => `${base}terms/${slug}/` }],
        remarkHeadingIds,
      ],
    }),
  },
  integrations: [contentGuard(paths), mdx(), pagefindIndex()],
});

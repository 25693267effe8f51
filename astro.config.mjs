// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { fileURLToPath } from 'node:url';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { buildInfo } from './src/data/build-info.ts';
import { normalizeOrigin } from './src/lib/site-origin.ts';
import { readCollection } from './src/lib/content-files.ts';
import { dictionaryFromRawTerms } from './src/lib/glossary-dictionary.ts';
import { remarkHeadingIds } from './src/lib/markdown/remark-heading-ids.ts';
import { remarkTermLinks } from './src/lib/markdown/remark-term-links.ts';
import { remarkBlockAnchors } from './src/lib/markdown/remark-block-anchors.ts';
import { aliasesByTarget, readRedirects } from './src/lib/redirects.ts';
import { projectPaths } from './src/lib/project-paths.ts';
import { normalizeBase } from './src/lib/base-path.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const paths = projectPaths(root);
const base = normalizeBase(process.env.KB_BASE);
const terms = dictionaryFromRawTerms(readCollection(`${paths.contentDir}/terms`, root));
const redirects = readRedirects(paths.contentDir);

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkCjkFriendly,
        [remarkTermLinks, { terms, termHref: (/** @type {string} */ slug) => `${base}terms/${slug}/` }],
        remarkHeadingIds,
        [remarkBlockAnchors, { aliasesFor: (/** @type {string} */ page) => aliasesByTarget(redirects, page) }],
      ],
    }),
  },
  integrations: [
    contentGuard(paths),
    mdx(),
    pagefindIndex(),
    sitemap({ origin: normalizeOrigin(process.env.KB_SITE), base, lastmod: buildInfo.isoDate }),
  ],
});

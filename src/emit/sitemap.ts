/**
 * Astro integration: writes sitemap.xml after the build from the HTML pages
 * actually built, with absolute URLs on KB_SITE under the base path.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isListedPage, sitemapXml } from './sitemap-xml.ts';
import { absoluteUrl } from '../site/site-origin.ts';

export function sitemap(options: { origin: string; base: string; lastmod: string }): AstroIntegration {
  return {
    name: 'kb:sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => relative(out, join(d.parentPath, d.name)).split(sep).join('/'))
          .filter((file) => !file.startsWith('pagefind/') && isListedPage(file, readFileSync(join(out, file), 'utf8')))
          .map((file) => absoluteUrl(options.origin, options.base + file.replace(/(^|\/)index\.html$/, '$1')))
          .sort();
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(pages, options.lastmod));
        logger.info(`sitemap.xml: ${pages.length} pages`);
      },
    },
  };
}

/**
 * Astro integration: writes sitemap.xml after the build from the HTML pages
 * actually built, with absolute URLs on KB_SITE under the base path. A source or
 * term page's <lastmod> is its content file's last change; other pages (home,
 * lists, about) take the newest content date.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isListedPage, sitemapXml } from './sitemap-xml.ts';
import { pageContentFile, type ContentDates } from '../content/content-dates.ts';
import { absoluteUrl } from '../site/site-origin.ts';

export function sitemap(options: { origin: string; base: string; dates: () => ContentDates }): AstroIntegration {
  return {
    name: 'kb:sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const dates = options.dates();
        const pages = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => relative(out, join(d.parentPath, d.name)).split(sep).join('/'))
          .filter((file) => !file.startsWith('pagefind/') && isListedPage(file, readFileSync(join(out, file), 'utf8')))
          .sort()
          .map((file) => {
            const content = pageContentFile(file);
            return {
              url: absoluteUrl(options.origin, options.base + file.replace(/(^|\/)index\.html$/, '$1')),
              lastmod: content === null ? dates.newest : dates.of(content),
            };
          })
          .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(pages));
        logger.info(`sitemap.xml: ${pages.length} pages`);
      },
    },
  };
}

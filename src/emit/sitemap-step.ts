/**
 * After-build step: writes sitemap.xml from the HTML pages actually built,
 * with absolute URLs on KB_SITE under the base path. A source or term page's
 * <lastmod> is its content file's last change; other pages (home, lists,
 * about) take the newest content date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pageContentFile, type ContentDates } from '../content/content-dates.ts';
import { absoluteUrl } from '../site/site-origin.ts';
import type { EmitStep } from './pipeline.ts';
import { isListedPage, sitemapXml } from './sitemap-xml.ts';

export const SITEMAP = 'sitemap.xml';

export function sitemap(options: { origin: string; dates: () => ContentDates }): EmitStep {
  return {
    name: 'sitemap',
    // Every page is read (a page marked noindex is left out), the copy tool's included.
    reads: ['pages', 'copy-tool', 'offline-size'],
    writes: ['sitemap'],
    run: (site, { logger }) => {
      const dates = options.dates();
      const pages = site
        .pages()
        .filter((page) => isListedPage(page.file, readFileSync(site.abs(page.file), 'utf8')))
        .map((page) => {
          const content = pageContentFile(page.file);
          return { url: absoluteUrl(options.origin, page.url), lastmod: content === null ? dates.newest : dates.of(content) };
        })
        .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
      writeFileSync(site.abs(SITEMAP), sitemapXml(pages));
      site.add(SITEMAP);
      logger.info(`${SITEMAP}: ${pages.length} pages`);
    },
  };
}

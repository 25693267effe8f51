/** The site's URLs for the current build's base path. */
import { absoluteUrl, normalizeOrigin, publishedOrigin } from '../lib/site-origin.ts';
import { siteUrls } from '../lib/urls.ts';

export const urls = siteUrls(import.meta.env.BASE_URL);

/** KB_SITE: the public origin, for citations, sitemap, feed and JSON-LD only. */
export const siteOrigin = normalizeOrigin(process.env.KB_SITE);
/** KB_SITE only when it is set: canonical links, og:url and robots.txt's Sitemap line need the real address. */
export const publicOrigin = publishedOrigin(process.env.KB_SITE);

/** An internal URL made absolute with KB_SITE: absolute(urls.term('x')). */
export const absolute = (url: string): string => absoluteUrl(siteOrigin, url);

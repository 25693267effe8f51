/** The site's URLs for the current build's base path. */
import { config } from '../config.ts';
import { absoluteUrl } from './site-origin.ts';
import { siteUrls } from './urls.ts';

export const urls = siteUrls(import.meta.env.BASE_URL);

/** KB_SITE: the public origin, for citations, sitemap, feed and JSON-LD only. */
export const siteOrigin = config.siteOrigin;
/** KB_SITE only when it is set: canonical links, og:url and robots.txt's Sitemap line need the real address. */
export const publicOrigin = config.siteIsSet ? config.siteOrigin : null;

/** An internal URL made absolute with KB_SITE: absolute(urls.term('x')). */
export const absolute = (url: string): string => absoluteUrl(siteOrigin, url);

/**
 * robots.txt: every page may be crawled. The Sitemap line needs an absolute URL
 * (sitemaps.org: "the complete URL"), so it is written only when KB_SITE gives
 * the public origin. Crawlers read robots.txt only at the root of a host: under a
 * base path (KB_BASE) the file has to be served from the host's root to count.
 */
export function robotsTxt(sitemapUrl: string | null): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl === null ? [] : ['', `Sitemap: ${sitemapUrl}`]), ''].join('\n');
}

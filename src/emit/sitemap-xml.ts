/** sitemap.xml (sitemaps.org 0.9) from the built pages. */
import { xmlEscape } from '../publish/xml.ts';

/** Each page with the date its content last changed (W3C Datetime), or null when unknown (no <lastmod> then). */
export function sitemapXml(pages: Array<{ url: string; lastmod: string | null }>): string {
  const items = pages.map(({ url, lastmod }) => `  <url><loc>${xmlEscape(url)}</loc>${lastmod === null ? '' : `<lastmod>${lastmod}</lastmod>`}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...items, '</urlset>', ''].join('\n');
}

/** Pages a search engine should list: not the 404 page, redirects or pages marked noindex. */
export function isListedPage(file: string, html: string): boolean {
  if (file === '404.html') return false;
  if (/<meta\s+http-equiv="refresh"/i.test(html)) return false;
  return !/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

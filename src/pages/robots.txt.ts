/** /robots.txt — crawl everything; names the sitemap when KB_SITE is set (src/publish/robots.ts). */
import type { APIRoute } from 'astro';
import { publicOrigin, urls } from '../site/build-urls.ts';
import { robotsTxt } from '../publish/robots.ts';
import { absoluteUrl } from '../site/site-origin.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(publicOrigin === null ? null : absoluteUrl(publicOrigin, urls.file('sitemap.xml'))), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

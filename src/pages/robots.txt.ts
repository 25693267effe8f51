/** /robots.txt — crawl everything; names the sitemap when KB_SITE is set (src/lib/robots.ts). */
import type { APIRoute } from 'astro';
import { publicOrigin, urls } from '../data/urls.ts';
import { robotsTxt } from '../lib/robots.ts';
import { absoluteUrl } from '../lib/site-origin.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(publicOrigin === null ? null : absoluteUrl(publicOrigin, urls.file('sitemap.xml'))), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

/**
 * Build-time middleware (added by the search-index integration for builds
 * only): hands every generated HTML page to the search index's sink
 * (src/astro-internals.ts), and passes the same bytes on to be written.
 */
import type { MiddlewareHandler } from 'astro';
import { pageSink } from '../../astro-internals.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink || !response.body || (response.status >= 300 && response.status < 400)) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = new Uint8Array(await response.arrayBuffer());
  sink(decodeURI(context.url.pathname), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};

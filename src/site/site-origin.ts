/**
 * The site's public origin (KB_SITE, e.g. https://example.org), used only where
 * a URL must be absolute: citations, the sitemap, the Atom feed and JSON-LD.
 * Pages themselves link relatively under the base path and never need it.
 */

/** Clearly not a real address (RFC 2606 reserves .example): set KB_SITE when publishing. */
export const PLACEHOLDER_ORIGIN = 'https://tuopin-kb.example';

export function normalizeOrigin(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === '') return PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`KB_SITE must be an absolute http(s) origin such as https://example.org, not "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`KB_SITE must be an http(s) origin, not "${text}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`KB_SITE is an origin only (https://example.org); put the path in KB_BASE, not in "${text}"`);
  }
  return url.origin;
}

/** Absolute URL of a root-relative URL that already includes the base: /kb/terms/x/ → https://example.org/kb/terms/x/. */
export function absoluteUrl(origin: string, rootRelative: string): string {
  if (!rootRelative.startsWith('/')) throw new Error(`expected a root-relative URL, got "${rootRelative}"`);
  return origin + rootRelative;
}

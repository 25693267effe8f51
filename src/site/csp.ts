/**
 * The site's Content-Security-Policy, in one place. BaseLayout puts it in a
 * <meta http-equiv> on every page, so it holds on any static host, even one that
 * sends no headers. It blocks every request that leaves the site and lets the
 * search page work:
 *
 * - script-src 'self' 'wasm-unsafe-eval': our bundled scripts (the search bundle
 *   includes Pagefind's JS API, which compiles its .wasm with WebAssembly.instantiate);
 * - connect-src 'self': Pagefind fetches its index, fragments and .wasm;
 * - worker-src 'self': the offline service worker (sw.js);
 * - style-src 'self', img-src 'self': the built CSS and the favicon. No inline
 *   <script>, <style> or style="" is allowed, so the build never inlines them
 *   (astro.config.mjs: build.inlineStylesheets 'never', vite assetsInlineLimit 0);
 * - frame-src 'self': the copy tool (src/site/copy-controls.ts), a page of the site
 *   that a copy control opens in its page's hidden iframe; no other frame;
 * - everything else 'none' by default-src, fonts (system fonts only), media,
 *   plugins and a web app manifest included: no directive repeats it.
 *
 * A <meta> policy cannot carry frame-ancestors, report-uri or sandbox; a host
 * that can send headers should send the same policy as a header and add
 * frame-ancestors 'self' (the copy tool is framed by the site's own pages;
 * 'none' would block it).
 */

export type CspDirectives = Record<string, string[]>;

export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** Directives a <meta http-equiv> policy ignores (CSP3 §3.3); never put them in the meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as the content of a <meta http-equiv="Content-Security-Policy">. */
export function contentSecurityPolicy(directives: CspDirectives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

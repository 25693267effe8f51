/**
 * Links for a copy of the site opened from a folder (file://): every URL
 * under the site's base path becomes relative to the page that holds it, and
 * a directory URL names its index.html (a browser shows a file:// directory
 * as a listing, not as the page).
 */
import { fileOfPath } from '../../site/urls.ts';

/** The relative URL from the page at `fromPage` (a path under the site root, e.g. terms/x/index.html) to site path `target` (e.g. terms/ or pagefind/x.js). */
export function relativePath(fromPage: string, target: string): string {
  const fromDirs = fromPage.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let common = 0;
  while (common < fromDirs.length && common < targetParts.length - 1 && fromDirs[common] === targetParts[common]) common++;
  const up = fromDirs.length - common;
  const rest = targetParts.slice(common).join('/');
  return '../'.repeat(up) + rest || './';
}

/** A path-relative URL (text/#l12, citation.bib): no scheme, not from the root, not a pure #fragment or ?query. */
const PATH_RELATIVE = /^(?![a-z][a-z\d+.-]*:|[/#?])./i;

/**
 * Rewrites one URL found on the page `fromPage`. A path-relative URL is read
 * against the page's own address first, so a directory it names gets its
 * index.html too. URLs outside the base path, absolute URLs with a scheme, and
 * pure #fragments are left alone.
 */
export function offlineUrl(url: string, fromPage: string, base: string): string {
  if (PATH_RELATIVE.test(url)) {
    const resolved = new URL(url, `http://site${base}${fromPage}`);
    url = resolved.pathname + resolved.search + resolved.hash;
  }
  if (!url.startsWith(base) || url.startsWith('//')) return url;
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url.slice(base.length))!;
  return relativePath(fromPage, fileOfPath(match[1]!)) + (match[2] ?? '') + (match[3] ?? '');
}

/** Attributes that hold a URL; data-kb-suggest(-typed) holds the suggestions script's, loaded when a search box is first used. */
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster|data-kb-suggest|data-kb-suggest-typed)=)(["'])(.*?)\2/g;
const REFRESH = /(<meta\s+http-equiv=["']refresh["']\s+content=["']\d+;\s*url=)([^"']*)(["'])/gi;

/** Rewrites every URL attribute (and meta refresh target) of an HTML page for the offline copy. */
export function rewriteHtmlForOffline(html: string, fromPage: string, base: string): string {
  return html
    .replace(URL_ATTRIBUTE, (_m, attr: string, quote: string, url: string) => `${attr}${quote}${offlineUrl(url, fromPage, base)}${quote}`)
    .replace(REFRESH, (_m, start: string, url: string, end: string) => `${start}${offlineUrl(url, fromPage, base)}${end}`);
}

/**
 * Where a search result links to. Pagefind stores each page's URL under the
 * site's base path (/kb/terms/x/); the link is made relative to the site root
 * the reader is actually using, so it also works in the offline copy opened
 * from a folder (file://), where a directory URL must name its index.html.
 * A #:~:text= fragment asks the browser to scroll to the matched words and
 * highlight them on the target page, with no script on that page.
 */

/** Percent-encodes text for a text fragment (the characters - , & have meaning there). */
export function encodeTextFragment(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

export interface LinkOptions {
  /** The base path the index was built with, e.g. / or /kb/. */
  base: string;
  /** The site root as the reader sees it (an absolute URL ending in /). */
  siteRoot: string;
  /** file: copies need explicit index.html. */
  offline: boolean;
}

export function resultHref(url: string, options: LinkOptions, anchor?: string, matchedText?: string): string {
  let path = url.startsWith(options.base) ? url.slice(options.base.length) : url.replace(/^\//, '');
  if (options.offline && (path === '' || path.endsWith('/'))) path += 'index.html';
  let href = new URL(path, options.siteRoot).href;
  const text = matchedText?.trim();
  if (anchor || text) href += `#${anchor ?? ''}`;
  if (text) href += `:~:text=${encodeTextFragment(text)}`;
  return href;
}

/** The site's base path ('/', '/kb/', '/a/b/') and links under it. */

export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins a site-relative path ('terms/x/') onto the base ('/kb/') → '/kb/terms/x/'. */
export function withBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

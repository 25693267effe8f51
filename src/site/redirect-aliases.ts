/** content/redirects.yaml for this build, and the old anchors that must keep landing on each element. */
import { projectPaths } from '../content/project-paths.ts';
import { aliasesByTarget, readRedirects } from '../content/redirects.ts';

export const redirects = readRedirects(projectPaths(process.cwd()).contentDir);

/** The site path of a page URL under the base: /kb/sources/x/ → sources/x/. */
export function sitePathOf(pathname: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return decodeURI(path);
}

/** Old ids that point at `id` on the page at `pathname`. */
export function aliasesFor(pathname: string, id: string): string[] {
  return aliasesByTarget(redirects, sitePathOf(pathname)).get(id) ?? [];
}

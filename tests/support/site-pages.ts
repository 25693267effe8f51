/**
 * Every page of the built site as a URL path relative to the base, for the
 * end-to-end specs that visit them all (enumerated from dist/, so a new page is
 * covered without touching the tests).
 */
import { existsSync } from 'node:fs';
import { readSite } from './dist-files.ts';

export const DIST = 'dist';

/** 'index.html' → '', 'terms/x/index.html' → 'terms/x/', '404.html' → '404.html'. */
export function builtPages(dist = DIST): string[] {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`no build in ${dist}/: run \`npm run build\` first`);
  return readSite(dist).pages.map((p) => p.path.replace(/(^|\/)index\.html$/, '$1'));
}

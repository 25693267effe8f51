/**
 * Built pages of dist/ (or KB_DIST) parsed into a tree (htmlparser2's DOM), for the build
 * tests that read a page's static HTML the way the end-to-end tests read it in a browser:
 * elements found by predicate, their ancestors and their following siblings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readConfig } from '../../src/config.ts';
import { DIST_DIR } from './site-dirs.ts';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** The file a site path is served from: '' → index.html, 'terms/x/' → terms/x/index.html, '404.html' → 404.html. */
export function builtFile(sitePath: string, dist = DIST_DIR): string {
  return join(dist, sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

/** The site path a root-relative link points to, without the base path and the #fragment: '/kb/terms/x/#a' → 'terms/x/'. */
export function sitePathOf(href: string): string {
  const base = readConfig().base;
  const path = href.split('#')[0]!;
  if (!path.startsWith(base)) throw new Error(`${href} is not under the base path ${base}`);
  return path.slice(base.length);
}

/** The built page at a site path, parsed. */
export function builtDocument(sitePath: string, dist = DIST_DIR): HtmlDocument {
  return parseDocument(readFileSync(builtFile(sitePath, dist), 'utf8'));
}

/** Every element under `root` that `match` accepts, in document order. */
export function findAll(root: HtmlDocument | HtmlElement, match: (el: HtmlElement) => boolean): HtmlElement[] {
  return DomUtils.findAll(match, root.children);
}

export const attr = (el: HtmlElement, name: string): string | undefined => el.attribs[name];
export const hasClass = (el: HtmlElement, name: string): boolean => (el.attribs.class ?? '').split(/\s+/).includes(name);
export const textOf = (el: HtmlElement): string => DomUtils.textContent(el);

/** Whether an ancestor of `el` (not `el` itself) is accepted by `match`. */
export function inside(el: HtmlElement, match: (ancestor: HtmlElement) => boolean): boolean {
  for (let node = el.parent; node && node.type !== 'root'; node = node.parent) if (match(node as HtmlElement)) return true;
  return false;
}

/** The element siblings that follow `el` (CSS `el ~ *`). */
export function followingSiblings(el: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (let node = DomUtils.nextElementSibling(el); node; node = DomUtils.nextElementSibling(node)) out.push(node);
  return out;
}

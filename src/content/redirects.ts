/**
 * Old URLs and old anchors that must keep working, declared in
 * content/redirects.yaml:
 *
 *   pages:                      # old page → where it lives now (site paths, no leading "/")
 *     glossary/: terms/
 *   anchors:                    # per page: old id → the id that replaced it
 *     sources/2019-…/:
 *       figure-1: figure-dang-nian-tuo-pin-ren-kou
 *
 * For every old page the build writes a static redirect page (meta refresh,
 * canonical link and a visible link), which works on any host and offline. For
 * every old anchor the element with the new id carries an empty target with
 * the old id, so /page/#old still scrolls to (and highlights) the element.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

export interface RedirectsData {
  pages: Record<string, string>;
  anchors: Record<string, Record<string, string>>;
}

/** A site path as the manifest writes it: "terms/", "sources/x/", "feed.xml", "print/terms/". Never starts with "/". */
export const SITE_PATH = /^(?:[a-z0-9][a-z0-9._-]*\/)*(?:[a-z0-9][a-z0-9._-]*\.[a-z0-9]+)?$/;
const ANCHOR = /^[A-Za-z][A-Za-z0-9_-]*$/;

const OLD_PAGE = /^(?:[a-z0-9][a-z0-9._-]*\/)+$/;
const TARGET = /^(?:[a-z0-9][a-z0-9._/-]*)?(?:#[A-Za-z][A-Za-z0-9_-]*)?$/;

// Keys are checked by hand below, so that each message names the offending key.
export const redirectsSchema = z.object({
  pages: z
    .record(z.string(), z.string())
    .nullish()
    .transform((v) => v ?? {}),
  anchors: z
    .record(
      z.string(),
      z
        .record(z.string(), z.string())
        .nullish()
        .transform((v) => v ?? {}),
    )
    .nullish()
    .transform((v) => v ?? {}),
});

function keyProblems(data: RedirectsData): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  for (const [old, now] of Object.entries(data.pages)) {
    if (!OLD_PAGE.test(old)) problems.push([`pages.${old}`, 'expected an old page path like "glossary/" (ending in "/", no leading "/")']);
    if (!TARGET.test(now)) problems.push([`pages.${old}`, `"${now}" is not a site path like "terms/" (optionally with #anchor)`]);
  }
  for (const [page, map] of Object.entries(data.anchors)) {
    if (!SITE_PATH.test(page)) problems.push([`anchors.${page}`, 'expected a site path like "sources/slug/" (no leading "/")']);
    for (const [old, now] of Object.entries(map)) {
      if (!ANCHOR.test(old)) problems.push([`anchors.${page}.${old}`, 'expected an id of ASCII letters, digits and "-"']);
      if (!ANCHOR.test(now)) problems.push([`anchors.${page}.${old}`, `"${now}" is not an id of ASCII letters, digits and "-"`]);
      if (old === now) problems.push([`anchors.${page}.${old}`, 'an alias cannot point to itself']);
    }
  }
  return problems;
}

export class RedirectsError extends Error {}

export function parseRedirects(text: string, file = 'content/redirects.yaml'): RedirectsData {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    throw new RedirectsError(`${file}: not valid YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  const result = redirectsSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${file} › ${i.path.join('.')}: ${i.message}`);
    throw new RedirectsError(issues.join('\n'));
  }
  const data = result.data as RedirectsData;
  const problems = keyProblems(data);
  if (problems.length > 0) throw new RedirectsError(problems.map(([field, message]) => `${file} › ${field}: ${message}`).join('\n'));
  return data;
}

export const REDIRECTS_FILE = 'redirects.yaml';

/** Reads content/redirects.yaml (or the fixture's); no file means nothing is redirected. */
export function readRedirects(contentDir: string): RedirectsData {
  const path = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(path)) return { pages: {}, anchors: {} };
  return parseRedirects(readFileSync(path, 'utf8'), `${path.split(/[\\/]/).slice(-2).join('/')}`);
}

/** For one page: each current id → the old ids that must keep landing on it. */
export function aliasesByTarget(data: RedirectsData, page: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [old, now] of Object.entries(data.anchors[page] ?? {})) {
    const list = out.get(now) ?? [];
    list.push(old);
    out.set(now, list);
  }
  return out;
}

/**
 * A relative URL from one site path to another, so a redirect page works
 * under any base path, on any host and from a file:// copy.
 *   relativeHref('glossary/', 'terms/') → '../terms/'
 */
export function relativeHref(from: string, to: string): string {
  const [toPath, hash] = to.split('#') as [string, string | undefined];
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = toPath.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = '../'.repeat(fromDirs.length - common);
  const rest = toParts.slice(common).join('/');
  const href = up + rest || './';
  return hash ? `${href}#${hash}` : href;
}

/** The site path of a content file's page: content/terms/x.md → terms/x/. */
export function pageOfContentFile(file: string): string | null {
  const match = /(?:^|[\\/])(sources|terms)[\\/]([^\\/]+)\.mdx?$/.exec(file);
  return match ? `${match[1]}/${match[2]}/` : null;
}

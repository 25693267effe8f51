/**
 * The URL manifest: every public URL of the built site and every anchor on
 * each page, committed as urls.manifest.json. Links that trainers put in course
 * material must never break, so a build that loses a listed URL or anchor fails
 * unless a redirect page or an anchor alias (content/redirects.yaml) keeps it
 * working. A build with URLs or anchors the manifest does not list yet asks for
 * `npm run manifest:update`, so the manifest always describes the real site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site path under the base → sorted anchor ids. Paths start with "/": "/", "/terms/x/", "/feed.xml". */
export type BuiltSite = Record<string, string[]>;

export interface UrlManifest {
  about: string;
  urls: BuiltSite;
}

export interface ScannedSite {
  urls: BuiltSite;
  /** Pages that are static redirects (their anchors live on the target page). */
  redirects: Set<string>;
  /** Ids used twice on one page: an anchor that cannot be relied on. */
  duplicateIds: Array<{ page: string; id: string }>;
}

/** Build output that is not a public address: hashed assets and the search index internals. */
const PRIVATE_DIRS = ['_astro/', 'pagefind/'];
/** Tool pages: their ids are script hooks, not places to link to. Only the URL is kept. */
export const TOOL_PAGES = new Set(['/search/', '/print/terms/', '/_kb/copy/']);
/** Ids on form controls are for labels and scripts, not for links. */
const CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button', 'form', 'fieldset', 'output', 'option', 'datalist']);

export function pagePathOf(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every id on an HTML page outside form controls, in document order (duplicates kept). */
export function idsInHtml(html: string): string[] {
  const ids: string[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g)) {
    const attrs = match[2];
    if (!attrs) continue;
    const id = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(attrs);
    if (!id) continue;
    if (CONTROL_TAGS.has(match[1]!.toLowerCase())) continue;
    ids.push(id[1] ?? id[2] ?? id[3] ?? '');
  }
  return ids;
}

export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv="refresh"/i.test(html);
}

export function scanSite(distDir: string): ScannedSite {
  const urls: BuiltSite = {};
  const redirects = new Set<string>();
  const duplicateIds: ScannedSite['duplicateIds'] = [];
  const files = readdirSync(distDir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(distDir, join(d.parentPath, d.name)))
    .filter((file) => !PRIVATE_DIRS.some((dir) => file.split(sep).join('/').startsWith(dir)));
  for (const file of files) {
    const page = pagePathOf(file);
    if (!file.endsWith('.html')) {
      urls[page] = [];
      continue;
    }
    const html = readFileSync(join(distDir, file), 'utf8');
    if (isRedirectPage(html)) redirects.add(page);
    if (TOOL_PAGES.has(page)) {
      urls[page] = [];
      continue;
    }
    const ids = idsInHtml(html);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) duplicateIds.push({ page, id });
      seen.add(id);
    }
    urls[page] = [...seen].sort();
  }
  return { urls: sortMap(urls), redirects, duplicateIds };
}

function sortMap(map: BuiltSite): BuiltSite {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface ManifestDiff {
  missingPages: string[];
  missingAnchors: Array<{ page: string; id: string }>;
  newPages: string[];
  newAnchors: Array<{ page: string; id: string }>;
}

export function compareManifest(manifest: BuiltSite, site: ScannedSite): ManifestDiff {
  const diff: ManifestDiff = { missingPages: [], missingAnchors: [], newPages: [], newAnchors: [] };
  for (const [page, anchors] of Object.entries(manifest)) {
    const now = site.urls[page];
    if (!now) {
      diff.missingPages.push(page);
      continue;
    }
    // A page that became a redirect sends every old link to the new page.
    if (site.redirects.has(page)) continue;
    const present = new Set(now);
    for (const id of anchors) if (!present.has(id)) diff.missingAnchors.push({ page, id });
  }
  for (const [page, anchors] of Object.entries(site.urls)) {
    const listed = manifest[page];
    if (!listed) {
      diff.newPages.push(page);
      continue;
    }
    const known = new Set(listed);
    for (const id of anchors) if (!known.has(id)) diff.newAnchors.push({ page, id });
  }
  return diff;
}

export function hasRemovals(diff: ManifestDiff): boolean {
  return diff.missingPages.length > 0 || diff.missingAnchors.length > 0;
}

export function hasAdditions(diff: ManifestDiff): boolean {
  return diff.newPages.length > 0 || diff.newAnchors.length > 0;
}

const LIST_LIMIT = 20;
function listed<T>(items: T[], show: (item: T) => string): string[] {
  const lines = items.slice(0, LIST_LIMIT).map((item) => `    ${show(item)}`);
  if (items.length > LIST_LIMIT) lines.push(`    … and ${items.length - LIST_LIMIT} more`);
  return lines;
}

/** What went missing, and exactly what to add to content/redirects.yaml to keep it working. */
export function formatRemovals(diff: ManifestDiff): string {
  const lines: string[] = [];
  if (diff.missingPages.length > 0) {
    lines.push(`${diff.missingPages.length} URL(s) in urls.manifest.json are gone from the build:`);
    lines.push(...listed(diff.missingPages, (p) => p));
    lines.push('  Keep each one working with a redirect page: in content/redirects.yaml add');
    lines.push('    pages:');
    lines.push(...listed(diff.missingPages, (p) => `  ${p.replace(/^\//, '')}: <its new path, e.g. terms/new-slug/>`));
  }
  if (diff.missingAnchors.length > 0) {
    lines.push(`${diff.missingAnchors.length} anchor(s) in urls.manifest.json are gone from their pages:`);
    lines.push(...listed(diff.missingAnchors, (a) => `${a.page}#${a.id}`));
    lines.push('  Keep each one working with an alias: in content/redirects.yaml add');
    lines.push('    anchors:');
    const pages = [...new Set(diff.missingAnchors.map((a) => a.page))];
    for (const page of pages.slice(0, LIST_LIMIT)) {
      lines.push(`      ${page.replace(/^\//, '')}:`);
      for (const a of diff.missingAnchors.filter((m) => m.page === page).slice(0, LIST_LIMIT)) {
        lines.push(`        ${a.id}: <the id that replaced it>`);
      }
    }
  }
  return lines.join('\n');
}

export function formatAdditions(diff: ManifestDiff): string {
  const lines: string[] = [];
  if (diff.newPages.length > 0) {
    lines.push(`${diff.newPages.length} URL(s) in the build are not in urls.manifest.json yet:`);
    lines.push(...listed(diff.newPages, (p) => p));
  }
  if (diff.newAnchors.length > 0) {
    lines.push(`${diff.newAnchors.length} anchor(s) in the build are not in urls.manifest.json yet:`);
    lines.push(...listed(diff.newAnchors, (a) => `${a.page}#${a.id}`));
  }
  if (lines.length > 0) lines.push('  Run `npm run manifest:update` (after `npm run build`) and commit urls.manifest.json.');
  return lines.join('\n');
}

export const MANIFEST_ABOUT =
  'Every public URL of the built site and the anchors on each page (paths under the base). ' +
  'Generated by `npm run manifest:update`; the build tests fail when one disappears without a redirect or an anchor alias (content/redirects.yaml).';

/** The manifest after a build: everything listed before (which must still be there) plus what is new. */
export function updatedManifest(previous: BuiltSite, site: ScannedSite): UrlManifest {
  const urls: BuiltSite = { ...previous };
  for (const [page, anchors] of Object.entries(site.urls)) {
    urls[page] = [...new Set([...(previous[page] ?? []), ...anchors])].sort();
  }
  return { about: MANIFEST_ABOUT, urls: sortMap(urls) };
}

export function serializeManifest(manifest: UrlManifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

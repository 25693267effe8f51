/**
 * The URL manifest (urls.manifest.json) against a build.
 *
 *   node scripts/manifest.ts check  [--dist dist] [--manifest urls.manifest.json]
 *   node scripts/manifest.ts update [--dist dist] [--manifest urls.manifest.json]
 *
 * check: fails when a listed URL or anchor is gone (and says what to add to
 * content/redirects.yaml), or when the build has URLs/anchors the manifest does
 * not list yet (and says to run the update).
 * update (`npm run manifest:update`): adds the build's new URLs and anchors. It
 * never drops one: if something listed is gone, it refuses and prints the same
 * advice as check.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  compareManifest,
  formatAdditions,
  formatRemovals,
  hasAdditions,
  hasRemovals,
  scanSite,
  serializeManifest,
  updatedManifest,
  type UrlManifest,
} from './verify/url-manifest.ts';

const [command, ...args] = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const distDir = option('dist', 'dist');
const manifestFile = option('manifest', 'urls.manifest.json');

if (command !== 'check' && command !== 'update') {
  console.error('usage: node scripts/manifest.ts check|update [--dist dist] [--manifest urls.manifest.json]');
  process.exit(2);
}
if (!existsSync(`${distDir}/index.html`)) {
  console.error(`No build in ${distDir}/: run \`npm run build\` first.`);
  process.exit(2);
}

const previous: UrlManifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as UrlManifest) : { about: '', urls: {} };
const site = scanSite(distDir);
const diff = compareManifest(previous.urls, site);
const problems: string[] = [];
if (site.duplicateIds.length > 0) {
  problems.push(
    `${site.duplicateIds.length} id(s) are used twice on one page, so links to them are ambiguous:`,
    ...site.duplicateIds.slice(0, 20).map((d) => `    ${d.page}#${d.id}`),
  );
}
if (hasRemovals(diff)) problems.push(formatRemovals(diff));

if (command === 'update') {
  if (problems.length > 0) {
    console.error(`Not updating ${manifestFile}: links that worked before would break.\n${problems.join('\n')}`);
    process.exit(1);
  }
  const next = updatedManifest(previous.urls, site);
  writeFileSync(manifestFile, serializeManifest(next));
  const count = Object.keys(next.urls).length;
  const anchors = Object.values(next.urls).reduce((n, a) => n + a.length, 0);
  console.log(`${manifestFile}: ${count} URLs, ${anchors} anchors (${diff.newPages.length} new URLs, ${diff.newAnchors.length} new anchors).`);
  process.exit(0);
}

if (hasAdditions(diff)) problems.push(formatAdditions(diff));
if (problems.length > 0) {
  console.error(`URL manifest check failed (${manifestFile} against ${distDir}/):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`URL manifest check passed: ${Object.keys(site.urls).length} URLs, every listed URL and anchor still works.`);

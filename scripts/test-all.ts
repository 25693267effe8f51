/**
 * `npm test`: every test, in order. Type check and lint, unit tests, the
 * content check, a build of the real site, checks on the build (noise, links,
 * HTML validity, bad input), one more build compared with it byte for byte,
 * then the end-to-end tests in Chromium (pages, search, outside requests with
 * the network cut, accessibility), the offline copy in Firefox, the search
 * evaluation, and the site again under a base path. Stops at the first failing
 * step and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from '../tests/support/chromium.ts';
import { ensureCjkFont } from '../tests/support/cjk-font.ts';
import { ensurePoppler } from '../tests/support/poppler.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** The same site built under a base path, as on GitHub Pages or a school server. */
const BASE = '/kb/';
const baseDist = join(tmpdir(), `kb-base-path-${process.pid}`, 'dist');
// The second build also splits the search index into shards (74 pages, 30 per shard: the
// glossary and some sources in one, the other sources in another), and its service worker
// caches only the shell at install, so the way a large site is searched and kept offline
// is tested end to end on the real content.
// It is also built for a public address (KB_SITE), so canonical links, og:url and robots.txt's Sitemap line are tested.
const atBase = { KB_BASE: BASE, KB_DIST: baseDist, KB_SEARCH_SHARD_PAGES: '30', KB_PRECACHE_BUDGET: '0', KB_SITE: 'https://kb.example.org' };
const steps: Array<{ name: string; command: string; args: string[]; env?: Record<string, string> }> = [
  { name: 'type check (astro check)', command: 'astro', args: ['check'] },
  { name: 'lint and format (biome ci)', command: 'biome', args: ['ci', '.'] },
  { name: 'unit tests', command: 'node', args: ['--test', 'tests/unit/**/*.test.ts'] },
  { name: 'content check', command: 'node', args: ['scripts/check-content.ts'] },
  { name: 'build', command: 'astro', args: ['build'] },
  { name: 'build tests', command: 'node', args: ['--test', '--test-concurrency=1', 'tests/build/**/*.test.ts'] },
  { name: 'reproducible build (a second build, byte for byte)', command: 'node', args: ['scripts/check-reproducible.ts', '--against', 'dist'] },
  { name: 'end-to-end tests (Chromium)', command: 'playwright', args: ['test'] },
  { name: 'offline copy in Firefox (file://)', command: 'node', args: ['--test', 'tests/firefox/**/*.test.ts'] },
  { name: 'search evaluation (Chromium)', command: 'node', args: ['scripts/eval-search.ts'] },
  {
    name: `build at base path ${BASE}, search index in shards, service worker caching on visit`,
    command: 'astro',
    args: ['build', '--outDir', baseDist],
    env: atBase,
  },
  { name: `share tags and robots.txt at base path ${BASE} with KB_SITE`, command: 'node', args: ['--test', 'tests/build/share.test.ts'], env: atBase },
  {
    // The tests tagged @base-path: those whose outcome depends on the base path, the index shards or the
    // service worker's mode (every page type, links, search over shards, the offline copy, copy controls).
    name: `end-to-end tests at base path ${BASE} (@base-path: pages, links, search over shards, offline copy and cache on visit, copy controls)`,
    command: 'playwright',
    args: ['test', '--grep', '@base-path'],
    env: atBase,
  },
];

console.log(`Chromium for end-to-end tests: ${ensureChromium()}`);
console.log(`Poppler (pdftotext, pdftoppm) for the handout tests: ${ensurePoppler()}`);
console.log(`A font with Chinese glyphs for printed pages: ${ensureCjkFont()}`);
let passed = 0;
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: { ...env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    console.log(`test steps: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`✔ ${step.name} (${seconds} s)`);
}
console.log(`\ntest steps: ${passed} passed, 0 failed`);

/**
 * Every setting of a build, read from the environment once and validated.
 * Nothing else in the project reads one of these variables (a unit test,
 * tests/unit/config.test.ts, finds any other read): Astro's config, the content
 * collections, the Markdown processor, the after-build steps, the Node tools
 * and the tests all take them from here. The settings of the test runs alone
 * (KB_DIST, KB_TEST_PORT, KB_TEST_WORKERS, KB_EVAL_TABS) are read where those
 * runs start: playwright.config.ts, tests/support/site-dirs.ts, scripts/eval-search.ts.
 *
 * | variable              | meaning                                                      | default            |
 * | --------------------- | ------------------------------------------------------------ | ------------------ |
 * | KB_BASE               | base path the site is served under (/kb/)                    | /                  |
 * | KB_SITE               | public origin (https://example.org), for absolute URLs      | a .example placeholder |
 * | KB_CONTENT_DIR        | folder with sources/, terms/ and redirects.yaml              | content            |
 * | KB_SOURCES_DIR        | folder with the raw archive files                            | content/archive    |
 * | KB_SEARCH_SHARD_PAGES | pages per search-index shard at most (also sized by characters) | 5000               |
 * | KB_PRECACHE_BUDGET    | bytes the service worker may download at install             | 20 MB              |
 * | KB_CACHE_DIR          | Astro's cache (content data store, incremental build)        | node_modules/.astro |
 * | KB_AFTER_BUILD_TO     | file `astro build` writes its output folder to, leaving the after-build steps to the process that set it (scripts/build.ts) | unset: the steps run inside `astro build` |
 * | KB_WITHOUT            | large-site mechanisms to turn off, comma-separated (MECHANISMS), only for measuring what each buys (scripts/bench/mechanisms.ts) | none |
 */
import { resolve } from 'node:path';
import { normalizeBase } from './site/base-path.ts';
import { normalizeOrigin } from './site/site-origin.ts';

export interface SiteConfig {
  /** Base path, always with slashes at both ends: '/', '/kb/'. */
  base: string;
  /** The public origin for absolute URLs (citations, sitemap, feed, JSON-LD); a placeholder when KB_SITE is unset. */
  siteOrigin: string;
  /** True when KB_SITE names the real origin (pages then carry canonical links). */
  siteIsSet: boolean;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path of the folder holding the raw archive files. */
  archiveDir: string;
  /** True when KB_SOURCES_DIR is unset: archiveDir is the repository's own archive, whose checksum list is then required. */
  ownArchive: boolean;
  /** Pages per search-index shard; undefined for the index's own default. */
  searchShardPages: number | undefined;
  /** Bytes the service worker may download at install; undefined for its own default. */
  precacheBudget: number | undefined;
  /**
   * Absolute path of Astro's cache (its `cacheDir`). A build of other content, or one that
   * must start cold, gets a folder of its own, so it neither reads nor replaces the cache of
   * the real content and can run while another build does.
   */
  cacheDir: string;
  /** Large-site mechanisms turned off for a measurement; empty for every real build. */
  without: ReadonlySet<Mechanism>;
  /**
   * Absolute path of the file Astro's build writes its output folder to instead of running the
   * after-build steps itself (src/emit/index.ts); scripts/build.ts sets it and runs the steps in
   * its own process once Astro's has exited. Undefined: the steps run inside `astro build`.
   */
  afterBuildTo: string | undefined;
}

/**
 * The large-site mechanisms KB_WITHOUT can turn off, so that a build with and
 * without each can be measured (docs/performance.md): Markdown rendered on
 * worker threads, garbage collected between index steps, the name-token Bloom
 * filter.
 */
export const MECHANISMS = ['worker-markdown', 'gc', 'name-filter'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

type Env = Record<string, string | undefined>;

/** The mechanisms KB_WITHOUT names; throws naming the variable and the unknown name. */
function mechanismsOff(env: Env): ReadonlySet<Mechanism> {
  const names = (env.KB_WITHOUT ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(MECHANISMS as readonly string[]).includes(name)) throw new Error(`KB_WITHOUT: unknown mechanism "${name}" (known: ${MECHANISMS.join(', ')})`);
  }
  return new Set(names as Mechanism[]);
}

/** A whole number from the environment, or undefined when unset. */
function wholeNumber(env: Env, name: string, min: number): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  }
  return Number(raw);
}

/** Reads and validates the settings; throws one clear message naming the variable on bad input. */
export function readConfig(env: Env = process.env, root: string = process.cwd()): SiteConfig {
  return {
    base: normalizeBase(env.KB_BASE),
    siteOrigin: normalizeOrigin(env.KB_SITE),
    siteIsSet: (env.KB_SITE ?? '').trim() !== '',
    contentDir: resolve(root, env.KB_CONTENT_DIR ?? 'content'),
    archiveDir: resolve(root, env.KB_SOURCES_DIR ?? 'content/archive'),
    ownArchive: env.KB_SOURCES_DIR === undefined,
    searchShardPages: wholeNumber(env, 'KB_SEARCH_SHARD_PAGES', 1),
    precacheBudget: wholeNumber(env, 'KB_PRECACHE_BUDGET', 0),
    cacheDir: resolve(root, env.KB_CACHE_DIR ?? 'node_modules/.astro'),
    without: mechanismsOff(env),
    afterBuildTo: env.KB_AFTER_BUILD_TO?.trim() ? resolve(root, env.KB_AFTER_BUILD_TO.trim()) : undefined,
  };
}

/** This build's settings. */
export const config: SiteConfig = readConfig();

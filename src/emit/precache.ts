/**
 * What the service worker caches when it installs.
 *
 * A small site is cached whole on the first visit, so every page can be read
 * and searched without a network afterwards. A large one is not: at 10,000
 * sources the whole site is 760 MB, and a reader who opened the search page
 * once would download all of it. Above PRECACHE_BUDGET_BYTES only the shell is
 * cached at install (home, search page, 404, styles and scripts, Pagefind's
 * entry, metadata and WebAssembly, of every shard), and every other page or index chunk is kept
 * when it is first fetched: what a reader has read and searched stays readable
 * offline. The offline copy (a zip) is the way to take a large site whole.
 */

export interface SiteFile {
  /** As the service worker requests it: a page by its directory URL ("terms/x/"), any other file by its path. */
  path: string;
  bytes: number;
}

/** 20 MB of files (about 5 MB transferred with gzip). The real site is about 3 MB. */
export const PRECACHE_BUDGET_BYTES = 20 * 2 ** 20;

/** Pages and files every visit may need, whatever the reader reads. */
export function isShellFile(path: string): boolean {
  if (path === './' || path === 'search/' || path === '404.html' || path === 'favicon.svg') return true;
  if (/^_(astro|kb)\/[^/]+\.(css|js)$/.test(path)) return true;
  // Pagefind's start-up files, in the first shard, in every other one and in the original texts' shards; not its chunks.
  return /^pagefind\/(?:(?:shard|texts)-\d+\/)?(?:pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+)$/.test(path);
}

export interface PrecachePlan {
  files: string[];
  /** True when the whole site is cached at install. */
  whole: boolean;
}

export function precachePlan(files: readonly SiteFile[], budget = PRECACHE_BUDGET_BYTES): PrecachePlan {
  const total = files.reduce((n, f) => n + f.bytes, 0);
  if (total <= budget) return { files: files.map((f) => f.path), whole: true };
  return { files: files.filter((f) => isShellFile(f.path)).map((f) => f.path), whole: false };
}

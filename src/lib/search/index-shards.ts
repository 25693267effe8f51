/**
 * A large site's search index is written as several Pagefind indexes (shards),
 * one after another, and searched together in the browser (Pagefind's
 * mergeIndex). Pagefind holds a whole index in memory while it writes it, so
 * a shard's size bounds the build's memory; each shard costs the first search
 * its own metadata and chunks, so a small site keeps one.
 *
 * Pages go to shards by a hash of their URL: stable from build to build, and
 * every shard gets a like mix of sources and terms, so scores compare.
 */
import { fnv1a } from '../hash.ts';

/**
 * Pages one Pagefind process indexes at most. Pagefind needed about 4.5 GB to
 * write 12,000 pages in one index (about 375 KB a page, most of it while it
 * writes), so a shard of at most 5,000 pages stays under 2 GB.
 */
export const PAGES_PER_SHARD = 5_000;

export function shardCount(pages: number, perShard = PAGES_PER_SHARD): number {
  return Math.max(1, Math.ceil(pages / perShard));
}

/** The shard of the page at `url`, 0 ≤ shard < count. */
export function shardOf(url: string, count: number): number {
  return count <= 1 ? 0 : fnv1a(url) % count;
}

/** The folder of shard `i` inside pagefind/: the first shard is pagefind/ itself. */
export function shardDir(i: number): string {
  return i === 0 ? '' : `shard-${i}/`;
}

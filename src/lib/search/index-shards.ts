/**
 * A large site's search index is written as several Pagefind indexes (shards),
 * one after another, and searched together in the browser (Pagefind's
 * mergeIndex). Pagefind holds a whole index in memory while it writes it, so
 * a shard's size bounds the build's memory; each shard costs the first search
 * its own metadata and chunks, so a small site keeps one.
 *
 * Sources go to shards by a hash of their URL: stable from build to build,
 * and every shard gets a like mix of them, so their scores compare. Glossary
 * entries and the other pages stay together in the first shard: they are many
 * short pages that a pinyin or name query ranks against each other, and one
 * shard's statistics rank them exactly as a single index would.
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

/** The shard of a page, 0 ≤ shard < count: sources by a hash of their URL, every other page in the first. */
export function shardOf(page: { url: string; isSource: boolean }, count: number): number {
  return count <= 1 || !page.isSource ? 0 : fnv1a(page.url) % count;
}

/** The folder of shard `i` inside pagefind/: the first shard is pagefind/ itself. */
export function shardDir(i: number): string {
  return i === 0 ? '' : `shard-${i}/`;
}

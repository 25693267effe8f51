/**
 * A large site's search index is written as several Pagefind indexes (shards),
 * one after another, and searched together in the browser (Pagefind's
 * mergeIndex). Pagefind holds a whole index in memory while it writes it, so
 * a shard's size bounds the build's memory; each shard costs the first search
 * its own metadata and chunks, so a small site keeps one.
 *
 * Sources go to shards by a hash of their URL: stable from build to build,
 * and every shard gets a like mix of them, so their scores compare. A source's
 * original text goes with its summary: it is as long as a page gets, and the
 * first shard, which every search loads, must not collect them. Glossary
 * entries and the other pages stay together in the first shard: they are many
 * short pages that a pinyin or name query ranks against each other, and one
 * shard's statistics rank them exactly as a single index would.
 */
import type { BuiltPage } from '../../emit/built-site.ts';
import { fnv1a } from '../../util/hash.ts';

/**
 * Pages one Pagefind process indexes at most. Pagefind needed about 4.5 GB to
 * write 12,000 pages in one index (about 375 KB a page, most of it while it
 * writes), so a shard of at most 5,000 pages stays under 2 GB.
 */
export const PAGES_PER_SHARD = 5_000;

export function shardCount(pages: number, perShard = PAGES_PER_SHARD): number {
  return Math.max(1, Math.ceil(pages / perShard));
}

/**
 * The share of the sources each shard takes, so that every shard ends up with
 * about as many pages: the first holds the other pages already, so it takes
 * fewer sources (none, if the other pages alone fill it).
 */
export function sourceShares(count: number, otherPages: number, sources: number): number[] {
  if (count <= 1 || sources === 0) return [1];
  const target = (otherPages + sources) / count;
  const first = Math.max(0, target - otherPages);
  const rest = (sources - first) / (count - 1);
  return [first, ...Array.from({ length: count - 1 }, () => rest)].map((n) => n / sources);
}

/**
 * Where a page goes: `source` is the URL of the source it belongs to (its
 * summary's URL, for the summary and for its original text), undefined for
 * every other page.
 */
export interface ShardKey {
  source: string | undefined;
}

/** A source's summary and its original text go to a shard by the source's URL; every other page has no source. */
export function shardKey(page: Pick<BuiltPage, 'url' | 'type'>): ShardKey {
  if (page.type === 'source') return { source: page.url };
  if (page.type === 'source-text') return { source: page.url.replace(/text\/$/, '') };
  return { source: undefined };
}

/**
 * The shard of a page: every page that belongs to no source in the first; a
 * source's pages by a hash of the source's URL, placed on the shares (see sourceShares).
 */
export function shardOf(page: ShardKey, shares: readonly number[]): number {
  if (shares.length <= 1 || page.source === undefined) return 0;
  const at = fnv1a(page.source) / 2 ** 32;
  let edge = 0;
  for (const [i, share] of shares.entries()) {
    edge += share;
    if (at < edge) return i;
  }
  return shares.length - 1;
}

/**
 * Pages grouped into shards of at most `perShard` pages (see shardOf). A shard
 * that would get no page is left out: Pagefind cannot load an index without
 * pages (it has no language).
 */
export function shardGroups<T>(items: readonly T[], page: (item: T) => ShardKey, perShard = PAGES_PER_SHARD): T[][] {
  const pages = items.map(page);
  const sources = pages.filter((p) => p.source !== undefined).length;
  const shares = sourceShares(shardCount(items.length, perShard), items.length - sources, sources);
  const groups: T[][] = shares.map(() => []);
  items.forEach((item, i) => groups[shardOf(pages[i]!, shares)]!.push(item));
  return groups.filter((group) => group.length > 0);
}

/** The folder of shard `i` inside pagefind/: the first shard is pagefind/ itself. */
export function shardDir(i: number): string {
  return i === 0 ? '' : `shard-${i}/`;
}

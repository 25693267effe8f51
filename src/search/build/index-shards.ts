/**
 * A large site's search index is written as several Pagefind indexes (shards),
 * one after another, each by a Pagefind process of its own, and searched
 * together in the browser (Pagefind's mergeIndex). Pagefind holds a whole
 * index in memory while it writes it, so a shard's size bounds the build's
 * memory; each shard costs the first search its own metadata and chunks, so a
 * small site keeps one.
 *
 * How many shards: enough that each Pagefind process stays within
 * SHARD_MEMORY_BUDGET by the memory model below, and at most `perShard` pages
 * a shard (KB_SEARCH_SHARD_PAGES, which the test suite sets small to test
 * shards on the real site).
 *
 * A sharded site's pages go to two kinds of shards (shardPlan). The sources'
 * original texts, as long as a page gets and most of a large site's
 * characters, go to shards of their own (textShardDir), which the search page
 * merges only once the first screen of results is shown (src/search/browser/engine.ts):
 * the first search then loads no metadata or chunk of theirs. The other pages
 * go to the main shards: glossary entries and the other pages together in the
 * first, which every search loads (many short pages that a pinyin or name
 * query ranks against each other, and one shard's statistics rank them exactly
 * as a single index would), and the sources' summaries by a hash of their URL:
 * stable from build to build, and every shard gets a like mix of them, so
 * their scores compare.
 */
import type { BuiltPage } from '../../emit/built-site.ts';
import { fnv1a } from '../../util/hash.ts';

/** Pages one Pagefind process indexes at most, unless KB_SEARCH_SHARD_PAGES says otherwise. */
export const PAGES_PER_SHARD = 5_000;

/**
 * The memory model: Pagefind's resident memory while it writes one index grows
 * with the characters of its records' content (the site's index words, Han text
 * as overlapping bigrams), not with its pages. Measured on the 1,000-source
 * corpus, one Pagefind process each: 146 MB for 0.75 million characters (2,013
 * pages: the glossary and other pages), 453 and 498 MB for 3.0 and 3.3 million
 * (958 and 1,042 pages), 943 MB for 6.3 million (2,000 pages), 1,024 MB for 7.1
 * million (4,013 pages): about 42 MB and 139 bytes a character.
 */
export const PAGEFIND_BASE_BYTES = 42 * 2 ** 20;
export const PAGEFIND_BYTES_PER_CHARACTER = 139;

/**
 * What one Pagefind process may take: with the steps' own Node process (0.12–0.18
 * GB while the index is written) the after-build process then stays near 0.6 GB,
 * half of Starlight's whole build at 1,000 sources (1.2–1.5 GB).
 */
export const SHARD_MEMORY_BUDGET = 450 * 2 ** 20;

/** Characters of record content one shard holds at most by the memory model (about 2.9 million). */
export const CHARACTERS_PER_SHARD = Math.floor((SHARD_MEMORY_BUDGET - PAGEFIND_BASE_BYTES) / PAGEFIND_BYTES_PER_CHARACTER);

/**
 * Main shards the memory model asks for at most. Every search loads each main
 * shard's metadata, type filter and a chunk for each query word, so each costs
 * the first search bytes. A site whose summaries and other pages outgrow
 * 5 × CHARACTERS_PER_SHARD gets larger shards.
 */
export const MAX_SHARDS_FOR_MEMORY = 5;

/**
 * Original-text shards at most. A search that reaches the texts loads each text
 * shard's metadata, type filter and a chunk for each query word, after the first
 * screen; a site whose texts outgrow 32 × CHARACTERS_PER_SHARD (about 93 million
 * characters) gets larger text shards.
 */
export const MAX_TEXT_SHARDS = 32;

export function shardCount(pages: number, perShard = PAGES_PER_SHARD): number {
  return Math.max(1, Math.ceil(pages / perShard));
}

/**
 * The share of the sources each shard takes, so that every shard ends up with
 * about as much (pages, or characters): the first holds the other pages already,
 * so it takes fewer sources (none, if the other pages alone fill it). `others` and
 * `sources` are the amounts of the other pages and of the sources' pages.
 */
export function sourceShares(count: number, others: number, sources: number): number[] {
  if (count <= 1 || sources === 0) return [1];
  const target = (others + sources) / count;
  const first = Math.max(0, target - others);
  const rest = (sources - first) / (count - 1);
  return [first, ...Array.from({ length: count - 1 }, () => rest)].map((n) => n / sources);
}

/**
 * Where a page goes: `source` is the URL of the source it belongs to (its
 * summary's URL, for the summary and for its original text), undefined for
 * every other page; `text` is set on a source's original text.
 */
export interface ShardKey {
  source: string | undefined;
  text?: true;
}

/** A source's summary and its original text go to a shard by the source's URL; every other page has no source. */
export function shardKey(page: Pick<BuiltPage, 'url' | 'type'>): ShardKey {
  if (page.type === 'source') return { source: page.url };
  if (page.type === 'source-text') return { source: page.url.replace(/text\/$/, ''), text: true };
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
 * Pages grouped into shards (see shardOf): as many as the memory model asks for
 * by the pages' `size` (characters of record content; MAX_SHARDS_FOR_MEMORY at
 * most) or as `perShard` pages a shard need, whichever is more. When the memory
 * model sets the count, shards are balanced by characters (the first, with its
 * short glossary pages, takes more sources); else by pages. A shard that would
 * get no page is left out: Pagefind cannot load an index without pages (it has
 * no language).
 */
export function shardGroups<T>(items: readonly T[], page: (item: T) => ShardKey, perShard = PAGES_PER_SHARD, size?: (item: T, i: number) => number): T[][] {
  const pages = items.map(page);
  const byPages = shardCount(items.length, perShard);
  const sizes = size ? items.map(size) : undefined;
  const byMemory = sizes
    ? Math.min(
        MAX_SHARDS_FOR_MEMORY,
        shardCount(
          sizes.reduce((a, b) => a + b, 0),
          CHARACTERS_PER_SHARD,
        ),
      )
    : 1;
  const weights = sizes && byMemory >= byPages ? sizes : items.map(() => 1);
  let sources = 0;
  let others = 0;
  pages.forEach((p, i) => {
    if (p.source === undefined) others += weights[i]!;
    else sources += weights[i]!;
  });
  const shares = sourceShares(Math.max(byPages, byMemory), others, sources);
  const groups: T[][] = shares.map(() => []);
  items.forEach((item, i) => groups[shardOf(pages[i]!, shares)]!.push(item));
  return groups.filter((group) => group.length > 0);
}

/** The folder of main shard `i` inside pagefind/: the first shard is pagefind/ itself. */
export function shardDir(i: number): string {
  return i === 0 ? '' : `shard-${i}/`;
}

/** The folder of original-text shard `i` inside pagefind/. */
export function textShardDir(i: number): string {
  return `texts-${i}/`;
}

/** The pages of a site's shards: the main shards (the first is pagefind/ itself), and the original texts' shards (none on a one-shard site). */
export interface ShardPlan<T> {
  main: T[][];
  texts: T[][];
}

/**
 * The shards of a site (see the top of this file). A site that shardGroups keeps in one
 * index stays one. Else the original texts go to text shards of their own: as many as
 * `perShard` pages a shard or the memory model ask for (MAX_TEXT_SHARDS at most), each
 * text by a hash of its source's URL; the other pages go to the main shards by
 * shardGroups, which may then be one.
 */
export function shardPlan<T>(
  items: readonly T[],
  page: (item: T) => ShardKey,
  perShard = PAGES_PER_SHARD,
  size?: (item: T, i: number) => number,
): ShardPlan<T> {
  const sizeOf = size ? new Map(items.map((item, i) => [item, size(item, i)])) : undefined;
  const bySize = sizeOf ? (item: T) => sizeOf.get(item)! : undefined;
  const whole = shardGroups(items, page, perShard, bySize);
  if (whole.length <= 1) return { main: whole, texts: [] };
  const texts = items.filter((item) => page(item).text);
  const main = shardGroups(
    items.filter((item) => !page(item).text),
    page,
    perShard,
    bySize,
  );
  const characters = bySize ? texts.reduce((n, item) => n + bySize(item), 0) : 0;
  const count = Math.min(MAX_TEXT_SHARDS, Math.max(shardCount(texts.length, perShard), shardCount(characters, CHARACTERS_PER_SHARD)));
  const shares = Array.from({ length: count }, () => 1 / count);
  const groups: T[][] = shares.map(() => []);
  for (const item of texts) groups[shardOf(page(item), shares)]!.push(item);
  return { main, texts: groups.filter((group) => group.length > 0) };
}

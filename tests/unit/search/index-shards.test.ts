import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHARACTERS_PER_SHARD,
  MAX_SHARDS_FOR_MEMORY,
  MAX_TEXT_SHARDS,
  SHARD_MEMORY_BUDGET,
  PAGEFIND_BASE_BYTES,
  PAGEFIND_BYTES_PER_CHARACTER,
  shardCount,
  shardDir,
  shardGroups,
  shardKey,
  shardOf,
  shardPlan,
  sourceShares,
  textShardDir,
} from '../../../src/search/build/index-shards.ts';

test('a site gets as many shards as it needs, never fewer than one', () => {
  assert.equal(shardCount(0, 4000), 1);
  assert.equal(shardCount(74, 4000), 1);
  assert.equal(shardCount(4000, 4000), 1);
  assert.equal(shardCount(4001, 4000), 2);
  assert.equal(shardCount(12008, 4000), 4);
});

test('shards end up about equal: the first, which holds the glossary, takes fewer sources', () => {
  const shares = sourceShares(3, 2008, 10_000);
  assert.equal(shares.length, 3);
  assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  assert.ok(Math.abs(2008 + shares[0]! * 10_000 - 12_008 / 3) < 1);
  assert.ok(Math.abs(shares[1]! * 10_000 - 12_008 / 3) < 1);
  // Other pages that fill a shard on their own leave it no sources.
  assert.deepEqual(sourceShares(2, 70, 5)[0], 0);
  assert.deepEqual(sourceShares(1, 70, 5), [1]);
});

test('a source always lands in the same shard, and the shards fill to their shares', () => {
  const source = (i: number) => ({ source: `/sources/s-${i}/` });
  const shares = sourceShares(3, 2008, 10_000);
  assert.equal(shardOf(source(7), shares), shardOf(source(7), shares));
  assert.equal(shardOf(source(7), [1]), 0);
  const sizes = [2008, 0, 0];
  for (let i = 0; i < 10_000; i++) sizes[shardOf(source(i), shares)]! += 1;
  for (const size of sizes) assert.ok(Math.abs(size - 4003) < 200, `shard sizes ${sizes}`);
});

test('glossary entries and other pages stay together in the first shard', () => {
  for (const url of ['/terms/liang-bu-chou-san-bao-zhang/', '/terms/', '/sources/', '/about/', '/']) {
    assert.equal(shardOf(shardKey({ url, type: url.startsWith('/terms/') && url !== '/terms/' ? 'term' : 'other' }), sourceShares(3, 2008, 10_000)), 0, url);
  }
});

test("a source's original text lands in its summary's shard, never in the first shard with the glossary", () => {
  const shares = sourceShares(3, 2008, 20_000);
  const placed = new Set<number>();
  for (let i = 0; i < 200; i++) {
    const summary = shardOf(shardKey({ url: `/kb/sources/s-${i}/`, type: 'source' }), shares);
    assert.equal(shardOf(shardKey({ url: `/kb/sources/s-${i}/text/`, type: 'source-text' }), shares), summary, `s-${i}`);
    placed.add(summary);
  }
  // The glossary and other pages fill most of the first shard, so most sources go to the others.
  assert.ok(placed.size > 1, `every source in shard ${[...placed]}`);
  assert.deepEqual(shardKey({ url: '/kb/sources/', type: 'other' }), { source: undefined });
});

test('the first shard is pagefind/ itself, so a one-shard site keeps its layout', () => {
  assert.equal(shardDir(0), '');
  assert.equal(shardDir(2), 'shard-2/');
});

test('pages are grouped into shards, and a shard that gets no page is left out', () => {
  const pages = [
    ...Array.from({ length: 69 }, (_, i) => ({ url: `/kb/terms/t-${i}/`, isSource: false })),
    ...Array.from({ length: 5 }, (_, i) => ({ url: `/kb/sources/s-${i}/`, isSource: true })),
  ];
  const key = (p: (typeof pages)[number]) => ({ source: p.isSource ? p.url : undefined });
  const groups = shardGroups(pages, key, 30);
  // 74 pages at 30 a shard would be 3 shards, but the 69 other pages fill the first, so the 5 sources share the rest.
  assert.ok(groups.length >= 2 && groups.length <= 3, `${groups.length} groups`);
  assert.equal(groups[0]!.length, 69);
  assert.ok(groups.every((g) => g.length > 0));
  assert.equal(groups.flat().length, pages.length);
  assert.deepEqual(shardGroups(pages, key), [pages]);
});

/** A site like the 1,000-source corpus: 2,013 short pages (glossary and others), 1,000 summaries and 1,000 long original texts. */
function corpusLike(sources: number, textSize: number) {
  return [
    ...Array.from({ length: 2013 }, (_, i) => ({ url: `/kb/terms/t-${i}/`, source: undefined as string | undefined, size: 370 })),
    ...Array.from({ length: sources }, (_, i) => ({ url: `/kb/sources/s-${i}/`, source: `/kb/sources/s-${i}/`, size: 900 })),
    ...Array.from({ length: sources }, (_, i) => ({ url: `/kb/sources/s-${i}/text/`, source: `/kb/sources/s-${i}/`, size: textSize })),
  ];
}
const sum = (group: Array<{ size: number }>) => group.reduce((n, p) => n + p.size, 0);

test("the memory model: a shard's Pagefind process stays within its budget by its content's characters", () => {
  assert.ok(CHARACTERS_PER_SHARD > 2_000_000 && CHARACTERS_PER_SHARD < 4_000_000, `${CHARACTERS_PER_SHARD}`);
  assert.ok(PAGEFIND_BASE_BYTES + CHARACTERS_PER_SHARD * PAGEFIND_BYTES_PER_CHARACTER <= SHARD_MEMORY_BUDGET);
});

test('fewer pages than a shard holds, but more characters than one Pagefind process should take: shards by the memory model, balanced by characters', () => {
  const pages = corpusLike(1000, 5400);
  const total = sum(pages);
  assert.ok(pages.length < 5000 && total > 2 * CHARACTERS_PER_SHARD);
  const groups = shardGroups(
    pages,
    (p) => ({ source: p.source }),
    5000,
    (p) => p.size,
  );
  assert.equal(groups.length, Math.ceil(total / CHARACTERS_PER_SHARD));
  assert.equal(groups.flat().length, pages.length);
  for (const group of groups) {
    assert.ok(sum(group) <= CHARACTERS_PER_SHARD * 1.1, `shard of ${sum(group)} characters`);
    assert.ok(Math.abs(sum(group) - total / groups.length) < total / groups.length / 5, `shards of ${groups.map(sum)} characters`);
  }
  // The first shard keeps every glossary page, and takes sources up to its share of the characters.
  assert.equal(groups[0]!.filter((p) => p.source === undefined).length, 2013);
  assert.ok(groups[0]!.some((p) => p.source !== undefined));
  // A source's original text stays with its summary.
  for (const group of groups) for (const p of group) if (p.source) assert.ok(group.some((q) => q.url === p.source));
});

test('a small site stays one index, whatever its pages weigh', () => {
  const pages = corpusLike(5, 5400).slice(1950);
  assert.deepEqual(
    shardGroups(
      pages,
      (p) => ({ source: p.source }),
      5000,
      (p) => p.size,
    ),
    [pages],
  );
});

test('the memory model adds shards up to MAX_SHARDS_FOR_MEMORY, where each shard costs the first search; past it the shards grow', () => {
  const pages = corpusLike(1000, 60_000);
  assert.ok(sum(pages) > (MAX_SHARDS_FOR_MEMORY + 2) * CHARACTERS_PER_SHARD);
  assert.equal(
    shardGroups(
      pages,
      (p) => ({ source: p.source }),
      5000,
      (p) => p.size,
    ).length,
    MAX_SHARDS_FOR_MEMORY,
  );
  // Pages per shard still bound a shard: a small KB_SEARCH_SHARD_PAGES asks for more, balanced by pages.
  const byPages = shardGroups(
    pages,
    (p) => ({ source: p.source }),
    600,
    (p) => p.size,
  );
  assert.equal(byPages.length, 7);
  assert.equal(byPages[0]!.length, 2013, 'the first shard is full with the glossary pages');
});

/** corpusLike's pages with their shard keys as the index step makes them (shardKey: an original text is marked). */
const planKey = (p: { url: string; source: string | undefined }) =>
  shardKey({ url: p.url, type: p.url.endsWith('/text/') ? 'source-text' : p.source ? 'source' : 'term' });

test('a one-shard site keeps its original texts in its one index', () => {
  const pages = corpusLike(5, 5400).slice(1950);
  assert.deepEqual(
    shardPlan(pages, planKey, 5000, (p) => p.size),
    { main: [pages], texts: [] },
  );
});

test("a sharded site's original texts go to shards of their own, the other pages to the main shards", () => {
  const pages = corpusLike(1000, 5400);
  const plan = shardPlan(pages, planKey, 5000, (p) => p.size);
  const texts = pages.filter((p) => p.url.endsWith('/text/'));
  assert.equal(plan.texts.flat().length, texts.length);
  assert.ok(plan.texts.every((group) => group.every((p) => p.url.endsWith('/text/'))));
  assert.ok(plan.main.every((group) => group.every((p) => !p.url.endsWith('/text/'))));
  assert.equal(plan.main.flat().length + plan.texts.flat().length, pages.length);
  // The texts' shards by the memory model (5.4 million characters: two); the glossary and the summaries (1.6 million) fit one main shard.
  assert.equal(plan.texts.length, Math.ceil(sum(texts) / CHARACTERS_PER_SHARD));
  assert.equal(plan.main.length, 1);
  for (const group of plan.texts)
    assert.ok(Math.abs(sum(group) - sum(texts) / plan.texts.length) < sum(texts) / plan.texts.length / 5, `${plan.texts.map(sum)}`);
  // A text's shard depends on its source alone: the same from build to build, whatever the other pages.
  const again = shardPlan(pages.slice(500), planKey, 5000, (p) => p.size);
  const shardOfText = (groups: typeof plan.texts, url: string) => groups.findIndex((group) => group.some((p) => p.url === url));
  for (const url of ['/kb/sources/s-600/text/', '/kb/sources/s-999/text/']) assert.equal(shardOfText(again.texts, url), shardOfText(plan.texts, url), url);
  assert.equal(textShardDir(0), 'texts-0/');
  assert.equal(textShardDir(3), 'texts-3/');
});

test("pages per shard also bound the texts' shards, and at most MAX_TEXT_SHARDS are made", () => {
  const pages = corpusLike(1000, 10);
  const plan = shardPlan(pages, planKey, 300, (p) => p.size);
  assert.equal(plan.texts.length, Math.ceil(1000 / 300));
  assert.ok(plan.main.length >= 2, `${plan.main.length} main shards`);
  assert.equal(plan.main[0]!.filter((p) => p.source === undefined).length, 2013);
  const huge = corpusLike(1000, 200_000);
  assert.ok(sum(huge) > (MAX_TEXT_SHARDS + 1) * CHARACTERS_PER_SHARD);
  assert.equal(shardPlan(huge, planKey, 5000, (p) => p.size).texts.length, MAX_TEXT_SHARDS);
  // The real site with KB_SEARCH_SHARD_PAGES=30 (the test suite's base-path build): its five texts in one shard.
  const real = corpusLike(5, 5400).slice(1950);
  const small = shardPlan(real, planKey, 30, (p) => p.size);
  assert.equal(small.texts.length, 1);
  assert.equal(small.texts[0]!.length, 5);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shardCount, shardDir, shardGroups, shardKey, shardOf, sourceShares } from '../../../src/search/build/index-shards.ts';

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

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shardCount, shardDir, shardOf } from '../../src/lib/search/index-shards.ts';

test('a site gets as many shards as it needs, never fewer than one', () => {
  assert.equal(shardCount(0, 4000), 1);
  assert.equal(shardCount(74, 4000), 1);
  assert.equal(shardCount(4000, 4000), 1);
  assert.equal(shardCount(4001, 4000), 2);
  assert.equal(shardCount(12008, 4000), 4);
});

test('a page always lands in the same shard, and shards are evenly filled', () => {
  const urls = Array.from({ length: 12000 }, (_, i) => (i % 6 === 0 ? `/terms/t-${i}/` : `/sources/s-${i}/`));
  assert.equal(shardOf('/sources/a/', 3), shardOf('/sources/a/', 3));
  assert.equal(shardOf('/sources/a/', 1), 0);
  const sizes = [0, 0, 0];
  const terms = [0, 0, 0];
  for (const url of urls) {
    const shard = shardOf(url, 3);
    sizes[shard]! += 1;
    if (url.startsWith('/terms/')) terms[shard]! += 1;
  }
  for (const size of sizes) assert.ok(Math.abs(size - 4000) < 200, `shard sizes ${sizes}`);
  for (const n of terms) assert.ok(Math.abs(n - 667) < 80, `terms per shard ${terms}`);
});

test('the first shard is pagefind/ itself, so a one-shard site keeps its layout', () => {
  assert.equal(shardDir(0), '');
  assert.equal(shardDir(2), 'shard-2/');
});

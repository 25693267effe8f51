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

test('a source always lands in the same shard, and sources fill the shards evenly', () => {
  const source = (i: number) => ({ url: `/sources/s-${i}/`, isSource: true });
  assert.equal(shardOf(source(7), 3), shardOf(source(7), 3));
  assert.equal(shardOf(source(7), 1), 0);
  const sizes = [0, 0, 0];
  for (let i = 0; i < 10_000; i++) sizes[shardOf(source(i), 3)]! += 1;
  for (const size of sizes) assert.ok(Math.abs(size - 3333) < 200, `shard sizes ${sizes}`);
});

test('glossary entries and other pages stay together in the first shard', () => {
  for (const url of ['/terms/liang-bu-chou-san-bao-zhang/', '/terms/', '/sources/', '/about/', '/']) {
    assert.equal(shardOf({ url, isSource: false }, 3), 0, url);
  }
});

test('the first shard is pagefind/ itself, so a one-shard site keeps its layout', () => {
  assert.equal(shardDir(0), '');
  assert.equal(shardDir(2), 'shard-2/');
});
